"""Phrase starts moved to where the voice starts (transcribe.snap_onsets), on a made-up signal:
quiet noise with bursts of 'voice' at known times."""

from __future__ import annotations

import numpy as np
import pytest

from vidfeedback.captions.cues import Word
from vidfeedback.captions.transcribe import SAMPLE_RATE_HZ, snap_onsets


def signal(bursts_s: list[tuple[float, float]], total_s: float = 10.0) -> np.ndarray:
    rng = np.random.default_rng(13)
    audio = rng.normal(0, 0.002, int(total_s * SAMPLE_RATE_HZ)).astype(np.float32)
    for a, b in bursts_s:
        i, j = int(a * SAMPLE_RATE_HZ), int(b * SAMPLE_RATE_HZ)
        t = np.arange(j - i) / SAMPLE_RATE_HZ
        audio[i:j] += (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    return audio


def test_late_and_early_phrase_starts_move_to_the_voice() -> None:
    audio = signal([(1.0, 2.5), (5.0, 6.5)])
    words = [
        Word(1400, 1900, "Hello"),  # reported 0.4 s late
        Word(1950, 2500, "there."),  # inside the phrase: untouched
        Word(4600, 5300, "Next"),  # reported 0.4 s early, in the quiet
        Word(5300, 6500, "time."),
    ]
    snapped = snap_onsets(words, audio)
    assert snapped[0].start_ms == pytest.approx(1000, abs=20)
    assert snapped[2].start_ms == pytest.approx(5000, abs=20)
    assert snapped[1] == words[1] and snapped[3] == words[3]
    assert [w.text for w in snapped] == [w.text for w in words]


def test_no_voice_near_a_word_leaves_it_where_whisper_put_it() -> None:
    audio = signal([])
    words = [Word(3000, 3500, "um")]
    assert snap_onsets(words, audio) == words


def test_never_before_the_previous_word_ends() -> None:
    audio = signal([(1.0, 4.0)])
    words = [Word(1000, 2000, "one"), Word(2400, 3000, "two")]
    snapped = snap_onsets(words, audio)
    assert snapped[1].start_ms >= 2000
