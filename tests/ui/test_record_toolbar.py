# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.fakes import Refused, ScriptedRecorder
from vidfeedback.model import Criterion, MarkerKind, Rubric
from vidfeedback.ui.placement import place_outside
from vidfeedback.ui.qt import QKeySequence, QRect, QShortcut, QSize, Qt
from vidfeedback.ui.record_toolbar import PenMode, RecordingState, RecordToolbar, TargetState

RUBRIC = Rubric("Essay", [Criterion("c1", "Thesis"), Criterion("c2", "Arguments")])


def _toolbar(qtbot: QtBot) -> tuple[RecordToolbar, ScriptedRecorder]:
    rec = ScriptedRecorder()
    tb = RecordToolbar(rec, RUBRIC, 300, 600, (Refused,))
    qtbot.addWidget(tb)
    return tb, rec


def _mode(tb: RecordToolbar) -> PenMode:
    return tb.pen_mode  # read afresh each time (mypy would keep the first value)


def _press(tb: RecordToolbar, keys: str) -> None:
    """A toolbar shortcut, as Qt delivers it once the key reaches the active toolbar (the
    offscreen platform never activates a tool window)."""
    (shortcut,) = [s for s in tb.findChildren(QShortcut) if s.key() == QKeySequence(keys)]
    shortcut.activated.emit()


def test_marker_buttons_place_markers_with_the_current_criterion(qtbot: QtBot) -> None:
    tb, rec = _toolbar(qtbot)
    rec.elapsed = 1500
    with qtbot.waitSignal(tb.marker_added):
        qtbot.mouseClick(tb.marker_buttons[MarkerKind.FEED_UP], Qt.MouseButton.LeftButton)
    # One click (or Ctrl+K, or the global hotkey) moves to the next criterion.
    qtbot.mouseClick(tb.next_criterion_button, Qt.MouseButton.LeftButton)
    assert rec.log.criteria[-1] == ("c1", "Thesis")
    rec.elapsed = 4200
    qtbot.mouseClick(tb.marker_buttons[MarkerKind.FEED_FORWARD], Qt.MouseButton.LeftButton)
    assert [(m.kind, m.t_ms, m.criterion_id, m.label) for m in rec.log.markers] == [
        (MarkerKind.FEED_UP, 1500, None, None),
        (MarkerKind.FEED_FORWARD, 4200, "c1", "Thesis"),
    ]
    tb.next_criterion()
    tb.next_criterion()  # wraps round to "no criterion"
    last: tuple[str | None, str | None] = rec.log.criteria[-1]
    assert last == (None, None)


def test_pause_disables_markers_and_redo_since_pause_asks_first(qtbot: QtBot) -> None:
    tb, rec = _toolbar(qtbot)
    tb.show()
    assert tb.discard_button.isVisible() and not tb.discard_button.isEnabled()
    rec.elapsed = 83_000
    qtbot.mouseClick(tb.pause_button, Qt.MouseButton.LeftButton)
    assert rec.paused and tb.state is RecordingState.PAUSED
    assert tb.pause_button.text() == "Resume"
    assert not tb.marker_buttons[MarkerKind.FEED_BACK].isEnabled()
    assert tb.discard_button.isEnabled()
    # Throwing away recorded time asks first; the default answer keeps it.
    qtbot.mouseClick(tb.discard_button, Qt.MouseButton.LeftButton)
    box = tb.confirm_box
    assert box is not None and "1:23" in box.text()
    assert box.defaultButton().text() == "&Keep it"
    box.defaultButton().click()
    assert tb.confirm_box is None and "discard" not in rec.log.calls
    qtbot.mouseClick(tb.discard_button, Qt.MouseButton.LeftButton)
    box = tb.confirm_box
    assert box is not None
    (discard,) = [b for b in box.buttons() if b.text() == "&Throw it away"]
    discard.click()
    assert rec.log.calls[-1] == "discard"
    assert not tb.discard_button.isEnabled()  # once per pause: nothing more to throw away
    tb.add_marker(MarkerKind.FEED_BACK)  # a hotkey-style call while paused places nothing
    assert rec.log.markers == []
    qtbot.mouseClick(tb.pause_button, Qt.MouseButton.LeftButton)
    assert rec.log.calls[-2:] == ["discard", "resume"]
    state: RecordingState = tb.state  # changed by the click above
    assert state is RecordingState.RECORDING and not tb.discard_button.isEnabled()


def test_a_resume_by_hotkey_closes_the_open_question(qtbot: QtBot) -> None:
    tb, rec = _toolbar(qtbot)
    tb.show()
    tb.toggle_pause()
    tb.confirm_discard()
    assert tb.confirm_box is not None
    rec.paused = False
    tb.set_state(RecordingState.RECORDING)  # the engine's "resumed" event
    assert tb.confirm_box is None and "discard" not in rec.log.calls


def _geometry(tb: RecordToolbar) -> dict[str, QRect]:
    widgets = {
        "toolbar": tb,
        "pause": tb.pause_button,
        "discard": tb.discard_button,
        "stop": tb.stop_button,
        "criterion": tb.criterion_box,
        "next": tb.next_criterion_button,
        "pen": tb.pen_button,
        "highlighter": tb.highlighter_button,
        "clear": tb.clear_button,
        "time": tb._time,
        **{k.value: b for k, b in tb.marker_buttons.items()},
    }
    return {
        name: QRect(w.mapTo(tb, w.rect().topLeft()), w.size()) if w is not tb else tb.geometry()
        for name, w in widgets.items()
    }


def test_no_button_moves_or_changes_size_while_recording(qtbot: QtBot) -> None:
    """Pause, a notice, a long take, past the target: the same place and size for everything."""
    tb, rec = _toolbar(qtbot)
    tb.arrange_for(1900)
    tb.show()
    qtbot.waitExposed(tb)
    start = _geometry(tb)
    states = {}
    tb.toggle_pause()
    states["paused"] = _geometry(tb)
    tb.show_notice(
        "The microphone stopped delivering sound. Check that it is plugged in; the recording "
        "goes on and fills the gap with silence."
    )
    states["notice"] = _geometry(tb)
    tb.toggle_pause()
    rec.elapsed = 3_725_000  # past an hour, past the target: bold and longer
    tb.refresh()
    assert tb.elapsed_text.startswith("1:02:05")
    states["an hour, bold"] = _geometry(tb)
    tb.show_notice("")
    states["notice gone"] = _geometry(tb)
    for name, geometry in states.items():
        moved = {k: (start[k], v) for k, v in geometry.items() if v != start[k]}
        assert not moved, f"{name}: {moved}"
    # Nothing overlaps anything else (a click lands on one button only).
    rects = [r for k, r in start.items() if k != "toolbar"]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)


def test_the_toolbar_fits_a_screen_at_200_percent(qtbot: QtBot) -> None:
    """A 1920-pixel screen at 200 % is 960 logical pixels wide: the groups wrap into rows."""
    tb, _rec = _toolbar(qtbot)
    tb.arrange_for(1920 - 24)
    assert len(tb.rows) == 1
    wide = tb.width()
    tb.arrange_for(960 - 24)
    assert len(tb.rows) >= 2
    assert tb.width() <= 960 - 24 < wide
    tb.arrange_for(400)  # narrower than any two groups: one group a row, still all there
    assert len(tb.rows) == len(tb.groups)
    assert all(b.isVisibleTo(tb) for b in tb.marker_buttons.values())


def test_the_toolbar_names_the_student(qtbot: QtBot) -> None:
    rec = ScriptedRecorder()
    tb = RecordToolbar(rec, RUBRIC, 300, 600, (Refused,), student="Kari Nordmann")
    qtbot.addWidget(tb)
    assert tb.student_label.text() == "Recording for Kari Nordmann"
    long_name = "Kari " + "Nordmann-" * 12
    tb = RecordToolbar(rec, RUBRIC, 300, 600, (Refused,), student=long_name)
    qtbot.addWidget(tb)
    assert tb.student_label.text().endswith("…") and tb.student_label.toolTip() == long_name


def test_engine_refusal_is_absorbed(qtbot: QtBot) -> None:
    tb, rec = _toolbar(qtbot)
    rec.paused = True  # paused by a global hotkey; the event has not reached the UI yet
    with qtbot.assertNotEmitted(tb.marker_added):
        tb.add_marker(MarkerKind.FEED_BACK)
    tb.set_state(RecordingState.PAUSED)  # the engine's "paused" event arrives
    assert tb.paused_once


def test_elapsed_time_against_target_with_gentle_warning(qtbot: QtBot) -> None:
    tb, rec = _toolbar(qtbot)
    rec.elapsed = 65_000
    tb.refresh()
    assert tb.elapsed_text == "1:05 / 5–10 min"
    assert tb.target_state(rec.elapsed) is TargetState.SHORT
    assert tb.target_state(400_000) is TargetState.IN_RANGE
    rec.elapsed = 601_000
    tb.refresh()
    assert tb.target_state(rec.elapsed) is TargetState.LONG
    assert "bold" in tb._time.styleSheet()


def test_pen_and_clear(qtbot: QtBot) -> None:
    tb, _rec = _toolbar(qtbot)
    with qtbot.waitSignal(tb.pen_mode_changed) as blocker:
        qtbot.mouseClick(tb.pen_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [PenMode.PEN]
    assert tb.pen_button.isChecked() and not tb.highlighter_button.isChecked()
    with qtbot.waitSignal(tb.clear_strokes_requested):
        qtbot.mouseClick(tb.clear_button, Qt.MouseButton.LeftButton)
    assert tb.pen_mode is PenMode.PEN  # clearing keeps the pen in hand
    with qtbot.waitSignal(tb.clear_strokes_requested):
        _press(tb, "Ctrl+E")


def test_pen_and_highlighter_are_one_tool_at_a_time(qtbot: QtBot) -> None:
    tb, _rec = _toolbar(qtbot)
    modes: list[PenMode] = []
    tb.pen_mode_changed.connect(modes.append)
    qtbot.mouseClick(tb.highlighter_button, Qt.MouseButton.LeftButton)
    assert _mode(tb) is PenMode.HIGHLIGHTER
    assert tb.highlighter_button.isChecked() and not tb.pen_button.isChecked()
    qtbot.mouseClick(tb.pen_button, Qt.MouseButton.LeftButton)  # swaps, no "off" in between
    assert _mode(tb) is PenMode.PEN
    assert tb.pen_button.isChecked() and not tb.highlighter_button.isChecked()
    qtbot.mouseClick(tb.pen_button, Qt.MouseButton.LeftButton)  # the same tool again: put down
    assert _mode(tb) is PenMode.OFF and not tb.pen_button.isChecked()
    # Shortcuts: Ctrl+H highlighter, Ctrl+D pen, Esc puts the tool down.
    _press(tb, "Ctrl+H")
    _press(tb, "Ctrl+D")
    _press(tb, "Esc")
    _press(tb, "Esc")  # nothing in hand: nothing happens
    # The global hotkeys toggle the same way.
    tb.toggle_pen_mode(PenMode.HIGHLIGHTER)
    tb.toggle_pen_mode(PenMode.HIGHLIGHTER)
    assert modes == [
        PenMode.HIGHLIGHTER,
        PenMode.PEN,
        PenMode.OFF,
        PenMode.HIGHLIGHTER,
        PenMode.PEN,
        PenMode.OFF,
        PenMode.HIGHLIGHTER,
        PenMode.OFF,
    ]


def test_toolbar_is_placed_outside_the_captured_area() -> None:
    screen = QRect(0, 0, 1920, 1080)
    size = QSize(500, 40)
    for capture in (
        QRect(240, 160, 800, 600),
        QRect(0, 0, 1920, 1000),  # room only below
        QRect(0, 100, 1920, 980),  # room only above
        QRect(600, 0, 1320, 1080),  # room only to the left
    ):
        pos, ok = place_outside(capture, size, [screen])
        rect = QRect(pos, size)
        assert ok and screen.contains(rect) and not rect.intersects(capture), capture
    # The whole single screen is captured: no place outside exists, and we say so.
    _pos, ok = place_outside(screen, size, [screen])
    assert not ok
    # A second screen is used when the first is fully captured.
    second = QRect(1920, 0, 1280, 1024)
    pos, ok = place_outside(screen, size, [screen, second])
    assert ok and second.contains(QRect(pos, size))
