"""Run slow back-end calls off the GUI thread and deliver the result back on it.

Signals emitted from a plain Python thread reach receivers in the GUI thread through Qt's queued
connections, so the window keeps painting while finishing, recovering or unpacking runs.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from .problems import describe
from .qt import QObject, Qt, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(str)  # what went wrong, in the teacher's language (problems.describe)
    progressed = Signal(float)

    def __init__(self, fn: Callable[[], Any], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.name = name
        self.error_detail = ""  # the back end's own words after a failure, for "Details"
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def then(self, on_success: Callable[[Any], None], on_failure: Callable[[str], None]) -> Task:
        """Connect callbacks; queued so they run in the GUI thread (where this object lives)
        even when they are plain functions without a thread of their own."""
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(on_success, queued)
        self.failed.connect(on_failure, queued)
        return self

    def start(self) -> Task:
        self._thread.start()
        return self

    def join(self, timeout_s: float | None = None) -> None:
        self._thread.join(timeout_s)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def report_progress(self, fraction: float) -> None:
        """Safe to call from the worker thread."""
        self.progressed.emit(float(fraction))

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # the teacher sees the sentence; the trace goes to the log
            log.exception("%s failed", self._thread.name)
            traceback.print_exc()
            self.error_detail = str(exc) or type(exc).__name__
            self.failed.emit(describe(exc))
            return
        self.succeeded.emit(result)


class Tasks:
    """A window's background tasks: started here, forgotten once done (the list no longer
    grows for every export), and waited for when the window closes, so that a finish or an
    export is not cut off by the program ending."""

    def __init__(self) -> None:
        self._tasks: list[Task] = []

    def start(self, task: Task) -> Task:
        self._tasks = [t for t in self._tasks if t.running]
        self._tasks.append(task.start())
        return task

    @property
    def running(self) -> list[Task]:
        return [t for t in self._tasks if t.running]

    def __len__(self) -> int:
        """How many tasks are held: the running ones and at most the last one started."""
        return len(self._tasks)

    def wait(self, timeout_s: float) -> bool:
        """Wait up to timeout_s in all for the running tasks; True when none is left."""
        deadline = time.monotonic() + timeout_s
        for task in self.running:
            task.join(max(0.0, deadline - time.monotonic()))
        left = self.running
        if left:
            log.warning("closing with tasks still running: %s", [t.name for t in left])
        return not left
