"""The review's timeline under the player: the take's sound as a waveform, small pictures, the
chapters as marks, and the edit on top of them (cut ranges shaded, the trimmed ends greyed).

* Drag with the mouse over the track to select a range; a click without dragging moves the
  player there. Drag a trim handle (the bars at each end) to trim.
* Keyboard: Left/Right move the cursor by a second (with Ctrl, by ten), Shift+Left/Right
  select from the cursor, Delete or X cuts the selection, [ and ] trim the start or end at the
  cursor, Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes.
* The edit is takes/edit.py's plan; nothing is written until the teacher exports.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vidfeedback.takes.edit import MIN_KEPT_MS, EditError, EditPlan, Range, merge_ranges
from vidfeedback.workspace.backend import Thumbnail, thumbnails, waveform_peaks

from . import i18n
from .qt import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QObject,
    QPainter,
    QPaintEvent,
    QPen,
    QRect,
    QSize,
    Qt,
    QWidget,
    Signal,
)

STEP_MS = 1_000
BIG_STEP_MS = 10_000
HANDLE_PX = 6  # how near a trim bar the mouse must be to take it
DRAG_PX = 4  # less movement than this is a click, not a selection
WAVEFORM_COLUMNS = 1_200


@dataclass(frozen=True)
class EditState:
    """One step of the undo history: the trims and the cuts."""

    trim_start_ms: int = 0
    trim_end_ms: int = 0
    cuts: tuple[Range, ...] = ()


class _OverviewLoader(QObject):
    """Reads the waveform and pictures on a thread; hands them over through a signal (queued
    to the widget's thread)."""

    loaded = Signal(object, object)

    def start(self, path: Path) -> None:
        def run() -> None:
            try:
                peaks = waveform_peaks(path, WAVEFORM_COLUMNS)
                pictures = thumbnails(path, 24)
            except Exception:  # a take the player cannot read shows no overview
                return
            with contextlib.suppress(RuntimeError):  # the review was closed meanwhile
                self.loaded.emit(peaks, pictures)

        threading.Thread(target=run, name="vf-overview", daemon=True).start()


class EditTimeline(QWidget):
    position_requested = Signal(int)  # source milliseconds
    edit_changed = Signal()
    overview_loaded = Signal()

    def __init__(self, duration_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editTimeline")
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(96)
        self.duration_ms = max(1, duration_ms)
        self._history: list[EditState] = [EditState()]
        self._undone: list[EditState] = []
        self.selection: Range | None = None
        self.position_ms = 0
        self.chapter_starts_ms: list[int] = []
        self.peaks = np.zeros(0, np.float32)
        self._pictures: list[tuple[int, QImage]] = []
        self._press_x: int | None = None
        self._dragging: str | None = None  # "select", "trim_start", "trim_end"
        self._anchor_ms = 0
        self._loader: _OverviewLoader | None = None
        self.setToolTip(
            self.tr(
                "Drag to select, Delete to cut it; drag the bars at the ends to trim. "
                "Ctrl+Z undoes."
            )
        )

    # --- data -------------------------------------------------------------------------------
    def load_overview(self, path: Path) -> None:
        self._loader = _OverviewLoader(self)
        self._loader.loaded.connect(self.set_overview)
        self._loader.start(path)

    def set_overview(self, peaks: np.ndarray, pictures: list[Thumbnail]) -> None:
        self.peaks = peaks
        self._pictures = []
        for p in pictures:
            rgb = np.ascontiguousarray(p.rgb)
            h, w, _ = rgb.shape
            image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
            self._pictures.append((p.t_ms, image))
        self.update()
        self.overview_loaded.emit()

    def set_chapters(self, starts_ms: list[int]) -> None:
        self.chapter_starts_ms = sorted(starts_ms)
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = min(max(0, ms), self.duration_ms)
        self.update()

    # --- the edit ---------------------------------------------------------------------------
    @property
    def state(self) -> EditState:
        return self._history[-1]

    @property
    def plan(self) -> EditPlan:
        s = self.state
        try:
            return EditPlan.build(self.duration_ms, s.trim_start_ms, s.trim_end_ms, s.cuts)
        except EditError:
            return EditPlan.keep_all(self.duration_ms)

    @property
    def can_undo(self) -> bool:
        return len(self._history) > 1

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def _push(self, state: EditState) -> bool:
        """Take a new state if it leaves something of the take; False (and nothing changes)
        if it would not."""
        try:
            EditPlan.build(self.duration_ms, state.trim_start_ms, state.trim_end_ms, state.cuts)
        except EditError:
            return False
        if state == self.state:
            return False
        self._history.append(state)
        self._undone.clear()
        self.update()
        self.edit_changed.emit()
        return True

    def cut_selection(self) -> bool:
        if self.selection is None:
            return False
        a, b = self.selection
        if b - a < MIN_KEPT_MS:
            return False
        s = self.state
        done = self._push(
            EditState(s.trim_start_ms, s.trim_end_ms, tuple(merge_ranges([*s.cuts, (a, b)])))
        )
        if done:
            self.selection = None
        return done

    def set_trim_start(self, ms: int) -> bool:
        s = self.state
        return self._push(EditState(self._clamp(ms), s.trim_end_ms, s.cuts))

    def set_trim_end_at(self, ms: int) -> bool:
        """Trim the end so the take stops at source time ms."""
        s = self.state
        return self._push(EditState(s.trim_start_ms, self.duration_ms - self._clamp(ms), s.cuts))

    def undo(self) -> bool:
        if not self.can_undo:
            return False
        self._undone.append(self._history.pop())
        self.update()
        self.edit_changed.emit()
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        self._history.append(self._undone.pop())
        self.update()
        self.edit_changed.emit()
        return True

    def skip_target_ms(self, position_ms: int) -> int | None:
        """Where the player should be instead of position_ms: the next kept moment when
        position_ms was cut (None: nothing is kept after it, so stop); position_ms itself
        otherwise."""
        return self.plan.next_kept_ms(position_ms)

    # --- geometry ---------------------------------------------------------------------------
    def _clamp(self, ms: int) -> int:
        return min(max(0, ms), self.duration_ms)

    def _track(self) -> QRect:
        return self.rect().adjusted(HANDLE_PX, 2, -HANDLE_PX, -2)

    def x_of(self, ms: int) -> int:
        track = self._track()
        return track.left() + round(track.width() * ms / self.duration_ms)

    def ms_at(self, x: float) -> int:
        track = self._track()
        return self._clamp(round((x - track.left()) * self.duration_ms / max(1, track.width())))

    def sizeHint(self) -> QSize:
        return QSize(640, 110)

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        track = self._track()
        painter.fillRect(track, self.palette().base())
        strip_h = track.height() // 2
        for i, (t_ms, image) in enumerate(self._pictures):
            x = self.x_of(t_ms)
            end = (
                self.x_of(self._pictures[i + 1][0])
                if i + 1 < len(self._pictures)
                else track.right()
            )
            target = QRect(x, track.top(), max(1, end - x), strip_h)
            painter.drawImage(
                target, image, QRect(0, 0, min(image.width(), target.width()), image.height())
            )
        if len(self.peaks):
            painter.setPen(QPen(self.palette().text().color()))
            mid = track.top() + strip_h + (track.height() - strip_h) // 2
            half = (track.height() - strip_h) // 2
            for x in range(track.left(), track.right() + 1):
                i = min(
                    len(self.peaks) - 1,
                    (x - track.left()) * len(self.peaks) // max(1, track.width()),
                )
                h = round(float(self.peaks[i]) * half)
                painter.drawLine(x, mid - h, x, mid + h)
        removed = QColor(40, 40, 40, 170)
        for a, b in self.plan.removed:
            painter.fillRect(
                QRect(self.x_of(a), track.top(), self.x_of(b) - self.x_of(a), track.height()),
                removed,
            )
        if self.selection is not None:
            a, b = self.selection
            painter.fillRect(
                QRect(self.x_of(a), track.top(), self.x_of(b) - self.x_of(a), track.height()),
                QColor(50, 120, 220, 90),
            )
        painter.setPen(QPen(QColor(230, 140, 0), 2))
        for t in self.chapter_starts_ms:
            x = self.x_of(t)
            painter.drawLine(x, track.top(), x, track.top() + 10)
        s = self.state
        painter.setPen(QPen(self.palette().highlight().color(), 4))
        for t in (s.trim_start_ms, self.duration_ms - s.trim_end_ms):
            x = self.x_of(t)
            painter.drawLine(x, track.top(), x, track.bottom())
        painter.setPen(QPen(QColor(220, 30, 30), 2))
        x = self.x_of(self.position_ms)
        painter.drawLine(x, self.rect().top(), x, self.rect().bottom())
        painter.end()

    # --- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = round(event.position().x())
        s = self.state
        self._press_x = x
        if abs(x - self.x_of(s.trim_start_ms)) <= HANDLE_PX:
            self._dragging = "trim_start"
        elif abs(x - self.x_of(self.duration_ms - s.trim_end_ms)) <= HANDLE_PX:
            self._dragging = "trim_end"
        else:
            self._dragging = "select"
            self._anchor_ms = self.ms_at(x)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is None or self._dragging != "select":
            return
        x = event.position().x()
        if abs(x - self._press_x) < DRAG_PX:
            return
        here = self.ms_at(x)
        self.selection = (min(self._anchor_ms, here), max(self._anchor_ms, here))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_x is None:
            return
        x = event.position().x()
        moved = abs(x - self._press_x) >= DRAG_PX
        here = self.ms_at(x)
        if self._dragging == "trim_start" and moved:
            self.set_trim_start(here)
        elif self._dragging == "trim_end" and moved:
            self.set_trim_end_at(here)
        elif not moved:
            self.selection = None
            self.set_position(here)
            self.position_requested.emit(here)
        self._press_x = None
        self._dragging = None
        self.update()

    # --- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        step = BIG_STEP_MS if mods & Qt.KeyboardModifier.ControlModifier else STEP_MS
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            key == Qt.Key.Key_Y and mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.redo()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            delta = step if key == Qt.Key.Key_Right else -step
            if mods & Qt.KeyboardModifier.ShiftModifier:
                if self.selection is None:
                    self._anchor_ms = self.position_ms
                target = self._clamp(self.position_ms + delta)
                self.selection = (min(self._anchor_ms, target), max(self._anchor_ms, target))
            else:
                self.selection = None
                target = self._clamp(self.position_ms + delta)
            self.set_position(target)
            self.position_requested.emit(target)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_X):
            self.cut_selection()
        elif key == Qt.Key.Key_BracketLeft:
            self.set_trim_start(self.position_ms)
        elif key == Qt.Key.Key_BracketRight:
            self.set_trim_end_at(self.position_ms)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def describe(self) -> str:
        """One line for the review's status: how long the edited video is and what was cut."""
        plan = self.plan
        if plan.is_identity:
            return ""
        return self.tr("Edited: {length} of {total}").format(
            length=i18n.format_clock(plan.result_ms), total=i18n.format_clock(self.duration_ms)
        )
