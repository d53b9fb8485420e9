"""The take's markers as an editable chapter list (rename, retype, relink, nudge, delete, add)."""

from __future__ import annotations

import dataclasses

from vidfeedback.model import Chapter, Marker, MarkerKind, Rubric, chapters_from_markers

from . import i18n
from .qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

NUDGE_MS = 1000

ModelIndex = QModelIndex | QPersistentModelIndex


class Column:
    TIME = 0
    KIND = 1
    CRITERION = 2
    TITLE = 3
    COUNT = 4


def chapter_title(marker: Marker) -> str:
    return marker.title(kind_label=i18n.marker_name(marker.kind))


class ChaptersModel(QAbstractTableModel):
    def __init__(self, markers: list[Marker], duration_ms: int, rubric: Rubric) -> None:
        super().__init__()
        self._duration_ms = duration_ms
        self._rubric = rubric
        self._markers = sorted(markers, key=lambda m: m.t_ms)

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._markers)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Time"), self.tr("Type"), self.tr("Criterion"), self.tr("Chapter title")][
            section
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        m = self._markers[index.row()]
        col = index.column()
        if col == Column.TIME:
            return i18n.format_clock(m.t_ms)
        if col == Column.KIND:
            return i18n.marker_name(m.kind)
        if col == Column.CRITERION:
            c = self._rubric.criterion(m.criterion_id) if m.criterion_id else None
            return c.name if c is not None else "—"
        return chapter_title(m)

    # --- editing ------------------------------------------------
    @property
    def markers(self) -> list[Marker]:
        return list(self._markers)

    @property
    def duration_ms(self) -> int:
        return self._duration_ms

    def marker(self, row: int) -> Marker:
        return self._markers[row]

    def _replace(self, row: int, marker: Marker) -> int:
        """Replace and keep time order; returns the marker's new row."""
        self.beginResetModel()
        self._markers[row] = marker
        self._markers.sort(key=lambda m: m.t_ms)
        new_row = self._markers.index(marker)
        self.endResetModel()
        return new_row

    def rename(self, row: int, label: str) -> int:
        return self._replace(row, dataclasses.replace(self._markers[row], label=label or None))

    def set_kind(self, row: int, kind: MarkerKind) -> int:
        return self._replace(row, dataclasses.replace(self._markers[row], kind=kind))

    def relink(self, row: int, criterion_id: str | None) -> int:
        """Link to another criterion; a label that was the old criterion's name follows along."""
        m = self._markers[row]
        old = self._rubric.criterion(m.criterion_id) if m.criterion_id else None
        new = self._rubric.criterion(criterion_id) if criterion_id else None
        label = m.label
        if label is None or (old is not None and label == old.name):
            label = new.name if new is not None else None
        return self._replace(row, dataclasses.replace(m, criterion_id=criterion_id, label=label))

    def move_to(self, row: int, t_ms: int) -> int:
        t = min(max(0, t_ms), max(0, self._duration_ms - 1))
        return self._replace(row, dataclasses.replace(self._markers[row], t_ms=t))

    def nudge(self, row: int, delta_ms: int) -> int:
        return self.move_to(row, self._markers[row].t_ms + delta_ms)

    def delete(self, row: int) -> Marker:
        """Remove a chapter; returns its marker, so that restore() can bring it back."""
        self.beginRemoveRows(QModelIndex(), row, row)
        marker = self._markers.pop(row)
        self.endRemoveRows()
        return marker

    def restore(self, marker: Marker) -> int:
        """Put a deleted chapter back (undo); returns its row."""
        self.beginResetModel()
        self._markers.append(marker)
        self._markers.sort(key=lambda m: m.t_ms)
        row = self._markers.index(marker)
        self.endResetModel()
        return row

    def add(self, kind: MarkerKind, t_ms: int, criterion_id: str | None = None) -> int:
        c = self._rubric.criterion(criterion_id) if criterion_id else None
        marker = Marker(
            kind,
            min(max(0, t_ms), max(0, self._duration_ms - 1)),
            criterion_id,
            c.name if c else None,
        )
        self.beginResetModel()
        self._markers.append(marker)
        self._markers.sort(key=lambda m: m.t_ms)
        row = self._markers.index(marker)
        self.endResetModel()
        return row

    def chapters(self) -> list[Chapter]:
        return chapters_from_markers(
            self._markers,
            self._duration_ms,
            [chapter_title(m) for m in self._markers],
            lead_title=self.tr("Start"),
        )
