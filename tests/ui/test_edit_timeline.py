# mypy: disable-error-code="no-untyped-call"
"""The review's timeline (ui/edit_timeline.py): select and cut with the mouse and the keyboard,
trim by dragging the ends, undo and redo, and where the player has to skip to."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from support.synthetic_take import TakeSpec, make_take
from vidfeedback.ui.edit_timeline import EditTimeline
from vidfeedback.ui.qt import QImage, QPoint, Qt

DURATION_MS = 60_000


@pytest.fixture
def timeline(qtbot: QtBot) -> EditTimeline:
    widget = EditTimeline(DURATION_MS)
    qtbot.addWidget(widget)
    widget.resize(612, 110)  # a 600 px track: 100 ms a pixel
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _x(widget: EditTimeline, ms: int) -> QPoint:
    return QPoint(widget.x_of(ms), widget.height() // 2)


def test_drag_selects_and_delete_cuts_then_undo_and_redo(
    qtbot: QtBot, timeline: EditTimeline
) -> None:
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, 20_000))
    qtbot.mouseMove(timeline, _x(timeline, 25_000))
    qtbot.mouseMove(timeline, _x(timeline, 30_000))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, 30_000))
    assert timeline.selection is not None
    a, b = timeline.selection
    assert a == pytest.approx(20_000, abs=100) and b == pytest.approx(30_000, abs=100)
    with qtbot.waitSignal(timeline.edit_changed):
        qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert timeline.plan.kept == [(0, a), (b, DURATION_MS)]
    assert timeline.plan.result_ms == DURATION_MS - (b - a)
    qtbot.keyClick(timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert timeline.plan.is_identity
    qtbot.keyClick(
        timeline,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert timeline.plan.kept == [(0, a), (b, DURATION_MS)]


def test_a_click_moves_the_player_and_keys_select_from_the_cursor(
    qtbot: QtBot, timeline: EditTimeline
) -> None:
    with qtbot.waitSignal(timeline.position_requested) as moved:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, 10_000))
    assert moved.args is not None and moved.args[0] == pytest.approx(10_000, abs=100)
    assert timeline.selection is None
    start = timeline.position_ms
    for _ in range(3):
        qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.selection == (start, start + 3_000)
    qtbot.keyClick(timeline, Qt.Key.Key_X)
    assert timeline.plan.kept == [(0, start), (start + 3_000, DURATION_MS)]
    # The player lands in the cut: it goes on where the next kept range starts.
    assert timeline.skip_target_ms(start + 1_000) == start + 3_000
    assert timeline.skip_target_ms(start - 1) == start - 1


def test_dragging_the_ends_trims_and_brackets_trim_at_the_cursor(
    qtbot: QtBot, timeline: EditTimeline
) -> None:
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, 0))
    qtbot.mouseMove(timeline, _x(timeline, 4_000))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, 4_000))
    assert timeline.state.trim_start_ms == pytest.approx(4_000, abs=100)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, DURATION_MS))
    qtbot.mouseMove(timeline, _x(timeline, 55_000))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=_x(timeline, 55_000))
    assert timeline.state.trim_end_ms == pytest.approx(5_000, abs=100)
    timeline.set_position(50_000)
    qtbot.keyClick(timeline, Qt.Key.Key_BracketRight)
    assert timeline.plan.kept[-1][1] == 50_000
    assert timeline.skip_target_ms(52_000) is None  # past the end: the player stops
    # An edit that would leave nothing is refused and changes nothing.
    before = timeline.state
    timeline.set_position(0)
    assert not timeline.set_trim_end_at(0)
    assert timeline.state == before


def test_the_overview_of_a_real_take_is_drawn(
    qtbot: QtBot, timeline: EditTimeline, tmp_path: Path
) -> None:
    take = make_take(tmp_path / "take.mp4", TakeSpec(6, flashes_s=[3.0]))
    timeline.duration_ms = 6_000
    with qtbot.waitSignal(timeline.overview_loaded, timeout=60_000):
        timeline.load_overview(take)
    timeline.set_chapters([0, 3_000])
    image = QImage(timeline.size(), QImage.Format.Format_RGB32)
    timeline.render(image)
    # The flash is a white picture at 3 s; its beep makes the loudest column there.
    assert timeline.peaks.argmax() == pytest.approx(len(timeline.peaks) // 2, abs=30)
    pixels = np.array(
        [QImage.pixel(image, x, 12) & 0xFFFFFF for x in range(image.width())], np.uint32
    )
    assert len(np.unique(pixels)) > 3  # pictures, not an empty track
