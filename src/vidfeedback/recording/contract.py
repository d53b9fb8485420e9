"""The engine's contract with whoever drives it (the app, the command line, the tests): what a
take is configured with, the states it goes through, the events it reports, what stopping returns
and the errors it raises. Plain data: no threads, no devices."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.errors import ErrorCode, Problem, VidfeedbackError
from vidfeedback.model import Marker
from vidfeedback.recording.capture.hotkeys import HotkeyAction, HotkeyMap
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.stats import RecorderStats
from vidfeedback.takes.continuation import ContinueFrom


class RecorderState(enum.Enum):
    IDLE = "idle"
    PREPARING = "preparing"  # prepare() is opening the devices (it may wait for the microphone)
    PREPARED = "prepared"
    RECORDING = "recording"
    PAUSED = "paused"
    FINISHING = "finishing"
    FINISHED = "finished"
    FAILED = "failed"


class EventKind(enum.Enum):
    MARKER = "marker"
    PAUSED = "paused"
    RESUMED = "resumed"
    WARNING = "warning"
    STOP_REQUESTED = "stop_requested"  # the stop hotkey: the owner should call stop()
    ERROR = "error"  # recording stopped by itself (disk full, ...); the owner should call stop()
    HOTKEY = "hotkey"  # a hotkey the engine does not handle itself (pen, next criterion)


@dataclass(frozen=True)
class RecorderEvent:
    kind: EventKind
    message: str = ""  # plain English, for logs and the command line
    marker: Marker | None = None
    action: HotkeyAction | None = None
    problem: Problem | None = None  # WARNING and ERROR: what the UI tells the teacher


class RecorderError(VidfeedbackError):
    """Recording cannot start or go on; `code` and `params` say why, str() in plain English."""

    default_code = ErrorCode.WRONG_STATE


class MarkerRefused(VidfeedbackError):
    """A marker was not placed; str() says why."""

    default_code = ErrorCode.MARKER_NOT_RECORDING


@dataclass
class RecorderConfig:
    out_path: Path
    region: Region | None = None
    monitor: int = 1
    fps: int = 30
    audio_device: str | int | None = "default"  # None: record without sound
    crf: int = 23
    global_hotkeys: bool = True
    hotkeys: HotkeyMap = field(default_factory=HotkeyMap)
    pointer_overlay: bool = True
    pointer_scale: float = 1.0
    # Discard what an earlier final take holds after its last pause and continue it: the new
    # recording is appended to the rest of it (see continuation.py). out_path is a new file.
    continue_from: ContinueFrom | None = None


@dataclass(frozen=True)
class FinishedTake:
    path: Path  # the final MP4; the take folder if it could not be written
    duration_ms: int
    markers: list[Marker]
    stats: RecorderStats
    complete: bool = True  # False: the final file could not be written, see message
    message: str = ""  # plain English, for logs and the command line
    problems: tuple[Problem, ...] = ()  # what went wrong, for the UI, in order
    pauses_ms: tuple[int, ...] = ()  # where the video continues after a pause
