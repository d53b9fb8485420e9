"""Drag a region (or click a window) on a still picture of the screen.

A still picture rather than a translucent window: it looks the same everywhere and needs no
compositing manager. Keyboard: arrows move the frame, Shift+arrows resize it, Enter accepts,
Esc cancels.
"""

from __future__ import annotations

import enum

from .qt import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPoint,
    QRect,
    QScreen,
    Qt,
    QWidget,
    Signal,
)

MIN_SIZE_PX = 64
KEY_STEP_PX = 10


class PickMode(enum.Enum):
    REGION = "region"
    WINDOW = "window"


class RegionOverlay(QWidget):
    chosen = Signal(QRect)  # logical global coordinates
    cancelled = Signal()

    def __init__(
        self,
        screen: QScreen,
        mode: PickMode = PickMode.REGION,
        windows: list[tuple[str, QRect]] | None = None,
        initial: QRect | None = None,
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("regionOverlay")
        self.setWindowTitle(self.tr("Choose what to record"))
        self._screen = screen
        self._mode = mode
        self._windows = windows or []
        self._background: QPixmap = screen.grabWindow(0)
        self.setGeometry(screen.geometry())
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        local = self.rect()
        if initial is not None and screen.geometry().contains(initial):
            self._selection = initial.translated(-screen.geometry().topLeft())
        else:
            self._selection = QRect(0, 0, local.width() // 2, local.height() // 2)
            self._selection.moveCenter(local.center())
        self._drag_origin: QPoint | None = None

    @property
    def mode(self) -> PickMode:
        return self._mode

    @property
    def selection(self) -> QRect:
        """Current selection in logical global coordinates."""
        return self._selection.translated(self._screen.geometry().topLeft())

    def open(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def _window_at(self, local: QPoint) -> QRect | None:
        global_pos = local + self._screen.geometry().topLeft()
        for _title, rect in self._windows:  # top-most first
            if rect.contains(global_pos):
                return rect.translated(-self._screen.geometry().topLeft()).intersected(self.rect())
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self._background)
        shade = QColor(0, 0, 0, 110)
        outside = [
            QRect(0, 0, self.width(), self._selection.top()),
            QRect(0, self._selection.bottom() + 1, self.width(), self.height()),
            QRect(0, self._selection.top(), self._selection.left(), self._selection.height()),
            QRect(
                self._selection.right() + 1,
                self._selection.top(),
                self.width(),
                self._selection.height(),
            ),
        ]
        for r in outside:
            painter.fillRect(r, shade)
        pen = QPen(QColor(33, 150, 243))
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawRect(self._selection.adjusted(0, 0, -1, -1))
        hint = self.tr("Drag to choose the area to record. Enter: record this area. Esc: cancel.")
        if self._mode is PickMode.WINDOW:
            hint = self.tr("Click the window to record. Enter: record it. Esc: cancel.")
        text_rect = QRect(0, 0, self.width(), self.fontMetrics().height() * 3)
        painter.fillRect(text_rect, QColor(0, 0, 0, 170))
        painter.setPen(QColor(255, 255, 255))
        size = self.selection
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignCenter,
            f"{hint}\n{size.width()} × {size.height()}",
        )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if self._mode is PickMode.WINDOW:
            window = self._window_at(pos)
            if window is not None:
                self._selection = window
                self.update()
            return
        self._drag_origin = pos
        self._selection = QRect(pos, pos)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._mode is PickMode.WINDOW and self._drag_origin is None:
            window = self._window_at(pos)
            if window is not None and window != self._selection:
                self._selection = window
                self.update()
            return
        if self._drag_origin is not None:
            self._selection = QRect(self._drag_origin, pos).normalized().intersected(self.rect())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._mode is PickMode.WINDOW:
            if event.button() == Qt.MouseButton.LeftButton and self._window_at(
                event.position().toPoint()
            ):
                self._accept()
            return
        if self._drag_origin is None:
            return
        self._drag_origin = None
        if self._selection.width() >= MIN_SIZE_PX and self._selection.height() >= MIN_SIZE_PX:
            self._accept()
        else:
            self.update()  # too small to be meant: keep the overlay open

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        resize = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        dx = {Qt.Key.Key_Left: -KEY_STEP_PX, Qt.Key.Key_Right: KEY_STEP_PX}.get(Qt.Key(key), 0)
        dy = {Qt.Key.Key_Up: -KEY_STEP_PX, Qt.Key.Key_Down: KEY_STEP_PX}.get(Qt.Key(key), 0)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
        elif key == Qt.Key.Key_Escape:
            self.close()
            self.cancelled.emit()
        elif dx or dy:
            r = QRect(self._selection)
            if resize:
                r.setWidth(max(MIN_SIZE_PX, r.width() + dx))
                r.setHeight(max(MIN_SIZE_PX, r.height() + dy))
            else:
                r.translate(dx, dy)
            if self.rect().contains(r):
                self._selection = r
                self.update()
        else:
            super().keyPressEvent(event)

    def _accept(self) -> None:
        chosen = self.selection
        self.close()
        self.chosen.emit(chosen)


def logical_rect_to_screen_px(rect: QRect, screen: QScreen) -> tuple[int, int, int, int]:
    """Logical global rectangle to screen pixels, even-sized for 4:2:0 video."""
    dpr = screen.devicePixelRatio()
    sg = screen.geometry()
    x = round(sg.x() * dpr + (rect.x() - sg.x()) * dpr)
    y = round(sg.y() * dpr + (rect.y() - sg.y()) * dpr)
    w = int(rect.width() * dpr) // 2 * 2
    h = int(rect.height() * dpr) // 2 * 2
    return x, y, w, h


def screen_px_to_logical(rect_px: tuple[int, int, int, int]) -> QRect:
    """The inverse, for placing the toolbar and the pen overlay over a remembered area."""
    x, y, w, h = rect_px
    for screen in QGuiApplication.screens():
        dpr = screen.devicePixelRatio()
        sg = screen.geometry()
        sx, sy = sg.x() * dpr, sg.y() * dpr
        if sx <= x < sx + sg.width() * dpr and sy <= y < sy + sg.height() * dpr:
            return QRect(
                round(sg.x() + (x - sx) / dpr),
                round(sg.y() + (y - sy) / dpr),
                round(w / dpr),
                round(h / dpr),
            )
    return QRect(x, y, w, h)
