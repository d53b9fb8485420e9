"""Run slow back-end calls off the GUI thread and deliver the result back on it.

Signals emitted from a plain Python thread reach receivers in the GUI thread through Qt's queued
connections, so the window keeps painting while finishing, recovering or unpacking runs.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from .problems import describe
from .qt import QObject, Qt, Signal


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(str)  # what went wrong, in the teacher's language (problems.describe)
    progressed = Signal(float)

    def __init__(self, fn: Callable[[], Any], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
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

    def report_progress(self, fraction: float) -> None:
        """Safe to call from the worker thread."""
        self.progressed.emit(float(fraction))

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # the teacher sees the sentence; the trace goes to stderr
            traceback.print_exc()
            self.error_detail = str(exc) or type(exc).__name__
            self.failed.emit(describe(exc))
            return
        self.succeeded.emit(result)
