"""Prepare, then record: one student's files, earlier feedback, the rubric with its levels, and
the points the teacher plans to make (typed, or picked from the comment bank). "Record" starts
when the teacher is ready; "Back to the list" returns to the assignment.

A file opens in the system's program (where the teacher also types and moves text while
talking); once that program's window shows up, it is offered as what to record. Only a file no
program opens is shown in a read-only viewer of our own, and that viewer is offered instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vidfeedback.model import MarkerKind, Rubric, Student
from vidfeedback.recording import WindowInfo, list_windows
from vidfeedback.workspace.comment_bank import BankComment, CommentBank
from vidfeedback.workspace.planned_points import PlannedPoint
from vidfeedback.workspace.work_state import StudentRecord

from . import i18n
from .capture_picker import describe_capture
from .qt import (
    QAbstractItemView,
    QComboBox,
    QDesktopServices,
    QFont,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .settings import CaptureChoice, CaptureKind

PATH_ROLE = Qt.ItemDataRole.UserRole
# How long to look for the window of a program that opens a student's file (a word processor
# can take a few seconds to start), and how often.
WINDOW_WAIT_MS = 15_000
WINDOW_POLL_MS = 250
VIEWER_MAX_BYTES = 2_000_000  # the viewer is for reading a text, not for loading a video


def window_for_file(windows: list[WindowInfo], path: Path) -> WindowInfo | None:
    """The window a program opened for this file: editors put the file's name in the title."""
    name, stem = path.name.casefold(), path.stem.casefold()
    for w in windows:
        title = w.title.casefold()
        if name in title or (len(stem) >= 3 and stem in title):
            return w
    return None


def read_for_viewer(path: Path) -> str | None:
    """The file as text for the built-in viewer; None when it is not text."""
    try:
        with path.open("rb") as f:
            data = f.read(VIEWER_MAX_BYTES)
    except OSError:
        return None
    if b"\x00" in data:
        return None
    return data.decode("utf-8", errors="replace")


class FileViewer(QWidget):
    """A read-only window for a file no program opens: something to point at while talking."""

    def __init__(self, path: Path, text: str | None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("fileViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{file} (read only)").format(file=path.name))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(path.name)
        if text is None:
            self.text.setPlainText(
                self.tr(
                    "{file} is not a text file and no program on this computer opens it. "
                    "Install a program for it, or talk about it without showing it."
                ).format(file=path.name)
            )
        else:
            self.text.setPlainText(text)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # read on a recording, often scaled down
        self.text.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.resize(900, 700)


class PrepareView(QWidget):
    record_requested = Signal(str)  # student key
    back_requested = Signal()
    capture_change_requested = Signal()
    capture_chosen = Signal(object)  # CaptureChoice: the window a student's file opened in
    plan_changed = Signal(str, object)  # student key, list[PlannedPoint]

    def __init__(
        self,
        student: Student,
        record: StudentRecord | None,
        rubric: Rubric,
        plan: list[PlannedPoint],
        bank: CommentBank,
        capture: CaptureChoice,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        windows: Callable[[], list[WindowInfo]] = list_windows,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepareView")
        self.student = student
        self._rubric = rubric
        self._bank = bank
        self._open_url = open_url
        self._windows = windows
        self._points = list(plan)
        self._looking_for: Path | None = None
        self._looked_ms = 0
        self._viewers: list[FileViewer] = []
        self.offered_window: WindowInfo | None = None

        heading = QLabel(self.tr("Prepare feedback for {name}").format(name=student.display_name))
        heading.setObjectName("prepareHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        # --- the student's files and earlier feedback -------------------------------------------
        self.files = QListWidget(self)
        self.files.setObjectName("prepareFiles")
        self.files.setAccessibleName(self.tr("Submitted files"))
        for sub in student.submissions:
            item = QListWidgetItem(sub.path.name, self.files)
            item.setData(PATH_ROLE, str(sub.path))
            item.setToolTip(sub.relative_path)
        if self.files.count():
            self.files.setCurrentRow(0)
        self.files.itemActivated.connect(self._open_item)
        files_label = QLabel(self.tr("Submitted &files (Enter opens):"), self)
        files_label.setBuddy(self.files)
        self.open_button = QPushButton(self.tr("&Open file"), self)
        self.open_button.setEnabled(self.files.count() > 0)
        self.open_button.clicked.connect(self.open_current_file)
        self.window_offer = QLabel(self)
        self.window_offer.setObjectName("windowOffer")
        self.window_offer.setWordWrap(True)
        self.window_offer.hide()
        self.use_window_button = QPushButton(self.tr("Record &this window"), self)
        self.use_window_button.setObjectName("useWindowButton")
        self.use_window_button.clicked.connect(self.use_offered_window)
        self.use_window_button.hide()
        self.earlier = QLabel(self)
        self.earlier.setObjectName("prepareEarlier")
        self.earlier.setWordWrap(True)
        history = list(record.history) if record is not None else []
        self.earlier.setText(
            self.tr("Earlier feedback:") + "\n" + "\n".join(history)
            if history
            else self.tr("No earlier feedback for this student.")
        )
        files_box = QGroupBox(self.tr("The student's work"), self)
        fb = QVBoxLayout(files_box)
        fb.addWidget(files_label)
        fb.addWidget(self.files)
        fb.addWidget(self.open_button)
        fb.addWidget(self.window_offer)
        fb.addWidget(self.use_window_button)
        fb.addWidget(self.earlier)

        # --- the rubric with its levels ---------------------------------------------------------
        self.rubric_tree = QTreeWidget(self)
        self.rubric_tree.setObjectName("prepareRubric")
        self.rubric_tree.setAccessibleName(self.tr("Rubric"))
        self.rubric_tree.setHeaderLabels([self.tr("Criterion / level"), self.tr("Description")])
        self.rubric_tree.setWordWrap(True)
        for criterion in rubric.criteria:
            top = QTreeWidgetItem([criterion.name, criterion.description])
            for level, text in criterion.levels:
                top.addChild(QTreeWidgetItem([level, text]))
            self.rubric_tree.addTopLevelItem(top)
        self.rubric_tree.expandAll()
        if not rubric.criteria:
            self.rubric_tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("No rubric yet: add one in the assignment view."), ""])
            )
        rubric_box = QGroupBox(self.tr("Rubric"), self)
        rl = QVBoxLayout(rubric_box)
        rl.addWidget(self.rubric_tree)

        # --- planned points ---------------------------------------------------------------------
        self.point_list = QListWidget(self)
        self.point_list.setObjectName("plannedPoints")
        self.point_list.setAccessibleName(self.tr("Planned points"))
        self.point_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        points_label = QLabel(
            self.tr("&Planned points (each marker while recording takes the next one):"), self
        )
        points_label.setWordWrap(True)
        points_label.setBuddy(self.point_list)
        self.point_text = QLineEdit(self)
        self.point_text.setObjectName("pointText")
        self.point_text.setPlaceholderText(self.tr("What you want to say (Enter adds it)"))
        self.point_text.setAccessibleName(self.tr("New point"))
        self.point_text.returnPressed.connect(self.add_typed_point)
        text_label = QLabel(self.tr("&New point:"), self)
        text_label.setBuddy(self.point_text)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Type"))
        for kind in MarkerKind:
            self.kind_box.addItem(i18n.marker_name(kind), kind.value)
            self.kind_box.setItemData(
                self.kind_box.count() - 1, i18n.marker_question(kind), Qt.ItemDataRole.ToolTipRole
            )
        self.kind_box.setCurrentIndex(self.kind_box.findData(MarkerKind.FEED_BACK.value))
        self.criterion_box = QComboBox(self)
        self.criterion_box.setAccessibleName(self.tr("Criterion"))
        self.criterion_box.addItem(self.tr("No criterion"), None)
        for c in rubric.criteria:
            self.criterion_box.addItem(c.name, c.id)
        self.criterion_box.currentIndexChanged.connect(self._fill_bank)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_typed_point)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self.remove_current_point)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_current_point(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.clicked.connect(lambda: self.move_current_point(1))
        self.keep_button = QPushButton(self.tr("&Keep in the comment bank"), self)
        self.keep_button.setObjectName("keepInBank")
        self.keep_button.setToolTip(
            self.tr("Offer this point again for this criterion, also in later assignments")
        )
        self.keep_button.clicked.connect(self.keep_current_point)
        self.point_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        editor = QHBoxLayout()
        editor.addWidget(text_label)
        editor.addWidget(self.point_text, 1)
        editor.addWidget(self.kind_box)
        editor.addWidget(self.criterion_box)
        editor.addWidget(self.add_button)
        point_buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button, self.keep_button):
            point_buttons.addWidget(b)
        point_buttons.addStretch(1)

        self.bank_list = QListWidget(self)
        self.bank_list.setObjectName("commentBank")
        self.bank_list.setAccessibleName(self.tr("Comment bank"))
        self.bank_list.itemActivated.connect(self._bank_item_chosen)
        self.bank_label = QLabel(self)
        self.bank_label.setWordWrap(True)
        self.bank_label.setBuddy(self.bank_list)
        self.forget_button = QPushButton(self.tr("Forg&et this comment"), self)
        self.forget_button.clicked.connect(self.forget_current_comment)

        plan_box = QGroupBox(self.tr("What to say"), self)
        pl = QVBoxLayout(plan_box)
        pl.addWidget(points_label)
        pl.addWidget(self.point_list, 2)
        pl.addLayout(point_buttons)
        pl.addLayout(editor)
        pl.addWidget(self.bank_label)
        pl.addWidget(self.bank_list, 1)
        pl.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- what to record, and go ------------------------------------------------------------
        self.capture_label = QLabel(self)
        self.capture_label.setObjectName("prepareCapture")
        self.capture_button = QPushButton(self.tr("Chan&ge…"), self)
        self.capture_button.clicked.connect(self.capture_change_requested.emit)
        self.back_button = QPushButton(self.tr("&Back to the list"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setObjectName("prepareRecordButton")
        self.record_button.setToolTip(self.tr("Start recording when you are ready (Ctrl+R)"))
        self.record_button.setAutoDefault(True)
        record_font = self.record_button.font()
        record_font.setWeight(QFont.Weight.Bold)
        self.record_button.setFont(record_font)
        self.record_button.clicked.connect(lambda: self.record_requested.emit(student.key))
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("What to record:"), self))
        bottom.addWidget(self.capture_label, 1)
        bottom.addWidget(self.capture_button)
        bottom.addSpacing(24)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.record_button)
        self.set_capture(capture)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(files_box)
        left.addWidget(rubric_box)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(plan_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.record_button.click)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested.emit)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.point_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current_point)

        self._poll = QTimer(self)
        self._poll.setInterval(WINDOW_POLL_MS)
        self._poll.timeout.connect(self._look_for_window)
        self._fill_points()
        self._fill_bank()

    # --- files ------------------------------------------------
    def open_current_file(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_file(Path(str(item.data(PATH_ROLE))))

    def open_file(self, path: Path) -> None:
        """Open in the system's program, or, when none opens it, in our read-only viewer; then
        look for the window it shows in, to offer it as what to record."""
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            viewer = FileViewer(path, read_for_viewer(path))
            viewer.destroyed.connect(
                lambda *_: self._viewers.remove(viewer) if viewer in self._viewers else None
            )
            self._viewers.append(viewer)
            viewer.show()
        self._looking_for = path
        self._looked_ms = 0
        self._poll.start()

    def _look_for_window(self) -> None:
        path = self._looking_for
        self._looked_ms += WINDOW_POLL_MS
        if path is None or self._looked_ms > WINDOW_WAIT_MS:
            self._poll.stop()
            return
        found = window_for_file(self._windows(), path)
        if found is None:
            return
        self._poll.stop()
        self.offered_window = found
        self.window_offer.setText(
            self.tr("{file} is open in “{title}”. Record that window?").format(
                file=path.name, title=found.title
            )
        )
        self.window_offer.show()
        self.use_window_button.show()

    def use_offered_window(self) -> None:
        found = self.offered_window
        if found is None:
            return
        choice = CaptureChoice(
            kind=CaptureKind.WINDOW,
            rect_px=found.rect_px,
            window_title=found.title,
            window_id=found.window_id,
        )
        self.set_capture(choice)
        self.window_offer.hide()
        self.use_window_button.hide()
        self.capture_chosen.emit(choice)
        self.record_button.setFocus()

    def set_capture(self, capture: CaptureChoice) -> None:
        self.capture_label.setText(describe_capture(capture))

    def close_viewers(self) -> None:
        for viewer in list(self._viewers):
            viewer.close()

    # --- planned points ------------------------------------------------
    @property
    def points(self) -> list[PlannedPoint]:
        return list(self._points)

    def point_title(self, point: PlannedPoint) -> str:
        criterion = (
            self._rubric.criterion(point.criterion_id) if point.criterion_id is not None else None
        )
        kind = i18n.marker_name(point.kind)
        if criterion is None:
            return self.tr("{kind}: {text}").format(kind=kind, text=point.text)
        return self.tr("{kind} · {criterion}: {text}").format(
            kind=kind, criterion=criterion.name, text=point.text
        )

    def _fill_points(self, select: int | None = None) -> None:
        self.point_list.clear()
        for point in self._points:
            QListWidgetItem(self.point_title(point), self.point_list)
        if select is not None and 0 <= select < self.point_list.count():
            self.point_list.setCurrentRow(select)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.point_list.currentRow()
        has = 0 <= row < len(self._points)
        self.remove_button.setEnabled(has)
        self.keep_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._points) - 1)
        self.forget_button.setEnabled(self.bank_list.count() > 0)

    def _changed(self, select: int | None) -> None:
        self._fill_points(select)
        self.plan_changed.emit(self.student.key, self.points)

    def add_point(self, point: PlannedPoint) -> None:
        self._points.append(point)
        self._changed(len(self._points) - 1)

    def add_typed_point(self) -> None:
        text = self.point_text.text().strip()
        if not text:
            return
        criterion = self.criterion_box.currentData()
        self.add_point(
            PlannedPoint(
                text,
                MarkerKind(str(self.kind_box.currentData())),
                str(criterion) if criterion is not None else None,
            )
        )
        self.point_text.clear()

    def remove_current_point(self) -> None:
        row = self.point_list.currentRow()
        if 0 <= row < len(self._points):
            del self._points[row]
            self._changed(min(row, len(self._points) - 1))

    def move_current_point(self, delta: int) -> None:
        row = self.point_list.currentRow()
        to = row + delta
        if 0 <= row < len(self._points) and 0 <= to < len(self._points):
            self._points[row], self._points[to] = self._points[to], self._points[row]
            self._changed(to)

    # --- comment bank ------------------------------------------------
    def _criterion_name(self, criterion_id: str | None) -> str:
        criterion = self._rubric.criterion(criterion_id) if criterion_id else None
        return criterion.name if criterion is not None else ""

    def _fill_bank(self, *_args: object) -> None:
        criterion_id = self.criterion_box.currentData()
        name = self._criterion_name(str(criterion_id) if criterion_id is not None else None)
        comments = self._bank.offered(name if criterion_id is not None else None)
        self.bank_list.clear()
        for comment in comments:
            title = i18n.marker_name(comment.kind) + ": " + comment.text
            if criterion_id is None and comment.criterion:
                title = f"{comment.criterion} · {title}"
            item = QListWidgetItem(title, self.bank_list)
            item.setData(PATH_ROLE, comment)
        if criterion_id is None:
            text = self.tr(
                "Co&mment bank (Enter adds one to the plan; choose a criterion to see its own):"
            )
        else:
            text = self.tr("Co&mment bank for {criterion} (Enter adds one to the plan):").format(
                criterion=name
            )
        self.bank_label.setText(text)
        if self.bank_list.count():
            self.bank_list.setCurrentRow(0)
        self._update_buttons()

    def _bank_item_chosen(self, item: QListWidgetItem) -> None:
        comment = item.data(PATH_ROLE)
        if not isinstance(comment, BankComment):
            return
        wanted = " ".join(comment.criterion.split()).casefold()
        criterion_id = next(
            (c.id for c in self._rubric.criteria if " ".join(c.name.split()).casefold() == wanted),
            None,
        )
        self.add_point(PlannedPoint(comment.text, comment.kind, criterion_id))

    def keep_current_point(self) -> None:
        row = self.point_list.currentRow()
        if not 0 <= row < len(self._points):
            return
        point = self._points[row]
        self._bank.add(
            BankComment(point.text, point.kind, self._criterion_name(point.criterion_id))
        )
        self._fill_bank()

    def forget_current_comment(self) -> None:
        item = self.bank_list.currentItem()
        comment = item.data(PATH_ROLE) if item is not None else None
        if isinstance(comment, BankComment):
            self._bank.remove(comment)
            self._fill_bank()
