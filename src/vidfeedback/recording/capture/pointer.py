"""Pointer position and clicks from pynput's global mouse listener, fed to a PointerSink (the
compositor)."""

from __future__ import annotations

import time
from typing import Any

from vidfeedback.recording.capture.listeners import start_listener
from vidfeedback.recording.media import Click, MouseButton, PointerSink


class PointerSource:
    def __init__(self, sink: PointerSink) -> None:
        self._compositor = sink
        self._listener: Any = None
        self.clicks = 0

    def start(self) -> None:
        from pynput import mouse

        self._buttons = {
            mouse.Button.left: MouseButton.LEFT,
            mouse.Button.right: MouseButton.RIGHT,
            mouse.Button.middle: MouseButton.MIDDLE,
        }
        try:
            x, y = mouse.Controller().position
            self._compositor.move_pointer(int(x), int(y))
        except Exception:  # position unknown until the first move; nothing to draw yet
            pass
        self._listener = mouse.Listener(on_move=self._move, on_click=self._click)
        start_listener(self._listener, "pointer")

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def _move(self, x: float, y: float) -> None:
        self._compositor.move_pointer(int(x), int(y))

    def _click(self, x: float, y: float, button: Any, pressed: bool) -> None:
        if not pressed:
            return
        self.clicks += 1
        kind = self._buttons.get(button, MouseButton.LEFT)
        self._compositor.click(Click(int(x), int(y), kind, time.monotonic_ns()))
