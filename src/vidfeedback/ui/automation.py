"""A JSON-lines log of the app's states on stdout, for the end-to-end test to follow the real
program (VIDFEEDBACK_TEST_AUTOMATION=1). Off by default; it changes nothing else."""

from __future__ import annotations

import enum
import json
import os
import sys
import time
from typing import Any, TextIO

ENV_VAR = "VIDFEEDBACK_TEST_AUTOMATION"


class Automation(enum.Enum):
    OFF = "off"
    LOG = "log"


class AutomationLog:
    def __init__(self, mode: Automation, stream: TextIO | None = None) -> None:
        self.mode = mode
        self._stream = stream if stream is not None else sys.stdout
        self._t0_ns = time.monotonic_ns()

    @classmethod
    def from_environment(cls) -> AutomationLog:
        on = os.environ.get(ENV_VAR, "") not in ("", "0")
        return cls(Automation.LOG if on else Automation.OFF)

    def emit(self, event: str, **fields: Any) -> None:
        if self.mode is Automation.OFF:
            return
        record = {"event": event, "t_ms": (time.monotonic_ns() - self._t0_ns) // 1_000_000}
        record.update(fields)
        self._stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self._stream.flush()
