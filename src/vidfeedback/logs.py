"""Where the program's log goes: stdlib logging under the "vidfeedback" logger, into a rotating
file in the platform's user log folder (what a teacher attaches to a bug report; Help ▸ Open log
folder in the app), and, for the end-to-end tests, as JSON lines on stdout.

Modules log with logging.getLogger(__name__); only the programs (the app, the command line)
call setup_logging. App events that the end-to-end tests follow are records with an `event`
attribute (logging's `extra`); the JSON handler prints those and nothing else, one object a
line: {"event": ..., "t_ms": ..., **fields}.
"""

from __future__ import annotations

import enum
import json
import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

import platformdirs

APP_NAME = "vidfeedback"
LOG_FILE_NAME = "vidfeedback.log"
# A few days of use at INFO: takes, exports, warnings, the statistics of every take.
LOG_FILE_MAX_BYTES = 1_000_000
LOG_FILE_BACKUPS = 3
# Set to 1 by the end-to-end tests: the app's events as JSON lines on stdout.
JSON_EVENTS_ENV = "VIDFEEDBACK_TEST_AUTOMATION"
EVENT_ATTR = "event"
FIELDS_ATTR = "event_fields"

ROOT_LOGGER = "vidfeedback"
EVENTS_LOGGER = "vidfeedback.events"


class JsonEvents(enum.Enum):
    OFF = "off"
    STDOUT = "stdout"


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def json_events_from_environment() -> JsonEvents:
    return (
        JsonEvents.STDOUT
        if os.environ.get(JSON_EVENTS_ENV, "") not in ("", "0")
        else (JsonEvents.OFF)
    )


class JsonEventHandler(logging.Handler):
    """Writes records that carry an app event as one JSON object a line."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.INFO)
        self._stream = stream
        self._t0_ns = time.monotonic_ns()

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, EVENT_ATTR, None)
        if event is None:
            return
        data: dict[str, Any] = {
            "event": event,
            "t_ms": (time.monotonic_ns() - self._t0_ns) // 1_000_000,
        }
        data.update(getattr(record, FIELDS_ATTR, {}))
        try:
            self._stream.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
            self._stream.flush()
        except (OSError, ValueError):  # the reader went away: the app goes on
            self.handleError(record)


def log_event(logger: logging.Logger, event: str, **fields: Any) -> None:
    """Log one app event: a line in the log file, and a JSON object for the tests."""
    detail = " ".join(f"{k}={v}" for k, v in fields.items())
    logger.info(
        "%s%s",
        event,
        f" {detail}" if detail else "",
        extra={EVENT_ATTR: event, FIELDS_ATTR: fields},
    )


def setup_logging(
    log_dir: Path | None = None,
    json_events: JsonEvents = JsonEvents.OFF,
    stream: TextIO | None = None,
) -> Path | None:
    """Send the program's logging to a rotating file in log_dir (default: the platform's user
    log folder) and, if asked, its events as JSON lines to stream (default stdout). Returns
    the log file, or None when it could not be opened (the program runs on without it)."""
    root = logging.getLogger(ROOT_LOGGER)
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if not isinstance(handler, logging.NullHandler):
            root.removeHandler(handler)
            handler.close()
    log_file: Path | None = (log_dir or default_log_dir()) / LOG_FILE_NAME
    assert log_file is not None
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file,
            maxBytes=LOG_FILE_MAX_BYTES,
            backupCount=LOG_FILE_BACKUPS,
            encoding="utf-8",
        )
    except OSError:
        log_file = None  # a read-only home: no log file, nothing else changes
    else:
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(file_handler)
    if json_events is JsonEvents.STDOUT:
        root.addHandler(JsonEventHandler(stream if stream is not None else sys.stdout))
    return log_file
