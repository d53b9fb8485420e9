"""Builds the engine's Recorder for a take, and is the UI's doorway to the take format at rest:
what a finished take remembers (its pause points, its files) and recovering a killed take."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vidfeedback.recording.capture.hotkeys import HotkeyMap
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.port import RecorderPort
from vidfeedback.recording.recorder import MarkerRefused, Recorder, RecorderConfig, RecorderEvent
from vidfeedback.takes.continuation import ContinueFrom
from vidfeedback.takes.layout import free_take_path
from vidfeedback.takes.layout import take_files as _take_files
from vidfeedback.takes.markers_file import read_markers_sidecar
from vidfeedback.takes.recovery import recover_take

MARKER_REFUSED: tuple[type[Exception], ...] = (MarkerRefused,)

__all__ = [
    "MARKER_REFUSED",
    "ContinueFrom",
    "TakeSpec",
    "free_take_path",
    "make_recorder",
    "recover_take",
    "take_files",
    "take_pauses",
]


@dataclass(frozen=True)
class TakeSpec:
    out_path: Path
    rect_px: tuple[int, int, int, int] | None  # None: the first monitor
    fps: int
    audio_device: str | None  # None: no sound; "default" or a device name
    hotkeys: HotkeyMap
    # "Discard since the last pause and continue": the take to continue and where.
    continue_from: ContinueFrom | None = None


def make_recorder(spec: TakeSpec, on_event: Callable[[RecorderEvent], None]) -> RecorderPort:
    region = Region(*spec.rect_px).even() if spec.rect_px is not None else None
    config = RecorderConfig(
        out_path=spec.out_path,
        region=region,
        fps=spec.fps,
        audio_device=spec.audio_device,
        global_hotkeys=True,
        hotkeys=spec.hotkeys,
        continue_from=spec.continue_from,
    )
    return Recorder(config, on_event=on_event)


def take_pauses(take: Path) -> list[int] | None:
    """Where a finished take goes on after a pause (ms); None when the take does not say (made
    before pauses were kept, or its markers file is missing)."""
    timeline = read_markers_sidecar(take)
    return timeline.pauses_ms if timeline is not None else None


def take_files(take: Path) -> list[Path]:
    """The files the engine wrote for a finished take: the video and its markers file."""
    return _take_files(take)
