"""Recording a window that moves: the session asks where the window is, moves the recorded area
with it (same size, clamped to the screen), brings the pen overlay and the toolbar along, and
tells the teacher once when the window is closed or minimised. The window and the recorder are
stand-ins here; tests/ui/test_windows.py asks a real X server, and
tests/e2e/test_follow_window.py records a moved window with the real app."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder, Take
from vidfeedback.model import Rubric
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.windows import WindowPlace, WindowState
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.i18n import Translations
from vidfeedback.ui.main_window import AppContext, MainWindow
from vidfeedback.ui.qt import QApplication, QRect
from vidfeedback.ui.record_toolbar import PenMode
from vidfeedback.ui.review import AudioPlayback
from vidfeedback.ui.session import MASK_MARGIN, RecordingSession, SessionPhase
from vidfeedback.ui.settings import (
    AppSettings,
    AudioMode,
    CaptureChoice,
    CaptureKind,
    Language,
    OpenStudentFile,
)
from vidfeedback.workspace.engine import TakeSpec
from vidfeedback.workspace.paths import AppPaths

TITLE = "Essay.docx – Writer"
START = (100, 100, 400, 300)


class MovingWindow:
    """The recorded window, put where the test says."""

    def __init__(self, rect_px: tuple[int, int, int, int]) -> None:
        self.now = WindowPlace(WindowState.SHOWN, rect_px)
        self.asked = 0
        self.closed = False

    @property
    def title(self) -> str:
        return TITLE

    def place(self) -> WindowPlace:
        self.asked += 1
        return self.now

    def close(self) -> None:
        self.closed = True

    def move(self, x: int, y: int, width: int = START[2], height: int = START[3]) -> None:
        self.now = WindowPlace(WindowState.SHOWN, (x, y, width, height))

    def hide(self, state: WindowState) -> None:
        self.now = WindowPlace(state)


@dataclass
class Events:
    stream: io.StringIO = field(default_factory=io.StringIO)

    def named(self, name: str) -> list[dict[str, Any]]:
        lines = [json.loads(line) for line in self.stream.getvalue().splitlines()]
        return [e for e in lines if e["event"] == name]


@dataclass
class Started:
    session: RecordingSession
    recorder: ScriptedRecorder
    window: MovingWindow
    events: Events


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.apply(Language.NORWEGIAN_BOKMAL)
    try:
        yield
    finally:
        translations.apply(Language.ENGLISH)


def _start(qtbot: QtBot, window: MovingWindow) -> Started:
    events = Events()
    built: list[ScriptedRecorder] = []

    def factory(_on_event: Callable[[Any], None]) -> ScriptedRecorder:
        built.append(ScriptedRecorder())
        return built[0]

    session = RecordingSession(
        factory,
        Rubric(),
        QRect(*START),
        0,
        300,
        600,
        AutomationLog(Automation.LOG, events.stream),
        window=window,
    )
    with qtbot.waitSignal(session.started, timeout=3000):
        session.start()
    return Started(session, built[0], window, events)


def _px(rect: QRect) -> tuple[int, int, int, int]:
    return rect.x(), rect.y(), rect.width(), rect.height()


def _inner(masked: Region) -> Region:
    """A masked area without the session's margin (the offscreen screen is at 100 %)."""
    m = MASK_MARGIN
    return Region(masked.x + m, masked.y + m, masked.width - 2 * m, masked.height - 2 * m)


def _wait_for_move(qtbot: QtBot, rec: ScriptedRecorder, x: int, y: int) -> None:
    qtbot.waitUntil(lambda: rec.log.moves[-1:] == [(x, y)], timeout=2000)


def test_the_recording_follows_the_window_and_the_overlays_come_along(qtbot: QtBot) -> None:
    started = _start(qtbot, MovingWindow(START))
    session, rec, window = started.session, started.recorder, started.window
    # Asked where the window is before the first frame, then a few times a second.
    assert rec.log.calls == ["prepare", "move", "start"]
    assert rec.log.moves == [(100, 100)]
    toolbar = session.toolbar
    assert not toolbar.frameGeometry().intersects(QRect(*START))
    session.toolbar.toggle_pen_mode(PenMode.PEN)
    pen = session.pen
    assert pen is not None and pen.geometry() == QRect(*START)

    # Moved onto where the toolbar was: the area, the pen overlay (with its strokes) and the
    # toolbar move; the toolbar stays outside what is recorded.
    toolbar_before = toolbar.frameGeometry()
    window.move(100, 400)
    _wait_for_move(qtbot, rec, 100, 400)
    assert rec.region == Region(100, 400, 400, 300)
    assert pen.geometry() == QRect(100, 400, 400, 300)
    assert toolbar_before.intersects(QRect(100, 400, 400, 300))
    assert not toolbar.frameGeometry().intersects(QRect(100, 400, 400, 300))
    moved = started.events.named("capture_moved")[-1]
    assert moved["window"] == [100, 400] and moved["region"] == [100, 400, 400, 300]
    # The toolbar's new place was hidden in the picture before it moved there, and its old
    # place stays hidden until the screen under it has been repainted.
    masked = rec.log.masked[-1]
    assert Region(*_px(toolbar.frameGeometry())) in [_inner(r) for r in masked]
    assert Region(*_px(toolbar_before)) in [_inner(r) for r in masked]
    qtbot.waitUntil(lambda: len(rec.log.masked[-1]) == 1, timeout=3000)

    # A window pushed partly off the screen: the recorded area is clamped onto it (same size),
    # the pen overlay stays on the window itself.
    window.move(600, 100)
    _wait_for_move(qtbot, rec, 600, 100)
    assert rec.region == Region(400, 100, 400, 300)
    assert pen.geometry() == QRect(600, 100, 400, 300)
    assert not toolbar.frameGeometry().intersects(QRect(400, 100, 400, 300))

    # Resized: the recording keeps the size it started with, at the window's corner.
    window.move(50, 60, 700, 500)
    _wait_for_move(qtbot, rec, 50, 60)
    assert (rec.region.width, rec.region.height) == (400, 300)

    # Still: no more moves are asked for, and the toolbar does not jump around.
    asked, moves, where = window.asked, len(rec.log.moves), toolbar.frameGeometry()
    qtbot.waitUntil(lambda: window.asked >= asked + 3, timeout=2000)
    assert len(rec.log.moves) == moves and toolbar.frameGeometry() == where
    assert started.events.named("warning") == []

    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    asked = window.asked
    qtbot.wait(200)
    assert window.asked == asked  # no more asking after the stop
    session.dispose()
    assert window.closed


@pytest.mark.parametrize("state", [WindowState.HIDDEN, WindowState.GONE])
def test_a_closed_or_minimised_window_is_told_once_and_its_last_area_recorded(
    qtbot: QtBot, state: WindowState
) -> None:
    started = _start(qtbot, MovingWindow(START))
    session, rec, window = started.session, started.recorder, started.window
    window.move(150, 120)
    _wait_for_move(qtbot, rec, 150, 120)
    moves = len(rec.log.moves)
    window.hide(state)
    notice = session.toolbar.notice
    qtbot.waitUntil(lambda: bool(notice.text()), timeout=2000)
    assert notice.text() == (
        f"The window “{TITLE}” was closed or minimised. Recording goes on with the area where "
        "it was last."
    )
    asked = window.asked
    qtbot.waitUntil(lambda: window.asked >= asked + 4, timeout=2000)
    warnings = started.events.named("warning")
    assert [w["code"] for w in warnings] == ["window_gone"]  # once, not at every look
    assert len(rec.log.moves) == moves and rec.region.x == 150  # the last area goes on
    assert session.phase is SessionPhase.RECORDING

    # Back again (restored from the taskbar): followed again, the notice goes.
    window.move(300, 200)
    _wait_for_move(qtbot, rec, 300, 200)
    assert notice.text() == ""
    assert started.events.named("window_back")
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    session.dispose()


def test_the_notice_is_in_bokmal(qtbot: QtBot, bokmal: None) -> None:
    window = MovingWindow(START)
    window.hide(WindowState.GONE)
    started = _start(qtbot, window)
    notice = started.session.toolbar.notice
    assert notice.isVisible()  # gone before the first frame: said at once
    assert notice.text() == (
        f"Vinduet «{TITLE}» ble lukket eller minimert. Opptaket fortsetter med området der det "
        "sist var."
    )
    assert started.recorder.log.moves == []  # recorded where it was chosen
    with qtbot.waitSignal(started.session.finished, timeout=3000):
        started.session.stop()
    started.session.dispose()


def test_a_chosen_window_id_is_kept_for_this_run_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = AppSettings(path)
    settings.capture = CaptureChoice(CaptureKind.WINDOW, 1, START, TITLE, 0x2A00007)
    assert settings.capture.window_id == 0x2A00007
    settings.sync()
    assert str(0x2A00007) not in path.read_text()
    again = AppSettings(path)  # the next start of the app: looked up by title then
    assert again.capture == CaptureChoice(CaptureKind.WINDOW, 1, START, TITLE, 0)
    settings.capture = CaptureChoice(CaptureKind.REGION, 1, START)
    assert settings.capture.window_id == 0


class FinishingRecorder(ScriptedRecorder):
    """Stops into the file it was asked to write, like the engine (the review plays it)."""

    def __init__(self, spec: TakeSpec, video: Path) -> None:
        super().__init__()
        self.spec = spec
        self.video = video

    def stop(self, progress: Callable[[float], None] | None = None) -> Take:
        self.log.calls.append("stop")
        shutil.copy(self.video, self.spec.out_path)
        return Take(self.spec.out_path, 4000, [])


def test_the_main_window_follows_the_chosen_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    settings.language = Language.ENGLISH
    settings.audio_mode = AudioMode.NO_AUDIO
    settings.countdown_s = 0
    settings.open_student_file = OpenStudentFile.NEVER
    settings.capture = CaptureChoice(CaptureKind.WINDOW, 1, START, TITLE, 77)
    Translations(qapp).apply(settings.language)
    watched: list[tuple[int, str]] = []
    recorders: list[ScriptedRecorder] = []
    moving = MovingWindow((250, 140, 400, 300))  # moved since it was chosen

    def watch(window_id: int, title: str) -> MovingWindow:
        watched.append((window_id, title))
        return moving

    def make(spec: TakeSpec, _on_event: Callable[[Any], None]) -> ScriptedRecorder:
        recorders.append(FinishingRecorder(spec, small_take))
        return recorders[-1]

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
        watch_window=watch,
    )
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.open_demo()
    qtbot.waitUntil(lambda: main.view is not None, timeout=5000)
    assert main.assignment is not None
    main._begin_take(main.assignment.students[0].key)
    qtbot.waitUntil(lambda: main.session is not None and main.session.toolbar.isVisible())
    assert watched == [(77, TITLE)]
    assert recorders[0].log.calls[:3] == ["prepare", "move", "start"]
    assert recorders[0].log.moves[0] == (250, 140)  # where the window is now
    session = main.session
    assert session is not None
    assert not session.toolbar.frameGeometry().intersects(QRect(250, 140, 400, 300))
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    qtbot.waitUntil(lambda: main.session is None, timeout=5000)
    assert moving.closed
    if main.review is not None:
        main.review.stop_playback()
