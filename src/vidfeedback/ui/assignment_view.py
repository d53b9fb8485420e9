"""The assignment: its students (files, status, earlier feedback), the rubric, capture settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vidfeedback.model import HandinLayout, Rubric, Student
from vidfeedback.workspace.assignment import Assignment
from vidfeedback.workspace.work_state import StudentStatus, WorkState

from . import i18n
from .capture_picker import describe_capture
from .qt import (
    QAbstractItemView,
    QDesktopServices,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .rubric_editor import RubricEditor
from .settings import CaptureChoice

KEY_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole


class StudentColumn:
    NAME = 0
    FILES = 1
    STATUS = 2


class AssignmentView(QWidget):
    record_requested = Signal(str)  # student key
    review_requested = Signal(str)
    capture_change_requested = Signal()
    rubric_changed = Signal(object)  # Rubric
    name_corrected = Signal(str, str)  # student key, the name the teacher wrote

    def __init__(
        self,
        assignment: Assignment,
        state: WorkState,
        capture: CaptureChoice,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentView")
        self.assignment = assignment
        self._state = state
        # Students whose export waits for its captions (the main window's); shown as such, and
        # not offered again as the next student to do.
        self.exports_waiting: set[str] = set()
        self._open_url = open_url

        heading = QLabel(assignment.title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        where = QLabel(str(assignment.root), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if assignment.is_demo:
            where.setText(self.tr("Demo assignment: try recording feedback on these texts."))

        # --- students ---------------------------------------------------------------------------
        self.students = QTreeWidget(self)
        self.students.setObjectName("students")
        self.students.setAccessibleName(self.tr("Students"))
        self.students.setRootIsDecorated(False)
        self.students.setHeaderLabels([self.tr("Student"), self.tr("Files"), self.tr("Status")])
        self.students.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.students.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.students.currentItemChanged.connect(self._student_changed)
        self.students.itemActivated.connect(lambda *_: self._record_current())
        students_label = QLabel(self.tr("&Students:"), self)
        students_label.setBuddy(self.students)

        # --- the selected student ----------------------------------------------------------------
        self.student_name = QLabel(self)
        name_font = self.student_name.font()
        name_font.setBold(True)
        self.student_name.setFont(name_font)
        self.files = QListWidget(self)
        self.files.setObjectName("studentFiles")
        self.files.setAccessibleName(self.tr("Submitted files"))
        self.files.itemActivated.connect(self._open_file_item)
        files_label = QLabel(self.tr("Su&bmitted files (Enter opens):"), self)
        files_label.setBuddy(self.files)
        self.open_button = QPushButton(self.tr("&Open file"), self)
        self.open_button.clicked.connect(self.open_current_file)
        self.earlier = QLabel(self)
        self.earlier.setObjectName("earlierFeedback")
        self.earlier.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Record feedback"), self)
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(self.tr("Record feedback for the selected student (Ctrl+R)"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self._record_current)
        self.review_button = QPushButton(self.tr("Re&view take"), self)
        self.review_button.clicked.connect(self._review_current)
        # Canvas names a student "lastfirst" in its download; the teacher writes it properly.
        self.rename_button = QPushButton(self.tr("Correct the na&me…"), self)
        self.rename_button.setToolTip(
            self.tr("The name used in the app and the feedback files (F2)")
        )
        self.rename_button.clicked.connect(self.ask_for_name)
        # Only Canvas: other layouts' names are part of the folder names the LMS matches on.
        self.rename_button.setVisible(assignment.handin.layout is HandinLayout.CANVAS)
        self.name_dialog: QInputDialog | None = None

        student_box = QGroupBox(self.tr("Student"), self)
        sb = QVBoxLayout(student_box)
        sb.addWidget(self.student_name)
        sb.addWidget(files_label)
        sb.addWidget(self.files)
        sb.addWidget(self.open_button)
        sb.addWidget(self.earlier)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.review_button)
        row.addWidget(self.rename_button)
        sb.addLayout(row)

        # --- capture and rubric ------------------------------------------------------------------
        self.capture_label = QLabel(self)
        self.capture_label.setObjectName("captureLabel")
        self.capture_button = QPushButton(self.tr("Chan&ge…"), self)
        self.capture_button.clicked.connect(self.capture_change_requested.emit)
        capture_box = QGroupBox(self.tr("What to record"), self)
        cb = QHBoxLayout(capture_box)
        cb.addWidget(self.capture_label, 1)
        cb.addWidget(self.capture_button)
        self.set_capture(capture)

        self.rubric_editor = RubricEditor(assignment.rubric, self)
        self.rubric_editor.rubric_changed.connect(self._rubric_edited)
        rubric_box = QGroupBox(self.tr("Rubric"), self)
        rb = QVBoxLayout(rubric_box)
        rb.addWidget(self.rubric_editor)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(students_label)
        ll.addWidget(self.students, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(student_box)
        rl.addWidget(capture_box)
        rl.addWidget(rubric_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self._record_current)
        QShortcut(QKeySequence("F2"), self).activated.connect(self.ask_for_name)

        self.refresh_students()
        first = self.students.topLevelItem(0)
        if first is not None:
            self.students.setCurrentItem(first)
        self.students.setFocus()

    # --- students ------------------------------------------------
    def refresh_students(self) -> None:
        current = self.current_student_key()
        self.students.clear()
        for student in self.assignment.students:
            record = (
                self._state.record(student.key) if student.key in self._state.students else None
            )
            status = record.status if record else StudentStatus.NOT_STARTED
            name = student.display_name
            if student.late:
                name = self.tr("{name} (late)").format(name=name)
            status_text = (
                self.tr("Export waits for captions")
                if student.key in self.exports_waiting
                else i18n.status_name(status)
            )
            item = QTreeWidgetItem([name, str(len(student.submissions)), status_text])
            item.setData(StudentColumn.NAME, KEY_ROLE, student.key)
            self.students.addTopLevelItem(item)
            if student.key == current:
                self.students.setCurrentItem(item)
        self._student_changed()

    def status_of(self, key: str) -> StudentStatus:
        return (
            self._state.students[key].status
            if key in self._state.students
            else (StudentStatus.NOT_STARTED)
        )

    def current_student_key(self) -> str | None:
        item = self.students.currentItem()
        return str(item.data(StudentColumn.NAME, KEY_ROLE)) if item is not None else None

    def current_student(self) -> Student | None:
        key = self.current_student_key()
        return self.assignment.student(key) if key is not None else None

    def select_student(self, key: str) -> bool:
        for i in range(self.students.topLevelItemCount()):
            item = self.students.topLevelItem(i)
            if item is not None and item.data(StudentColumn.NAME, KEY_ROLE) == key:
                self.students.setCurrentItem(item)
                return True
        return False

    def next_student_key(self, after: str) -> str | None:
        """The next student in the list who has no exported feedback yet and none waiting
        for its captions (wrapping around)."""
        keys = [s.key for s in self.assignment.students]
        if after not in keys:
            return keys[0] if keys else None
        start = keys.index(after)
        for offset in range(1, len(keys)):
            key = keys[(start + offset) % len(keys)]
            if (
                self.status_of(key) is not StudentStatus.EXPORTED
                and key not in self.exports_waiting
            ):
                return key
        return None

    def _student_changed(self, *_args: object) -> None:
        student = self.current_student()
        self.files.clear()
        has = student is not None
        for w in (self.record_button, self.open_button):
            w.setEnabled(has)
        if student is None:
            self.student_name.setText(self.tr("No student selected"))
            self.earlier.clear()
            self.review_button.setEnabled(False)
            return
        self.student_name.setText(student.display_name)
        for sub in student.submissions:
            item = QListWidgetItem(sub.path.name, self.files)
            item.setData(PATH_ROLE, str(sub.path))
            item.setToolTip(sub.relative_path)
        if self.files.count():
            self.files.setCurrentRow(0)
        self.open_button.setEnabled(self.files.count() > 0)
        record = self._state.students.get(student.key)
        self.review_button.setEnabled(
            record is not None and bool(record.take_path) and Path(record.take_path).exists()
        )
        lines: list[str] = []
        if record is not None:
            lines.extend(record.history)
            if record.exported_video:
                lines.append(
                    self.tr("Exported: {file}").format(file=Path(record.exported_video).name)
                )
        self.earlier.setText(
            self.tr("Earlier feedback:") + "\n" + "\n".join(lines)
            if lines
            else self.tr("No earlier feedback for this student.")
        )

    # --- actions ------------------------------------------------
    def _record_current(self) -> None:
        key = self.current_student_key()
        if key is not None:
            self.record_requested.emit(key)

    def _review_current(self) -> None:
        key = self.current_student_key()
        if key is not None:
            self.review_requested.emit(key)

    def ask_for_name(self) -> None:
        student = self.current_student()
        if student is None or not self.rename_button.isVisibleTo(self):
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Correct the name"))
        dialog.setLabelText(
            self.tr("Name of {name} (as in the app and the feedback files):").format(
                name=student.display_name
            )
        )
        dialog.setTextValue(student.display_name)
        key = student.key

        def done(result: int) -> None:
            name = " ".join(dialog.textValue().split())
            if result == QDialog.DialogCode.Accepted and name and name != student.display_name:
                self.name_corrected.emit(key, name)
            self.name_dialog = None

        dialog.finished.connect(done)
        self.name_dialog = dialog
        dialog.open()

    def _open_file_item(self, item: QListWidgetItem) -> None:
        self._open_url(QUrl.fromLocalFile(str(item.data(PATH_ROLE))))

    def open_current_file(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            self._open_file_item(item)

    def open_first_file(self, key: str) -> bool:
        student = self.assignment.student(key)
        if student is None or not student.submissions:
            return False
        return self._open_url(QUrl.fromLocalFile(str(student.submissions[0].path)))

    def set_capture(self, capture: CaptureChoice) -> None:
        self.capture_label.setText(describe_capture(capture))

    def _rubric_edited(self, rubric: Rubric) -> None:
        self.assignment.rubric = rubric
        self.rubric_changed.emit(rubric)
