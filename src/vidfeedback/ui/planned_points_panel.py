"""The planned points beside the recording toolbar: what the teacher meant to say, the next
point (the one the next marker takes) in bold, those already covered struck through.

It is a small window of its own that never takes the keyboard (the student's document keeps
it) and, like the toolbar, is placed outside the recorded area so it is not in the video.
"""

from __future__ import annotations

from vidfeedback.model import Rubric
from vidfeedback.workspace.planned_points import PlannedPoint

from . import i18n
from .qt import QFont, QLabel, QRect, QSize, Qt, QVBoxLayout, QWidget

PANEL_WIDTH_EM = 24  # wide enough for a sentence on two lines, narrow enough to fit beside


class PlannedPointsPanel(QWidget):
    def __init__(
        self, points: list[PlannedPoint], rubric: Rubric, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("plannedPointsPanel")
        self.setWindowTitle(self.tr("Planned points"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        # A frame: it floats over the teacher's other windows and must read as one thing.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#plannedPointsPanel { border: 1px solid palette(dark); }")
        self._points = list(points)
        self._next = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        heading = QLabel(self.tr("Planned points"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.labels: list[QLabel] = []
        width = self.fontMetrics().horizontalAdvance("M") * PANEL_WIDTH_EM
        for number, point in enumerate(self._points, start=1):
            criterion = rubric.criterion(point.criterion_id) if point.criterion_id else None
            kind = i18n.marker_name(point.kind)
            where = f"{kind} · {criterion.name}" if criterion is not None else kind
            label = QLabel(f"{number}. {point.text}  ({where})", self)
            label.setWordWrap(True)
            label.setFixedWidth(width)
            layout.addWidget(label)
            self.labels.append(label)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setFixedWidth(width)
        layout.addWidget(self.hint)
        self.set_next(0)

    @property
    def next_index(self) -> int:
        return self._next

    def set_next(self, index: int) -> None:
        """Points before index are covered; index is the one the next marker takes."""
        self._next = index
        for i, label in enumerate(self.labels):
            font = QFont(self.font())
            font.setBold(i == index)
            font.setStrikeOut(i < index)
            label.setFont(font)
            label.setEnabled(i >= index)
        if index < len(self._points):
            self.hint.setText(self.tr("The next marker takes point {n}.").format(n=index + 1))
        else:
            self.hint.setText(
                self.tr("All planned points are covered; markers take the current criterion.")
            )
        self.adjustSize()

    def size_for_placing(self) -> QSize:
        self.adjustSize()
        return self.sizeHint()

    def screen_rect(self) -> QRect:
        """Where it is, for keeping it out of the recording."""
        return self.frameGeometry()
