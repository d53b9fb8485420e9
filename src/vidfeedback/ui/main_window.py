"""The main window: opens an assignment and runs the job for each student — choose, record,
review, export, next — calling the back end and never called by it."""

from __future__ import annotations

import enum
import hashlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidfeedback.captions.job import CaptionJob
from vidfeedback.errors import Problem
from vidfeedback.model import GradePractice, HandinLayout, MarkerKind, Rubric
from vidfeedback.recording import (
    RecorderEvent,
    RecorderPort,
    TakeLike,
    WindowSource,
    watch_window,
)
from vidfeedback.workspace import backend, export_flow, take_planning
from vidfeedback.workspace.assignment import Assignment, load_assignment
from vidfeedback.workspace.assignment_prefs import AssignmentPrefs
from vidfeedback.workspace.comment_bank import CommentBank
from vidfeedback.workspace.current_take import (
    CurrentTake,
    clear_current_take,
    interrupted_take,
    write_current_take,
)
from vidfeedback.workspace.demo import prepare_demo
from vidfeedback.workspace.engine import (
    MARKER_REFUSED,
    ContinueFrom,
    TakeSpec,
    free_take_path,
)
from vidfeedback.workspace.handin_inside import handin_inside
from vidfeedback.workspace.paths import AppPaths
from vidfeedback.workspace.planned_points import (
    PlanCursor,
    PlannedPoint,
    PlanStore,
)
from vidfeedback.workspace.take_captions import BackgroundCaptions, CaptionSettings
from vidfeedback.workspace.work_state import StudentStatus, WorkState

from . import i18n
from .assignment_view import AssignmentView
from .automation import AutomationLog
from .capture_picker import CapturePicker
from .hotkey_text import display_text
from .mic_check import MicCheckDialog, microphone_signature
from .prepare_view import PrepareView
from .problems import describe, describe_problem, warn
from .qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QDesktopServices,
    QDialog,
    QFileDialog,
    QFrame,
    QGuiApplication,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QRect,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTimer,
    QToolBar,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from .recent import RecentAssignments
from .recovery_prompt import RecoveryChoice, RecoveryPrompt
from .region_overlay import screen_px_to_logical
from .return_view import ReturnView
from .review import AudioPlayback, ReviewData, ReviewScreen
from .session import RecordingSession
from .settings import AppSettings, AudioMode, CaptureChoice, CaptureKind, OpenStudentFile
from .settings_dialog import SettingsDialog, hotkey_action_name
from .worker import Task, Tasks

RecorderMaker = Callable[[TakeSpec, Callable[[RecorderEvent], None]], RecorderPort]
RecoverFn = Callable[[Path, Path, Callable[[float], None]], tuple[Path, int, list[Any]]]
WindowWatcher = Callable[[int, str], WindowSource | None]  # (window id, title)


RECENT_BUTTONS = 4
# At close, a running finish or export is waited for this long (ten minutes of take finish in
# about a second, an export in a few).
TASKS_AT_CLOSE_WAIT_S = 30.0


class CaptureStep(enum.Enum):
    ASK = "ask"  # show the picker with the remembered choice
    REUSE = "reuse"  # next student / retake: keep what was chosen


@dataclass(frozen=True)
class _PreparedExport:
    """An export as the review stood when it was asked for."""

    key: str
    name: str  # the student's, for messages
    request: export_flow.ExportRequest
    work: WorkState
    assignment: Assignment


@dataclass(frozen=True)
class _DeferredExport:
    export: _PreparedExport
    job: CaptionJob  # the captions it waits for


@dataclass
class AppContext:
    paths: AppPaths
    settings: AppSettings
    log: AutomationLog
    make_recorder: RecorderMaker
    recover: RecoverFn
    apply_language: Callable[[], None]
    language_code: Callable[[], str]  # "en" or "nb": the language exports are written in
    open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
    review_audio: AudioPlayback = AudioPlayback.ON  # OFF: widget tests without a sound server
    watch_window: WindowWatcher = watch_window  # where a recorded window is now


def screen_layout() -> str:
    """The screens' places, sizes and scales: a remembered capture area means the same pixels
    only while these are the same."""
    return ";".join(
        f"{g.x()},{g.y()},{g.width()}x{g.height()}@{s.devicePixelRatio():g}"
        for s in QGuiApplication.screens()
        for g in (s.geometry(),)
    )


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_") or "student"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.recent = RecentAssignments(ctx.settings)
        self.assignment: Assignment | None = None
        self.work: WorkState | None = None
        self.view: AssignmentView | None = None
        self.prepare: PrepareView | None = None
        self.plans: PlanStore | None = None
        self.bank: CommentBank | None = None
        self.prefs: AssignmentPrefs | None = None
        self.review: ReviewScreen | None = None
        # Captions go on in the background between takes and hold still during one.
        self.background_captions = BackgroundCaptions()
        self.review_key: str | None = None
        self.session: RecordingSession | None = None
        self._session_key: str | None = None
        self._mic_checked = False
        self._tasks = Tasks()
        self._dialogs: list[QDialog] = []  # the dialogs shown now
        self._after_load: Callable[[], None] | None = None
        self._continuing: ContinueFrom | None = None  # the take the running session continues
        self.returns: ReturnView | None = None  # kept while its upload runs
        # Exports waiting for their captions (export_when_captions_ready), checked twice a second.
        self._deferred_exports: list[_DeferredExport] = []
        self._deferred_timer = QTimer(self)
        self._deferred_timer.setInterval(500)
        self._deferred_timer.timeout.connect(self._run_deferred_exports)
        self._quit_without_deferred = False
        self.quit_box: QMessageBox | None = None

        self.stack = QStackedWidget(self)
        # On a small screen, or at 200 % (a 1920×1080 screen is 960×540), the views' smallest
        # size can exceed the screen: they scroll rather than push the window past its edge.
        scroll = QScrollArea(self)
        scroll.setObjectName("mainScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        self.setCentralWidget(scroll)
        self.loading = QWidget(self)
        ll = QVBoxLayout(self.loading)
        self.loading_label = QLabel(self.loading)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_bar = QProgressBar(self.loading)
        self.loading_bar.setRange(0, 0)  # busy: reading a folder has no known length
        ll.addStretch(1)
        ll.addWidget(self.loading_label)
        ll.addWidget(self.loading_bar)
        ll.addStretch(1)
        self.stack.addWidget(self.loading)
        self.recent_bar = QToolBar(self)
        self.recent_bar.setObjectName("recentBar")
        self.recent_bar.setMovable(False)
        self.addToolBar(self.recent_bar)
        self.build_menus()
        self.setWindowTitle("vidfeedback")
        # Never larger than the screen: at 200 % a 1920×1080 screen is 960×540.
        room = self.screen().availableGeometry()
        self.resize(min(1100, room.width()), min(720, room.height()))

    # --- menus ------------------------------------------------
    def build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open hand-in folder…"), self.choose_folder, "Ctrl+O")
        self._action(file_menu, self.tr("Open LMS &zip…"), self.choose_zip, "Ctrl+Shift+O")
        self._action(file_menu, self.tr("Open the &demo assignment"), self.open_demo)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent assignments"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self._action(file_menu, self.tr("Re&turn to students…"), self.show_returns, "Ctrl+Shift+R")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("Open the &log folder"), self.open_log_folder)
        self.build_recent_bar()

    def build_recent_bar(self) -> None:
        """The last few assignments as buttons: one click away (the menu holds all of them)."""
        self.recent_bar.clear()
        self.recent_bar.setWindowTitle(self.tr("Recent assignments"))
        open_action = QAction(self.tr("Open…"), self)
        open_action.setToolTip(self.tr("Open a hand-in folder (Ctrl+O)"))
        open_action.triggered.connect(self.choose_folder)
        self.recent_bar.addAction(open_action)
        self.recent_bar.addSeparator()
        current = self.assignment.opened_from.resolve() if self.assignment else None
        for path in self.recent.paths()[:RECENT_BUTTONS]:
            action = self._recent_action(path.name, path)
            if path == current:
                action.setEnabled(False)
            self.recent_bar.addAction(action)

    def _action(
        self, menu: Any, text: str, slot: Callable[[], object], keys: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _recent_action(self, text: str, path: Path) -> QAction:
        """A recent assignment; one that is no longer where it was is shown as missing (it
        may be on a disk that is not plugged in), not silently dropped."""
        if path.exists():
            action = QAction(text, self)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
            return action
        action = QAction(self.tr("{name} (missing)").format(name=text), self)
        action.setToolTip(
            self.tr("{path} is not there any more: moved, renamed or on another disk?").format(
                path=path
            )
        )
        action.setEnabled(False)
        return action

    def open_last_or_demo(self) -> None:
        """At start: the assignment the teacher worked on last; the demo until there is one."""
        last = next((p for p in self.recent.paths() if p.exists()), None)
        if last is not None:
            self.open_path(last)
        else:
            self.open_demo()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths, start=1):
            action = self._recent_action(f"&{i} {path.name}", path)
            if i <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            self.recent_menu.addAction(action)
        if not paths:
            empty = QAction(self.tr("No recent assignments"), self)
            empty.setEnabled(False)
            self.recent_menu.addAction(empty)

    def open_log_folder(self) -> None:
        """The folder with the app's log file, for a bug report."""
        folder = self.ctx.paths.log_dir
        folder.mkdir(parents=True, exist_ok=True)
        self.ctx.log.emit("log_folder", path=str(folder))
        self.ctx.open_url(QUrl.fromLocalFile(str(folder)))

    def show_shortcuts(self) -> None:
        hk = self.ctx.settings.hotkeys.bindings
        lines = [
            self.tr("Assignment: Ctrl+R or Enter records feedback for the selected student."),
            self.tr(
                "While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, "
                "Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter "
                "(Esc puts it down), Ctrl+E clear drawings."
            ),
            self.tr(
                "Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, "
                "Ctrl+S exports."
            ),
            self.tr("Anywhere, also while the student's document has focus:"),
            *(f"  {hotkey_action_name(k)}: {display_text(v)}" for k, v in hk.items()),
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    # --- opening ------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open hand-in folder"))
        if folder:
            self.open_path(Path(folder))

    def choose_zip(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Open LMS zip"), "", self.tr("Zip files (*.zip)")
        )
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        data_dir = self.ctx.paths.data_dir

        def load() -> Assignment:
            return load_assignment(prepare_demo(data_dir), is_demo=True)

        self._load(load, self.tr("Opening the demo assignment…"))

    def open_path(self, path: Path) -> None:
        self._load(lambda: load_assignment(path), self.tr("Opening {name}…").format(name=path.name))

    def _load(self, fn: Callable[[], Assignment], message: str) -> None:
        if self.session is not None:
            return  # never swap the assignment under a running recording
        self.loading_label.setText(message)
        self.stack.setCurrentWidget(self.loading)
        task = Task(fn, "vf-open", self)
        task.then(self._assignment_loaded, self._open_failed)
        self._tasks.start(task)

    def _open_failed(self, message: str) -> None:
        self.loading_label.setText(self.tr("The assignment could not be opened."))
        self.ctx.log.emit("error", message=message)
        QMessageBox.warning(self, self.tr("Could not open"), message)
        if self.view is not None:
            self.stack.setCurrentWidget(self.view)

    def _assignment_loaded(self, assignment: Assignment) -> None:
        self.assignment = assignment
        self.statusBar().clearMessage()  # what was said about the last one is not about this
        self.work = WorkState(self.ctx.paths.assignments_dir, assignment.root)
        self.plans = PlanStore(self.ctx.paths.assignments_dir, assignment.root)
        self.bank = CommentBank(
            self.ctx.paths.data_dir, self.ctx.paths.assignments_dir, assignment.root
        )
        self.prefs = AssignmentPrefs(self.ctx.paths.assignments_dir, assignment.root)
        if assignment.handin.layout is HandinLayout.CANVAS:
            self.prefs.apply_names(assignment.students)
        assignment.handin.feedback_root = self.prefs.feedback_folder
        for key, files in assignment.handin.exported.items():
            record = self.work.record(key)
            names = [f.name for f in files if f.suffix == ".mp4"]
            if names and record.status is StudentStatus.NOT_STARTED:
                record.status = StudentStatus.EXPORTED
            for name in names:
                line = self.tr("Video: {file}").format(file=name)
                if line not in record.history:
                    record.history.append(line)
        if not assignment.is_demo:
            self.recent.add(assignment.opened_from)
        self.build_recent_bar()
        self.show_assignment()
        self.setWindowTitle(f"{assignment.title} — vidfeedback")
        self.ctx.log.emit(
            "assignment",
            title=assignment.title,
            root=str(assignment.root),
            demo=assignment.is_demo,
            students=[{"key": s.key, "name": s.display_name} for s in assignment.students],
            criteria=[c.name for c in assignment.rubric.criteria],
        )
        after, self._after_load = self._after_load, None
        if after is not None:
            after()
        else:
            self._offer_handin_inside(assignment)
        if not assignment.is_demo:
            self._say_if_read_only(assignment)

    def _say_if_read_only(self, assignment: Assignment) -> None:
        """Feedback is written beside the hand-in (and, for plain folders, into the students'
        folders): say at once when that cannot be, not at the first export."""
        root = assignment.root
        if os.access(root, os.W_OK) and os.access(root.parent, os.W_OK):
            return
        chosen = self.prefs.feedback_folder if self.prefs is not None else None
        if chosen is not None:
            self.statusBar().showMessage(
                self.tr("This hand-in is read-only; its feedback goes to {folder}.").format(
                    folder=chosen
                )
            )
            return
        text = self.tr(
            "The hand-in folder {path} is read-only, so the feedback cannot be written beside "
            "it. Choose a folder for this assignment's feedback; recording works as usual."
        ).format(path=root)
        self.statusBar().showMessage(text)
        self.ctx.log.emit("read_only_handin", path=str(root))
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Read-only hand-in folder"), text, parent=self
        )
        choose = box.addButton(self.tr("&Choose a folder…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)

        def answered(_result: int) -> None:
            if box.clickedButton() is choose:
                folder = QFileDialog.getExistingDirectory(
                    self, self.tr("Where the feedback for {name} goes").format(name=root.name)
                )
                if folder:
                    self.set_feedback_folder(Path(folder))

        box.finished.connect(answered)
        self._keep(box)
        box.open()

    def set_feedback_folder(self, folder: Path) -> None:
        """Where this assignment's feedback is exported, remembered with the assignment."""
        if self.prefs is None:
            return
        try:
            self.prefs.feedback_folder = folder
        except OSError as exc:
            self.statusBar().showMessage(describe(exc))
            return
        if self.assignment is not None:  # exports and the return view go there from now on
            self.assignment.handin.feedback_root = folder
        self.statusBar().showMessage(
            self.tr("This hand-in is read-only; its feedback goes to {folder}.").format(
                folder=folder
            )
        )
        self.ctx.log.emit("feedback_folder", path=str(folder))

    def _offer_handin_inside(self, assignment: Assignment) -> None:
        """The folder above a hand-in was opened (the class reads as one "student"): offer the
        hand-in inside it."""
        inside = handin_inside(assignment.handin)
        if inside is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open the hand-in inside?"),
            self.tr(
                "{opened} looks like the folder above a hand-in: it holds “{inside}”, whose "
                "folders look like the students'. Open “{inside}” instead?"
            ).format(opened=assignment.opened_from.name, inside=inside.name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        self.ctx.log.emit("handin_inside", path=str(inside))

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Open:
                self.open_path(inside)

        box.finished.connect(answered)
        self._keep(box)
        box.open()

    def show_assignment(self) -> None:
        assert self.assignment is not None and self.work is not None
        old = self.view
        self.view = AssignmentView(
            self.assignment, self.work, self.ctx.settings.capture, self, self.ctx.open_url
        )
        # Lambdas, not bound methods: a bound method of this window becomes a dynamic slot on
        # it, and with those the widget tests crashed now and then deleting the old screens.
        self.view.record_requested.connect(lambda key: self.show_prepare(key))
        self.view.review_requested.connect(self.review_existing)
        self.view.capture_change_requested.connect(self.change_capture)
        self.view.rubric_changed.connect(self._save_rubric)
        self.view.name_corrected.connect(lambda key, name: self._correct_name(key, name))
        if old is not None:
            key = old.current_student_key()
            if key:
                self.view.select_student(key)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.students.setFocus()
        self._show_exports_waiting()

    def _correct_name(self, key: str, name: str) -> None:
        """A Canvas student's name as the teacher wrote it: kept for this assignment, used in
        the app and the feedback files from now on."""
        if self.assignment is None or self.prefs is None:
            return
        try:
            self.prefs.set_name(key, name)
        except OSError as exc:
            self.statusBar().showMessage(describe(exc))
            return
        self.prefs.apply_names(self.assignment.students)
        if self.view is not None:
            self.view.refresh_students()
            self.view.select_student(key)
        self.ctx.log.emit("name_corrected", student=key, name=name)

    def _save_rubric(self, rubric: Rubric) -> None:
        if self.assignment is None:
            return
        try:
            backend.save_assignment_rubric(self.assignment.handin, rubric)
        except (OSError, backend.ExportError) as exc:
            self.statusBar().showMessage(
                self.tr("The rubric could not be saved: {problem}").format(problem=describe(exc))
            )

    # --- settings ------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self)
        before = self.ctx.settings.language

        def refresh() -> None:
            if dialog in self._dialogs:  # the settings may have been closed meanwhile
                dialog.refresh_capture()

        dialog.capture_change_requested.connect(lambda: self.change_capture(after=refresh))

        def closed(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self.ctx.settings.language != before:
                self.retranslate()
            elif self.view is not None:
                self.view.set_capture(self.ctx.settings.capture)

        dialog.finished.connect(closed)
        self._keep(dialog)
        dialog.open()

    def retranslate(self) -> None:
        """Switch language now: install the translator and rebuild what shows text."""
        self.ctx.apply_language()
        self.build_menus()
        if self.review is not None and self.stack.currentWidget() is self.review:
            self._rebuild_review()
        elif self.assignment is not None:
            self.show_assignment()

    def change_capture(self, after: Callable[[], None] | None = None) -> None:
        picker = CapturePicker(self.ctx.settings.capture, self, start_label=self.tr("&Use this"))

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._remember_capture(picker.choice)
                if after is not None:
                    after()

        picker.finished.connect(done)
        self._keep(picker)
        picker.open()

    def _remember_capture(self, choice: CaptureChoice) -> None:
        """Kept for the next student and the next start, with the screens it was chosen on
        (asked again only when they change)."""
        settings = self.ctx.settings
        settings.capture = choice
        settings.capture_screens = screen_layout()
        settings.sync()
        for view in (self.view, self.prepare):
            if view is not None:
                view.set_capture(choice)

    def _capture_remembered(self) -> bool:
        return bool(self.ctx.settings.capture_screens) and (
            self.ctx.settings.capture_screens == screen_layout()
        )

    def _mic_remembered(self) -> bool:
        """The microphone check passed on an earlier start with the device still there."""
        settings = self.ctx.settings
        if self._mic_checked:
            return True
        checked = settings.mic_checked
        return bool(checked) and checked == microphone_signature(settings.audio_device_name)

    # --- preparing ------------------------------------------------
    def show_prepare(self, key: str) -> None:
        """The student's files, earlier feedback, the rubric and the planned points; the
        teacher records from here when ready."""
        if self.assignment is None or self.plans is None or self.bank is None:
            return
        student = self.assignment.student(key)
        if student is None or self.session is not None:
            return
        record = self.work.students.get(key) if self.work is not None else None
        old = self.prepare
        prepare = PrepareView(
            student,
            record,
            self.assignment.rubric,
            self.plans.plan(key),
            self.bank,
            self.ctx.settings.capture,
            self,
            self.ctx.open_url,
        )
        prepare.record_requested.connect(lambda k: self._record_prepared(k))
        prepare.back_requested.connect(lambda: self.back_to_list())
        prepare.capture_change_requested.connect(lambda: self.change_capture())
        prepare.capture_chosen.connect(lambda choice: self._remember_capture(choice))
        prepare.plan_changed.connect(lambda k, points: self._save_plan(k, points))
        self.prepare = prepare
        if old is not None:
            self._drop_prepare(old)
        self.stack.addWidget(prepare)
        self.stack.setCurrentWidget(prepare)
        if self.view is not None:
            self.view.select_student(key)
        self.raise_()
        self.activateWindow()  # the window's shortcuts (Alt+N, Ctrl+R, Esc) need it active
        prepare.record_button.setFocus()
        self.statusBar().clearMessage()
        self.ctx.log.emit(
            "prepare",
            student=key,
            planned=[p.text for p in self.plans.plan(key)],
            bank=prepare.bank_list.count(),
        )
        if self.ctx.settings.open_student_file is OpenStudentFile.ON_RECORD and student.submissions:
            prepare.open_file(student.submissions[0].path)

    def _drop_prepare(self, prepare: PrepareView) -> None:
        if self.prepare is prepare:
            self.prepare = None
        self.stack.removeWidget(prepare)
        prepare.deleteLater()

    def _save_plan(self, key: str, points: object) -> None:
        if self.plans is None or not isinstance(points, list):
            return
        try:
            self.plans.set_plan(key, points)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("The planned points could not be saved: {problem}").format(
                    problem=describe(exc)
                )
            )
        self.ctx.log.emit("plan", student=key, points=[p.text for p in points])

    def _record_prepared(self, key: str) -> None:
        step = CaptureStep.REUSE if self._capture_remembered() else CaptureStep.ASK
        self.record(key, step)

    def back_to_list(self) -> None:
        """From preparation or review back to the students."""
        if self.review is not None and self.stack.currentWidget() is self.review:
            self._save_review()
            self._leave_review()
        if self.prepare is not None:
            self._drop_prepare(self.prepare)
        if self.view is not None:
            self.view.refresh_students()
            self.stack.setCurrentWidget(self.view)
            self.view.students.setFocus()
        self.ctx.log.emit("student_list")

    def _keep(self, dialog: QDialog) -> None:
        """Hold a dialog while it is shown (open() returns at once) and let it go when it is
        finished. Its own handlers were connected first, so they run first, and may open the
        next dialog, which is then held in its turn."""
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._let_go(dialog))

    def _let_go(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
            dialog.deleteLater()

    # --- recording ------------------------------------------------
    def record(
        self, key: str, capture_step: CaptureStep, continue_from: ContinueFrom | None = None
    ) -> None:
        if self.session is not None or self.assignment is None:
            return
        student = self.assignment.student(key)
        if student is None:
            return
        settings = self.ctx.settings
        if settings.audio_mode is AudioMode.MICROPHONE and not self._mic_remembered():
            dialog = MicCheckDialog(settings.audio_device_name, self)
            self.ctx.log.emit("mic_check", devices=dialog.device_box.count())
            dialog.voice_heard.connect(lambda: self.ctx.log.emit("mic_heard"))

            def checked(result: int) -> None:
                if result != QDialog.DialogCode.Accepted:
                    return
                settings.audio_mode = dialog.choice.mode
                settings.audio_device_name = dialog.choice.device_name
                settings.mic_checked = (
                    microphone_signature(dialog.choice.device_name)
                    if dialog.choice.mode is AudioMode.MICROPHONE
                    else ""
                )
                settings.sync()
                self._mic_checked = True
                self.ctx.log.emit("mic_checked", mode=dialog.choice.mode.value, heard=dialog.heard)
                self.record(key, capture_step, continue_from)

            dialog.finished.connect(checked)
            self._keep(dialog)
            dialog.open()
            return
        if capture_step is CaptureStep.ASK:
            picker = CapturePicker(settings.capture, self)

            def picked(result: int) -> None:
                if result != QDialog.DialogCode.Accepted:
                    return
                self._remember_capture(picker.choice)
                self.ctx.log.emit(
                    "capture", kind=picker.choice.kind.value, rect_px=picker.choice.rect_px
                )
                self.record(key, CaptureStep.REUSE, continue_from)

            picker.finished.connect(picked)
            self._keep(picker)
            self.ctx.log.emit("capture_picker")
            picker.open()
            return
        self._begin_take(key, continue_from)

    def _take_path(self, key: str) -> Path:
        assert self.assignment is not None
        digest = hashlib.sha256(str(self.assignment.root.resolve()).encode()).hexdigest()[:12]
        folder = self.ctx.paths.takes_dir / digest / _safe_name(key)
        folder.mkdir(parents=True, exist_ok=True)
        return free_take_path(folder, time.strftime("take-%Y%m%d-%H%M%S"))

    def _begin_take(self, key: str, continue_from: ContinueFrom | None = None) -> None:
        assert self.assignment is not None
        student = self.assignment.student(key)
        if student is None:
            return
        settings = self.ctx.settings
        capture = settings.capture
        if capture.rect_px is not None:
            rect_logical = screen_px_to_logical(capture.rect_px)
        else:
            rect_logical = QGuiApplication.primaryScreen().geometry()
        out_path = self._take_path(key)
        audio: str | None = None
        if settings.audio_mode is AudioMode.MICROPHONE:
            audio = settings.audio_device_name or "default"
        spec = TakeSpec(
            out_path, capture.rect_px, settings.fps, audio, settings.hotkeys, continue_from
        )
        self._continuing = continue_from
        make = self.ctx.make_recorder
        window = None
        if capture.kind is CaptureKind.WINDOW:
            window = self.ctx.watch_window(capture.window_id, capture.window_title)
        session = RecordingSession(
            lambda on_event: make(spec, on_event),
            self.assignment.rubric,
            rect_logical if isinstance(rect_logical, QRect) else QRect(rect_logical),
            settings.countdown_s,
            settings.target_min_s,
            settings.target_max_s,
            self.ctx.log,
            MARKER_REFUSED,
            self,
            window=window,
            student=student.display_name,
            plan=self._plan_for_take(key, continue_from),
        )
        self.session = session
        self._session_key = key
        session.started.connect(
            lambda: write_current_take(
                self.ctx.paths.current_take_file,
                CurrentTake(
                    str(self.assignment.opened_from if self.assignment else ""),
                    key,
                    student.display_name,
                    str(out_path),
                ),
            )
        )
        session.finished.connect(self._take_finished)
        session.failed.connect(self._take_failed)
        session.cancelled.connect(self._take_cancelled)
        self.background_captions.pause_all()
        if self.review is not None:
            self.review.stop_playback()
        # Out of the way of the student's document; it comes back for the review.
        self.hide()
        self.ctx.log.emit(
            "countdown",
            student=key,
            out_path=str(out_path),
            capture_logical=[
                rect_logical.x(),
                rect_logical.y(),
                rect_logical.width(),
                rect_logical.height(),
            ],
        )
        session.start()

    def _plan_for_take(self, key: str, continue_from: ContinueFrom | None) -> list[PlannedPoint]:
        plan = self.plans.plan(key) if self.plans is not None else []
        return take_planning.points_for_take(plan, continue_from)

    def _end_session(self) -> None:
        if self.session is not None:
            self.session.dispose()
            self.session.deleteLater()
        self.session = None
        self.background_captions.resume_all()
        self.show()
        self.raise_()
        self.activateWindow()

    def _take_cancelled(self) -> None:
        self._end_session()

    def _take_failed(self, message: str) -> None:
        key = self._session_key
        continued, self._continuing = self._continuing, None
        self._end_session()
        current = interrupted_take(self.ctx.paths.current_take_file)
        self.ctx.log.emit("take_failed", message=message, recoverable=current is not None)
        QMessageBox.warning(self, self.tr("Recording problem"), message)
        if current is not None and key is not None:
            self.offer_recovery()
        elif continued is not None and key is not None:
            self.show_review(key)  # the take to continue is as it was: back to its review

    def _take_finished(self, take: TakeLike) -> None:
        key = self._session_key
        continued, self._continuing = self._continuing, None
        plan = self.session.plan if self.session is not None else PlanCursor([])
        self._end_session()
        assert key is not None and self.work is not None
        problems = [p for p in getattr(take, "problems", ()) if isinstance(p, Problem)]
        sentences = "\n\n".join(describe_problem(p) for p in problems)
        complete = bool(getattr(take, "complete", True))
        if not complete:
            self._continuing = continued
            self._take_failed(sentences or self.tr("The video could not be finished."))
            return
        clear_current_take(self.ctx.paths.current_take_file)
        replaced = take_planning.take_replaced(continued, problems)
        if replaced is not None:
            self._remove_own_take(replaced, Path(take.path))
        record = take_planning.keep_take(
            self.work, key, Path(take.path), take.duration_ms, plan.apply(list(take.markers))
        )
        self.ctx.log.emit(
            "take_finished",
            student=key,
            path=str(take.path),
            duration_ms=take.duration_ms,
            markers=[
                {"kind": m.kind.value, "t_ms": m.t_ms, "label": m.label} for m in record.markers
            ],
            problems=[p.code.value for p in problems],
        )
        self.show_review(key)
        if problems:  # finished, but something happened on the way: say what
            self._keep(
                warn(
                    self,
                    self.tr("Recording problem"),
                    sentences,
                    str(getattr(take, "message", "")),
                )
            )

    def _remove_own_take(self, old: Path, new: Path) -> None:
        """A continued take replaces the one it continued: remove that one's files, but only
        when they are the app's own (in its takes folder) and not the new take itself."""
        for message in take_planning.remove_replaced_take(old, new, self.ctx.paths.takes_dir):
            self.ctx.log.emit("error", message=message)

    # --- review ------------------------------------------------
    def review_existing(self, key: str) -> None:
        self.show_review(key)

    def show_review(self, key: str) -> None:
        assert self.assignment is not None and self.work is not None
        student = self.assignment.student(key)
        record = self.work.record(key)
        if student is None or not record.take_path:
            return
        point = take_planning.continue_point(record)
        data = ReviewData(
            student.display_name,
            Path(record.take_path),
            record.duration_ms,
            record.markers,
            self.assignment.rubric,
            self._grade_practice(),
            record.grade,
            record.note,
            point.support,
            record.history,
            point.last_pause_ms,
            captions_lang=self.ctx.language_code(),
            background_captions=self.background_captions,
            caption_settings=CaptionSettings.chosen(
                self.ctx.settings.captions_size, self.ctx.settings.captions_models_folder
            ),
        )
        old = self.review
        self.review = ReviewScreen(data, self, self.ctx.review_audio)
        self.review_key = key
        self.review.export_requested.connect(self.export_current)
        self.review.export_next_requested.connect(lambda: self.export_current(then_next=True))
        self.review.export_when_ready_requested.connect(self.export_when_captions_ready)
        self.review.next_requested.connect(self.next_student)
        self.review.back_requested.connect(lambda: self.back_to_list())
        self.review.retake_requested.connect(self.retake)
        self.review.continue_requested.connect(self.continue_take)
        self.review.append_requested.connect(self.append_take)
        self.review.chapters_edited.connect(self._save_review)
        if old is not None:
            old.stop_playback()
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.addWidget(self.review)
        self.stack.setCurrentWidget(self.review)
        self.raise_()
        self.activateWindow()  # after a dialog (recovery, progress) the review gets the keyboard
        self.review.table.setFocus()
        self._log_review("review")

    def _rebuild_review(self) -> None:
        if self.review_key is not None:
            self._save_review()
            self.show_review(self.review_key)

    def _log_review(self, event: str) -> None:
        if self.review is None:
            return
        self.ctx.log.emit(
            event,
            student=self.review_key,
            chapters=[
                {"start_ms": c.start_ms, "end_ms": c.end_ms, "title": c.title}
                for c in self.review.model.chapters()
            ],
        )

    def _save_review(self) -> None:
        if self.review is None or self.review_key is None or self.work is None:
            return
        record = self.work.record(self.review_key)
        record.markers = self.review.model.markers
        # What the field holds, whatever the practice: switching to "no grade" for a while
        # (or a re-export under it) must not lose a grade already given; export leaves it out.
        record.grade = self.review.grade_text
        record.note = self.review.note
        self.work.save()
        if self.prefs is not None:
            try:
                self.prefs.grade_practice = self.review.grade_practice
            except OSError as exc:
                self.ctx.log.emit("error", message=f"grade practice not kept: {exc}")
        self._log_review("chapters")

    def _grade_practice(self) -> GradePractice:
        """This assignment's grade practice, the settings' default until one was chosen."""
        chosen = self.prefs.grade_practice if self.prefs is not None else None
        return chosen if chosen is not None else self.ctx.settings.grade_practice

    def export_current(self, then_next: bool = False) -> None:
        """Export the reviewed take; then_next: then on to the next student's preparation
        (one key for both, so a student takes three: Record, stop, this)."""
        prepared = self._prepare_export()
        if prepared is not None:
            self._run_export(prepared, then_next)

    def export_when_captions_ready(self, then_next: bool) -> None:
        """The review's captions are still being made: the export is built now, from the
        review as it is, and starts by itself when they are ready (then_next: the teacher goes
        on to the next student at once). Never during a recording: the worker holds still then,
        and so does the export."""
        review = self.review
        prepared = self._prepare_export()
        if review is None or prepared is None:
            return
        job = review.captions_panel.captions.job
        if job is None or job.finished:  # ready (or failed) meanwhile
            self._run_export(prepared, then_next)
            return
        self._deferred_exports.append(_DeferredExport(prepared, job))
        self._deferred_timer.start()
        self._show_exports_waiting()
        review.set_status(self.tr("The export starts when the captions are ready."))
        self.ctx.log.emit("export_deferred", student=prepared.key)
        if then_next:
            self.next_student()

    @property
    def deferred_exports(self) -> list[str]:
        """The students whose export waits for their captions."""
        return [d.export.key for d in self._deferred_exports]

    def _run_deferred_exports(self) -> None:
        if self.session is not None:
            return  # the worker holds still while recording; the export waits as well
        for deferred in [d for d in self._deferred_exports if d.job.finished]:
            self._deferred_exports.remove(deferred)
            export = deferred.export
            if export.work.record(export.key).take_path != str(export.request.take):
                # Recorded again meanwhile: that take is the one to export now, by the teacher.
                self.ctx.log.emit("export_dropped", student=export.key)
                continue
            self._run_export(export, then_next=False)
        if not self._deferred_exports:
            self._deferred_timer.stop()
        self._show_exports_waiting()

    def _show_exports_waiting(self) -> None:
        if self.view is None:
            return
        waiting = {
            d.export.key for d in self._deferred_exports if d.export.assignment is self.assignment
        }
        if waiting != self.view.exports_waiting:
            self.view.exports_waiting = waiting
            self.view.refresh_students()

    def _confirm_quit_without_deferred(self) -> None:
        """Quitting drops the exports that wait for their captions: asked first (the takes
        stay; those students are still to be exported next time)."""
        if self.quit_box is not None:
            return
        names = ", ".join(d.export.name for d in self._deferred_exports)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Exports are waiting"),
            self.tr("The export for {students} waits for the captions.").format(students=names),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Quit anyway? The recordings are kept; export them the next time you open "
                "the assignment."
            )
        )
        quit_button = box.addButton(
            self.tr("&Quit without exporting"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("&Wait"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)

        def answered(_result: int) -> None:
            self.quit_box = None
            if box.clickedButton() is quit_button:
                self._quit_without_deferred = True
                self.close()

        box.finished.connect(answered)
        self.quit_box = box
        box.open()

    def _prepare_export(self) -> _PreparedExport | None:
        review, key = self.review, self.review_key
        if review is None or key is None or self.assignment is None or self.work is None:
            return None
        self._save_review()
        student = self.assignment.student(key)
        if student is None:
            return None
        assignment = self.assignment
        record = self.work.record(key)
        request = export_flow.ExportRequest(
            take=Path(record.take_path),
            duration_ms=record.duration_ms,
            markers=list(record.markers),
            plan=review.edit_plan,
            voice=self.ctx.settings.voice,
            handin=assignment.handin,
            student=student,
            rubric=assignment.rubric,
            lang=self.ctx.language_code(),
            grade=review.grade or None,
            note=review.note or None,
            grade_practice=review.grade_practice,
            kind_labels={kind: i18n.marker_name(kind) for kind in MarkerKind},
            export_root=self.prefs.feedback_folder if self.prefs is not None else None,
        )
        return _PreparedExport(key, student.display_name, request, self.work, assignment)

    def _run_export(self, prepared: _PreparedExport, then_next: bool) -> None:
        """The export on a worker thread. Shown in the review when it is that student's (a
        progress dialog, the status, and then_next); one that waited for its captions while the
        teacher went on says so in the status bar."""
        key, request, work = prepared.key, prepared.request, prepared.work
        review = self.review if self.review_key == key else None
        progress: QProgressDialog | None = None
        if review is not None:
            review.set_busy(True)
            review.set_status(self.tr("Exporting…"))
            progress = QProgressDialog(self.tr("Writing the feedback files…"), "", 0, 100, self)
            progress.setCancelButton(None)
            progress.setMinimumDuration(500)
            progress.setValue(0)
        else:
            self.statusBar().showMessage(
                self.tr("Exporting the feedback for {student}…").format(student=prepared.name)
            )

        def shown_review() -> ReviewScreen | None:
            """The review the export started in, if it is still shown."""
            return review if review is not None and self.review is review else None

        def run() -> export_flow.ExportOutcome:
            return export_flow.export_take(request, task.report_progress)

        def done(outcome: export_flow.ExportOutcome) -> None:
            if progress is not None:
                progress.close()
            result, cut_away = outcome.result, outcome.cut_away
            history_line = self.tr("Video: {file}").format(file=result.video.name)
            export_flow.note_export(work, key, prepared.assignment.handin, result, history_line)
            self.ctx.log.emit(
                "exported",
                student=key,
                video=str(result.video),
                files=[str(p) for p in result.files],
                summary=result.summary_text,
            )
            shown = shown_review()
            if shown is None:
                self.statusBar().showMessage(
                    self.tr("Exported the feedback for {student} to {folder}").format(
                        student=prepared.name, folder=result.video.parent.name
                    )
                )
                if self.view is not None:
                    self.view.refresh_students()
                return
            shown.set_busy(False)
            status = self.tr("Exported to {folder}").format(folder=result.video.parent.name)
            if cut_away:
                status += " " + self.tr(
                    "({count} chapters were in cut stretches: left out)"
                ).format(count=len(cut_away))
            shown.set_status(status)
            shown.next_button.setFocus()
            if then_next:
                self.next_student()

        def failed(message: str) -> None:
            if progress is not None:
                progress.close()
            shown = shown_review()
            if shown is not None:
                shown.set_busy(False)
                shown.set_status(self.tr("Export failed"))
            self.ctx.log.emit("error", message=message)
            title = self.tr("Export failed")
            if shown is None:
                message = self.tr("The feedback for {student} was not exported: {problem}").format(
                    student=prepared.name, problem=message
                )
            self._keep(warn(self, title, message, task.error_detail))

        task = Task(run, "vf-export", self)
        if progress is not None:
            bar = progress
            task.progressed.connect(
                lambda f: bar.setValue(round(100 * f)), Qt.ConnectionType.QueuedConnection
            )
        task.then(done, failed)
        self._tasks.start(task)

    def next_student(self) -> None:
        key = self.review_key
        self._save_review()
        self._leave_review()
        if self.view is None or key is None:
            return
        self.view.refresh_students()
        nxt = self.view.next_student_key(key)
        if nxt is None:
            self.statusBar().showMessage(self.tr("Every student has feedback."))
            return
        self.view.select_student(nxt)
        self.ctx.log.emit("next_student", student=nxt)
        self.show_prepare(nxt)

    def continue_take(self) -> None:
        """Discard what the reviewed take holds after its last pause and record on from there
        (the engine joins the new part to the rest; the take stays until that is finished)."""
        key = self.review_key
        review = self.review
        if key is None or review is None or self.work is None:
            return
        self._save_review()
        record = self.work.record(key)
        request = take_planning.continue_from_pause(record, review.continue_from_ms)
        self.ctx.log.emit(
            "continue_take",
            student=key,
            take=record.take_path,
            from_ms=request.pause_ms,
            discarded_ms=review.discarded_ms,
        )
        self._leave_review()
        self.record(key, CaptureStep.REUSE, request)

    def append_take(self) -> None:
        """Keep all of the reviewed take and record on after its end (after a stop or a
        recovery): the engine joins the new part at the take's end, as when continuing."""
        key = self.review_key
        if key is None or self.review is None or self.work is None:
            return
        self._save_review()
        record = self.work.record(key)
        request = take_planning.continue_from_end(record)
        self.ctx.log.emit(
            "continue_take", student=key, take=record.take_path, from_ms=request.pause_ms
        )
        self._leave_review()
        self.record(key, CaptureStep.REUSE, request)

    def retake(self) -> None:
        key = self.review_key
        self._save_review()
        self._leave_review()
        if key is not None:
            self.record(key, CaptureStep.REUSE)

    def _leave_review(self) -> None:
        if self.prepare is not None:
            self._drop_prepare(self.prepare)
        if self.review is not None:
            self.review.stop_playback()
            self.stack.removeWidget(self.review)
            self.review.deleteLater()
            self.review = None
        if self.view is not None:
            self.view.refresh_students()
            self.stack.setCurrentWidget(self.view)

    # --- recovery ------------------------------------------------
    def offer_recovery(self) -> bool:
        """Ask about an interrupted take; True when a prompt was shown."""
        take = interrupted_take(self.ctx.paths.current_take_file)
        if take is None:
            return False
        prompt = RecoveryPrompt(take, self)
        self.ctx.log.emit("recovery_prompt", student=take.student_key)

        def answered(_result: int) -> None:
            choice = prompt.choice()
            self.ctx.log.emit("recovery_choice", choice=choice.value)
            if choice is RecoveryChoice.RECOVER:
                self._recover(take)
            elif choice is RecoveryChoice.DISCARD:
                take_planning.discard_interrupted_take(take, self.ctx.paths.current_take_file)

        prompt.finished.connect(answered)
        self._keep(prompt)
        prompt.open()
        return True

    def _recover(self, take: CurrentTake) -> None:
        progress = QProgressDialog(self.tr("Recovering the recording…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        recover = self.ctx.recover

        def run() -> tuple[Path, int, list[Any]]:
            return recover(take.take_dir, Path(take.out_path), task.report_progress)

        def recovered(result: tuple[Path, int, list[Any]]) -> None:
            progress.close()
            path, duration_ms, markers = result
            clear_current_take(self.ctx.paths.current_take_file)
            self.ctx.log.emit("recovered", path=str(path), duration_ms=duration_ms)

            def show() -> None:
                if self.work is None or self.assignment is None:
                    return
                take_planning.keep_take(self.work, take.student_key, path, duration_ms, markers)
                if self.view is not None:
                    self.view.refresh_students()
                self.show_review(take.student_key)

            if self.assignment is not None and str(self.assignment.opened_from) == take.assignment:
                show()
            else:
                self._after_load = show
                self.open_path(Path(take.assignment))

        def failed(message: str) -> None:
            progress.close()
            QMessageBox.warning(self, self.tr("Could not recover"), message)

        task = Task(run, "vf-recover", self)
        task.progressed.connect(
            lambda f: progress.setValue(round(100 * f)), Qt.ConnectionType.QueuedConnection
        )
        task.then(recovered, failed)
        self._tasks.start(task)

    # --- closing ------------------------------------------------
    # --- returning the feedback ------------------------------------------------------------
    def show_returns(self) -> None:
        """“Return to students”. The view is kept while its upload runs in the background, so
        the teacher can go back to the list and record the next student meanwhile."""
        if self.assignment is None:
            return
        view = self.returns
        if view is None or view.handin is not self.assignment.handin:
            if view is not None:
                view.shutdown()  # another assignment: its upload resumes when it is opened
                self.stack.removeWidget(view)
                view.deleteLater()
            view = ReturnView(
                self.assignment.handin,
                self.ctx.settings.zip_limit_mb,
                self.ctx.log,
                self.ctx.open_url,
                self,
            )
            view.back_requested.connect(self.back_to_list)
            view.zip_limit_changed.connect(self._remember_zip_limit)
            self.stack.addWidget(view)
            self.returns = view
        else:
            view.refresh()
        self.stack.setCurrentWidget(view)
        view.address.setFocus()

    def _remember_zip_limit(self, limit_mb: int) -> None:
        self.ctx.settings.zip_limit_mb = limit_mb

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            # Hidden while recording; a close then would lose the toolbar. Stop first.
            event.ignore()
            return
        if self._deferred_exports and not self._quit_without_deferred:
            event.ignore()
            self._confirm_quit_without_deferred()
            return
        self._save_review()
        if self.review is not None:
            self.review.stop_playback()
        if self.returns is not None:
            self.returns.shutdown()  # the ledger lets the next start go on where it stopped
        self._tasks.wait(TASKS_AT_CLOSE_WAIT_S)
        event.accept()
        # The app does not quit on its own when windows close (the window hides while
        # recording), so closing the main window is what ends it.
        QTimer.singleShot(0, QApplication.quit)
