"""The session keeps the countdown and the toolbar out of the video: here (Linux) by having the
engine mask their areas, each given before the window appears. Decoded frames of the real app
are checked in tests/e2e/test_toolbar_not_recorded.py."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtGui import QHelpEvent
from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder
from vidfeedback.model import Criterion, Rubric
from vidfeedback.recording import Region
from vidfeedback.ui import session as session_module
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.capture_exclusion import CaptureExclusion, exclude_from_capture
from vidfeedback.ui.qt import QApplication, QEvent, QRect, QWidget
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


# A dropped-down list grabs the keyboard, which the offscreen platform cannot do (and says);
# this marker replaces conftest's, so its offscreen limits are repeated.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints\(\)|requestActivate\(\)"
    r"|setting window masks|grabbing the keyboard)"
)
def test_the_space_around_the_toolbar_is_masked_before_its_list_or_a_tooltip_shows(
    qtbot: QtBot,
) -> None:
    calls: list[tuple[list[Region], bool]] = []
    holder: list[RecordingSession] = []

    class Watching(ScriptedRecorder):
        def set_masked_rects(self, rects: Sequence[Region]) -> None:
            super().set_masked_rects(rects)
            box = holder[0].toolbar.criterion_box
            calls.append((list(rects), box.view().isVisible()))

    rubric = Rubric("Essay", [Criterion("c1", "Thesis"), Criterion("c2", "Sources")])
    session = RecordingSession(
        lambda _on_event: Watching(),
        rubric,
        QRect(100, 100, 400, 300),
        0,
        300,
        600,
        AutomationLog(Automation.OFF),
    )
    holder.append(session)
    with qtbot.waitSignal(session.started, timeout=5000):
        session.start()
    tb = session.toolbar
    toolbar_px = _px(tb.frameGeometry())
    assert calls[-1][0] == [toolbar_px]

    # The list drops down: the band around the toolbar was masked while it was still up.
    tb.criterion_box.showPopup()
    qtbot.waitUntil(tb.criterion_box.view().isVisible)
    rects, list_shown = calls[-1]
    assert not list_shown and len(rects) == 2
    band = next(r for r in rects if r != toolbar_px)
    assert band.x <= toolbar_px.x and band.x + band.width > toolbar_px.x + toolbar_px.width
    assert band.y < toolbar_px.y and band.y + band.height > toolbar_px.y + toolbar_px.height
    popup = tb.criterion_box.view().window().frameGeometry()
    assert QRect(band.x, band.y, band.width, band.height).contains(popup), (band, popup)
    tb.criterion_box.hidePopup()
    # Gone (and the pointer is not on the toolbar): the band is given up after a moment.
    qtbot.waitUntil(lambda: calls[-1][0] == [toolbar_px], timeout=3000)

    # A tooltip: the band comes back before the tooltip is made.
    count = len(calls)
    where = tb.pen_button.rect().center()
    help_event = QHelpEvent(QEvent.Type.ToolTip, where, tb.pen_button.mapToGlobal(where))
    QApplication.sendEvent(tb.pen_button, help_event)
    assert len(calls) == count + 1 and band in calls[-1][0]
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    session.dispose()


def test_where_the_system_leaves_windows_out_only_the_toolbars_popups_are_masked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and macOS leave the countdown and the toolbar out of grabs (the call cannot be
    made here, so its answer is given); a tooltip's window does not exist before it is shown,
    so the space around the toolbar is masked by the engine there too."""
    monkeypatch.setattr(session_module, "exclude_from_capture", lambda _w: CaptureExclusion.SYSTEM)
    rec = ScriptedRecorder()
    session = RecordingSession(
        lambda _on_event: rec,
        Rubric(),
        QRect(100, 100, 400, 300),
        0,
        300,
        600,
        AutomationLog(Automation.OFF),
    )
    with qtbot.waitSignal(session.started, timeout=5000):
        session.start()
    assert rec.log.masked == []
    tb = session.toolbar
    where = tb.pen_button.rect().center()
    help_event = QHelpEvent(QEvent.Type.ToolTip, where, tb.pen_button.mapToGlobal(where))
    QApplication.sendEvent(tb.pen_button, help_event)
    (rects,) = rec.log.masked
    (band,) = rects
    toolbar_px = _px(tb.frameGeometry())
    assert band.y < toolbar_px.y and band.y + band.height > toolbar_px.y + toolbar_px.height
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    session.dispose()
