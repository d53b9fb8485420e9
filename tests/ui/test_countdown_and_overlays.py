# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
from __future__ import annotations

from pytestqt.qtbot import QtBot

from vidfeedback.ui.countdown import Countdown
from vidfeedback.ui.pen_overlay import logical_to_screen_px
from vidfeedback.ui.qt import QGuiApplication, QPoint, QRect, Qt
from vidfeedback.ui.region_overlay import (
    KEY_STEP_PX,
    PickMode,
    RegionOverlay,
    logical_rect_to_screen_px,
)


def test_countdown_counts_down_then_finishes(qtbot: QtBot) -> None:
    countdown = Countdown(2)
    qtbot.addWidget(countdown)
    with qtbot.waitSignal(countdown.finished, timeout=4000):
        countdown.start()
        assert countdown.remaining_s == 2
    assert countdown.remaining_s == 0 and not countdown.isVisible()


def test_countdown_escape_cancels(qtbot: QtBot) -> None:
    countdown = Countdown(3)
    qtbot.addWidget(countdown)
    countdown.start()
    with (
        qtbot.waitSignal(countdown.cancelled),
        qtbot.assertNotEmitted(countdown.finished, wait=200),
    ):
        qtbot.keyClick(countdown, Qt.Key.Key_Escape)


def test_region_drag_chooses_the_dragged_rectangle(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    overlay = RegionOverlay(screen, PickMode.REGION)
    qtbot.addWidget(overlay)
    overlay.open()
    with qtbot.waitSignal(overlay.chosen) as blocker:
        qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 80))
        qtbot.mouseMove(overlay, QPoint(300, 200))
        qtbot.mouseMove(overlay, QPoint(500, 380))
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(500, 380))
    rect = blocker.args[0]
    origin = screen.geometry().topLeft()
    assert rect == QRect(QPoint(100, 80) + origin, QPoint(500, 380) + origin)
    _x, _y, w, h = logical_rect_to_screen_px(rect, screen)
    assert w % 2 == 0 and h % 2 == 0  # 4:2:0 video needs even sides


def test_a_click_is_not_taken_for_a_region(qtbot: QtBot) -> None:
    overlay = RegionOverlay(QGuiApplication.primaryScreen(), PickMode.REGION)
    qtbot.addWidget(overlay)
    overlay.open()
    with qtbot.assertNotEmitted(overlay.chosen, wait=100):
        qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 80))
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(104, 83))
    assert overlay.isVisible()


def test_region_by_keyboard(qtbot: QtBot) -> None:
    overlay = RegionOverlay(QGuiApplication.primaryScreen(), PickMode.REGION)
    qtbot.addWidget(overlay)
    overlay.open()
    start = overlay.selection
    qtbot.keyClick(overlay, Qt.Key.Key_Right)
    qtbot.keyClick(overlay, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(overlay.chosen) as blocker:
        qtbot.keyClick(overlay, Qt.Key.Key_Return)
    got = blocker.args[0]
    assert got.topLeft() == start.topLeft() + QPoint(KEY_STEP_PX, 0)
    assert got.height() == start.height() + KEY_STEP_PX
    overlay2 = RegionOverlay(QGuiApplication.primaryScreen(), PickMode.REGION)
    qtbot.addWidget(overlay2)
    overlay2.open()
    with qtbot.waitSignal(overlay2.cancelled):
        qtbot.keyClick(overlay2, Qt.Key.Key_Escape)


def test_window_mode_picks_the_window_under_the_pointer(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    origin = screen.geometry().topLeft()
    editor = QRect(origin + QPoint(50, 60), origin + QPoint(649, 459))
    overlay = RegionOverlay(screen, PickMode.WINDOW, windows=[("Essay.docx", editor)])
    qtbot.addWidget(overlay)
    overlay.open()
    with qtbot.waitSignal(overlay.chosen) as blocker:
        qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    assert blocker.args[0] == editor


def test_logical_to_screen_pixels_at_200_percent() -> None:
    # A second screen at logical x=960 (1920 px at 2x): a point 10 logical px into it.
    screen = QRect(960, 0, 960, 540)
    assert logical_to_screen_px(QPoint(970, 5), screen, 2.0) == (1940, 10)
