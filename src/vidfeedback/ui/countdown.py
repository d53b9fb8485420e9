"""A short countdown before recording, so the teacher can settle; Esc cancels.

The recorder's prepare() (opening the microphone can take ~2 s) runs during it, in a worker.
It names the student, so a take is not started for the wrong one.
"""

from __future__ import annotations

from .qt import QKeyEvent, QLabel, QRect, Qt, QTimer, QVBoxLayout, QWidget, Signal


class Countdown(QWidget):
    finished = Signal()
    cancelled = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None, *, student: str = "") -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("countdown")
        self.setWindowTitle(self.tr("Recording starts soon"))
        self._remaining_s = seconds
        self._number = QLabel(self)
        self._number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._number.font()
        font.setPointSizeF(font.pointSizeF() * 6)
        font.setBold(True)
        self._number.setFont(font)
        self.student_label = QLabel(self)
        self.student_label.setObjectName("student")
        self.student_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.student_label.setText(self.tr("Feedback for {student}").format(student=student))
        self.student_label.setVisible(bool(student))
        name_font = self.student_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.student_label.setFont(name_font)
        hint = QLabel(self.tr("Recording starts soon. Press Esc to cancel."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.student_label)
        layout.addWidget(self._number)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_number()

    @property
    def remaining_s(self) -> int:
        return self._remaining_s

    def place(self) -> QRect:
        """Where start() shows it (logical pixels), centred on its screen; known beforehand so
        the recording can keep it out of the video before it appears."""
        self.adjustSize()
        screen = self.screen().availableGeometry()
        self.move(screen.center() - self.rect().center())
        return self.frameGeometry()

    def start(self) -> None:
        if self._remaining_s <= 0:
            # Queued so callers can connect to finished after start() like any other case.
            QTimer.singleShot(0, self.finished.emit)
            return
        self.place()
        self.show()
        self.activateWindow()
        self._timer.start()

    def _show_number(self) -> None:
        self._number.setText(str(max(self._remaining_s, 0)))

    def _tick(self) -> None:
        self._remaining_s -= 1
        if self._remaining_s <= 0:
            self._timer.stop()
            self.hide()
            self.finished.emit()
            return
        self._show_number()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._timer.stop()
            self.hide()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
