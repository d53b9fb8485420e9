"""A Canvas student's name, which Canvas's download writes "lastfirst", can be corrected."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.test_start_and_recent import _window
from vidfeedback.ui.qt import QApplication, QDialog
from vidfeedback.workspace.assignment_prefs import AssignmentPrefs

CANVAS = "handins/canvas"
MOODLE = "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"


def test_a_canvas_students_name_is_corrected_and_kept(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    canvas = next(p for p in (shared_fixtures / CANVAS).iterdir() if p.is_dir())
    folder = Path(shutil.copytree(canvas, tmp_path / "canvas"))
    window = _window(qtbot, tmp_path, [])
    window.open_path(folder)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    view = window.view
    assert view is not None and window.assignment is not None
    assert view.rename_button.isVisibleTo(view)
    student = window.assignment.students[0]
    key, before = student.key, student.display_name
    view.select_student(key)
    view.ask_for_name()
    dialog = view.name_dialog
    assert dialog is not None and dialog.textValue() == before
    dialog.setTextValue("  Kari   Nordmann ")
    with qtbot.waitSignal(view.name_corrected):
        dialog.done(QDialog.DialogCode.Accepted)
    assert window.assignment.student(key) is not None
    assert window.assignment.students[0].display_name == "Kari Nordmann"
    assert window.view is not None and window.view.current_student_key() == key
    prefs = AssignmentPrefs(window.ctx.paths.assignments_dir, window.assignment.root)
    assert prefs.names == {key: "Kari Nordmann"}
    # Opened again, the name is the teacher's.
    window.open_path(folder)
    qtbot.waitUntil(lambda: window.view is not None and window.view is not view, timeout=5000)
    assert window.assignment is not None
    assert window.assignment.student(key).display_name == "Kari Nordmann"  # type: ignore[union-attr]


def test_other_layouts_keep_their_names(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    """Moodle matches feedback by folder names made of the name: they are not offered."""
    folder = Path(shutil.copytree(shared_fixtures / MOODLE, tmp_path / "moodle"))
    window = _window(qtbot, tmp_path, [])
    window.open_path(folder)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    view = window.view
    assert view is not None and not view.rename_button.isVisibleTo(view)
    view.ask_for_name()
    assert view.name_dialog is None
