"""Starting pynput's global listeners without hanging.

pynput's `Listener.wait()` blocks until the listener thread says it is ready; if that thread dies
first (the X display refused the connection, the RECORD extension is missing), it blocks
forever, and so would the recorder's prepare(). Here the start is watched and bounded.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol

START_TIMEOUT_S = 5.0


class ListenerError(Exception):
    """A global pointer or keyboard listener could not start."""


class Listener(Protocol):
    def start(self) -> None: ...
    def wait(self) -> None: ...
    def stop(self) -> None: ...
    def is_alive(self) -> bool: ...


def start_listener(listener: Listener, what: str, timeout_s: float = START_TIMEOUT_S) -> None:
    """Start a listener and return once it is ready; raise ListenerError if it dies or stalls.

    `what` names it in the message ("pointer", "hotkey")."""
    listener.start()
    ready = threading.Event()

    def wait_ready() -> None:
        listener.wait()
        ready.set()

    # If the listener dies before it is ready, this thread waits forever: a daemon, it costs
    # nothing but a stack, and only on that failure.
    threading.Thread(target=wait_ready, name=f"vf-{what}-ready", daemon=True).start()
    deadline = time.monotonic() + timeout_s
    while not ready.wait(0.02):
        if not listener.is_alive():
            raise ListenerError(
                f"the {what} listener stopped before it was ready; "
                "check that the display is reachable (DISPLAY) and allows input monitoring"
            )
        if time.monotonic() > deadline:
            listener.stop()
            raise ListenerError(f"the {what} listener did not start within {timeout_s:g} s")
