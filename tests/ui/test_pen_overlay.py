# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
"""The pen overlay paints the strokes the screen capture records: where they were drawn, in the
pen's or highlighter's colour, once, and gone after a clear."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from vidfeedback.ui.pen_overlay import (
    INPUT_ALPHA,
    LOOKS,
    PenOverlay,
    StrokeStyle,
    Surface,
)
from vidfeedback.ui.qt import QImage, QPoint, QRect, Qt, QWidget

AREA = QRect(200, 100, 400, 300)
WHITE = (255, 255, 255)


def _rgba(image: QImage, p: QPoint) -> tuple[int, int, int, int]:
    c = image.pixelColor(p)
    return c.red(), c.green(), c.blue(), c.alpha()


def _over(below: tuple[int, int, int], rgba: tuple[int, int, int, int]) -> tuple[int, ...]:
    """rgba painted once over an opaque colour."""
    a = rgba[3] / 255
    return tuple(round(b * (1 - a) + c * a) for b, c in zip(below, rgba[:3], strict=True))


def _close(got: tuple[int, ...], want: tuple[int, ...], tolerance: int = 2) -> bool:
    return all(abs(g - w) <= tolerance for g, w in zip(got, want, strict=True))


def _picture(pen: PenOverlay) -> QImage:
    """What the overlay puts on screen, with its alpha (transparent where it shows nothing)."""
    image = QImage(pen.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    # A shaped window renders its shape's bounding box at the target offset: put it back.
    shape = pen.mask()
    pen.render(image, shape.boundingRect().topLeft() if not shape.isEmpty() else QPoint())
    return image


def _stroke(
    qtbot: QtBot, pen: PenOverlay, points: list[QPoint]
) -> tuple[list[tuple[int, int]], StrokeStyle]:
    """Draw with the mouse; returns what the overlay reported: screen pixels and style."""
    with qtbot.waitSignal(pen.stroke_finished) as blocker:
        qtbot.mousePress(pen, Qt.MouseButton.LeftButton, pos=points[0])
        for p in points[1:]:
            qtbot.mouseMove(pen, p)
        qtbot.mouseRelease(pen, Qt.MouseButton.LeftButton, pos=points[-1])
    assert blocker.args is not None
    screen_points, style = blocker.args[0]
    return screen_points, style


@pytest.fixture
def document(qtbot: QtBot) -> QWidget:
    """A white page where the overlay will be: what a still picture of the area shows."""
    page = QWidget(None, Qt.WindowType.FramelessWindowHint)
    page.setStyleSheet("background: white;")
    page.setAutoFillBackground(True)
    page.setGeometry(AREA)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("surface", list(Surface))
def test_strokes_reach_the_screen_where_they_were_drawn(
    qtbot: QtBot, surface: Surface, document: QWidget
) -> None:
    pen = PenOverlay(AREA, surface)
    qtbot.addWidget(pen)
    with qtbot.waitSignal(pen.drawing_ready):  # on screen: a press now lands on the overlay
        pen.enable_drawing()
    points, style = _stroke(qtbot, pen, [QPoint(10, 20), QPoint(50, 60), QPoint(90, 70)])
    top_left = pen.mapToGlobal(QPoint(0, 0))
    assert points[0] == (top_left.x() + 10, top_left.y() + 20)
    assert points[-1] == (top_left.x() + 90, top_left.y() + 70)
    assert style is StrokeStyle.PEN

    red = LOOKS[StrokeStyle.PEN].rgba
    picture = _picture(pen)
    assert _close(_rgba(picture, QPoint(50, 60)), red)
    elsewhere = _rgba(picture, QPoint(300, 200))
    if surface is Surface.TRANSLUCENT:
        # See-through, yet it takes the mouse on every desktop while the pen is in hand.
        assert elsewhere == (0, 0, 0, INPUT_ALPHA)
    else:
        assert elsewhere == (*WHITE, 255)  # the still picture of the page under the overlay

    pen.disable_drawing()
    assert len(pen.strokes) == 1 and pen.isVisible()  # the strokes stay on screen
    picture = _picture(pen)
    assert _close(_rgba(picture, QPoint(50, 60)), red)
    if surface is Surface.TRANSLUCENT:
        assert _rgba(picture, QPoint(300, 200))[3] == 0  # nothing added to the recording there
    handle = pen.windowHandle()
    assert handle is not None
    assert handle.flags() & Qt.WindowType.WindowTransparentForInput  # clicks reach the document

    pen.clear()
    assert pen.strokes == [] and not pen.isVisible()


@pytest.mark.parametrize("surface", list(Surface))
def test_highlighter_is_translucent_yellow_and_single(
    qtbot: QtBot, surface: Surface, document: QWidget
) -> None:
    pen = PenOverlay(AREA, surface)
    qtbot.addWidget(pen)
    pen.set_style(StrokeStyle.HIGHLIGHTER)
    pen.enable_drawing()
    qtbot.waitExposed(pen)
    # A stroke that doubles back over itself: a highlighter does not darken where it overlaps.
    _, style = _stroke(
        qtbot, pen, [QPoint(40, 100), QPoint(200, 100), QPoint(120, 100), QPoint(160, 100)]
    )
    assert style is StrokeStyle.HIGHLIGHTER
    look = LOOKS[StrokeStyle.HIGHLIGHTER]
    assert look.width_px > LOOKS[StrokeStyle.PEN].width_px and look.rgba[3] < 255

    def seen_on_white(p: QPoint) -> tuple[int, ...]:
        """The colour on screen where the overlay is over the white page."""
        r, g, b, a = _rgba(_picture(pen), p)
        return _over(WHITE, (r, g, b, a)) if surface is Surface.TRANSLUCENT else (r, g, b)

    once = _over(WHITE, look.rgba)
    twice = _over(once, look.rgba)  # type: ignore[arg-type]
    assert _close(seen_on_white(QPoint(80, 100)), once)
    assert _close(seen_on_white(QPoint(140, 100)), once)  # covered twice by the same stroke
    assert not _close(once, twice, tolerance=10)
    assert _close(seen_on_white(QPoint(80, 100 + look.width_px // 2 - 2)), once)
    assert _close(seen_on_white(QPoint(80, 100 + look.width_px // 2 + 3)), WHITE)

    # Put down and picked up again: the stroke is still shown once, not painted over itself.
    pen.disable_drawing()
    assert _close(seen_on_white(QPoint(80, 100)), once)
    pen.set_style(StrokeStyle.PEN)
    with qtbot.waitSignal(pen.drawing_ready):
        pen.enable_drawing()
    assert _close(seen_on_white(QPoint(80, 100)), once)
    with qtbot.waitSignal(pen.drawing_ready):  # swapping tools: ready at once
        pen.enable_drawing()

    # Cleared while drawing: the page as it was.
    pen.clear()
    assert _close(seen_on_white(QPoint(80, 100)), WHITE)


def test_escape_leaves_and_delete_clears(qtbot: QtBot) -> None:
    pen = PenOverlay(AREA, Surface.TRANSLUCENT)
    qtbot.addWidget(pen)
    pen.enable_drawing()
    qtbot.waitExposed(pen)
    with qtbot.waitSignal(pen.clear_pressed):
        qtbot.keyClick(pen, Qt.Key.Key_Delete)
    with qtbot.waitSignal(pen.escape_pressed):
        qtbot.keyClick(pen, Qt.Key.Key_Escape)


def test_a_click_is_a_dot(qtbot: QtBot) -> None:
    pen = PenOverlay(AREA, Surface.TRANSLUCENT)
    qtbot.addWidget(pen)
    pen.enable_drawing()
    qtbot.waitExposed(pen)
    points, _ = _stroke(qtbot, pen, [QPoint(30, 30)])
    assert len(points) == 2 and points[0] == points[1]
    assert _close(_rgba(_picture(pen), QPoint(30, 30)), LOOKS[StrokeStyle.PEN].rgba)
