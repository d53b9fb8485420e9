"""Where a take's input comes from, as small protocols: the screen, the microphone, the pointer
and the hotkeys. The Recorder gets them passed in (Sources), so its state machine runs in-process
with fakes in the tests; by default they are the real devices of capture/."""

from __future__ import annotations

import queue
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from vidfeedback.recording.capture.damage import DamageWatch, open_damage_watch
from vidfeedback.recording.capture.hotkeys import HotkeyAction, HotkeyListener, HotkeyMap
from vidfeedback.recording.capture.microphone import (
    AudioBlock,
    InputDevice,
    Microphone,
    resolve_device,
)
from vidfeedback.recording.capture.pointer import PointerSource
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.screen import ScreenGrabber, grab_area, monitors, resolve_region
from vidfeedback.recording.media import Frame, PointerSink


class Grabber(Protocol):
    """Reads one area of the screen; used by the capture thread only."""

    @property
    def region(self) -> Region: ...
    def grab(self, box: tuple[int, int, int, int] | None = None) -> tuple[Frame, int]:
        """BGRA pixels of the area (or of box within it) and when they were read (monotonic
        ns); they may be a view that is valid until the next grab."""
        ...

    def grab_boxes(
        self, boxes: Sequence[tuple[int, int, int, int] | None]
    ) -> tuple[list[Frame], int]:
        """Several boxes read at one moment where the backend allows, and when; their total no
        more than the area; views valid until the next grab."""
        ...

    @property
    def stamps_unsure(self) -> int:
        """Grabs whose read time had to be guessed within a long round trip (0 where every
        stamp is known to the backend's precision)."""
        ...

    def move_to(self, region: Region) -> None: ...
    def close(self) -> None: ...


class AudioInput(Protocol):
    """A microphone: blocks of samples stamped on arrival, in a queue."""

    blocks: queue.Queue[AudioBlock]
    last_block_mono_ns: int
    queue_overflows: int

    def open(self) -> None: ...
    def close(self) -> None: ...
    def wait_until_flowing(self, timeout_s: float) -> bool: ...
    def wait_until_sounding(self, timeout_s: float) -> bool: ...


class Listener(Protocol):
    """A global input listener (pointer, hotkeys) on a thread of its own."""

    def start(self) -> None: ...
    def stop(self) -> None: ...


HotkeyCallback = Callable[[HotkeyAction, int], None]  # (action, monotonic ns of the press)


def _whole_screen() -> Region:
    return monitors()[0]


@dataclass(frozen=True)
class Sources:
    """The factories a Recorder opens its inputs with; the defaults are the real devices."""

    resolve_region: Callable[[Region | None, int], Region] = resolve_region
    whole_screen: Callable[[], Region] = _whole_screen  # where a recorded area may move
    open_grabber: Callable[[Region], Grabber] = ScreenGrabber
    open_damage_watch: Callable[[], DamageWatch | None] = open_damage_watch
    grab_area: Callable[[Region], Frame] = grab_area  # what is under a masked window
    resolve_device: Callable[[str | int], InputDevice] = resolve_device
    open_microphone: Callable[[InputDevice], AudioInput] = Microphone
    pointer: Callable[[PointerSink], Listener] = PointerSource
    hotkeys: Callable[[HotkeyMap, HotkeyCallback], Listener] = HotkeyListener
