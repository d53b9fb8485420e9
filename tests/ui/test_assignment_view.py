# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vidfeedback.model import Marker, MarkerKind, Rubric
from vidfeedback.ui.assignment_view import AssignmentView, StudentColumn
from vidfeedback.ui.qt import QApplication, QMessageBox, Qt, QUrl
from vidfeedback.ui.rubric_editor import RubricEditor
from vidfeedback.ui.settings import CaptureChoice, CaptureKind
from vidfeedback.workspace.assignment import Assignment, load_assignment
from vidfeedback.workspace.demo import prepare_demo
from vidfeedback.workspace.work_state import StudentStatus, WorkState

MOODLE = "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"


@pytest.fixture
def moodle(tmp_path: Path, shared_fixtures: Path) -> Assignment:
    root = tmp_path / "handin"
    shutil.copytree(shared_fixtures / MOODLE, root)
    return load_assignment(root)


def _view(
    qtbot: QtBot, assignment: Assignment, tmp_path: Path, opened: list[QUrl] | None = None
) -> tuple[AssignmentView, WorkState]:
    state = WorkState(tmp_path / "state", assignment.root)
    sink = opened if opened is not None else []

    def open_url(url: QUrl) -> bool:
        sink.append(url)
        return True

    view = AssignmentView(assignment, state, CaptureChoice(), None, open_url)
    qtbot.addWidget(view)
    return view, state


def test_demo_assignment_lists_students_and_rubric(qtbot: QtBot, tmp_path: Path) -> None:
    assignment = load_assignment(prepare_demo(tmp_path / "data"), is_demo=True)
    view, _state = _view(qtbot, assignment, tmp_path)
    names = [
        view.students.topLevelItem(i).text(StudentColumn.NAME)  # type: ignore[union-attr]
        for i in range(view.students.topLevelItemCount())
    ]
    assert names == ["Alex Berg", "Maja Lind", "Sam Okafor"]
    assert [c.name for c in view.rubric_editor.rubric().criteria] == [
        "Thesis",
        "Arguments",
        "Structure",
        "Language",
    ]
    # The demo copy is writable and separate from the installed package.
    assert (tmp_path / "data") in assignment.root.parents


def test_students_files_status_and_earlier_feedback(
    qtbot: QtBot, tmp_path: Path, moodle: Assignment
) -> None:
    opened: list[QUrl] = []
    view, state = _view(qtbot, moodle, tmp_path, opened)
    kari = next(s for s in moodle.students if s.display_name == "Kari Nordmann")
    rec = state.record(kari.key)
    rec.status = StudentStatus.EXPORTED
    rec.history = ["Video: Feedback.mp4"]
    view.refresh_students()
    assert view.select_student(kari.key)
    item = view.students.currentItem()
    assert item is not None
    assert item.text(StudentColumn.FILES) == "1"
    assert item.text(StudentColumn.STATUS) == "Exported"
    assert "Feedback.mp4" in view.earlier.text()
    assert view.files.item(0).text() == "Argumenterende tekst - Kari.txt"  # type: ignore[union-attr]

    # Opening the student's file goes to the system's default program.
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(kari.submissions[0].path))]

    # Enter on a student asks to record for that student.
    view.students.setFocus()
    with qtbot.waitSignal(view.record_requested) as blocker:
        qtbot.keyClick(view.students, Qt.Key.Key_Return)
    assert blocker.args == [kari.key]
    # Next student skips the ones whose feedback is exported.
    keys = [s.key for s in moodle.students]
    before = keys[keys.index(kari.key) - 1]
    assert view.next_student_key(before) != kari.key


def test_rubric_typed_in_and_edited(qtbot: QtBot, tmp_path: Path, moodle: Assignment) -> None:
    view, _state = _view(qtbot, moodle, tmp_path)
    editor = view.rubric_editor
    assert editor.rubric().criteria == []
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.rubric_changed) as blocker:
        editor.table.item(0, 0).setText("Kildebruk")  # type: ignore[union-attr]
    rubric = blocker.args[0]
    assert [c.name for c in rubric.criteria] == ["Kildebruk"]
    assert moodle.rubric.criteria[0].name == "Kildebruk"


def test_rubric_csv_import_from_excel(qtbot: QtBot, shared_fixtures: Path) -> None:
    editor = RubricEditor(Rubric())
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.rubric_changed):
        assert editor.import_csv(shared_fixtures / "rubrics/argumenterende-tekst.excel.csv")
    rubric = editor.rubric()
    assert [c.name for c in rubric.criteria][:2] == ["Problemstilling", "Argumentasjon"]
    assert len(rubric.criteria) == 5
    assert rubric.criteria[4].name == "Innledning og avslutning"
    assert len(rubric.criteria[0].levels) == 3


def test_rubric_csv_error_names_the_line(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text('criterion,description\nThesis,ok\n"Arguments,unclosed quote\n', "utf-8")
    editor = RubricEditor(Rubric())
    qtbot.addWidget(editor)
    assert not editor.import_csv(bad)
    assert "3" in editor.last_error and "bad.csv" in editor.last_error
    boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and editor.last_error in boxes[-1].text()
    for box in boxes:
        box.close()


def test_capture_setting_is_shown(qtbot: QtBot, tmp_path: Path, moodle: Assignment) -> None:
    view, _state = _view(qtbot, moodle, tmp_path)
    view.set_capture(CaptureChoice(CaptureKind.REGION, 1, (240, 160, 800, 600)))
    assert view.capture_label.text() == "Region 800 × 600 at 240, 160"


def test_marker_round_trip_in_state(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    state = WorkState(tmp_path / "s", root)
    state.record("k").markers = [Marker(MarkerKind.FEED_UP, 5)]
    state.save()
    assert WorkState(tmp_path / "s", root).students["k"].markers[0].kind is MarkerKind.FEED_UP
