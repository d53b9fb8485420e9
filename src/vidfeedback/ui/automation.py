"""The app's events (what the teacher did, what the app showed) for the log and the end-to-end
tests. They go through stdlib logging (vidfeedback.logs): a line in the log file, and, when the
program was started with VIDFEEDBACK_TEST_AUTOMATION=1, a JSON object a line on stdout that the
end-to-end tests follow. Widget tests may give a stream of their own to read the objects."""

from __future__ import annotations

import enum
import logging
from typing import Any, TextIO

from vidfeedback.logs import EVENT_ATTR, EVENTS_LOGGER, FIELDS_ATTR, JsonEventHandler, log_event


class Automation(enum.Enum):
    OFF = "off"  # events go to the log (and to the JSON handler, if the program set one up)
    LOG = "log"  # ... and to the stream given here as JSON lines


class AutomationLog:
    def __init__(self, mode: Automation = Automation.OFF, stream: TextIO | None = None) -> None:
        self.mode = mode
        self._logger = logging.getLogger(EVENTS_LOGGER)
        self._own = (
            JsonEventHandler(stream) if mode is Automation.LOG and stream is not None else None
        )

    @classmethod
    def from_environment(cls) -> AutomationLog:
        """The program's events; logs.setup_logging decides where JSON lines go."""
        return cls(Automation.OFF)

    def emit(self, event: str, **fields: Any) -> None:
        log_event(self._logger, event, **fields)
        if self._own is not None:
            self._own.handle(logging.makeLogRecord({EVENT_ATTR: event, FIELDS_ATTR: fields}))
