"""start_listener: a listener that dies or stalls before it is ready is reported, not waited for
forever (pynput's own wait() would block)."""

from __future__ import annotations

import threading
import time

import pytest

from vidfeedback.recording.capture.listeners import ListenerError, start_listener


class FakeListener(threading.Thread):
    """Behaves like a pynput listener: wait() returns once the thread has marked itself ready."""

    def __init__(self, ready_after_s: float | None, die: bool = False) -> None:
        super().__init__(daemon=True)
        self._ready_after_s = ready_after_s
        self._die = die
        self._ready = threading.Event()
        self._stop_event = threading.Event()
        self.stopped = False

    def run(self) -> None:
        if self._die:
            return  # like a listener whose display connection failed: gone before ready
        if self._ready_after_s is not None:
            time.sleep(self._ready_after_s)
            self._ready.set()
        self._stop_event.wait()

    def wait(self) -> None:
        self._ready.wait()

    def stop(self) -> None:
        self.stopped = True
        self._stop_event.set()


def test_a_ready_listener_is_started() -> None:
    listener = FakeListener(ready_after_s=0.05)
    start_listener(listener, "pointer")
    assert listener.is_alive()
    listener.stop()


def test_a_listener_that_dies_before_it_is_ready_is_reported_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(ListenerError, match="pointer listener stopped before it was ready"):
        start_listener(FakeListener(ready_after_s=None, die=True), "pointer", timeout_s=10)
    assert time.monotonic() - started < 2


def test_a_listener_that_never_gets_ready_times_out_and_is_stopped() -> None:
    listener = FakeListener(ready_after_s=None)
    with pytest.raises(ListenerError, match=r"hotkey listener did not start within 0\.2 s"):
        start_listener(listener, "hotkey", timeout_s=0.2)
    assert listener.stopped
