"""Stand-ins for the screen, pointer and hotkeys, so the Recorder's state machine runs
in-process: everything after them (compositor, encoders, muxer, journal, finish) is real."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from vidfeedback.recording.capture.damage import DamageWatch
from vidfeedback.recording.capture.hotkeys import HotkeyAction, HotkeyMap
from vidfeedback.recording.capture.microphone import AudioBlock, InputDevice
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.media import Frame, PointerSink
from vidfeedback.recording.sources import (
    AudioInput,
    Grabber,
    HotkeyCallback,
    Listener,
    Sources,
)

SCREEN = Region(0, 0, 640, 480)


class FakeScreen:
    """Pictures of a screen whose content changes on every grab (a counter drawn as grey
    levels), or noise, which no encoder can compress (to fill a disk quickly)."""

    def __init__(self, noise: bool = False, fail_after_grabs: int | None = None) -> None:
        self.noise = noise
        self.fail_after_grabs = fail_after_grabs
        self.grabs = 0
        self.closed = 0
        self._rng = np.random.default_rng(7)

    def grabber(self, region: Region) -> Grabber:
        return _FakeGrabber(self, region)

    def pixels(self, x0: int, y0: int, x1: int, y1: int) -> Frame:
        """What a grab of this box of the recorded area reads (after `grabs` was counted)."""
        shape = (y1 - y0, x1 - x0, 4)
        if self.noise:
            return self._rng.integers(0, 256, shape, dtype=np.uint8)
        return np.full(shape, self.grabs % 256, np.uint8)


class _FakeGrabber:
    def __init__(self, screen: FakeScreen, region: Region) -> None:
        self._screen = screen
        self._region = region

    @property
    def region(self) -> Region:
        return self._region

    def grab(self, box: tuple[int, int, int, int] | None = None) -> tuple[Frame, int]:
        screen = self._screen
        screen.grabs += 1
        if screen.fail_after_grabs is not None and screen.grabs > screen.fail_after_grabs:
            raise OSError("the X server went away")
        x0, y0, x1, y1 = box or (0, 0, self._region.width, self._region.height)
        return screen.pixels(x0, y0, x1, y1), time.monotonic_ns()

    def grab_boxes(
        self, boxes: Sequence[tuple[int, int, int, int] | None]
    ) -> tuple[list[Frame], int]:
        pieces = [self.grab(box)[0] for box in boxes]
        return pieces, time.monotonic_ns()

    @property
    def stamps_unsure(self) -> int:
        return 0  # stamped on its own clock at once: never a guess

    def move_to(self, region: Region) -> None:
        self._region = region

    def close(self) -> None:
        self._screen.closed += 1


class FakeListener:
    def __init__(self) -> None:
        self.started = False
        self.stopped = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.stopped = True


class FakeHotkeys:
    """Remembers the Recorder's hotkey callback, so a test can press keys (from any thread)."""

    def __init__(self) -> None:
        self.callback: HotkeyCallback | None = None
        self.listener = FakeListener()

    def open(self, _keys: HotkeyMap, callback: HotkeyCallback) -> Listener:
        self.callback = callback
        return self.listener

    def press(self, action: HotkeyAction) -> None:
        assert self.callback is not None, "the recorder has not started its hotkeys"
        self.callback(action, time.monotonic_ns())


class FakeMicrophone:
    """A microphone that takes `settle_s` to start delivering and then hears nothing (no blocks:
    the audio thread fills silence, as for a microphone that went quiet)."""

    def __init__(self, settle_s: float = 0.0) -> None:
        self.settle_s = settle_s
        self.blocks: queue.Queue[AudioBlock] = queue.Queue()
        self.last_block_mono_ns = 0
        self.queue_overflows = 0
        self.opened = 0
        self.closed = 0

    def open(self) -> None:
        self.opened += 1
        self.last_block_mono_ns = time.monotonic_ns()

    def close(self) -> None:
        self.closed += 1

    def wait_until_flowing(self, timeout_s: float) -> bool:
        time.sleep(min(self.settle_s, timeout_s))
        return self.settle_s <= timeout_s

    def wait_until_sounding(self, timeout_s: float) -> bool:
        return self.wait_until_flowing(timeout_s)


def fake_sources(
    screen: FakeScreen, hotkeys: FakeHotkeys, microphone: FakeMicrophone | None = None
) -> Sources:
    def resolve(region: Region | None, _monitor: int) -> Region:
        return region if region is not None else Region(0, 0, 320, 240)

    def no_damage() -> DamageWatch | None:
        return None

    def pointer(_sink: PointerSink) -> Listener:
        return FakeListener()

    def grab_area(region: Region) -> Frame:
        return np.zeros((region.height, region.width, 4), np.uint8)

    mic = microphone or FakeMicrophone()

    def resolve_device(choice: str | int) -> InputDevice:
        return InputDevice(0, str(choice), 48_000.0, True)

    def open_microphone(_device: InputDevice) -> AudioInput:
        return mic

    return Sources(
        resolve_region=resolve,
        whole_screen=lambda: SCREEN,
        open_grabber=screen.grabber,
        open_damage_watch=no_damage,
        grab_area=grab_area,
        pointer=pointer,
        hotkeys=hotkeys.open,
        resolve_device=resolve_device,
        open_microphone=open_microphone,
    )


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


def run_in_thread(target: Callable[[], None]) -> threading.Thread:
    t = threading.Thread(target=target, daemon=True)
    t.start()
    return t
