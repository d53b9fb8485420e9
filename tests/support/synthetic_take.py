"""A take file made without recording it: the engine's own encoders (recording/encoding.py) fed
with synthesized pictures and sound, then finished like a recorded take. Ten minutes of take
are written in seconds, so editing and voice tests need not record ten minutes in real time.

The picture is a page of "text" (rows of dark blocks) that scrolls now and then with a pointer
moving over it, sampled every `frame_interval_ms` (variable frame rate like a real take: only
changed pictures are encoded, keyframes every 10 s by the encoder's own clock). A flash is one
all-white picture; its beep starts at the same take time in the sound.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vidfeedback.model import Marker, chapters_from_markers
from vidfeedback.recording.encoding import (
    AudioEncoder,
    Muxer,
    VideoEncoder,
    VideoSettings,
    open_take_container,
)
from vidfeedback.takes.finish import write_final_mp4

SAMPLE_RATE_HZ = 48_000
BEEP_HZ = 1000.0
BEEP_MS = 120
FLASH_MS = 100  # the white picture is shown this long


@dataclass(frozen=True)
class TakeSpec:
    duration_s: float
    width: int = 640
    height: int = 360
    fps: int = 30
    frame_interval_ms: int = 200
    flashes_s: Sequence[float] = ()
    markers: Sequence[Marker] = ()
    noise_dbfs: float = -50.0  # the room under the beeps
    sound: np.ndarray | None = None  # replaces the generated sound (mono float32, 48 kHz)
    seed: int = 7
    crf: int = 23


def _page(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """A tall page of text-like rows, BGRA, three screens high."""
    page = np.full((height * 3, width, 4), 250, np.uint8)
    for y in range(8, height * 3 - 12, 14):
        x = 10
        while x < width - 40:
            w = int(rng.integers(6, 40))
            page[y : y + 8, x : x + w, :3] = 30
            x += w + 6
    return page


def _picture(page: np.ndarray, t_ms: int, spec: TakeSpec) -> np.ndarray:
    h, w = spec.height, spec.width
    scroll = (t_ms // 7000 * 37) % (page.shape[0] - h)  # a wheel notch every 7 s
    frame = page[scroll : scroll + h].copy()
    # The pointer wanders over the page: a small dark square.
    px = int((w - 12) * (0.5 + 0.45 * np.sin(t_ms / 1900)))
    py = int((h - 12) * (0.5 + 0.45 * np.sin(t_ms / 2700)))
    frame[py : py + 12, px : px + 12, :3] = (0, 0, 200)
    return frame


def synth_sound(spec: TakeSpec) -> np.ndarray:
    n = round(spec.duration_s * SAMPLE_RATE_HZ)
    rng = np.random.default_rng(spec.seed)
    sound = (rng.standard_normal(n) * 10 ** (spec.noise_dbfs / 20)).astype(np.float32)
    t = np.arange(int(BEEP_MS * SAMPLE_RATE_HZ / 1000)) / SAMPLE_RATE_HZ
    beep = (0.5 * np.sin(2 * np.pi * BEEP_HZ * t)).astype(np.float32)
    for at_s in spec.flashes_s:
        i = round(at_s * SAMPLE_RATE_HZ)
        sound[i : i + len(beep)] += beep[: max(0, min(len(beep), n - i))]
    return sound


def make_take(path: Path, spec: TakeSpec) -> Path:
    """Write a finished take (chapters from spec.markers) at path, like a recorded one."""
    rng = np.random.default_rng(spec.seed)
    page = _page(spec.width, spec.height, rng)
    sound = spec.sound if spec.sound is not None else synth_sound(spec)
    duration_ms = round(spec.duration_s * 1000)
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        fragmented = Path(scratch) / "media.mp4"
        container = open_take_container(fragmented)
        video = VideoEncoder(
            container, VideoSettings(spec.width, spec.height, spec.fps, crf=spec.crf)
        )
        audio = AudioEncoder(container)
        muxer = Muxer(container)
        muxer.add_producer()
        muxer.start()
        times_ms = set(range(0, duration_ms, spec.frame_interval_ms))
        flash_ms = {round(f * 1000) for f in spec.flashes_s}
        times_ms |= flash_ms | {f + FLASH_MS for f in flash_ms}
        audio_pos = 0
        for t_ms in sorted(t for t in times_ms if t < duration_ms):
            if any(f <= t_ms < f + FLASH_MS for f in flash_ms):
                frame = np.full((spec.height, spec.width, 4), 255, np.uint8)
            else:
                frame = _picture(page, t_ms, spec)
            for p in video.encode(frame, t_ms * 1_000_000):
                muxer.packets.put(p)
            # Sound up to this picture's time, so the muxer sees both in step.
            upto = min(len(sound), t_ms * SAMPLE_RATE_HZ // 1000)
            if upto > audio_pos:
                for p in audio.encode(sound[audio_pos:upto]):
                    muxer.packets.put(p)
                audio_pos = upto
        for p in video.flush():
            muxer.packets.put(p)
        for p in audio.encode(sound[audio_pos:]):
            muxer.packets.put(p)
        for p in audio.flush():
            muxer.packets.put(p)
        muxer.producer_done()
        muxer.join()
        if muxer.error is not None:
            raise muxer.error
        chapters = chapters_from_markers(list(spec.markers), duration_ms)
        write_final_mp4(fragmented, path, chapters)
    return path
