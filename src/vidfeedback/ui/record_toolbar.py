"""The small floating toolbar shown while recording.

It polls the recorder on a timer for elapsed time and level (the recorder never waits on the
UI) and calls it for pause, markers and criterion. Pen and highlighter are switched here; the
drawing itself is the pen overlay's (what is drawn on screen is what is recorded).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from vidfeedback.model import MarkerKind, Rubric
from vidfeedback.recording.port import RecorderPort

from . import i18n
from .level_meter import LevelMeter
from .qt import (
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
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


class RecordToolbar(QWidget):
    stop_requested = Signal()
    pen_mode_changed = Signal(object)  # PenMode
    clear_strokes_requested = Signal()
    marker_added = Signal(object)  # Marker
    state_changed = Signal(object)  # RecordingState
    discarded = Signal()

    def __init__(
        self,
        recorder: RecorderPort,
        rubric: Rubric,
        target_min_s: int,
        target_max_s: int,
        marker_refused: tuple[type[Exception], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("recordToolbar")
        self.setWindowTitle(self.tr("Recording"))
        self._recorder = recorder
        self._rubric = rubric
        self._target_min_s = target_min_s
        self._target_max_s = target_max_s
        self._marker_refused = marker_refused
        self._state = RecordingState.RECORDING
        self._pen_mode = PenMode.OFF
        self.paused_once = False

        self._dot = QLabel("●", self)
        self._dot.setStyleSheet("color: #c62828;")
        self._time = QLabel(self)
        self._time.setObjectName("elapsed")
        self._time.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00 / 5–10 min  "))
        self._meter = LevelMeter(self)
        self._meter.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 5)

        self.pause_button = QPushButton(self)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.discard_button = QPushButton(self.tr("Redo since pause"), self)
        self.discard_button.setToolTip(
            self.tr("Throw away what was recorded since the last pause; Resume records it again")
        )
        self.discard_button.clicked.connect(self.discard_since_last_pause)
        self.discard_button.hide()
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop and review (Ctrl+Enter)"))
        self.stop_button.clicked.connect(self.stop_requested.emit)

        self.marker_buttons: dict[MarkerKind, QPushButton] = {}
        for kind in MarkerKind:
            button = QPushButton(i18n.marker_name(kind), self)
            button.setToolTip(f"{i18n.marker_question(kind)} ({MARKER_SHORTCUTS[kind]})")
            button.clicked.connect(self._marker_slot(kind))
            self.marker_buttons[kind] = button

        self.criterion_box = QComboBox(self)
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

        # A second row for what the engine reports while recording (microphone gone, disk
        # nearly full), in the teacher's language; hidden until there is something to say.
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        outer.addWidget(self.notice)
        for w in (
            self._dot,
            self._time,
            self._meter,
            self.pause_button,
            self.discard_button,
            self.stop_button,
        ):
            layout.addWidget(w)
        layout.addSpacing(8)
        for button in self.marker_buttons.values():
            layout.addWidget(button)
        layout.addWidget(self.criterion_box)
        layout.addWidget(self.next_criterion_button)
        layout.addSpacing(8)
        layout.addWidget(self.pen_button)
        layout.addWidget(self.highlighter_button)
        layout.addWidget(self.clear_button)

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
        self.discard_button.setVisible(paused)
        self.discard_button.setEnabled(paused)
        self.adjustSize()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.adjustSize()

    def discard_since_last_pause(self) -> None:
        if self._state is not RecordingState.PAUSED:
            return
        self._recorder.discard_since_last_pause()
        self.discard_button.setEnabled(False)  # once per pause: there is nothing more to drop
        self.discarded.emit()
        self.refresh()

    def add_marker(self, kind: MarkerKind) -> None:
        if self._state is RecordingState.PAUSED:
            return
        criterion_id = self.criterion_box.currentData()
        label = None
        if criterion_id is not None:
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
