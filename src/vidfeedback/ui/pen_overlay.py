"""Drawing over the student's document while recording.

The strokes go to the recorder (rec.add_stroke, screen pixels), whose compositor draws them into
the video. On screen the teacher sees them through this overlay. While the pen is on, the overlay
shows a still image of the captured area taken when the pen was picked up, so it works on X
servers without a compositing manager (no translucent windows there); when the pen is put down
the overlay shrinks to the strokes' own shape (a shaped window), so clicks reach the document
everywhere else.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

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
    QRect,
    QRegion,
    Qt,
    QWidget,
    Signal,
)
from .recorder_port import RecorderPort


class StrokeStyle(enum.Enum):
    PEN = "pen"
    HIGHLIGHTER = "highlighter"


@dataclass(frozen=True)
class StrokeLook:
    rgba: tuple[int, int, int, int]
    width_px: int


LOOKS = {
    StrokeStyle.PEN: StrokeLook((229, 57, 53, 255), 4),
    StrokeStyle.HIGHLIGHTER: StrokeLook((255, 235, 59, 110), 18),
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


class PenOverlay(QWidget):
    stroke_finished = Signal(object)  # list[tuple[int, int]] in screen pixels
    escape_pressed = Signal()

    def __init__(self, recorder: RecorderPort, area_logical: QRect) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("penOverlay")
        self.setWindowTitle(self.tr("Drawing"))
        self._recorder = recorder
        self.setGeometry(area_logical)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._background: QPixmap | None = None
        self._style = StrokeStyle.PEN
        self._drawing_enabled = False
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def strokes(self) -> list[Stroke]:
        return list(self._strokes)

    @property
    def drawing_enabled(self) -> bool:
        return self._drawing_enabled

    def set_style(self, style: StrokeStyle) -> None:
        self._style = style

    def enable_drawing(self) -> None:
        """Pick up the pen: freeze the captured area's picture and take the mouse."""
        self.clearMask()
        self.hide()
        screen = (
            QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
        )
        g = self.geometry()
        sg = screen.geometry()
        self._background = screen.grabWindow(
            0, g.x() - sg.x(), g.y() - sg.y(), g.width(), g.height()
        )
        self._drawing_enabled = True
        self.show()
        self.raise_()
        self.activateWindow()
        self.update()

    def disable_drawing(self) -> None:
        """Put the pen down: keep showing the strokes, let everything else through."""
        self._drawing_enabled = False
        self._background = None
        self._current = None
        self._apply_stroke_mask()

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        if self._drawing_enabled:
            self.update()
        else:
            self._apply_stroke_mask()

    def _stroke_path(self, stroke: Stroke) -> QPainterPath:
        path = QPainterPath()
        if stroke.points:
            path.moveTo(stroke.points[0])
            for p in stroke.points[1:]:
                path.lineTo(p)
        return path

    def _pen_for(self, look: StrokeLook) -> QPen:
        dpr = self.devicePixelRatioF() or 1.0
        pen = QPen(QColor(*look.rgba))
        pen.setWidthF(look.width_px / dpr)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _apply_stroke_mask(self) -> None:
        if not self._strokes:
            self.hide()
            return
        bitmap = QBitmap(self.size())
        bitmap.fill(Qt.GlobalColor.color0)
        painter = QPainter(bitmap)
        for stroke in self._strokes:
            pen = self._pen_for(stroke.look)
            pen.setColor(Qt.GlobalColor.color1)
            painter.setPen(pen)
            painter.drawPath(self._stroke_path(stroke))
        painter.end()
        self.setMask(QRegion(bitmap))
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._background is not None:
            painter.drawPixmap(0, 0, self._background)
        strokes = [*self._strokes, *([self._current] if self._current else [])]
        for stroke in strokes:
            painter.setPen(self._pen_for(stroke.look))
            painter.drawPath(self._stroke_path(stroke))
        painter.end()

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
        self._current = None
        if stroke is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if len(stroke.points) == 1:
            stroke.points.append(stroke.points[0])  # a dot is a stroke too
        self._strokes.append(stroke)
        screen_points = self.to_screen_px(stroke.points)
        self._recorder.add_stroke(screen_points, stroke.look.rgba, stroke.look.width_px)
        self.stroke_finished.emit(screen_points)
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
        super().keyPressEvent(event)
