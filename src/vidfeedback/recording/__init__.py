"""The live engine: capture → composite → encode → mux on threads joined by bounded queues.

This package's top is its public face for the layers above (ui/ imports nothing else of it,
checked by the import contracts in pyproject.toml): the contract types, the recorder port, the
recorded area, hotkeys, input devices and window tracking. workspace/ builds the Recorder itself
(recording.recorder)."""

from vidfeedback.recording.capture.hotkeys import (
    DEFAULT_HOTKEYS,
    Combo,
    HotkeyAction,
    HotkeyError,
    HotkeyMap,
    shifted_digit_symbols,
)
from vidfeedback.recording.capture.microphone import (
    InputDevice,
    Microphone,
    MicrophoneError,
    list_input_devices,
)
from vidfeedback.recording.capture.region import Region, RegionError
from vidfeedback.recording.capture.windows import (
    WindowInfo,
    WindowSource,
    WindowState,
    compositing_manager_running,
    list_windows,
    watch_window,
)
from vidfeedback.recording.contract import (
    EventKind,
    FinishedTake,
    MarkerRefused,
    RecorderConfig,
    RecorderError,
    RecorderEvent,
    RecorderState,
)
from vidfeedback.recording.port import RecorderPort, TakeLike
from vidfeedback.recording.stats import RecorderStats

__all__ = [
    "DEFAULT_HOTKEYS",
    "Combo",
    "EventKind",
    "FinishedTake",
    "HotkeyAction",
    "HotkeyError",
    "HotkeyMap",
    "InputDevice",
    "MarkerRefused",
    "Microphone",
    "MicrophoneError",
    "RecorderConfig",
    "RecorderError",
    "RecorderEvent",
    "RecorderPort",
    "RecorderState",
    "RecorderStats",
    "Region",
    "RegionError",
    "TakeLike",
    "WindowInfo",
    "WindowSource",
    "WindowState",
    "compositing_manager_running",
    "list_input_devices",
    "list_windows",
    "shifted_digit_symbols",
    "watch_window",
]
