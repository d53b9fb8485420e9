# mypy: disable-error-code="no-untyped-call"
"""“Return to students” as a widget: the states and totals, the Moodle zips in one click, and a
real upload to the local Canvas in the background, the token going to the credential store."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from export.conftest import take, take_dir
from lms.conftest import file_keyring
from support.fake_canvas import FakeCanvas
from support.fake_moodle import FakeMoodle
from support.lms_packages import exported_canvas, exported_moodle
from vidfeedback.errors import ErrorCode
from vidfeedback.lms.credentials import SERVICE, account
from vidfeedback.lms.transport import RetryPolicy
from vidfeedback.lms.upload import Outcome, RunReport
from vidfeedback.ui import return_view
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.qt import Qt, QUrl
from vidfeedback.ui.return_view import ReturnView

__all__ = ["file_keyring", "take", "take_dir"]

TOKEN = "7~WidgetToken0123456789abcdefghijkl"


@pytest.fixture
def canvas(tmp_path: Path) -> Iterator[FakeCanvas]:
    fake = FakeCanvas(tmp_path / "canvas-store", TOKEN, students=("48213", "48214", "48215"))
    fake.start()
    yield fake
    fake.stop()


def events(stream: io.StringIO, name: str) -> list[dict[str, object]]:
    return [e for e in map(json.loads, stream.getvalue().splitlines()) if e["event"] == name]


def test_canvas_upload_from_the_view(
    qtbot: QtBot,
    shared_fixtures: Path,
    take: Path,
    tmp_path: Path,
    canvas: FakeCanvas,
    file_keyring: Path,
) -> None:
    handin = exported_canvas(shared_fixtures, take, tmp_path)
    stream = io.StringIO()
    view = ReturnView(handin, 100, AutomationLog(Automation.LOG, stream), lambda _u: True)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.is_ready)
    listed = events(stream, "returns")[-1]["students"]
    assert isinstance(listed, list)
    states = {s["key"]: s["state"] for s in listed}
    assert states == {"48213": "exported", "48214": "exported", "48215": "not_exported",
                      "48216": "not_exported"}  # fmt: skip
    assert "2 to return" in view.totals.text()
    assert not view.zip_box.isVisible() and view.upload_box.isVisible()

    view.address.setText(f"{canvas.base_url}/courses/7/assignments/42")
    qtbot.keyClicks(view.token, TOKEN)
    with qtbot.waitSignal(view.upload_finished, timeout=60_000) as finished:
        qtbot.keyClick(view.token, Qt.Key.Key_Return)
        assert view.is_uploading() or view.last_report is not None
    report = finished.args[0]
    assert isinstance(report, RunReport) and report.count(Outcome.RETURNED) == 2
    qtbot.waitUntil(view.is_ready)
    assert view.token.text() == ""  # never shown again
    assert keyring.get_password(SERVICE, account("canvas", canvas.base_url)) == TOKEN
    assert len(canvas.comments_of("48213")) == 1 and len(canvas.comments_of("48214")) == 1
    row = view._rows["48213"]
    assert view.table.item(row, 1).text() == "Returned"  # type: ignore[union-attr]
    assert "Canvas" in view.table.item(row, 2).text()  # type: ignore[union-attr]
    assert "2 returned" in view.totals.text()
    # The address is remembered for the assignment, the token in the credential store only.
    again = ReturnView(handin, 100, AutomationLog(Automation.OFF), lambda _u: True)
    qtbot.addWidget(again)
    assert again.address.text() == view.address.text()
    assert "password store" in again.token.placeholderText()
    for path in tmp_path.rglob("*"):
        if path.is_file() and file_keyring not in path.parents and "canvas-store" not in path.parts:
            assert TOKEN.encode() not in path.read_bytes(), path
    assert TOKEN not in stream.getvalue()


def test_moodle_zips_in_one_click_and_show_folder(
    qtbot: QtBot, shared_fixtures: Path, take: Path, tmp_path: Path
) -> None:
    handin = exported_moodle(shared_fixtures, take, tmp_path)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    view = ReturnView(handin, 100, AutomationLog(Automation.OFF), open_url)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.is_ready)
    assert view.zip_box.isVisible()
    assert "All participants" in view.zip_steps.text()
    with qtbot.waitSignal(view.zip_limit_changed) as changed:
        view.zip_limit.setValue(50)
    assert changed.args == [50]
    qtbot.mouseClick(view.make_zips_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.is_ready)
    root = handin.root.with_name(handin.root.name + " feedback")
    (made,) = sorted(root.glob("Moodle upload*.zip"))
    with zipfile.ZipFile(made) as zf:
        folders = {n.split("/")[0] for n in zf.namelist()}
    assert folders == {"Kari Nordmann_1040211_assignfeedback_file",
                       "Ola Ødegård_1040212_assignfeedback_file"}  # fmt: skip
    assert made.name in view.zip_result.text() and "Kari Nordmann" in view.zip_result.text()
    row = view._rows["1040211"]
    assert view.table.item(row, 1).text() == "Returned"  # type: ignore[union-attr]
    assert made.name in view.table.item(row, 2).text()  # type: ignore[union-attr]
    qtbot.mouseClick(view.show_folder_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [root]


def test_moodle_direct_upload_from_the_view(
    qtbot: QtBot, shared_fixtures: Path, take: Path, tmp_path: Path, file_keyring: Path
) -> None:
    handin = exported_moodle(shared_fixtures, take, tmp_path)
    token = "abcdef0123456789abcdef0123456789"
    participants = {"1040211": "31", "1040212": "32"}
    with FakeMoodle(tmp_path / "moodle-store", token, participants=participants) as moodle:
        assert isinstance(moodle, FakeMoodle)
        view = ReturnView(handin, 100, AutomationLog(Automation.OFF), lambda _u: True)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(view.is_ready)
        assert view.assignment_id.text() == "5521"  # from the download's name
        view.address.setText(moodle.base_url)
        view.token.setText(token)
        with qtbot.waitSignal(view.upload_finished, timeout=60_000) as finished:
            qtbot.mouseClick(view.upload_button, Qt.MouseButton.LeftButton)
        report = finished.args[0]
        assert isinstance(report, RunReport) and report.count(Outcome.RETURNED) == 2
        assert set(moodle.feedback) == {"31", "32"}
        qtbot.waitUntil(view.is_ready)
    assert view.table.item(view._rows["1040212"], 1).text() == "Returned"  # type: ignore[union-attr]


def test_after_the_network_went_away_the_upload_goes_on_by_itself(
    qtbot: QtBot,
    shared_fixtures: Path,
    take: Path,
    tmp_path: Path,
    file_keyring: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(return_view, "NETWORK_RETRY_MS", 1500)
    handin = exported_canvas(shared_fixtures, take, tmp_path)
    gone = FakeCanvas(tmp_path / "s1", TOKEN, students=("48213", "48214"))
    gone.start()
    url = f"{gone.base_url}/courses/7/assignments/42"
    port = int(gone.base_url.rsplit(":", 1)[1])
    gone.stop()  # nobody answers on that address now
    fast = RetryPolicy(attempts=2, first_delay_s=0.05, max_delay_s=0.1)
    view = ReturnView(handin, 100, AutomationLog(Automation.OFF), lambda _u: True, retry=fast)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.is_ready)
    view.address.setText(url)
    view.token.setText(TOKEN)
    with qtbot.waitSignal(view.upload_finished, timeout=30_000) as first:
        qtbot.mouseClick(view.upload_button, Qt.MouseButton.LeftButton)
    problem = first.args[0].problem
    assert problem is not None and problem.code is ErrorCode.LMS_UNREACHABLE
    assert "Trying again by itself" in view.outcome_label.text()
    back = FakeCanvas(tmp_path / "s2", TOKEN, students=("48213", "48214"))
    back.port = port
    with back, qtbot.waitSignal(view.upload_finished, timeout=30_000) as second:
        pass
    assert second.args[0].count(Outcome.RETURNED) == 2
    assert len(back.comments_of("48213")) == 1 and len(back.comments_of("48214")) == 1
