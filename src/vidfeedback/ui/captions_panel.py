"""Captions in the review: the worker's progress, the captions as an editable list (a
correction is saved at once), a click on a line seeks the video there."""

from __future__ import annotations

import contextlib
from pathlib import Path

from vidfeedback.captions.job import JobResult
from vidfeedback.captions.vtt import LANGUAGE_CODES
from vidfeedback.workspace.take_captions import (
    BackgroundCaptions,
    CaptionSettings,
    CaptionsState,
    TakeCaptions,
)

from . import i18n
from .qt import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QObject,
    QProgressBar,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)


class _Bridge(QObject):
    """Carries the job's callbacks (on its reader thread) to the GUI thread."""

    progress = Signal(float)
    finished = Signal(object)
    download_progress = Signal(int, int)
    downloaded = Signal(str)


class CaptionsPanel(QGroupBox):
    seek_requested = Signal(int)  # ms

    def __init__(
        self,
        take: Path,
        lang: str,
        settings: CaptionSettings | None = None,
        parent: QWidget | None = None,
        background: BackgroundCaptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captionsPanel")
        self.setTitle(self.tr("Captions"))
        self.captions = TakeCaptions(
            take, lang, settings or CaptionSettings.from_environment(), background
        )
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self._progress)
        self._bridge.finished.connect(self._finished)
        self._bridge.download_progress.connect(self._download_progress)
        self._bridge.downloaded.connect(self._downloaded)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Spoken language"))
        names = {
            "nb": self.tr("Norwegian (bokmål)"),
            "nn": self.tr("Norwegian (nynorsk)"),
            "sv": self.tr("Swedish"),
            "en": self.tr("English"),
        }
        for code in LANGUAGE_CODES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.captions.lang)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.make_button = QPushButton(self.tr("Make captions"), self)
        self.make_button.clicked.connect(self.start)
        self.download_button = QPushButton(self.tr("Download the model"), self)
        self.download_button.clicked.connect(self.download)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Captions progress"))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("captionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Caption")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellClicked.connect(self._clicked)

        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(self.make_button)
        row.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        self._filling = False
        self._show()

    # --- the job --------------------------------------------------------------------------
    def start(self) -> None:
        # The worker goes on when the review closes (the captions are then ready for the next
        # visit); by then the bridge may be gone, and its news has nowhere to go.
        def progress(fraction: float) -> None:
            with contextlib.suppress(RuntimeError):
                self._bridge.progress.emit(fraction)

        def finished(result: JobResult) -> None:
            with contextlib.suppress(RuntimeError):
                self._bridge.finished.emit(result)

        self.captions.start(progress, finished)
        self.bar.setValue(0)
        self._show()

    def download(self) -> None:
        def progress(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):
                self._bridge.download_progress.emit(done, total)

        def finished(problem: str) -> None:
            with contextlib.suppress(RuntimeError):
                self._bridge.downloaded.emit(problem)

        self.bar.setValue(0)
        self.captions.download(progress, finished)
        self._show()

    def _download_progress(self, done: int, total: int) -> None:
        self.bar.setValue(round(100 * done / max(total, 1)))
        self.status.setText(
            self.tr("Downloading the speech recognition model: {done} of {total} MB").format(
                done=round(done / 1e6), total=round(total / 1e6)
            )
        )

    def _downloaded(self, problem: str) -> None:
        self.captions.downloaded(problem)
        if not problem:
            self.start()  # the model is here now: make the captions it was fetched for
        else:
            self._show()

    def _progress(self, fraction: float) -> None:
        self.bar.setValue(round(100 * fraction))

    def _finished(self, result: object) -> None:
        assert isinstance(result, JobResult)
        self.captions.finished(result)
        self._show()

    @property
    def busy(self) -> bool:
        """The model is being downloaded or the captions made: an export now has none."""
        return self.captions.state in (CaptionsState.RUNNING, CaptionsState.DOWNLOADING)

    @property
    def percent(self) -> int:
        """How far the download or the captions are, as the bar shows it."""
        return self.bar.value()

    def _language_changed(self, _index: int) -> None:
        if self.captions.state in (CaptionsState.NONE, CaptionsState.NO_MODEL):
            self.captions.lang = str(self.language.currentData())
            self._show()

    def shutdown(self) -> None:
        """Stop a running worker (the review is closing); nothing half-made is left."""
        self.captions.cancel()

    # --- showing and correcting -----------------------------------------------------------
    def _show(self) -> None:
        state = self.captions.state
        texts = {
            CaptionsState.NONE: self.tr("No captions yet."),
            CaptionsState.NO_MODEL: self.tr(
                "The speech recognition model {model} is not on this computer. Download it "
                "once (it stays on this computer), or set the school's models folder."
            ).format(model=self.captions.model_name()),
            CaptionsState.DOWNLOADING: self.tr("Downloading the speech recognition model…"),
            CaptionsState.RUNNING: self.tr(
                "Making captions in the background; you can go on working."
            ),
            CaptionsState.READY: self.tr(
                "Double-click a caption to correct it; corrections are saved at once."
            ),
            CaptionsState.FAILED: self.tr("The captions could not be made: {problem}").format(
                problem=self.captions.problem
            ),
        }
        self.status.setText(texts[state])
        self.bar.setVisible(state in (CaptionsState.RUNNING, CaptionsState.DOWNLOADING))
        self.download_button.setVisible(
            state is CaptionsState.NO_MODEL and self.captions.can_download()
        )
        self.make_button.setEnabled(state in (CaptionsState.NONE, CaptionsState.NO_MODEL))
        self.language.setEnabled(state in (CaptionsState.NONE, CaptionsState.NO_MODEL))
        self._filling = True
        cues = self.captions.captions.cues if self.captions.captions else []
        self.table.setRowCount(len(cues))
        for i, cue in enumerate(cues):
            when = QTableWidgetItem(i18n.format_clock(cue.start_ms))
            when.setFlags(when.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 0, when)
            self.table.setItem(i, 1, QTableWidgetItem(cue.flat_text))
        self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1 or self.captions.captions is None:
            return
        text = item.text()
        if not text.strip():  # an emptied line keeps its words: delete nothing by accident
            text = self.captions.captions.cues[item.row()].flat_text
        cue = self.captions.correct(item.row(), text)
        self._filling = True
        item.setText(cue.flat_text)
        self._filling = False

    def _clicked(self, row: int, _column: int) -> None:
        if self.captions.captions and 0 <= row < len(self.captions.captions.cues):
            self.seek_requested.emit(self.captions.captions.cues[row].start_ms)
