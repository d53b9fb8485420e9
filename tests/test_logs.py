"""The program's log: a rotating file in the log folder, the app's events as JSON lines for the
end-to-end tests, and what a take reports at its stop."""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recording.fake_sources import FakeHotkeys, FakeScreen, fake_sources
from vidfeedback.logs import LOG_FILE_NAME, ROOT_LOGGER, JsonEvents, setup_logging
from vidfeedback.recording import Region
from vidfeedback.recording.recorder import Recorder, RecorderConfig
from vidfeedback.ui.automation import Automation, AutomationLog


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger(ROOT_LOGGER)
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def test_events_go_to_the_file_and_as_json_to_the_stream(
    tmp_path: Path, restore_logging: None
) -> None:
    stream = io.StringIO()
    log_file = setup_logging(tmp_path / "log", JsonEvents.STDOUT, stream)
    assert log_file == tmp_path / "log" / LOG_FILE_NAME
    events = AutomationLog.from_environment()
    events.emit("review_shown", student="Åse", duration_ms=4000)
    logging.getLogger("vidfeedback.export.package").warning("not an event: no JSON for it")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [(e["event"], e["student"], e["duration_ms"]) for e in lines] == [
        ("review_shown", "Åse", 4000)
    ]
    assert isinstance(lines[0]["t_ms"], int)
    text = log_file.read_text(encoding="utf-8")
    assert "review_shown student=Åse duration_ms=4000" in text
    assert "WARNING" in text and "not an event" in text


def test_without_setup_nothing_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    logging.getLogger("vidfeedback.recording.recorder").warning("kept to the log, if any")
    AutomationLog(Automation.OFF).emit("started")
    assert capsys.readouterr() == ("", "")


def test_a_widget_test_can_read_the_events_from_its_own_stream() -> None:
    stream = io.StringIO()
    AutomationLog(Automation.LOG, stream).emit("return_started", students=2)
    [line] = stream.getvalue().splitlines()
    assert json.loads(line)["students"] == 2


def test_an_unwritable_log_folder_leaves_the_program_running(
    tmp_path: Path, restore_logging: None
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    assert setup_logging(blocked / "log") is None
    logging.getLogger("vidfeedback.ui").info("still fine")


def test_the_log_rotates(tmp_path: Path, restore_logging: None) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    logger = logging.getLogger("vidfeedback.test")
    for i in range(40_000):  # some 5 MB: more than the file and its three backups hold
        logger.info("line %d of a long day %s", i, "x" * 80)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE_NAME, *(f"{LOG_FILE_NAME}.{i}" for i in (1, 2, 3))]
    assert all(p.stat().st_size <= 1_100_000 for p in tmp_path.iterdir())


def test_a_take_logs_its_statistics_at_the_stop(tmp_path: Path, restore_logging: None) -> None:
    log_file = setup_logging(tmp_path / "log")
    assert log_file is not None
    rec = Recorder(
        RecorderConfig(tmp_path / "take.mp4", region=Region(0, 0, 160, 120), audio_device=None),
        sources=fake_sources(FakeScreen(), FakeHotkeys()),
    )
    rec.start()
    time.sleep(0.3)
    take = rec.stop()
    text = log_file.read_text(encoding="utf-8")
    assert "take started" in text
    finished = next(line for line in text.splitlines() if "take finished" in line)
    assert str(take.path) in finished
    assert f"'frames_encoded': {take.stats.frames_encoded}" in finished
