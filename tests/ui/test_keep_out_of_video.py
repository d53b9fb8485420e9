"""The session keeps the countdown and the toolbar out of the video: here (Linux) by having the
engine mask their areas, each given before the window appears. Decoded frames of the real app
are checked in tests/e2e/test_toolbar_not_recorded.py."""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder
from vidfeedback.model import Rubric
from vidfeedback.recording import Region
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.capture_exclusion import CaptureExclusion, exclude_from_capture
from vidfeedback.ui.qt import QRect, QWidget
from vidfeedback.ui.session import MASK_MARGIN, RecordingSession


def _px(rect: QRect) -> Region:
    """The masked area for a window at rect (the offscreen screen is at 100 %)."""
    m = MASK_MARGIN
    return Region(rect.x() - m, rect.y() - m, rect.width() + 2 * m, rect.height() + 2 * m)


def test_on_linux_the_window_system_cannot_leave_a_window_out(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    assert exclude_from_capture(widget) is CaptureExclusion.MASK


def test_each_window_is_masked_before_it_appears_and_unmasked_after_it_went(
    qtbot: QtBot,
) -> None:
    calls: list[tuple[list[Region], bool, bool]] = []
    holder: list[RecordingSession] = []

    class Watching(ScriptedRecorder):
        def set_masked_rects(self, rects: Sequence[Region]) -> None:
            super().set_masked_rects(rects)
            s = holder[0]
            calls.append((list(rects), s.countdown.isVisible(), s.toolbar.isVisible()))

    session = RecordingSession(
        lambda _on_event: Watching(),
        Rubric(),
        QRect(100, 100, 400, 300),
        1,
        300,
        600,
        AutomationLog(Automation.OFF),
        student="Kari Nordmann",
    )
    holder.append(session)
    with qtbot.waitSignal(session.started, timeout=5000):
        session.start()
    # The countdown: masked while it was still hidden, and it names the student.
    first_rects, countdown_shown, _ = calls[0]
    assert not countdown_shown
    assert session.countdown.student_label.text() == "Feedback for Kari Nordmann"
    assert session.toolbar.student_label.text() == "Recording for Kari Nordmann"
    # The toolbar: masked (with the countdown's area still) before it was shown.
    rects, _, toolbar_shown = calls[1]
    assert not toolbar_shown and session.toolbar.isVisible()
    assert _px(session.toolbar.frameGeometry()) in rects and first_rects[0] in rects
    assert session.exclusion == {
        "countdown": CaptureExclusion.MASK,
        "toolbar": CaptureExclusion.MASK,
    }
    # The countdown's area is given up once the screen under it has been repainted.
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=3000)
    assert calls[2][0] == [_px(session.toolbar.frameGeometry())]
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    session.dispose()
