"""What the review's timeline draws of a take: its sound as peaks per column and a few small
pictures. Read from the finished file; no Qt here (ui/edit_timeline.py paints them)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np


@dataclass(frozen=True)
class Thumbnail:
    t_ms: int
    rgb: np.ndarray  # height x width x 3, uint8


def waveform_peaks(path: Path, columns: int) -> np.ndarray:
    """The sound's peak level (0..1) in each of `columns` equal stretches of the take."""
    with av.open(str(path)) as src:
        if not src.streams.audio:
            return np.zeros(columns, np.float32)
        stream = src.streams.audio[0]
        chunks = [
            np.abs(frame.to_ndarray()).max(axis=0).astype(np.float32)
            for frame in src.decode(stream)
        ]
    if not chunks:
        return np.zeros(columns, np.float32)
    samples = np.concatenate(chunks)
    edges = np.linspace(0, len(samples), columns + 1).astype(int)
    return np.array(
        [samples[a:b].max() if b > a else 0.0 for a, b in itertools.pairwise(edges)],
        np.float32,
    )


def thumbnails(path: Path, count: int, height_px: int = 54) -> list[Thumbnail]:
    """Up to `count` small pictures, from keyframes spread over the take (only keyframes are
    decoded, so this reads the file once and decodes a few dozen pictures)."""
    with av.open(str(path)) as src:
        if not src.streams.video:
            return []
        stream = src.streams.video[0]
        stream.codec_context.skip_frame = "NONKEY"
        duration_s = float(src.duration / av.time_base) if src.duration else 0.0
        step_s = duration_s / max(1, count)
        result: list[Thumbnail] = []
        next_s = 0.0
        for frame in src.decode(stream):
            if frame.time is None or frame.time + 1e-6 < next_s:
                continue
            width = max(1, round(frame.width * height_px / frame.height))
            small = frame.reformat(width=width, height=height_px, format="rgb24")
            result.append(Thumbnail(round(frame.time * 1000), small.to_ndarray()))
            next_s = frame.time + step_s
    return result
