"""The grade practice is kept per assignment, and a grade once given is never dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.test_prepare_view import _window
from vidfeedback.model import GradePractice, Marker, MarkerKind
from vidfeedback.ui.qt import QApplication
from vidfeedback.workspace.assignment_prefs import AssignmentPrefs
from vidfeedback.workspace.work_state import StudentStatus


def test_the_grade_practice_is_kept_per_assignment_and_a_grade_is_never_dropped(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    window, _recorders, _events = _window(qtbot, qapp, tmp_path, small_take)
    assert window.assignment is not None and window.work is not None
    window.ctx.settings.grade_practice = GradePractice.NO_GRADE  # the default for new ones
    key = window.assignment.students[0].key
    record = window.work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(shutil.copy(small_take, tmp_path / "take.mp4"))
    record.duration_ms = 4000
    record.markers = [Marker(MarkerKind.FEED_BACK, 500)]

    window.show_review(key)
    review = window.review
    assert review is not None and review.grade_practice is GradePractice.NO_GRADE
    review.practice_box.setCurrentIndex(review.practice_box.findData(GradePractice.LMS_ONLY))
    review.grade_edit.setText("5")
    window.back_to_list()
    prefs = AssignmentPrefs(window.ctx.paths.assignments_dir, window.assignment.root)
    assert prefs.grade_practice is GradePractice.LMS_ONLY
    assert window.work.record(key).grade == "5"

    # Next time this assignment's review opens with its own practice, not the default.
    window.show_review(key)
    review = window.review
    assert review is not None and review.grade_practice is GradePractice.LMS_ONLY
    assert review.grade == "5"
    # "No grade" for a while keeps the grade given (the export leaves it out meanwhile).
    review.practice_box.setCurrentIndex(review.practice_box.findData(GradePractice.NO_GRADE))
    assert review.grade == ""
    window.back_to_list()
    assert window.work.record(key).grade == "5"
    window.show_review(key)
    review = window.review
    assert review is not None and review.grade_practice is GradePractice.NO_GRADE
    review.practice_box.setCurrentIndex(review.practice_box.findData(GradePractice.IN_VIDEO))
    assert review.grade == "5"
