"""The review's "discard since the last pause and continue", through the main window: the
question, the recording that continues the take, and the take it replaces."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder, Take
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.markers_file import markers_sidecar_path, write_markers_sidecar
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.i18n import Translations
from vidfeedback.ui.main_window import AppContext, MainWindow
from vidfeedback.ui.qt import QApplication
from vidfeedback.ui.review import AudioPlayback
from vidfeedback.ui.settings import AppSettings, AudioMode, Language, OpenStudentFile
from vidfeedback.workspace.engine import TakeSpec
from vidfeedback.workspace.paths import AppPaths
from vidfeedback.workspace.take_planning import ContinueSupport
from vidfeedback.workspace.work_state import StudentStatus


@dataclass
class Continued:
    """What the main window asked the engine for."""

    spec: TakeSpec | None = None
    recorder: ScriptedRecorder | None = None


class FinishingRecorder(ScriptedRecorder):
    """Stops into the file it was asked to write, like the engine."""

    def __init__(self, spec: TakeSpec, video: Path) -> None:
        super().__init__()
        self.spec = spec
        self.video = video

    def stop(self, progress: Callable[[float], None] | None = None) -> Take:
        self.log.calls.append("stop")
        shutil.copy(self.video, self.spec.out_path)
        markers = [Marker(MarkerKind.FEED_UP, 500), Marker(MarkerKind.FEED_BACK, 2400)]
        return Take(self.spec.out_path, 4000, markers)


def _window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, built: Continued, video: Path
) -> tuple[MainWindow, AppSettings]:
    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    settings.language = Language.ENGLISH
    settings.audio_mode = AudioMode.NO_AUDIO
    settings.countdown_s = 0
    settings.open_student_file = OpenStudentFile.NEVER
    translations = Translations(qapp)
    translations.apply(settings.language)

    def make(spec: TakeSpec, _on_event: Callable[[Any], None]) -> FinishingRecorder:
        built.spec = spec
        built.recorder = FinishingRecorder(spec, video)
        return built.recorder

    def recover(_d: Path, _o: Path, _p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
        raise AssertionError("nothing to recover here")

    ctx = AppContext(
        paths=paths,
        settings=settings,
        log=AutomationLog(Automation.OFF),
        make_recorder=make,
        recover=recover,
        apply_language=lambda: None,
        language_code=lambda: "en",
        review_audio=AudioPlayback.OFF,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    return window, settings


def recorded_take(
    window: MainWindow, video: Path, duration_ms: int, markers: list[Marker]
) -> tuple[str, Path]:
    """The first student recorded: a copy of video in the app's takes folder with its markers
    file (never paused), as the engine leaves a finished take; their key and the take."""
    assert window.assignment is not None and window.work is not None
    key = window.assignment.students[0].key
    folder = window.ctx.paths.takes_dir / "x" / key
    folder.mkdir(parents=True)
    take = Path(shutil.copy(video, folder / "take-1.mp4"))
    write_markers_sidecar(take, markers, duration_ms, [])
    record = window.work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(take)
    record.duration_ms = duration_ms
    return key, take


def test_review_continues_the_take_from_its_last_pause(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    built = Continued()
    window, _settings = _window(qtbot, qapp, tmp_path, built, small_take)
    assert window.assignment is not None and window.work is not None
    key = window.assignment.students[0].key
    # A finished take in the app's takes folder, paused at 1.5 s, one chapter renamed in review.
    folder = window.ctx.paths.takes_dir / "x" / key
    folder.mkdir(parents=True)
    take = Path(shutil.copy(small_take, folder / "take-1.mp4"))
    engine_markers = [Marker(MarkerKind.FEED_UP, 500), Marker(MarkerKind.FEED_BACK, 2500)]
    write_markers_sidecar(take, engine_markers, 4000, [1500])
    record = window.work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(take)
    record.duration_ms = 4000
    record.markers = [Marker(MarkerKind.FEED_UP, 500, None, "Renamed"), engine_markers[1]]
    window.show_review(key)
    review = window.review
    assert review is not None
    assert review.continue_button.isEnabled()

    review.continue_button.click()
    box = review.confirm_box
    assert box is not None and box.text() == "Discard 0:02 recorded since the last pause?"
    discard = next(b for b in box.buttons() if b.text() == "&Discard and continue")
    discard.click()

    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    session = window.session
    assert session is not None and built.spec is not None
    request = built.spec.continue_from
    assert request is not None
    assert request.take == take and request.pause_ms == 1500
    assert request.markers == record.markers  # as edited in the review
    assert built.spec.out_path != take  # a new file: the take stays until the new one is done
    assert built.spec.out_path.is_relative_to(window.ctx.paths.takes_dir)
    qtbot.waitUntil(lambda: built.recorder is not None and "start" in built.recorder.log.calls)

    session.stop()
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    # The continued take replaces the old one, whose files were the app's own.
    assert window.work.record(key).take_path == str(built.spec.out_path)
    assert not take.exists() and not markers_sidecar_path(take).exists()
    assert window.review is not None
    assert window.review._data.continue_support is ContinueSupport.UNSUPPORTED  # a fake take
    window.review.stop_playback()


def test_a_take_outside_the_apps_folder_is_never_removed(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    built = Continued()
    window, _settings = _window(qtbot, qapp, tmp_path, built, small_take)
    assert window.assignment is not None and window.work is not None
    key = window.assignment.students[0].key
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    take = Path(shutil.copy(small_take, elsewhere / "take.mp4"))
    write_markers_sidecar(take, [], 4000, [1500])
    record = window.work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(take)
    record.duration_ms = 4000
    window.show_review(key)
    assert window.review is not None
    window.continue_take()
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    assert window.session is not None
    qtbot.waitUntil(lambda: built.recorder is not None and "start" in built.recorder.log.calls)
    window.session.stop()
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    assert take.exists() and markers_sidecar_path(take).exists()
    assert window.review is not None
    window.review.stop_playback()


def test_record_more_at_the_end_keeps_the_whole_take(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    """After a stop (no pause needed): the new recording is asked to follow the take's end."""
    built = Continued()
    window, _settings = _window(qtbot, qapp, tmp_path, built, small_take)
    assert window.assignment is not None and window.work is not None
    key = window.assignment.students[0].key
    folder = window.ctx.paths.takes_dir / "x" / key
    folder.mkdir(parents=True)
    take = Path(shutil.copy(small_take, folder / "take-1.mp4"))
    markers = [Marker(MarkerKind.FEED_UP, 500), Marker(MarkerKind.FEED_BACK, 2500)]
    write_markers_sidecar(take, markers, 4000, [])
    record = window.work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(take)
    record.duration_ms = 4000
    record.markers = list(markers)
    window.show_review(key)
    review = window.review
    assert review is not None
    assert not review.continue_button.isEnabled()  # never paused
    assert review.append_button.isEnabled()

    review.append_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    assert built.spec is not None
    request = built.spec.continue_from
    assert request is not None
    assert request.take == take and request.pause_ms == 4000
    assert request.markers == markers
    assert built.spec.out_path != take
    assert take.exists()  # kept until the joined take is finished
    qtbot.waitUntil(lambda: built.recorder is not None and "start" in built.recorder.log.calls)
    session = window.session
    assert session is not None
    session.stop()
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    assert window.work.record(key).take_path == str(built.spec.out_path)
    assert window.review is not None
    window.review.stop_playback()


def test_export_writes_the_video_as_cut_on_the_timeline(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Review → cut a stretch on the timeline → Export: the exported video is the edited one
    (shorter by the cut, chapters moved, the one in the cut left out and counted), the take
    itself stays as it was."""
    from support.realstack import decode_problems, ffprobe
    from support.synthetic_take import TakeSpec as SyntheticTake
    from support.synthetic_take import make_take
    from vidfeedback.export.voice import VoiceMode

    built = Continued()
    source = make_take(tmp_path / "source.mp4", SyntheticTake(6.0, frame_interval_ms=100))
    window, settings = _window(qtbot, qapp, tmp_path, built, source)
    settings.voice = VoiceMode.CLEAN
    assert window.assignment is not None and window.work is not None
    key = window.assignment.students[0].key
    folder = window.ctx.paths.takes_dir / "x" / key
    folder.mkdir(parents=True)
    take = Path(shutil.copy(source, folder / "take-1.mp4"))
    before = take.read_bytes()
    markers = [
        Marker(MarkerKind.FEED_UP, 500),
        Marker(MarkerKind.FEED_BACK, 2500),  # in the cut
        Marker(MarkerKind.FEED_FORWARD, 4500),
    ]
    write_markers_sidecar(take, markers, 6000, [])
    record = window.work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(take)
    record.duration_ms = 6000
    record.markers = list(markers)
    window.show_review(key)
    review = window.review
    assert review is not None
    review.timeline.selection = (2000, 3500)
    assert review.timeline.cut_selection()

    review.export_button.click()
    qtbot.waitUntil(lambda: window.work is not None and bool(record.exported_video), timeout=60_000)
    video = Path(record.exported_video)
    assert decode_problems(video) == ""
    probe = ffprobe(video)
    assert float(probe["format"]["duration"]) == pytest.approx(4.5, abs=1 / 30)
    starts = [round(float(c["start_time"]) * 1000) for c in probe["chapters"]]
    assert starts == [0, 500, 3000]  # Start, feed up, feed forward moved back by 1.5 s
    assert "1 chapters were in cut stretches" in review.status.text()
    assert take.read_bytes() == before
    # The edited copy was only the export's input: nothing of it is left beside the take.
    assert sorted(p.name for p in folder.iterdir()) == ["take-1.markers.json", "take-1.mp4"]
    review.stop_playback()
