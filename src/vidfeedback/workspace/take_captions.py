"""The captions of the take under review, Qt-free: whether they exist, which model makes them,
starting the background worker, and keeping the teacher's corrections.

The captions file beside the take (TAKE.captions.vtt) is the record: a correction rewrites it
at once (atomically), so it survives a crash, a restart and the export.
"""

from __future__ import annotations

import enum
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vidfeedback.captions.cues import Cue, retime_edit
from vidfeedback.captions.job import CaptionJob, JobResult, JobState
from vidfeedback.captions.models import (
    DEFAULT_SIZE,
    HUB_URL,
    DownloadError,
    ModelSize,
    download_model,
    entry_for,
    entry_named,
    find_model,
)
from vidfeedback.captions.vtt import (
    Captions,
    CaptionsFileError,
    captions_path_for,
    read_captions,
    write_captions,
)

# An offline install can point every teacher's app at a shared folder of models.
MODELS_FOLDER_ENV = "VIDFEEDBACK_MODELS"


class CaptionsState(enum.Enum):
    NONE = "none"  # not made yet
    NO_MODEL = "no_model"  # the model is not on this machine
    DOWNLOADING = "downloading"
    RUNNING = "running"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True)
class CaptionSettings:
    model: str | None = None  # a catalogue name or a folder; None: the language's default
    size: ModelSize = DEFAULT_SIZE
    models_folder: Path | None = None
    hub_url: str = HUB_URL
    cache_dir: Path | None = None  # None: the platform's cache folder

    @classmethod
    def from_environment(cls) -> CaptionSettings:
        folder = os.environ.get(MODELS_FOLDER_ENV)
        return cls(models_folder=Path(folder) if folder else None)

    @classmethod
    def chosen(cls, size: ModelSize, models_folder: Path | None) -> CaptionSettings:
        """The teacher's choices (Settings), the folder falling back to the school's
        VIDFEEDBACK_MODELS when none was chosen."""
        return cls(size=size, models_folder=models_folder or cls.from_environment().models_folder)


class BackgroundCaptions:
    """The caption jobs of this app, held still while a take is recorded.

    At idle priority the worker still slowed a recording on a loaded 2-core machine (late frames
    1.5 -> 6.9 %: shared caches and hyper-threads are not shared out by the scheduler), so the app
    pauses every job for the length of a take and lets them go on afterwards."""

    def __init__(self) -> None:
        self._jobs: list[CaptionJob] = []
        self.recording = False

    def running_for(self, media: Path) -> CaptionJob | None:
        """The job still making this take's captions, if any."""
        return next((j for j in self._jobs if j.media == media and not j.finished), None)

    def add(self, job: CaptionJob) -> None:
        self._jobs = [j for j in self._jobs if j.result.state is JobState.RUNNING]
        self._jobs.append(job)
        if self.recording:
            job.pause()

    def pause_all(self) -> None:
        self.recording = True
        for job in self._jobs:
            job.pause()

    def resume_all(self) -> None:
        self.recording = False
        for job in self._jobs:
            job.resume()


class TakeCaptions:
    def __init__(
        self,
        take: Path,
        lang: str,
        settings: CaptionSettings,
        background: BackgroundCaptions | None = None,
    ) -> None:
        self.take = take
        self.lang = lang
        self.settings = settings
        self.background = background
        self.path = captions_path_for(take)
        self.captions: Captions | None = None
        self.state = CaptionsState.NONE
        self.job: CaptionJob | None = None
        self.problem = ""
        self.reload()

    def reload(self) -> None:
        if not self.path.is_file():
            return
        try:
            self.captions = read_captions(self.path)
        except (CaptionsFileError, OSError) as exc:
            self.state, self.problem = CaptionsState.FAILED, str(exc)
            return
        self.lang = self.captions.lang
        self.state = CaptionsState.READY

    def model_name(self) -> str:
        return self.settings.model or entry_for(self.lang, self.settings.size).name

    def model_folder(self) -> Path | None:
        return find_model(
            self.model_name(),
            models_folder=self.settings.models_folder,
            cache_dir=self.settings.cache_dir,
        )

    def can_download(self) -> bool:
        return entry_named(self.model_name()) is not None

    def download(
        self,
        on_progress: Callable[[int, int], None],
        on_finished: Callable[[str], None],
    ) -> None:
        """Fetch the model on a thread of its own; on_finished("") when done, else the reason.
        An interrupted download continues where it stopped next time."""
        entry = entry_named(self.model_name())
        if entry is None:
            on_finished(f"{self.model_name()} is not a model this app can download")
            return
        self.state = CaptionsState.DOWNLOADING

        def run() -> None:
            try:
                download_model(entry, self.settings.cache_dir, on_progress, self.settings.hub_url)
            except DownloadError as exc:
                on_finished(str(exc))
                return
            on_finished("")

        threading.Thread(target=run, name="model-download", daemon=True).start()

    def downloaded(self, problem: str) -> None:
        """Take the download's outcome (call on the thread that owns this object)."""
        if problem:
            self.state, self.problem = CaptionsState.FAILED, problem
        else:
            self.state = CaptionsState.NONE

    def start(
        self,
        on_progress: Callable[[float], None] | None = None,
        on_finished: Callable[[JobResult], None] | None = None,
    ) -> CaptionsState:
        """Start the worker unless captions exist or the model is missing."""
        if self.state in (CaptionsState.READY, CaptionsState.RUNNING, CaptionsState.DOWNLOADING):
            return self.state
        running = self.background.running_for(self.take) if self.background else None
        if running is not None:
            # Still making them from an earlier visit: follow that job, never start a second
            # one writing the same file.
            self.state = CaptionsState.RUNNING
            self.job = running
            running.listen(on_progress, on_finished)
            return self.state
        folder = self.model_folder()
        if folder is None:
            self.state = CaptionsState.NO_MODEL
            return self.state
        name = folder.name if Path(self.model_name()).expanduser().is_dir() else self.model_name()
        self.state = CaptionsState.RUNNING
        self.job = CaptionJob(
            self.take, folder, self.lang, self.path,
            model_name=name, on_progress=on_progress, on_finished=on_finished,
        )  # fmt: skip
        if self.background is not None:
            self.background.add(self.job)
        return self.state

    def finished(self, result: JobResult) -> None:
        """Take the worker's result (call on the thread that owns this object)."""
        self.job = None
        if result.problem is not None:
            self.state, self.problem = CaptionsState.FAILED, result.problem.message
            return
        self.reload()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        if self.state is CaptionsState.RUNNING:
            self.state = CaptionsState.NONE

    def correct(self, index: int, text: str) -> Cue:
        """The teacher's text for cue `index`, kept in the captions file at once."""
        if self.captions is None:
            raise ValueError("there are no captions to correct")
        cues = list(self.captions.cues)
        cues[index] = retime_edit(cues[index], text, self.captions.lang)
        updated = Captions(self.captions.lang, cues, self.captions.model)
        write_captions(self.path, updated, replace=True)
        self.captions = updated
        return cues[index]
