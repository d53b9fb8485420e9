"""Builds the engine's Recorder for a take. The only UI module that knows RecorderConfig."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidfeedback.capture.hotkeys import HotkeyMap
from vidfeedback.capture.region import Region
from vidfeedback.recorder import MarkerRefused, Recorder, RecorderConfig

from .recorder_port import RecorderPort

MARKER_REFUSED: tuple[type[Exception], ...] = (MarkerRefused,)


@dataclass(frozen=True)
class TakeSpec:
    out_path: Path
    rect_px: tuple[int, int, int, int] | None  # None: the first monitor
    fps: int
    audio_device: str | None  # None: no sound; "default" or a device name
    hotkeys: HotkeyMap


def make_recorder(spec: TakeSpec, on_event: Callable[[Any], None]) -> RecorderPort:
    region = Region(*spec.rect_px).even() if spec.rect_px is not None else None
    config = RecorderConfig(
        out_path=spec.out_path,
        region=region,
        fps=spec.fps,
        audio_device=spec.audio_device,
        global_hotkeys=True,
        hotkeys=spec.hotkeys,
    )
    return Recorder(config, on_event=on_event)
