"""Drawing over the student's document while recording: a pen and a highlighter.

What the teacher sees is what is recorded. The strokes are painted by this overlay, a window over
the captured area, and the screen capture records them like any other window: once, where they
were drawn, while they are being drawn, and in the colour the teacher saw. The engine draws no
strokes of its own (it could only add a second copy: on X11 a window cannot be kept out of a
screen grab).

How the overlay looks depends on whether the desktop composes windows (`Surface`):

* TRANSLUCENT — Windows, macOS and Linux desktops with a compositing manager: a see-through
  window; the document stays live under it. While the pen is in the teacher's hand the window
  takes the mouse (it is filled with an alpha of 1/255, because Windows and macOS send clicks on
  fully transparent pixels to the window below); when the pen is put down it lets the mouse
  through and keeps showing the strokes.
* STILL — X11 without a compositing manager (some school laptops, and Xvfb): a window cannot be
  see-through there, so while the pen is in the teacher's hand the overlay shows a still picture
  of the area under it, taken when the pen was picked up, with the strokes on top. When the pen
  is put down the window shrinks to the strokes' own shape (a shaped window): the document is
  live everywhere else, and under a highlighter stroke it shows the still picture, tinted.
"""

from __future__ import annotations

import enum
import os
import sys
from dataclasses import dataclass

from vidfeedback.recording import compositing_manager_running

from .qt import (
    QBitmap,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPoint,
    QPointF,
    QRect,
    QRegion,
    Qt,
    QTimer,
    QWidget,
    Signal,
)

# While drawing on a translucent surface: the least alpha that still takes the mouse on Windows
# and macOS (it darkens the recording by at most one level in 255).
INPUT_ALPHA = 1
# The shaped window's outline is this much wider than a stroke, so anti-aliased edges are kept.
MASK_MARGIN_PX = 2


class StrokeStyle(enum.Enum):
    PEN = "pen"
    HIGHLIGHTER = "highlighter"


class Surface(enum.Enum):
    TRANSLUCENT = "translucent"
    STILL = "still"


@dataclass(frozen=True)
class StrokeLook:
    rgba: tuple[int, int, int, int]
    width_px: int  # screen pixels


LOOKS = {
    StrokeStyle.PEN: StrokeLook((229, 57, 53, 255), 4),  # red, opaque
    StrokeStyle.HIGHLIGHTER: StrokeLook((255, 235, 59, 110), 18),  # yellow, text shows through
}


@dataclass
class Stroke:
    points: list[QPoint]  # widget (logical) coordinates
    look: StrokeLook


def logical_to_screen_px(
    global_logical: QPoint, screen_geometry: QRect, dpr: float
) -> tuple[int, int]:
    """Qt's logical global coordinates to the screen pixels the capture uses."""
    dx = global_logical.x() - screen_geometry.x()
    dy = global_logical.y() - screen_geometry.y()
    return (
        round(screen_geometry.x() * dpr + dx * dpr),
        round(screen_geometry.y() * dpr + dy * dpr),
    )


def desktop_surface() -> Surface:
    """TRANSLUCENT where the desktop composes windows, STILL where it cannot show see-through
    windows (X11 without a compositing manager)."""
    if QGuiApplication.platformName() != "xcb" or not sys.platform.startswith("linux"):
        return Surface.TRANSLUCENT  # Windows 8+, macOS and Wayland always compose
    return (
        Surface.TRANSLUCENT
        if compositing_manager_running(os.environ.get("DISPLAY"))
        else Surface.STILL
    )


class PenOverlay(QWidget):
    stroke_finished = Signal(object)  # (list[tuple[int, int]] in screen pixels, StrokeStyle)
    escape_pressed = Signal()
    clear_pressed = Signal()
    drawing_ready = Signal()  # the drawing surface is on screen and gets the mouse

    def __init__(self, area_logical: QRect, surface: Surface) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("penOverlay")
        self.setWindowTitle(self.tr("Drawing"))
        self._surface = surface
        if surface is Surface.TRANSLUCENT:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        else:
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setGeometry(area_logical)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._still: QPixmap | None = None  # STILL: the area as it is under the overlay
        self._style = StrokeStyle.PEN
        self._drawing_enabled = False
        self._announce_ready = False
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def surface(self) -> Surface:
        return self._surface

    @property
    def strokes(self) -> list[Stroke]:
        return list(self._strokes)

    @property
    def stroke_style(self) -> StrokeStyle:
        return self._style

    @property
    def drawing_enabled(self) -> bool:
        return self._drawing_enabled

    def set_style(self, style: StrokeStyle) -> None:
        """The look of the next stroke; strokes already drawn keep theirs."""
        self._style = style

    def enable_drawing(self) -> None:
        """Pick up the pen: the overlay covers the captured area and takes the mouse."""
        if self._drawing_enabled:
            self.drawing_ready.emit()  # another tool picked up: the surface is already there
            return
        if self._surface is Surface.STILL:
            self._take_still()
        self._drawing_enabled = True
        self._announce_ready = True
        self.clearMask()
        self._set_transparent_for_input(False)
        self.show()
        self.raise_()
        self.activateWindow()
        self.update()

    def disable_drawing(self) -> None:
        """Put the pen down: keep showing the strokes, let the mouse through everywhere."""
        self._drawing_enabled = False
        self._announce_ready = False
        self._current = None
        self._show_strokes_only()

    def clear(self) -> None:
        """Remove every stroke, on screen and so in the recording."""
        self._strokes.clear()
        self._current = None
        if self._drawing_enabled:
            self.update()
        else:
            self._show_strokes_only()

    # --- the window ------------------------------------------------------------------------

    def _take_still(self) -> None:
        """Picture of the area as it is under the overlay (STILL surface only).

        Where the overlay shows strokes, the screen shows them too; there the last still picture
        is still what lies under them, so it is kept."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        g = self.geometry()
        sg = screen.geometry()
        grab = screen.grabWindow(0, g.x() - sg.x(), g.y() - sg.y(), g.width(), g.height())
        if self._still is not None and self.isVisible() and self._strokes:
            painter = QPainter(grab)
            painter.setClipRegion(self._strokes_region())
            painter.drawPixmap(0, 0, self._still)
            painter.end()
        self._still = grab

    def _set_transparent_for_input(self, transparent: bool) -> None:
        # On the QWindow rather than the widget: changing a widget's window flags hides it, and
        # a hidden overlay would drop the strokes out of the recording for a moment.
        self.winId()  # the native window must exist
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowTransparentForInput, transparent)

    def _strokes_region(self) -> QRegion:
        bitmap = QBitmap(self.size())
        bitmap.fill(Qt.GlobalColor.color0)
        painter = QPainter(bitmap)
        for stroke in self._strokes:
            pen = self._pen_for(stroke.look, MASK_MARGIN_PX)
            pen.setColor(Qt.GlobalColor.color1)
            painter.setPen(pen)
            painter.drawPath(self._stroke_path(stroke))
        painter.end()
        return QRegion(bitmap)

    def _show_strokes_only(self) -> None:
        if not self._strokes:
            self.hide()
            return
        self._set_transparent_for_input(True)
        self.setMask(self._strokes_region())
        self.show()
        self.update()

    # --- painting --------------------------------------------------------------------------

    def _stroke_path(self, stroke: Stroke) -> QPainterPath:
        path = QPainterPath()
        if stroke.points:
            first = stroke.points[0]
            path.moveTo(first)
            for p in stroke.points[1:]:
                path.lineTo(p)
            if all(p == first for p in stroke.points):
                # Qt draws nothing for a line of length 0; a round-capped hair's breadth is a dot.
                path.lineTo(QPointF(first.x() + 0.01, first.y()))
        return path

    def _pen_for(self, look: StrokeLook, extra_px: int = 0) -> QPen:
        dpr = self.devicePixelRatioF() or 1.0
        pen = QPen(QColor(*look.rgba))
        pen.setWidthF((look.width_px + extra_px) / dpr)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._surface is Surface.TRANSLUCENT:
            # Qt clears a translucent window before painting: it starts see-through.
            if self._drawing_enabled:
                painter.fillRect(self.rect(), QColor(0, 0, 0, INPUT_ALPHA))
        elif self._still is not None:
            painter.drawPixmap(0, 0, self._still)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in [*self._strokes, *([self._current] if self._current else [])]:
            # One path per stroke: a translucent highlighter does not darken where it crosses
            # itself, exactly like a felt-tip highlighter.
            painter.setPen(self._pen_for(stroke.look))
            painter.drawPath(self._stroke_path(stroke))
        painter.end()
        if self._announce_ready and self._drawing_enabled:
            self._announce_ready = False
            QTimer.singleShot(0, self._ready)

    def _ready(self) -> None:
        """Painted once: the window system has the surface once it has processed our requests
        (on X11 a round trip), so a press from now on lands on it, not on the document."""
        if self._drawing_enabled:
            QGuiApplication.sync()
            self.drawing_ready.emit()

    # --- input -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._drawing_enabled and event.button() == Qt.MouseButton.LeftButton:
            self._current = Stroke([event.position().toPoint()], LOOKS[self._style])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None:
            self._current.points.append(event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        stroke = self._current
        if stroke is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._current = None
        end = event.position().toPoint()
        if end != stroke.points[-1] or len(stroke.points) == 1:
            stroke.points.append(end)  # a click is a dot: a stroke from a point to itself
        self._strokes.append(stroke)
        self.stroke_finished.emit((self.to_screen_px(stroke.points), self._style))
        self.update()

    def to_screen_px(self, points: list[QPoint]) -> list[tuple[int, int]]:
        screen = self.screen()
        dpr = screen.devicePixelRatio()
        sg = screen.geometry()
        return [logical_to_screen_px(self.mapToGlobal(p), sg, dpr) for p in points]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_pressed.emit()
            return
        super().keyPressEvent(event)
