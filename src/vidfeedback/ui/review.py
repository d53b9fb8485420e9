"""Review after stop: play the take, edit its chapters, grade and note, then export or retake."""

from __future__ import annotations

import contextlib
import enum
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.model import GradePractice, Marker, MarkerKind, Rubric
from vidfeedback.takes.edit import EditPlan
from vidfeedback.workspace import backend
from vidfeedback.workspace.take_captions import BackgroundCaptions, CaptionSettings, CaptionsState
from vidfeedback.workspace.take_planning import ContinueSupport

from . import i18n
from .captions_panel import CaptionsPanel
from .chapters_model import NUDGE_MS, ChaptersModel, chapter_title
from .edit_timeline import EditTimeline
from .playback import audio_output
from .qt import (
    QAbstractItemView,
    QAudioOutput,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMediaPlayer,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTableView,
    QUrl,
    QVBoxLayout,
    QVideoWidget,
    QWidget,
    Signal,
)
from .seek_slider import SeekSlider


@dataclass
class ReviewData:
    student_name: str
    take_path: Path
    duration_ms: int
    markers: list[Marker]
    rubric: Rubric
    grade_practice: GradePractice = GradePractice.NO_GRADE
    grade: str = ""
    note: str = ""
    continue_support: ContinueSupport = ContinueSupport.NO_PAUSE
    history: list[str] = field(default_factory=list)
    last_pause_ms: int = 0  # where "discard since the last pause" goes back to (take time)
    captions_lang: str = "en"  # the spoken language the captions start with (the assignment's)
    # The app's caption jobs, paused while a take is recorded (None in widget tests).
    background_captions: BackgroundCaptions | None = None
    caption_settings: CaptionSettings | None = None  # None: from the environment


class AudioPlayback(enum.Enum):
    ON = "on"
    OFF = "off"  # widget tests without a sound server


class _VoicePreview(QObject):
    """Writes the take with the voice cleaned (the pictures copied) into a folder of its own,
    on a thread; says so through a signal, queued to the screen's thread."""

    ready = Signal(object)  # the preview's Path
    failed = Signal(str)

    def start(self, take: Path, duration_ms: int, folder: Path) -> None:
        def run() -> None:
            dest = folder / "voice-preview.mp4"
            try:
                backend.write_voice_preview(take, duration_ms, dest)
            except Exception as exc:  # the teacher keeps hearing the take as recorded
                with contextlib.suppress(RuntimeError):  # the review was closed meanwhile
                    self.failed.emit(str(exc))
                return
            with contextlib.suppress(RuntimeError):
                self.ready.emit(dest)

        threading.Thread(target=run, name="vf-voice-preview", daemon=True).start()


class ReviewScreen(QWidget):
    retake_requested = Signal()
    continue_requested = Signal()
    append_requested = Signal()  # keep all of the take and record on after its end
    export_requested = Signal()
    next_requested = Signal()
    export_next_requested = Signal()  # export, then on to the next student's preparation
    # The captions are still being made: export once they are (bool: then on to the next
    # student at once, not after the export).
    export_when_ready_requested = Signal(bool)
    back_requested = Signal()
    chapters_edited = Signal()

    def __init__(
        self,
        data: ReviewData,
        parent: QWidget | None = None,
        audio: AudioPlayback = AudioPlayback.ON,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self._data = data
        self.model = ChaptersModel(data.markers, data.duration_ms, data.rubric)
        self.model.modelReset.connect(self._edited)
        self.model.rowsRemoved.connect(self._edited)

        title = QLabel(self.tr("Feedback for {student}").format(student=data.student_name), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        # --- player ---------------------------------------------------------------------------
        self.player = QMediaPlayer(self)
        # The edit: cut and trim under the player; the player skips what is cut at once, and
        # the export writes the edited video (nothing is written before).
        self.timeline = EditTimeline(data.duration_ms, self)
        self.timeline.position_requested.connect(self.player.setPosition)
        self.timeline.edit_changed.connect(self._edit_changed)
        self.timeline.set_chapters([m.t_ms for m in data.markers])
        self.timeline.load_overview(data.take_path)
        self.video = QVideoWidget(self)
        self.video.setMinimumSize(320, 180)
        self.player.setVideoOutput(self.video)
        self._audio: QAudioOutput | None = None
        if audio is AudioPlayback.ON:
            self._audio = audio_output(self)  # made by Qt: see playback.py
            self.player.setAudioOutput(self._audio)
        self.play_button = QPushButton(self.tr("&Play"), self)
        self.play_button.clicked.connect(self.toggle_play)
        self.position_slider = SeekSlider(self)
        self.position_slider.setAccessibleName(self.tr("Position"))
        self.position_slider.setRange(0, max(0, data.duration_ms))
        self.position_slider.seek_requested.connect(self.player.setPosition)
        self.position_label = QLabel(self)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(self._playback_state_changed)
        self.player.mediaStatusChanged.connect(self._media_status_changed)
        self._position_changed(0)

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position_slider, 1)
        controls.addWidget(self.position_label)
        # Before/after: the take as the export will sound (noise lowered, voice levelled).
        self.voice_check = QCheckBox(self.tr("Hear the &voice cleaned"), self)
        self.voice_check.setToolTip(
            self.tr("Play the take as the export will sound: room noise lowered, voice levelled")
        )
        self.voice_check.toggled.connect(self._voice_toggled)
        self._preview_folder: Path | None = None
        self._preview: Path | None = None
        self._resume_ms: int | None = None
        controls.addWidget(self.voice_check)
        player_box = QVBoxLayout()
        player_box.addWidget(self.video, 1)
        player_box.addLayout(controls)
        player_box.addWidget(self.timeline)
        player_widget = QWidget(self)
        player_widget.setLayout(player_box)

        # --- chapters ---------------------------------------------------------------------------
        self.table = QTableView(self)
        self.table.setObjectName("chapters")
        self.table.setAccessibleName(self.tr("Chapters"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.seek_to_row(index.row()))
        # One click on a chapter shows it (the teacher checks where it starts).
        self.table.clicked.connect(lambda index: self.seek_to_row(index.row()))

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Chapter text (optional)"))
        self.title_edit.editingFinished.connect(self._rename)
        self.kind_box = QComboBox(self)
        for kind in MarkerKind:
            self.kind_box.addItem(i18n.marker_name(kind), kind)
        self.kind_box.activated.connect(self._retype)
        self.criterion_box = QComboBox(self)
        self.criterion_box.addItem(self.tr("No criterion"), None)
        for c in data.rubric.criteria:
            self.criterion_box.addItem(c.name, c.id)
        self.criterion_box.activated.connect(self._relink)
        self.earlier_button = QPushButton(self.tr("−1 s"), self)
        self.earlier_button.setToolTip(self.tr("Move the chapter one second earlier (Alt+Left)"))
        self.earlier_button.clicked.connect(lambda: self.nudge(-NUDGE_MS))
        self.later_button = QPushButton(self.tr("+1 s"), self)
        self.later_button.setToolTip(self.tr("Move the chapter one second later (Alt+Right)"))
        self.later_button.clicked.connect(lambda: self.nudge(NUDGE_MS))
        self.here_button = QPushButton(self.tr("Move &here"), self)
        self.here_button.setToolTip(self.tr("Start the chapter at the player's position"))
        self.here_button.clicked.connect(self.move_here)
        self.delete_button = QPushButton(self.tr("De&lete chapter"), self)
        self.delete_button.clicked.connect(self.delete_current)
        # Deleting is one key away (Delete), so it can be undone rather than asked about.
        self._deleted: list[Marker] = []
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setToolTip(self.tr("Bring back the chapter deleted last (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setEnabled(False)
        self.add_button = QPushButton(self.tr("&Add chapter here"), self)
        self.add_button.clicked.connect(self.add_here)

        edit_form = QFormLayout()
        title_label = QLabel(self.tr("Chapter &text:"), self)
        title_label.setBuddy(self.title_edit)
        edit_form.addRow(title_label, self.title_edit)
        kind_label = QLabel(self.tr("T&ype:"), self)
        kind_label.setBuddy(self.kind_box)
        edit_form.addRow(kind_label, self.kind_box)
        crit_label = QLabel(self.tr("&Criterion:"), self)
        crit_label.setBuddy(self.criterion_box)
        edit_form.addRow(crit_label, self.criterion_box)
        time_row = QHBoxLayout()
        for b in (self.earlier_button, self.later_button, self.here_button):
            time_row.addWidget(b)
        edit_form.addRow(self.tr("Time:"), time_row)
        chapter_buttons = QHBoxLayout()
        chapter_buttons.addWidget(self.add_button)
        chapter_buttons.addWidget(self.delete_button)
        chapter_buttons.addWidget(self.undo_button)
        chapter_buttons.addStretch(1)

        chapters_box = QGroupBox(self.tr("Chapters"), self)
        cb = QVBoxLayout(chapters_box)
        cb.addWidget(self.table, 1)
        cb.addLayout(edit_form)
        cb.addLayout(chapter_buttons)

        # --- grade and note ----------------------------------------------------------------------
        self.practice_box = QComboBox(self)
        for practice in GradePractice:
            self.practice_box.addItem(i18n.grade_practice_name(practice), practice)
        self.practice_box.setCurrentIndex(self.practice_box.findData(data.grade_practice))
        self.practice_box.currentIndexChanged.connect(self._practice_changed)
        self.grade_edit = QLineEdit(data.grade, self)
        self.grade_edit.setToolTip(self.tr("Stored with the feedback; never drawn into the video"))
        self.note_edit = QPlainTextEdit(data.note, self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("A short note for the student (optional)"))
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        grade_form = QFormLayout()
        practice_label = QLabel(self.tr("&Grade practice:"), self)
        practice_label.setBuddy(self.practice_box)
        grade_form.addRow(practice_label, self.practice_box)
        grade_label = QLabel(self.tr("Gra&de:"), self)
        grade_label.setBuddy(self.grade_edit)
        grade_form.addRow(grade_label, self.grade_edit)
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note_edit)
        grade_form.addRow(note_label, self.note_edit)
        if data.history:
            earlier = QLabel("\n".join(data.history), self)
            earlier.setWordWrap(True)
            grade_form.addRow(self.tr("Earlier feedback:"), earlier)
        grade_box = QGroupBox(self.tr("Grade and note"), self)
        grade_box.setLayout(grade_form)
        self._practice_changed()

        # --- actions -----------------------------------------------------------------------------
        self.retake_button = QPushButton(self.tr("&Retake all"), self)
        self.retake_button.clicked.connect(self.confirm_retake)
        self.continue_button = QPushButton(self.tr("Discard since last pause and contin&ue"), self)
        self.continue_button.clicked.connect(self.confirm_continue)
        self.continue_button.setEnabled(data.continue_support is ContinueSupport.AVAILABLE)
        self.append_button = QPushButton(self.tr("Record &more at the end"), self)
        self.append_button.setToolTip(
            self.tr("Keep all of this take and go on recording after its end")
        )
        self.append_button.clicked.connect(self.append_requested.emit)
        self.append_button.setEnabled(data.continue_support is not ContinueSupport.UNSUPPORTED)
        self.confirm_box: QMessageBox | None = None
        if data.continue_support is ContinueSupport.AVAILABLE:
            self.continue_button.setToolTip(
                self.tr(
                    "Throw away what was recorded after {time} and record on from there"
                ).format(time=i18n.format_clock(data.last_pause_ms))
            )
        elif data.continue_support is ContinueSupport.NO_PAUSE:
            self.continue_button.setToolTip(self.tr("This take was never paused."))
        elif data.continue_support is ContinueSupport.UNSUPPORTED:
            self.continue_button.setToolTip(self.tr("Not possible for this take."))
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.export_button.setToolTip(
            self.tr("Write the video and chapter files for the student (Ctrl+S)")
        )
        self.export_button.clicked.connect(lambda: self.request_export())
        self.export_next_button = QPushButton(self.tr("Export and ne&xt"), self)
        self.export_next_button.setToolTip(
            self.tr("Export, then prepare the next student (Ctrl+Shift+S)")
        )
        self.export_next_button.clicked.connect(lambda: self.request_export(then_next=True))
        self.next_button = QPushButton(self.tr("&Next student"), self)
        self.next_button.clicked.connect(self.next_requested.emit)
        self.back_button = QPushButton(self.tr("&Back to the list"), self)
        self.back_button.setObjectName("reviewBackButton")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        actions = QHBoxLayout()
        actions.addWidget(self.retake_button)
        actions.addWidget(self.continue_button)
        actions.addWidget(self.append_button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        actions.addWidget(self.export_button)
        actions.addWidget(self.export_next_button)
        actions.addWidget(self.back_button)
        actions.addWidget(self.next_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(chapters_box, 1)
        right_layout.addWidget(grade_box)
        # Captions are made in the background as soon as the take is reviewed.
        self.captions_panel = CaptionsPanel(
            data.take_path,
            data.captions_lang,
            data.caption_settings,
            parent=self,
            background=data.background_captions,
        )
        self.captions_panel.seek_requested.connect(self.player.setPosition)
        right_layout.addWidget(self.captions_panel, 1)
        self.captions_panel.start()
        splitter = QSplitter(self)
        splitter.addWidget(player_widget)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        for keys, slot in (
            ("Alt+Left", lambda: self.nudge(-NUDGE_MS)),
            ("Alt+Right", lambda: self.nudge(NUDGE_MS)),
            ("Ctrl+S", lambda: self.request_export()),
            ("Ctrl+Shift+S", lambda: self.request_export(then_next=True)),
            ("Ctrl+P", self.toggle_play),
            ("Ctrl+Z", self.undo_delete),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        self.player.setSource(QUrl.fromLocalFile(str(data.take_path)))
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self._row_changed(self.model.index(-1, 0), self.model.index(-1, 0))

    def _edited(self, *_args: object) -> None:
        self.timeline.set_chapters([m.t_ms for m in self.model.markers])
        self.chapters_edited.emit()

    def _edit_changed(self) -> None:
        self.set_status(self.timeline.describe())
        self._skip_cut(self.player.position())

    # --- results ------------------------------------------------
    @property
    def grade_practice(self) -> GradePractice:
        practice = self.practice_box.currentData()
        return practice if isinstance(practice, GradePractice) else GradePractice.NO_GRADE

    @property
    def grade(self) -> str:
        return "" if self.grade_practice is GradePractice.NO_GRADE else self.grade_edit.text()

    @property
    def grade_text(self) -> str:
        """The grade field as typed, whatever the practice (kept; the export filters it)."""
        return self.grade_edit.text()

    @property
    def edit_plan(self) -> EditPlan:
        """The trims and cuts made on the timeline (all kept when none)."""
        return self.timeline.plan

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        for b in (
            self.export_button,
            self.export_next_button,
            self.retake_button,
            self.continue_button,
            self.next_button,
            self.back_button,
        ):
            b.setEnabled(
                not busy
                and (
                    b is not self.continue_button
                    or self._data.continue_support is ContinueSupport.AVAILABLE
                )
            )

    def stop_playback(self) -> None:
        self.player.stop()
        if self._preview_folder is not None:
            self.player.setSource(QUrl())
            shutil.rmtree(self._preview_folder, ignore_errors=True)  # the folder is our own
            self._preview_folder = None
            self._preview = None

    @property
    def continue_from_ms(self) -> int:
        return self._data.last_pause_ms

    @property
    def discarded_ms(self) -> int:
        """What "discard since the last pause and continue" throws away."""
        return max(0, self._data.duration_ms - self._data.last_pause_ms)

    def confirm_continue(self) -> None:
        """Ask before recorded time is thrown away; continue_requested follows a yes."""
        if self._data.continue_support is not ContinueSupport.AVAILABLE:
            return
        self.player.pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard and continue"),
            self.tr("Discard {time} recorded since the last pause?").format(
                time=i18n.format_clock(self.discarded_ms)
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The video is kept up to {time}; recording goes on from there after the "
                "countdown. Until the new part is finished, the take stays as it is."
            ).format(time=i18n.format_clock(self._data.last_pause_ms))
        )
        discard = box.addButton(self.tr("&Discard and continue"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep the take"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # throwing away recorded time takes a deliberate choice
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is discard:
                self.continue_requested.emit()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def request_export(self, then_next: bool = False) -> None:
        """Export (then_next: and go on to the next student). While the captions are still
        being made an export would leave them out, so the teacher is asked first: export by
        itself once they are ready (the default; the main window holds the export, and the
        teacher can go on), or now without them."""
        if not self.export_button.isEnabled() or self.confirm_box is not None:
            return  # an export is running, or a question is open
        panel = self.captions_panel
        if not panel.busy:
            self._export(then_next)
            return
        downloading = panel.captions.state is CaptionsState.DOWNLOADING
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Captions not ready"),
            (
                self.tr("The speech recognition model is still being downloaded ({percent} %).")
                if downloading
                else self.tr("The captions are still being made ({percent} % done).")
            ).format(percent=panel.percent),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        wait: QPushButton | None = None
        if downloading:
            # The captions start only once the model is here, in this review: nothing to hand
            # on to the main window yet.
            box.setInformativeText(
                self.tr(
                    "The captions are made once the model is here. Export later from this "
                    "review, or now without captions?"
                )
            )
        else:
            box.setInformativeText(
                self.tr(
                    "Export when they are ready (it starts by itself; you can go on working, "
                    "also with the next student), or now without captions?"
                )
            )
            wait = box.addButton(self.tr("&Export when ready"), QMessageBox.ButtonRole.AcceptRole)
        now = box.addButton(
            self.tr("Export &now without captions"), QMessageBox.ButtonRole.ActionRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(wait if wait is not None else cancel)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            self.confirm_box = None
            clicked = box.clickedButton()
            if clicked is now or (clicked is wait and not panel.busy):  # ready meanwhile
                self._export(then_next)
            elif clicked is wait:
                self.export_when_ready_requested.emit(then_next)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def _export(self, then_next: bool) -> None:
        (self.export_next_requested if then_next else self.export_requested).emit()

    def confirm_retake(self) -> None:
        """Ask before the take is recorded again from the start; retake_requested follows a
        yes."""
        if self.confirm_box is not None:
            return
        self.player.pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Retake all"),
            self.tr("Record the feedback for {student} again from the start?").format(
                student=self._data.student_name
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The take you have now ({time}) is replaced when the new one is finished; "
                "until then it stays as it is."
            ).format(time=i18n.format_clock(self._data.duration_ms))
        )
        again = box.addButton(self.tr("&Record again"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep the take"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is again:
                self.retake_requested.emit()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    # --- player ------------------------------------------------
    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _playback_state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("&Pause") if playing else self.tr("&Play"))

    def _media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        # A stopped player shows nothing; paused at 0 it shows the take's first picture.
        if (
            status == QMediaPlayer.MediaStatus.LoadedMedia
            and self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        ):
            self.player.pause()
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._resume_ms is not None:
            self.player.setPosition(self._resume_ms)  # the same moment in the other sound
            self._resume_ms = None

    def _voice_toggled(self, cleaned: bool) -> None:
        if not cleaned:
            self._play_source(self._data.take_path)
        elif self._preview is not None:
            self._play_source(self._preview)
        elif self._preview_folder is None:
            self._preview_folder = Path(tempfile.mkdtemp(prefix="vidfeedback-voice-"))
            self.set_status(self.tr("Preparing the cleaned voice…"))
            maker = _VoicePreview(self)
            maker.ready.connect(self._preview_ready)
            maker.failed.connect(self._preview_failed)
            maker.start(self._data.take_path, self._data.duration_ms, self._preview_folder)

    def _preview_ready(self, path: Path) -> None:
        self._preview = path
        self.set_status("")
        if self.voice_check.isChecked():
            self._play_source(path)

    def _preview_failed(self, message: str) -> None:
        self.set_status(
            self.tr("The cleaned voice could not be prepared: {reason}").format(reason=message)
        )
        self.voice_check.setChecked(False)

    def _play_source(self, path: Path) -> None:
        if self.player.source() == QUrl.fromLocalFile(str(path)):
            return
        self._resume_ms = self.player.position()
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def _skip_cut(self, position_ms: int) -> None:
        """Play past what the teacher cut, at once: the player jumps to the next kept moment,
        or stops where the edited video ends."""
        target = self.timeline.skip_target_ms(position_ms)
        if target is None:
            if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
                self.player.pause()
        elif target != position_ms:
            self.player.setPosition(target)

    def _position_changed(self, position_ms: int) -> None:
        self.timeline.set_position(position_ms)
        self._skip_cut(position_ms)
        if not self.position_slider.isSliderDown():
            self.position_slider.setValue(position_ms)
        self.position_label.setText(
            f"{i18n.format_clock(position_ms)} / {i18n.format_clock(self._data.duration_ms)}"
        )

    def seek_to_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.player.setPosition(self.model.marker(row).t_ms)

    # --- chapter editing -----------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self._row_changed(self.model.index(row, 0), self.model.index(-1, 0))

    def _row_changed(self, current: object, _previous: object) -> None:
        row = self.current_row()
        has = row >= 0
        for w in (
            self.title_edit,
            self.kind_box,
            self.criterion_box,
            self.earlier_button,
            self.later_button,
            self.here_button,
            self.delete_button,
        ):
            w.setEnabled(has)
        if not has:
            self.title_edit.clear()
            return
        m = self.model.marker(row)
        self.title_edit.setText(m.label or "")
        self.kind_box.setCurrentIndex(self.kind_box.findData(m.kind))
        self.criterion_box.setCurrentIndex(max(0, self.criterion_box.findData(m.criterion_id)))

    def _rename(self) -> None:
        row = self.current_row()
        if row >= 0 and (self.model.marker(row).label or "") != self.title_edit.text():
            self._select(self.model.rename(row, self.title_edit.text().strip()))

    def _retype(self, _index: int) -> None:
        row = self.current_row()
        kind = self.kind_box.currentData()
        if row >= 0 and isinstance(kind, MarkerKind):
            self._select(self.model.set_kind(row, kind))

    def _relink(self, _index: int) -> None:
        row = self.current_row()
        if row >= 0:
            data = self.criterion_box.currentData()
            self._select(self.model.relink(row, str(data) if data is not None else None))

    def nudge(self, delta_ms: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.nudge(row, delta_ms))

    def move_here(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.move_to(row, self.player.position()))

    def delete_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            deleted = self.model.delete(row)
            self._deleted.append(deleted)
            self.undo_button.setEnabled(True)
            self.set_status(
                self.tr("Deleted “{title}”; Ctrl+Z brings it back.").format(
                    title=chapter_title(deleted)
                )
            )
            self._select(min(row, self.model.rowCount() - 1))
            if self.model.rowCount() == 0:
                self._row_changed(None, None)

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        row = self.model.restore(self._deleted.pop())
        self.undo_button.setEnabled(bool(self._deleted))
        self.set_status("")
        self._select(row)

    def add_here(self) -> None:
        crit = self.criterion_box.currentData() if self.current_row() >= 0 else None
        row = self.model.add(
            MarkerKind.FEED_BACK, self.player.position(), str(crit) if crit else None
        )
        self._select(row)
        self.title_edit.setFocus()

    def _practice_changed(self, _index: int = 0) -> None:
        self.grade_edit.setEnabled(self.grade_practice is not GradePractice.NO_GRADE)
        if self.grade_practice is GradePractice.IN_VIDEO:
            self.grade_edit.setPlaceholderText(self.tr("The grade you said in the video"))
        elif self.grade_practice is GradePractice.LMS_ONLY:
            self.grade_edit.setPlaceholderText(self.tr("For the LMS; not in the video"))
        else:
            self.grade_edit.setPlaceholderText(self.tr("No grade for this assignment"))
        self.chapters_edited.emit()  # saved at once: the practice is kept per assignment
