"""Where the app starts, recent assignments that moved, and status messages that go stale."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from export.conftest import remount_read_only, tmpfs
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.main_window import AppContext, MainWindow
from vidfeedback.ui.problems import describe
from vidfeedback.ui.qt import QApplication, QMessageBox
from vidfeedback.ui.review import AudioPlayback
from vidfeedback.ui.settings import AppSettings, Language
from vidfeedback.workspace.assignment_prefs import AssignmentPrefs
from vidfeedback.workspace.engine import make_recorder
from vidfeedback.workspace.paths import AppPaths

PLAIN = "handins/plain/8B norsk - drøftende tekst"


def _window(qtbot: QtBot, tmp_path: Path, recent: list[Path]) -> MainWindow:
    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    settings.language = Language.ENGLISH
    settings.recent = recent

    def recover(_d: Path, _o: Path, _p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
        raise AssertionError("nothing to recover here")

    window = MainWindow(
        AppContext(
            paths=paths,
            settings=settings,
            log=AutomationLog(Automation.OFF),
            make_recorder=make_recorder,
            recover=recover,
            apply_language=lambda: None,
            language_code=lambda: "en",
            review_audio=AudioPlayback.OFF,
        )
    )
    qtbot.addWidget(window)
    return window


def test_the_app_opens_the_last_assignment_and_shows_a_moved_one_as_missing(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    kept = Path(shutil.copytree(shared_fixtures / PLAIN, tmp_path / "8B"))
    moved = tmp_path / "9A"  # worked on last, then moved away
    window = _window(qtbot, tmp_path, [moved, kept])
    actions = {a.text(): a for a in window.recent_bar.actions()}
    assert not actions["9A (missing)"].isEnabled()
    assert "not there any more" in actions["9A (missing)"].toolTip()
    assert actions["8B"].isEnabled()
    window._fill_recent_menu()
    menu = [a.text() for a in window.recent_menu.actions()]
    assert menu == ["&1 9A (missing)", "&2 8B"]

    window.open_last_or_demo()  # what the app does at start without a path
    qtbot.waitUntil(lambda: window.assignment is not None, timeout=5000)
    assert window.assignment is not None and not window.assignment.is_demo
    assert window.assignment.opened_from.resolve() == kept.resolve()


def test_the_demo_until_there_is_an_assignment(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path, [tmp_path / "gone"])
    window.open_last_or_demo()
    qtbot.waitUntil(lambda: window.assignment is not None, timeout=5000)
    assert window.assignment is not None and window.assignment.is_demo


def test_a_status_message_about_one_assignment_goes_when_another_opens(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    kept = Path(shutil.copytree(shared_fixtures / PLAIN, tmp_path / "8B"))
    window = _window(qtbot, tmp_path, [])
    window.open_demo()
    qtbot.waitUntil(lambda: window.assignment is not None, timeout=5000)
    window.statusBar().showMessage("Every student has feedback.")
    window.open_path(kept)
    qtbot.waitUntil(
        lambda: window.assignment is not None and not window.assignment.is_demo, timeout=5000
    )
    assert window.statusBar().currentMessage() == ""


def test_the_folder_above_a_hand_in_offers_the_hand_in(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    above = tmp_path / "Downloads"
    inside = Path(shutil.copytree(shared_fixtures / PLAIN, above / "8B"))
    # The app exported from it before: its own folder is beside the hand-in.
    ours = above / "8B feedback" / "Kari Nordmann - Feedback"
    ours.mkdir(parents=True)
    (ours / "Feedback.mp4").write_bytes(b"not really")
    window = _window(qtbot, tmp_path, [])
    window.open_path(above)
    qtbot.waitUntil(lambda: window.assignment is not None, timeout=5000)
    box = next(w for w in window._dialogs if isinstance(w, QMessageBox))
    assert "8B" in box.text() and "Downloads" in box.text()
    box.done(QMessageBox.StandardButton.Open)
    qtbot.waitUntil(
        lambda: window.assignment is not None and window.assignment.root == inside, timeout=5000
    )
    assert window.assignment is not None and len(window.assignment.students) == 3


def test_a_read_only_hand_ins_feedback_goes_to_a_folder_the_teacher_chose(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    with tmpfs("4m") as where:
        folder = Path(shutil.copytree(shared_fixtures / PLAIN, where / "8B"))
        remount_read_only(where)
        window = _window(qtbot, tmp_path, [])
        window.open_path(folder)
        qtbot.waitUntil(lambda: window.assignment is not None, timeout=5000)
        box = next(w for w in window._dialogs if isinstance(w, QMessageBox))
        assert box.text().startswith(f"The hand-in folder {folder} is read-only")
        assert [b.text() for b in box.buttons()] == ["&Choose a folder…", "&Later"]
        assert "Errno" not in window.statusBar().currentMessage()
        box.close()
        # Something written there anyway is worded, not "[Errno 30] Read-only file system".
        with pytest.raises(OSError) as caught:
            (folder / "probe").write_bytes(b"x")
        assert describe(caught.value).startswith(f"The folder {folder / 'probe'} is read-only.")

        # The folder chosen (the file dialog's answer) is kept with the assignment (the export
        # into it: tests/export/test_feedback_elsewhere.py).
        chosen = tmp_path / "Feedback 8B"
        chosen.mkdir()
        window.set_feedback_folder(chosen)
        assert window.assignment is not None and window.work is not None
        prefs = AssignmentPrefs(window.ctx.paths.assignments_dir, window.assignment.root)
        assert prefs.feedback_folder == chosen
        # Opened again: no question, the status says where the feedback goes.
        window.open_path(folder)
        qtbot.waitUntil(lambda: "goes to" in window.statusBar().currentMessage(), timeout=5000)
        assert str(chosen) in window.statusBar().currentMessage()
        window.close()
