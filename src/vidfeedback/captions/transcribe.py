"""Speech to captions with faster-whisper (CTranslate2), on the CPU, from a model folder.

Why faster-whisper rather than whisper.cpp: it is a PyPI wheel with no build step (whisper.cpp
needs a compiler or an unofficial binding), reads the take's audio with PyAV like the rest of
the app, gives word times for cue timing, ships the Silero voice detector that skips the
silences of a screencast, and the Nordic national libraries publish CTranslate2 conversions of
their models. Its CPU speed with int8 is in whisper.cpp's range (faster-whisper's published
small-model CPU benchmark: 1m42s int8 against whisper.cpp's 2m05s fp32 for 13 minutes).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vidfeedback.captions.cues import Word
from vidfeedback.errors import ErrorCode, VidfeedbackError

# Whisper's names for our languages: bokmål is Whisper's "no"; nynorsk has a token of its own,
# which NB-Whisper is trained to follow.
WHISPER_LANGUAGE = {"nb": "no", "nn": "nn", "sv": "sv", "en": "en"}
SAMPLE_RATE_HZ = 16_000  # what Whisper hears
# Onset snapping (see snap_onsets): a word after at least this much quiet starts a phrase...
_PHRASE_GAP_MS = 300
# ...whose true start is looked for this far before and after where Whisper put it.
_SNAP_BEFORE_MS, _SNAP_AFTER_MS = 1000, 600
_FRAME_MS = 10


class TranscribeError(VidfeedbackError):
    default_code = ErrorCode.CAPTIONS_FAILED


@dataclass(frozen=True)
class Transcript:
    words: list[Word]
    audio_s: float  # length of the audio heard
    compute_s: float  # wall-clock time spent recognising (after the model was loaded)
    load_s: float


def offline_environment() -> None:
    """faster-whisper and huggingface_hub reach the network when a model or tokenizer is
    missing from the folder: forbid it, so a bad folder fails here instead of calling out."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"


def transcribe(
    media: Path,
    model_dir: Path,
    lang: str,
    *,
    threads: int = 0,
    progress: Callable[[float], None] | None = None,
) -> Transcript:
    """The words spoken in media (any file PyAV reads), with their times in ms."""
    offline_environment()
    from faster_whisper import WhisperModel, decode_audio  # heavy: only the worker pays for it

    if not (model_dir / "tokenizer.json").is_file():
        raise TranscribeError(
            f"the model folder {model_dir} has no tokenizer.json", ErrorCode.CAPTIONS_MODEL_MISSING
        )
    started = time.perf_counter()
    try:
        model = WhisperModel(
            str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads or 0
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise TranscribeError(
            f"the model in {model_dir} cannot be loaded: {exc}",
            ErrorCode.CAPTIONS_MODEL_MISSING,
            path=model_dir,
            detail=str(exc),
        ) from exc
    loaded = time.perf_counter()
    language = WHISPER_LANGUAGE.get(lang, lang)
    if not model.model.is_multilingual and language != "en":
        raise TranscribeError(
            f"{model_dir.name} understands English only, not {lang}",
            ErrorCode.CAPTIONS_MODEL_LANGUAGE,
            lang=lang,
        )
    try:
        audio = decode_audio(str(media), sampling_rate=SAMPLE_RATE_HZ)
        segments, info = model.transcribe(
            audio,
            language=language if model.model.is_multilingual else None,
            word_timestamps=True,
            # A screencast has long silences while the teacher reads: the voice detector skips
            # them (faster and no invented words in the quiet).
            vad_filter=True,
            # Without it one misheard phrase can repeat through the rest of a long take.
            condition_on_previous_text=False,
        )
        words: list[Word] = []
        for segment in segments:
            for w in segment.words or []:
                words.append(Word(round(w.start * 1000), round(w.end * 1000), w.word.strip()))
            if progress and info.duration:
                progress(min(1.0, segment.end / info.duration))
        words = snap_onsets(words, audio)
    except Exception as exc:  # PyAV and CTranslate2 raise their own kinds
        raise TranscribeError(
            f"the speech in {media.name} could not be recognised: {exc}",
            path=media,
            detail=str(exc),
        ) from exc
    done = time.perf_counter()
    if progress:
        progress(1.0)  # the last words end before the take does: the rest is silence
    return Transcript(words, float(info.duration), done - loaded, loaded - started)


def _frame_levels(audio: np.ndarray) -> np.ndarray:
    """RMS level of each 10 ms frame."""
    n = SAMPLE_RATE_HZ * _FRAME_MS // 1000
    frames = audio[: len(audio) // n * n].reshape(-1, n).astype(np.float64)
    levels: np.ndarray = np.sqrt(np.mean(np.square(frames), axis=1))
    return levels


def snap_onsets(words: list[Word], audio: np.ndarray) -> list[Word]:
    """Move the start of each phrase (a word after a pause) to where the voice really starts.

    Whisper's word times come from attention weights and are coarse: on tiny models a phrase
    after a pause was seen to start 0.3-0.8 s late or early, so its caption would appear after
    the student has heard the first words. The sound itself says better: the first 10 ms frame
    near the reported start that is clearly louder than the quiet before it."""
    if not words or not len(audio):
        return words
    levels = _frame_levels(audio)
    out: list[Word] = []
    prev_end_ms = 0
    for i, w in enumerate(words):
        gap_ms = w.start_ms - prev_end_ms if i else w.start_ms
        if gap_ms >= _PHRASE_GAP_MS or i == 0:
            lo = max(prev_end_ms + _FRAME_MS, w.start_ms - _SNAP_BEFORE_MS) // _FRAME_MS
            hi = min(w.end_ms, w.start_ms + _SNAP_AFTER_MS) // _FRAME_MS
            window = levels[lo:hi]
            if len(window) >= 3:
                floor = float(np.percentile(window, 10))
                loud = float(window.max())
                threshold = max(floor + 0.2 * (loud - floor), 4 * floor, 0.003)
                above = np.flatnonzero(window > threshold)
                if len(above) and loud > 2 * threshold:
                    start_ms = int((lo + above[0]) * _FRAME_MS)
                    w = Word(start_ms, max(w.end_ms, start_ms + _FRAME_MS), w.text)
        out.append(w)
        prev_end_ms = max(prev_end_ms, w.end_ms)
    return out
