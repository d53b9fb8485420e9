"""“Return to students”: every student's package and its state, the Moodle upload zips in one
click, and direct upload to Canvas or Moodle running in the background while the teacher goes
on recording.

The upload itself is vidfeedback.lms (Qt-free); this view starts it on a thread of its own and
shows its events. Tokens go to the operating system's credential store and are never shown again.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from vidfeedback.errors import ErrorCode, Problem, VidfeedbackError
from vidfeedback.export.destinations import export_root_for
from vidfeedback.export.moodle_zip import UploadPlan, build_moodle_zips
from vidfeedback.export.safe_write import ExportError
from vidfeedback.lms.canvas import CanvasClient, parse_assignment_url
from vidfeedback.lms.credentials import forget_token, load_token, save_token
from vidfeedback.lms.errors import LmsError
from vidfeedback.lms.ledger import Ledger
from vidfeedback.lms.moodle import MoodleClient, parse_site_url
from vidfeedback.lms.returns import (
    ReturnOverview,
    ReturnState,
    StudentReturn,
    open_ledger,
    overview,
)
from vidfeedback.lms.transport import RetryPolicy, Secret, Transport
from vidfeedback.lms.upload import (
    CanvasDriver,
    Driver,
    Event,
    MoodleDriver,
    Outcome,
    Phase,
    RunReport,
    run_returns,
)
from vidfeedback.model import HandinFolder, HandinLayout

from .automation import AutomationLog
from .problems import describe, problem_text
from .qt import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QObject,
    QProgressBar,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)

COLUMNS = 4  # student, state, last returned, progress
NETWORK_RETRIES = 10
NETWORK_RETRY_MS = 30_000
ADDRESS_SETTING = "{platform}_address"
MOODLE_CMID_SETTING = "moodle_cmid"


class OverviewReader(QObject):
    """Carries a reading thread's result to the view. It has no parent and the thread holds it,
    so a view closed meanwhile only misses the result (Qt drops signals to a deleted receiver)
    instead of the thread emitting on a deleted object."""

    ready = Signal(object)  # ReturnOverview
    failed = Signal(str)


class UploadRun(QObject):
    """One upload on a thread of its own; events arrive in the GUI thread (queued signals).
    Made without a parent for the same reason as OverviewReader: it outlives a closed view."""

    progressed = Signal(object)  # lms.upload.Event
    finished = Signal(object)  # lms.upload.RunReport

    def __init__(
        self,
        make_driver: Callable[[Transport, threading.Event], Driver],
        platform: str,
        items: list[StudentReturn],
        ledger: Ledger,
        retry: RetryPolicy,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self._retry = retry
        self._make_driver = make_driver
        self._platform = platform
        self._items = items
        self._ledger = ledger
        self._thread = threading.Thread(target=self._run, name="lms-upload", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.cancel.set()

    def join(self, timeout_s: float | None = None) -> None:
        self._thread.join(timeout_s)

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        from vidfeedback.lms.ledger import Target

        try:
            with Transport(self._platform, self._retry, self.cancel) as http:
                driver = self._make_driver(http, self.cancel)
                report = run_returns(
                    self._items, driver, self._ledger, on_event=self.progressed.emit
                )
        except VidfeedbackError as exc:
            report = RunReport(Target(self._platform.lower(), "", "", ""), [], exc.problem)
        self.finished.emit(report)


class ReturnView(QWidget):
    back_requested = Signal()
    upload_finished = Signal(object)  # RunReport, for the main window's status
    zip_limit_changed = Signal(int)  # MB, to remember as the setting
    refreshed = Signal()  # the table shows the packages and the ledger as they are now

    def __init__(
        self,
        handin: HandinFolder,
        zip_limit_mb: int,
        log: AutomationLog,
        open_url: Callable[[QUrl], bool],
        parent: QWidget | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnView")
        self._retry = retry or RetryPolicy()
        self.handin = handin
        self.log = log
        self._open_url = open_url
        self.run: UploadRun | None = None
        self.last_report: RunReport | None = None
        self._rows: dict[str, int] = {}
        self._overview: ReturnOverview | None = None
        self._session_tokens: dict[str, Secret] = {}
        self._reader: threading.Thread | None = None
        self._reading = False  # from refresh() until its result is on screen
        self._read_again = False
        # After the network went away the upload is tried again by itself, a few times.
        self._network_retries_left = NETWORK_RETRIES
        self._network_timer = QTimer(self)
        self._network_timer.setSingleShot(True)
        self._network_timer.timeout.connect(self._resume_after_network)

        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("returnHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        outer.addWidget(self.heading)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("returnTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 220)
        outer.addWidget(self.table, 1)
        self.totals = QLabel(self)
        self.totals.setObjectName("returnTotals")
        outer.addWidget(self.totals)

        self.zip_box = QGroupBox(self)
        self._build_zip_box()
        outer.addWidget(self.zip_box)
        self.zip_limit.setValue(zip_limit_mb)
        self.zip_limit.valueChanged.connect(self.zip_limit_changed.emit)

        self.upload_box = QGroupBox(self)
        self._build_upload_box()
        outer.addWidget(self.upload_box)

        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("returnOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.outcome_label)

        bottom = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back_requested.emit)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        outer.addLayout(bottom)

        self.zip_box.setVisible(handin.layout.is_moodle)
        self.upload_box.setVisible(handin.layout.is_moodle or handin.layout is HandinLayout.CANVAS)
        self._load_addresses()
        self.retranslate()
        self.make_zips_button.setEnabled(False)  # until the packages have been read
        self.upload_button.setEnabled(False)
        self.refresh()

    # --- building ---------------------------------------------------------------------------
    def _build_zip_box(self) -> None:
        box = QVBoxLayout(self.zip_box)
        row = QHBoxLayout()
        self.zip_limit_label = QLabel(self.zip_box)
        self.zip_limit = QSpinBox(self.zip_box)
        self.zip_limit.setObjectName("zipLimit")
        self.zip_limit.setRange(1, 4000)
        self.zip_limit_label.setBuddy(self.zip_limit)
        self.make_zips_button = QPushButton(self.zip_box)
        self.make_zips_button.setObjectName("makeZips")
        self.make_zips_button.clicked.connect(self.make_zips)
        self.show_folder_button = QPushButton(self.zip_box)
        self.show_folder_button.setObjectName("showFolder")
        self.show_folder_button.clicked.connect(self.show_folder)
        row.addWidget(self.zip_limit_label)
        row.addWidget(self.zip_limit)
        row.addWidget(self.make_zips_button)
        row.addWidget(self.show_folder_button)
        row.addStretch(1)
        box.addLayout(row)
        self.zip_steps = QLabel(self.zip_box)
        self.zip_steps.setObjectName("zipSteps")
        self.zip_steps.setWordWrap(True)
        box.addWidget(self.zip_steps)
        self.zip_result = QLabel(self.zip_box)
        self.zip_result.setObjectName("zipResult")
        self.zip_result.setWordWrap(True)
        self.zip_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.zip_result)

    def _build_upload_box(self) -> None:
        form = QFormLayout(self.upload_box)
        self.address = QLineEdit(self.upload_box)
        self.address.setObjectName("lmsAddress")
        self.assignment_id = QLineEdit(self.upload_box)
        self.assignment_id.setObjectName("moodleAssignment")
        self.token = QLineEdit(self.upload_box)
        self.token.setObjectName("lmsToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.returnPressed.connect(self.start_upload)
        self.address.returnPressed.connect(self.token.setFocus)
        self.address_label = QLabel(self.upload_box)
        self.assignment_label = QLabel(self.upload_box)
        self.token_label = QLabel(self.upload_box)
        self.address_label.setBuddy(self.address)
        self.assignment_label.setBuddy(self.assignment_id)
        self.token_label.setBuddy(self.token)
        form.addRow(self.address_label, self.address)
        if self.handin.layout.is_moodle:
            form.addRow(self.assignment_label, self.assignment_id)
        else:
            self.assignment_id.hide()
            self.assignment_label.hide()
        form.addRow(self.token_label, self.token)
        buttons = QHBoxLayout()
        self.upload_button = QPushButton(self.upload_box)
        self.upload_button.setObjectName("uploadButton")
        self.upload_button.clicked.connect(self.start_upload)
        self.stop_button = QPushButton(self.upload_box)
        self.stop_button.setObjectName("stopUpload")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_upload)
        self.forget_button = QPushButton(self.upload_box)
        self.forget_button.clicked.connect(self.forget)
        buttons.addWidget(self.upload_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.upload_status = QLabel(self.upload_box)
        self.upload_status.setObjectName("uploadStatus")
        self.upload_status.setWordWrap(True)
        form.addRow(self.upload_status)

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Return to students: {assignment}").format(
                assignment=self.handin.assignment_name
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Student"), self.tr("State"), self.tr("Returned"), self.tr("Upload")]
        )
        self.zip_box.setTitle(self.tr("Moodle: upload zip"))
        self.zip_limit_label.setText(self.tr("Course's upload &limit (MB):"))
        self.make_zips_button.setText(self.tr("&Make upload zips"))
        self.show_folder_button.setText(self.tr("Sho&w folder"))
        self.zip_steps.setText(
            self.tr(
                "In Moodle: 1. open the assignment and “View all submissions”; 2. Grading "
                "action → “Upload multiple feedback files in a zip”; 3. choose “All "
                "participants” and upload one zip at a time."
            )
        )
        canvas = self.handin.layout is HandinLayout.CANVAS
        self.upload_box.setTitle(
            self.tr("Upload to Canvas") if canvas else self.tr("Upload to Moodle")
        )
        self.address_label.setText(
            self.tr("Assignment's &address:") if canvas else self.tr("Moodle site's &address:")
        )
        self.address.setPlaceholderText(
            "https://…/courses/…/assignments/…" if canvas else "https://moodle.…"
        )
        self.assignment_label.setText(self.tr("Assignment id (view.php?id=…):"))
        self.token_label.setText(self.tr("Access &token:"))
        self.upload_button.setText(self.tr("&Upload"))
        self.stop_button.setText(self.tr("&Stop"))
        self.forget_button.setText(self.tr("Forget the token"))
        self.back_button.setText(self.tr("&Back to the students"))
        self._update_token_hint()

    # --- state ------------------------------------------------------------------------------
    @property
    def platform(self) -> str:
        return "canvas" if self.handin.layout is HandinLayout.CANVAS else "moodle"

    def _ledger(self) -> Ledger | None:
        try:
            return open_ledger(self.handin)
        except LmsError as exc:
            self.outcome_label.setText(describe(exc))
            return None

    def _load_addresses(self) -> None:
        ledger = self._ledger()
        if ledger is not None:
            self.address.setText(ledger.setting(ADDRESS_SETTING.format(platform=self.platform)))
            self.assignment_id.setText(ledger.setting(MOODLE_CMID_SETTING))
        if not self.assignment_id.text():
            self.assignment_id.setText(self.handin.platform_assignment_id or "")

    def _update_token_hint(self) -> None:
        base = self._base_url()
        saved = False
        if base:
            try:
                saved = load_token(self.platform, base) is not None
            except LmsError:
                saved = False
        self.token.setPlaceholderText(
            self.tr("saved in the computer's password store") if saved else self.tr("paste it here")
        )

    def _base_url(self) -> str:
        text = self.address.text().strip()
        if not text:
            return ""
        try:
            if self.platform == "canvas":
                return parse_assignment_url(text).base_url
            return parse_site_url(text)[0]
        except LmsError:
            return ""

    def refresh(self) -> None:
        """Read the packages and the ledger again (after an export, a zip, an upload), on a
        thread: the first look hashes every video, which takes seconds for a class."""
        if self._reading:
            self._read_again = True
            return
        self._read_again = False
        self._reading = True
        if self._overview is None:
            self.totals.setText(self.tr("Reading the exported feedback…"))
        bridge = OverviewReader()
        queued = Qt.ConnectionType.QueuedConnection
        bridge.ready.connect(self._show_overview, queued)
        bridge.failed.connect(self._read_failed, queued)
        handin = self.handin

        def read() -> None:
            try:
                bridge.ready.emit(overview(handin, open_ledger(handin)))
            except (VidfeedbackError, OSError) as exc:
                bridge.failed.emit(describe(exc))

        self._reader = threading.Thread(target=read, name="returns-overview", daemon=True)
        self._reader.start()

    def is_ready(self) -> bool:
        """The packages as they are now are on screen (no newer reading is under way)."""
        return self._overview is not None and not self._reading

    def _read_failed(self, message: str) -> None:
        self._reading = False
        self.outcome_label.setText(message)
        if self._read_again:
            self.refresh()

    def _show_overview(self, ov: ReturnOverview) -> None:
        self._reading = False
        self._overview = ov
        self.make_zips_button.setEnabled(True)
        self.upload_button.setEnabled(self.run is None or not self.run.is_running())
        rows = ov.students
        self.table.setRowCount(len(rows))
        self._rows = {}
        for i, row in enumerate(rows):
            self._rows[row.student.key] = i
            self.table.setItem(i, 0, QTableWidgetItem(row.student.display_name))
            self.table.setItem(i, 1, QTableWidgetItem(self._state_text(row.state)))
            self.table.setItem(i, 2, QTableWidgetItem(self._where_text(row)))
            bar = self.table.cellWidget(i, 3)
            if not isinstance(bar, QProgressBar):
                bar = QProgressBar(self.table)
                bar.setTextVisible(True)
                self.table.setCellWidget(i, 3, bar)
            bar.setRange(0, 100)
            bar.setValue(100 if row.state is ReturnState.RETURNED else 0)
            bar.setFormat("")
        self.totals.setText(
            self.tr(
                "{exported} to return, {changed} changed since the last return, {returned} "
                "returned, {missing} not exported yet."
            ).format(
                exported=ov.count(ReturnState.EXPORTED),
                changed=ov.count(ReturnState.CHANGED),
                returned=ov.count(ReturnState.RETURNED),
                missing=ov.count(ReturnState.NOT_EXPORTED),
            )
        )
        self.log.emit(
            "returns",
            layout=self.handin.layout.value,
            students=[
                {"key": r.student.key, "name": r.student.display_name, "state": r.state.value}
                for r in rows
            ],
        )
        self.refreshed.emit()
        if self._read_again:
            self.refresh()

    def _state_text(self, state: ReturnState) -> str:
        match state:
            case ReturnState.NOT_EXPORTED:
                return self.tr("Not exported")
            case ReturnState.EXPORTED:
                return self.tr("Exported")
            case ReturnState.CHANGED:
                return self.tr("Changed since the last return")
            case ReturnState.RETURNED:
                return self.tr("Returned")

    def _where_text(self, row: StudentReturn) -> str:
        last = row.last_return
        if last is None:
            return ""
        try:  # the teacher's own clock, not UTC
            stamp = dt.datetime.fromisoformat(last.at_utc.replace("Z", "+00:00"))
            when = stamp.astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = last.at_utc
        zip_name = last.platform_ids.get("zip")
        where = self.tr("in {zip}").format(zip=zip_name) if zip_name else last.target
        return f"{when}, {where}"

    # --- Moodle zips ------------------------------------------------------------------------
    def make_zips(self) -> None:
        try:
            root = export_root_for(self.handin)
            plan = build_moodle_zips(root, self.zip_limit.value() * 1_000_000)
        except ExportError as exc:
            self.zip_result.setText(describe(exc))
            self.log.emit("moodle_zips_failed", message=str(exc))
            return
        self._record_zips(plan)
        lines = [
            self.tr("{zip}: {names}").format(
                zip=z.path.name, names=", ".join(s.display_name for s in z.students)
            )
            for z in plan.zips
        ]
        lines += [
            self.tr("{name} is larger than the limit and is in no zip: upload it by hand.").format(
                name=s.display_name
            )
            for s in plan.too_large
        ]
        if plan.index is not None:
            lines.append(self.tr("Who is in which zip: {index}").format(index=plan.index.name))
        self.zip_result.setText("\n".join(lines))
        self.log.emit(
            "moodle_zips",
            zips=[
                {
                    "name": z.path.name,
                    "size": z.size_bytes,
                    "ids": [s.participant_id for s in z.students],
                }
                for z in plan.zips
            ],
            too_large=[s.participant_id for s in plan.too_large],
        )
        self.refresh()

    def _record_zips(self, plan: UploadPlan) -> None:
        ledger = self._ledger()
        if ledger is None or self._overview is None:
            return
        hashes = {r.student.key: r.package_hash for r in self._overview.students}
        for z in plan.zips:
            for s in z.students:
                digest = hashes.get(s.participant_id)
                if digest:
                    ledger.record_zip_return(s.participant_id, digest, z.path.name)

    def show_folder(self) -> None:
        try:
            root: Path = export_root_for(self.handin)
        except ExportError as exc:
            self.zip_result.setText(describe(exc))
            return
        if root.is_dir():
            self._open_url(QUrl.fromLocalFile(str(root)))
        self.log.emit("show_folder", path=str(root))

    # --- direct upload ----------------------------------------------------------------------
    def start_upload(self) -> None:
        if self.run is not None and self.run.is_running():
            return
        if self.sender() is self.upload_button or self.sender() is self.token:
            self._network_retries_left = NETWORK_RETRIES  # the teacher asked again
        try:
            make, _base = self._driver_factory()
        except VidfeedbackError as exc:
            self._show_problem(exc.problem)
            return
        ledger = self._ledger()
        if ledger is None or self._overview is None:
            self._show_problem(
                Problem(ErrorCode.LMS_LEDGER_UNREADABLE, {}, "No exported feedback yet.")
            )
            return
        ledger.set_setting(ADDRESS_SETTING.format(platform=self.platform), self.address.text())
        if self.platform == "moodle":
            ledger.set_setting(MOODLE_CMID_SETTING, self.assignment_id.text().strip())
        items = [r for r in self._overview.students if r.package is not None]
        name = "Canvas" if self.platform == "canvas" else "Moodle"
        self.run = UploadRun(make, name, items, ledger, self._retry)
        self.run.progressed.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self.run.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.upload_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.upload_status.setText(self.tr("Uploading in the background…"))
        self.outcome_label.clear()
        self.log.emit("upload_started", platform=self.platform, students=len(items))
        self.run.start()

    def _driver_factory(self) -> tuple[Callable[[Transport, threading.Event], Driver], str]:
        text = self.address.text().strip()
        typed = self.token.text().strip()
        policy = self._retry
        if self.platform == "canvas":
            where = parse_assignment_url(text)
            base = where.base_url
            token = self._token(base, typed)

            def canvas(http: Transport, cancel: threading.Event) -> Driver:
                return CanvasDriver(CanvasClient(where, token, http), policy, cancel)

            return canvas, base
        base, cmid_in_url = parse_site_url(text)
        cmid = cmid_in_url or self.assignment_id.text().strip()
        if not cmid.isdigit():
            raise LmsError(
                "Which Moodle assignment? Paste the assignment's address or its id.",
                ErrorCode.LMS_URL_INVALID,
                url=text,
            )
        token = self._token(base, typed)
        layout = self.handin.layout

        def moodle(http: Transport, cancel: threading.Event) -> Driver:
            return MoodleDriver(MoodleClient(base, token, http), cmid, layout, policy, cancel)

        return moodle, base

    def _token(self, base: str, typed: str) -> Secret:
        if not typed and base in self._session_tokens:
            return self._session_tokens[base]
        if typed:
            secret = Secret(typed)
            self._session_tokens[base] = secret  # for resuming, also without a store
            self.token.clear()
            try:
                save_token(self.platform, base, secret)
            except LmsError as exc:
                # Still usable for this upload; the teacher is told it was not kept.
                self.outcome_label.setText(describe(exc))
            self._update_token_hint()
            return secret
        stored = load_token(self.platform, base)
        if stored is None:
            raise LmsError(
                "No access token.",
                ErrorCode.LMS_NO_TOKEN,
                platform="Canvas" if self.platform == "canvas" else "Moodle",
            )
        return stored

    def _resume_after_network(self) -> None:
        self.log.emit("upload_resumed")
        self.start_upload()

    def stop_upload(self) -> None:
        self._network_timer.stop()
        self._network_retries_left = 0
        if self.run is not None:
            self.run.stop()
            self.upload_status.setText(self.tr("Stopping after the current request…"))

    def forget(self) -> None:
        base = self._base_url()
        if base:
            try:
                forget_token(self.platform, base)
            except LmsError as exc:
                self.outcome_label.setText(describe(exc))
        self._update_token_hint()

    def _on_event(self, event: Event) -> None:
        row = self._rows.get(event.key)
        if row is None:
            return
        bar = self.table.cellWidget(row, 3)
        if isinstance(bar, QProgressBar) and event.total_bytes:
            bar.setValue(int(100 * event.done_bytes / event.total_bytes))
            bar.setFormat(
                self.tr("{done:.1f} of {total:.1f} MB").format(
                    done=event.done_bytes / 1e6, total=event.total_bytes / 1e6
                )
            )
        phase = {
            Phase.WAITING: self.tr("Waiting"),
            Phase.UPLOADING: self.tr("Uploading"),
            Phase.POSTING: self.tr("Posting the comment"),
            Phase.DONE: self.tr("Returned"),
            Phase.SKIPPED: self.tr("Skipped"),
            Phase.FAILED: self.tr("Failed"),
        }[event.phase]
        item = self.table.item(row, 1)
        if item is not None and event.phase is not Phase.WAITING:
            item.setText(phase)
        if event.phase in (Phase.DONE, Phase.SKIPPED, Phase.FAILED, Phase.POSTING):
            self.log.emit("return_progress", key=event.key, phase=event.phase.value)

    def _on_finished(self, report: RunReport) -> None:
        self.last_report = report
        self.upload_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        lines: list[str] = []
        if report.problem is not None:
            lines.append(problem_text(report.problem.code, report.problem.params))
        returned = report.count(Outcome.RETURNED)
        already = report.count(Outcome.ALREADY_RETURNED)
        self.upload_status.setText(
            self.tr("{returned} returned now, {already} were returned already.").format(
                returned=returned, already=already
            )
        )
        lost = report.problem is not None and report.problem.code is ErrorCode.LMS_UNREACHABLE
        if lost and self._network_retries_left > 0:
            self._network_retries_left -= 1
            self._network_timer.start(NETWORK_RETRY_MS)
            lines.append(
                self.tr("Trying again by itself in {seconds} s.").format(
                    seconds=NETWORK_RETRY_MS // 1000
                )
            )
        elif not lost:
            self._network_retries_left = NETWORK_RETRIES
        for o in report.outcomes:
            if o.outcome is Outcome.SKIPPED:
                lines.append(
                    self.tr("{name}: skipped, not matched with certainty. {reason}").format(
                        name=o.name, reason=o.reason
                    )
                )
            elif o.outcome is Outcome.FAILED and o.problem is not None:
                lines.append(
                    self.tr("{name}: {problem}").format(
                        name=o.name, problem=problem_text(o.problem.code, o.problem.params)
                    )
                )
        self.outcome_label.setText("\n".join(lines))
        self.refresh()
        self.log.emit("return_done", report=report.as_json())
        self.upload_finished.emit(report)

    def _show_problem(self, problem: Problem) -> None:
        self.outcome_label.setText(problem_text(problem.code, problem.params))
        self.log.emit("return_problem", code=problem.code.value)

    def is_uploading(self) -> bool:
        return self.run is not None and self.run.is_running()

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Stop a running upload (it resumes next time) and wait for its thread briefly."""
        self._network_timer.stop()
        if self.run is not None:
            self.run.stop()
            self.run.join(timeout_s)
        if self._reader is not None:
            self._reader.join(timeout_s)
