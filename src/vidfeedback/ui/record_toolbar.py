"""The small floating toolbar shown while recording.

It polls the recorder on a timer for elapsed time and level (the recorder never waits on the
UI) and calls it for pause, markers and criterion. Pen and highlighter are switched here; the
drawing itself is the pen overlay's (what is drawn on screen is what is recorded).

Its layout is fixed for the whole take: every button keeps its place and size whatever the
state (paused, a notice, an hour past), so a click aimed at one button never lands on another.
The groups are arranged in as few rows as fit the screen once, before it is shown
(arrange_for), so it fits at 200 % scaling too.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from vidfeedback.model import MarkerKind, Rubric
from vidfeedback.recording import RecorderPort

from . import i18n
from .level_meter import LevelMeter
from .qt import (
    QComboBox,
    QEvent,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMessageBox,
    QObject,
    QPushButton,
    QShortcut,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

POLL_INTERVAL_MS = 100
# The student's name is cut (with "…") beyond this many average characters.
STUDENT_NAME_CHARS = 28
NOTICE_LINES = 2
GROUP_SPACING_PX = 14


class RecordingState(enum.Enum):
    RECORDING = "recording"
    PAUSED = "paused"


class PenMode(enum.Enum):
    OFF = "off"
    PEN = "pen"
    HIGHLIGHTER = "highlighter"


class TargetState(enum.Enum):
    SHORT = "short"  # under the lower bound: fine, just informative
    IN_RANGE = "in_range"
    LONG = "long"  # past the upper bound: a gentle warning, never a stop


MARKER_SHORTCUTS = {
    MarkerKind.FEED_UP: "Ctrl+1",
    MarkerKind.FEED_BACK: "Ctrl+2",
    MarkerKind.FEED_FORWARD: "Ctrl+3",
}


class PopupMode(enum.Enum):
    """Whether the toolbar has (or is about to have) windows of its own beside it: the criterion
    list dropped down, a tooltip. They appear where nothing was masked, so the session masks
    the space around the toolbar while the teacher works it."""

    NONE = "none"
    AROUND = "around"


class CriterionBox(QComboBox):
    """Says so before its list drops down (so it can be kept out of the video) and after it
    has gone."""

    popup_opening = Signal()
    popup_closed = Signal()

    def showPopup(self) -> None:
        self.popup_opening.emit()
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        self.popup_closed.emit()


class RecordToolbar(QWidget):
    stop_requested = Signal()
    pen_mode_changed = Signal(object)  # PenMode
    clear_strokes_requested = Signal()
    marker_added = Signal(object)  # Marker
    state_changed = Signal(object)  # RecordingState
    discarded = Signal()
    popups_changed = Signal(object)  # PopupMode

    def __init__(
        self,
        recorder: RecorderPort,
        rubric: Rubric,
        target_min_s: int,
        target_max_s: int,
        marker_refused: tuple[type[Exception], ...] = (),
        parent: QWidget | None = None,
        *,
        student: str = "",
    ) -> None:
        """student: whose feedback is being recorded, shown so a take is never made for the
        wrong one."""
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("recordToolbar")
        # Its tooltips name the keys; the toolbar is seldom the active window (the teacher
        # works in the student's document), and Qt shows tooltips only there unless told.
        self.setAttribute(Qt.WidgetAttribute.WA_AlwaysShowToolTips)
        self.setWindowTitle(self.tr("Recording"))
        self._recorder = recorder
        self._rubric = rubric
        self._target_min_s = target_min_s
        self._target_max_s = target_max_s
        self._marker_refused = marker_refused
        self._state = RecordingState.RECORDING
        self._pen_mode = PenMode.OFF
        self.paused_once = False
        # What the next marker is about when something other than the criterion list decides
        # (the session's planned points): (criterion id, chapter label), or None.
        self.marker_target: Callable[[], tuple[str | None, str | None] | None] | None = None

        self._resumed_at_ms = 0  # where "redo since pause" goes back to
        self.confirm_box: QMessageBox | None = None
        self._dot = QLabel("●", self)
        self._dot.setStyleSheet("color: #c62828;")
        self.student = student
        self.student_label = QLabel(self)
        self.student_label.setObjectName("student")
        name_width = self.fontMetrics().averageCharWidth() * STUDENT_NAME_CHARS
        shown = self.fontMetrics().elidedText(student, Qt.TextElideMode.ElideRight, name_width)
        self.student_label.setText(self.tr("Recording for {student}").format(student=shown))
        self.student_label.setToolTip(student)
        self.student_label.setVisible(bool(student))
        self._time = QLabel(self)
        self._time.setObjectName("elapsed")
        self._meter = LevelMeter(self)
        self._meter.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 5)

        self.pause_button = QPushButton(self)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.discard_button = QPushButton(self.tr("Redo since pause"), self)
        self.discard_button.setToolTip(
            self.tr("Throw away what was recorded since the last pause; Resume records it again")
        )
        self.discard_button.clicked.connect(self.confirm_discard)
        self.discard_button.setEnabled(False)  # always there, usable while paused
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop and review (Ctrl+Enter)"))
        self.stop_button.clicked.connect(self.stop_requested.emit)

        self.marker_buttons: dict[MarkerKind, QPushButton] = {}
        for kind in MarkerKind:
            button = QPushButton(i18n.marker_name(kind), self)
            button.setToolTip(f"{i18n.marker_question(kind)} ({MARKER_SHORTCUTS[kind]})")
            button.clicked.connect(self._marker_slot(kind))
            self.marker_buttons[kind] = button

        self.criterion_box = CriterionBox(self)
        self.criterion_box.popup_opening.connect(lambda: self._set_popups(PopupMode.AROUND))
        self.criterion_box.popup_closed.connect(self._popups_maybe_gone)
        self._popups = PopupMode.NONE
        self.criterion_box.setAccessibleName(self.tr("Current criterion"))
        self.criterion_box.setToolTip(self.tr("Criterion for the next marker (Ctrl+K: next)"))
        self.criterion_box.addItem(self.tr("No criterion"), None)
        for c in rubric.criteria:
            self.criterion_box.addItem(c.name, c.id)
        self.criterion_box.currentIndexChanged.connect(self._criterion_changed)
        self.next_criterion_button = QToolButton(self)
        self.next_criterion_button.setText("›")
        self.next_criterion_button.setAccessibleName(self.tr("Next criterion"))
        self.next_criterion_button.setToolTip(self.tr("Next criterion (Ctrl+K)"))
        self.next_criterion_button.clicked.connect(self.next_criterion)

        self.pen_button = QToolButton(self)
        self.pen_button.setText(self.tr("Pen"))
        self.pen_button.setCheckable(True)
        self.pen_button.setToolTip(self.tr("Draw on the document (Ctrl+D; Esc: stop drawing)"))
        self.pen_button.clicked.connect(lambda: self.toggle_pen_mode(PenMode.PEN))
        self.highlighter_button = QToolButton(self)
        self.highlighter_button.setText(self.tr("Highlighter"))
        self.highlighter_button.setCheckable(True)
        self.highlighter_button.setToolTip(
            self.tr("Highlight on the document (Ctrl+H; Esc: stop highlighting)")
        )
        self.highlighter_button.clicked.connect(lambda: self.toggle_pen_mode(PenMode.HIGHLIGHTER))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove all drawings (Ctrl+E)"))
        self.clear_button.clicked.connect(self.clear_strokes)

        # A last row for what the engine reports while recording (microphone gone, disk
        # nearly full), in the teacher's language. Its room is kept even when there is nothing
        # to say: a row appearing would move the toolbar or its buttons.
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.groups = [
            self._group(self._dot, self.student_label, self._time, self._meter),
            self._group(self.pause_button, self.discard_button, self.stop_button),
            self._group(
                *self.marker_buttons.values(), self.criterion_box, self.next_criterion_button
            ),
            self._group(self.pen_button, self.highlighter_button, self.clear_button),
        ]
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(8, 4, 8, 4)
        self._rows: list[QHBoxLayout] = []
        self.rows: list[list[QWidget]] = []

        self._shortcut("Ctrl+Space", self.toggle_pause)
        self._shortcut("Ctrl+Return", self.stop_requested.emit)
        self._shortcut("Ctrl+K", self.next_criterion)
        self._shortcut("Ctrl+D", lambda: self.toggle_pen_mode(PenMode.PEN))
        self._shortcut("Ctrl+H", lambda: self.toggle_pen_mode(PenMode.HIGHLIGHTER))
        self._shortcut("Ctrl+E", self.clear_strokes)
        self._shortcut("Esc", lambda: self.set_pen_mode(PenMode.OFF))
        for kind, keys in MARKER_SHORTCUTS.items():
            self._shortcut(keys, self._marker_slot(kind))

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        self._update_pause_button()
        self.refresh()
        self.arrange_for(10_000)  # one row until the session knows the screen

    def _group(self, *widgets: QWidget) -> QWidget:
        group = QWidget(self)
        layout = QHBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w)
        return group

    def arrange_for(self, width: int) -> None:
        """Arrange the groups (status, take, markers, drawing) in as few rows as fit `width`
        (logical pixels; at 200 % a 1920-pixel screen is 960 wide), then fix every size that
        could otherwise change with the state or the text: the pause button fits "Resume",
        the clock fits an hour, the criterion list its longest name."""
        self._fix_sizes()
        for row in self._rows:
            while row.count():
                row.takeAt(0)
            self._outer.removeItem(row)
        self._outer.removeWidget(self.notice)
        self._rows = []
        self.rows = []
        margins = self._outer.contentsMargins()
        room = width - margins.left() - margins.right()
        used = room + 1
        for group in self.groups:
            w = group.sizeHint().width()
            if not self.rows or used + GROUP_SPACING_PX + w > room:
                self.rows.append([])
                used = w
            else:
                used += GROUP_SPACING_PX + w
            self.rows[-1].append(group)
        for groups in self.rows:
            row = QHBoxLayout()
            row.setSpacing(GROUP_SPACING_PX)
            for group in groups:
                row.addWidget(group)
            row.addStretch(1)
            self._outer.addLayout(row)
            self._rows.append(row)
        self._outer.addWidget(self.notice)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16_777_215, 16_777_215)
        inner = max(
            sum(g.sizeHint().width() for g in groups) + GROUP_SPACING_PX * (len(groups) - 1)
            for groups in self.rows
        )
        line = self.notice.fontMetrics().lineSpacing()
        self.notice.setFixedSize(inner, line * NOTICE_LINES)
        self._outer.activate()
        self.setFixedSize(self.sizeHint())

    # --- its own windows beside it ------------------------------------------------------
    def watch_tooltips(self) -> None:
        """Before any tooltip of the toolbar appears, say so (the session masks around it)."""
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._set_popups(PopupMode.AROUND)  # before the tooltip is made: not yet shown
        elif watched is self and event.type() == QEvent.Type.Leave:
            self._popups_maybe_gone()
        return False

    @property
    def popups(self) -> PopupMode:
        return self._popups

    def _set_popups(self, mode: PopupMode) -> None:
        if mode is not self._popups:
            self._popups = mode
            self.popups_changed.emit(mode)

    def _popups_maybe_gone(self) -> None:
        """The pointer left, or the list closed: nothing of the toolbar's shows beside it any
        more, unless the list is still down or the pointer is still on the toolbar."""
        if self.criterion_box.view().isVisible() or self.underMouse():
            return
        self._set_popups(PopupMode.NONE)

    def _fix_sizes(self) -> None:
        fm = self.fontMetrics()
        current = self.pause_button.text()
        widths = []
        for text in (self.tr("Pause"), self.tr("Resume")):
            self.pause_button.setText(text)
            widths.append(self.pause_button.sizeHint().width())
        self.pause_button.setText(current)
        self.pause_button.setFixedWidth(max(widths))
        self.discard_button.setFixedWidth(self.discard_button.sizeHint().width())
        target = self.tr("{low}–{high} min").format(
            low=self._target_min_s // 60, high=self._target_max_s // 60
        )
        # Bold past the target length: measured bold, so the label never grows.
        bold = QFont(self._time.font())
        bold.setBold(True)
        clock = QFontMetrics(bold)
        self._time.setFixedWidth(
            clock.horizontalAdvance(f"0:00:00 / {target}") + clock.averageCharWidth()
        )
        self.student_label.setFixedWidth(self.student_label.sizeHint().width())
        box = self.criterion_box
        box.setFixedWidth(min(box.sizeHint().width(), fm.averageCharWidth() * 24))

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)

    def _marker_slot(self, kind: MarkerKind) -> Callable[[], None]:
        return lambda: self.add_marker(kind)

    # --- state ------------------------------------------------
    @property
    def state(self) -> RecordingState:
        return self._state

    @property
    def pen_mode(self) -> PenMode:
        return self._pen_mode

    @property
    def elapsed_text(self) -> str:
        return self._time.text()

    def start_polling(self) -> None:
        self._timer.start()

    def stop_polling(self) -> None:
        self._timer.stop()

    def target_state(self, elapsed_ms: int) -> TargetState:
        if elapsed_ms > self._target_max_s * 1000:
            return TargetState.LONG
        if elapsed_ms >= self._target_min_s * 1000:
            return TargetState.IN_RANGE
        return TargetState.SHORT

    def refresh(self) -> None:
        elapsed_ms = self._recorder.elapsed_ms
        target = self.tr("{low}–{high} min").format(
            low=self._target_min_s // 60, high=self._target_max_s // 60
        )
        self._time.setText(f"{i18n.format_clock(elapsed_ms)} / {target}")
        if self.target_state(elapsed_ms) is TargetState.LONG:
            self._time.setStyleSheet("color: #b26a00; font-weight: bold;")
            self._time.setToolTip(self.tr("Longer than your target length"))
        else:
            self._time.setStyleSheet("")
            self._time.setToolTip(self.tr("Recorded time (pauses not counted) and target"))
        self._meter.set_level_dbfs(self._recorder.audio_level_dbfs)

    # --- actions ------------------------------------------------
    def toggle_pause(self) -> None:
        if self._state is RecordingState.RECORDING:
            self._recorder.pause()
            self.set_state(RecordingState.PAUSED)
        else:
            self._recorder.resume()
            self.set_state(RecordingState.RECORDING)

    def set_state(self, state: RecordingState) -> None:
        """Also called when the engine reports a pause/resume made with a global hotkey."""
        if state is RecordingState.PAUSED:
            self.paused_once = True
        if state is self._state:
            return
        self._state = state
        self._update_pause_button()
        self.state_changed.emit(state)

    def _update_pause_button(self) -> None:
        paused = self._state is RecordingState.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Ctrl+Space)"))
        self._dot.setStyleSheet("color: #757575;" if paused else "color: #c62828;")
        for button in self.marker_buttons.values():
            button.setEnabled(not paused)
        self.discard_button.setEnabled(paused)
        if not paused:
            self._resumed_at_ms = self._recorder.elapsed_ms
            if self.confirm_box is not None:
                # Resumed by the global hotkey: the question is moot, and an open box would
                # be recorded.
                self.confirm_box.done(0)

    def show_notice(self, text: str) -> None:
        """Shown in the room kept for it; the toolbar keeps its size (the full text is also
        the tooltip, should it need more than that room)."""
        self.notice.setText(text)
        self.notice.setToolTip(text)

    @property
    def redo_ms(self) -> int:
        """What "redo since pause" would throw away."""
        return max(0, self._recorder.elapsed_ms - self._resumed_at_ms)

    def confirm_discard(self) -> None:
        """Ask before recorded time is thrown away (while paused, so the question is not in
        the video); a yes discards it."""
        if self._state is not RecordingState.PAUSED or self.confirm_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Redo since pause"),
            self.tr("Throw away the {time} recorded since the last pause?").format(
                time=i18n.format_clock(self.redo_ms)
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self.tr("Resume then records that part again."))
        discard = box.addButton(self.tr("&Throw it away"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # throwing away recorded time takes a deliberate choice
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is discard:
                self.discard_since_last_pause()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def discard_since_last_pause(self) -> None:
        if self._state is not RecordingState.PAUSED:
            return
        self._recorder.discard_since_last_pause()
        self._resumed_at_ms = self._recorder.elapsed_ms
        self.discard_button.setEnabled(False)  # once per pause: there is nothing more to drop
        self.discarded.emit()
        self.refresh()

    def add_marker(self, kind: MarkerKind) -> None:
        if self._state is RecordingState.PAUSED:
            return
        target = self.marker_target() if self.marker_target is not None else None
        criterion_id = self.criterion_box.currentData()
        label = None
        if target is not None:
            criterion_id, label = target
        elif criterion_id is not None:
            criterion = self._rubric.criterion(str(criterion_id))
            label = criterion.name if criterion is not None else None
        try:
            marker = self._recorder.add_marker(
                kind, str(criterion_id) if criterion_id is not None else None, label
            )
        except self._marker_refused:
            return  # paused by a global hotkey a moment ago; the engine is right to refuse
        self.marker_added.emit(marker)

    def next_criterion(self) -> None:
        count = self.criterion_box.count()
        self.criterion_box.setCurrentIndex((self.criterion_box.currentIndex() + 1) % count)

    def _criterion_changed(self, _index: int) -> None:
        criterion_id = self.criterion_box.currentData()
        label = self.criterion_box.currentText() if criterion_id is not None else None
        self._recorder.set_current_criterion(
            str(criterion_id) if criterion_id is not None else None, label
        )

    def toggle_pen_mode(self, mode: PenMode) -> None:
        """The pen (or highlighter) button, its shortcut or its global hotkey: pick that tool
        up, or put it down if it is already in hand."""
        self.set_pen_mode(PenMode.OFF if self._pen_mode is mode else mode)

    def set_pen_mode(self, mode: PenMode) -> None:
        self.pen_button.setChecked(mode is PenMode.PEN)
        self.highlighter_button.setChecked(mode is PenMode.HIGHLIGHTER)
        if mode is self._pen_mode:
            return
        self._pen_mode = mode
        self.pen_mode_changed.emit(mode)

    def clear_strokes(self) -> None:
        self.clear_strokes_requested.emit()
