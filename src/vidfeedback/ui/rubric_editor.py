"""The assignment's rubric: imported from a CSV (Excel/Sheets) or typed in, and editable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vidfeedback.model import Criterion, Rubric
from vidfeedback.workspace.backend import RubricImportError, import_rubric_csv

from .problems import describe
from .qt import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole
LEVELS_ROLE = Qt.ItemDataRole.UserRole + 1


class RubricEditor(QWidget):
    rubric_changed = Signal(object)  # Rubric

    def __init__(
        self,
        rubric: Rubric,
        parent: QWidget | None = None,
        choose_csv: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rubricEditor")
        self._title = rubric.title
        self._level_names = rubric.level_names
        self._choose_csv = choose_csv or self._ask_for_csv
        self._loading = False
        self.last_error = ""

        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Rubric criteria"))
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Description")])
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("Add &criterion"), self)
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("Remov&e"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.import_button = QPushButton(self.tr("&Import CSV…"), self)
        self.import_button.clicked.connect(self.import_from_dialog)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_rubric(rubric)

    def set_rubric(self, rubric: Rubric) -> None:
        self._loading = True
        self._title = rubric.title
        self._level_names = rubric.level_names
        self.table.setRowCount(0)
        for c in rubric.criteria:
            self._append_row(c)
        self._loading = False

    def _append_row(self, c: Criterion) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(c.name)
        name.setData(ID_ROLE, c.id)
        name.setData(LEVELS_ROLE, [list(level) for level in c.levels])
        if c.levels:
            name.setToolTip("\n".join(f"{n}: {d}" for n, d in c.levels))
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(c.description))
        return row

    def rubric(self) -> Rubric:
        criteria: list[Criterion] = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, 0)
            desc_item = self.table.item(row, 1)
            if name_item is None or not name_item.text().strip():
                continue  # a row being typed that has no name yet is not a criterion
            levels_raw = name_item.data(LEVELS_ROLE) or []
            criteria.append(
                Criterion(
                    str(name_item.data(ID_ROLE)),
                    name_item.text().strip(),
                    desc_item.text().strip() if desc_item is not None else "",
                    tuple((str(a), str(b)) for a, b in levels_raw),
                )
            )
        return Rubric(self._title, criteria, self._level_names)

    def _new_id(self) -> str:
        used = {
            str(item.data(ID_ROLE))
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, 0)) is not None
        }
        n = 1
        while f"c{n}" in used:
            n += 1
        return f"c{n}"

    def add_criterion(self) -> None:
        self._loading = True
        row = self._append_row(Criterion(self._new_id(), ""))
        self._loading = False
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.rubric_changed.emit(self.rubric())

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.rubric_changed.emit(self.rubric())

    def _ask_for_csv(self, parent: QWidget) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Import rubric"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        return Path(name) if name else None

    def import_from_dialog(self) -> None:
        path = self._choose_csv(self)
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        try:
            rubric = import_rubric_csv(path)
        except RubricImportError as exc:
            if exc.line is not None:
                self.last_error = self.tr("Line {line} of {file}: {problem}").format(
                    line=exc.line, file=path.name, problem=describe(exc)
                )
            else:
                self.last_error = self.tr("{file}: {problem}").format(
                    file=path.name, problem=describe(exc)
                )
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The rubric could not be read"),
                self.last_error,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("rubricImportError")
            box.setDetailedText(str(exc))  # the reader's own words
            box.open()
            return False
        self.last_error = ""
        self.set_rubric(rubric)
        self.rubric_changed.emit(self.rubric())
        return True
