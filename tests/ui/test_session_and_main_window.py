from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder
from vidfeedback.model import MarkerKind, Rubric
from vidfeedback.recording.capture.hotkeys import HotkeyAction
from vidfeedback.recording.recorder import EventKind, RecorderEvent
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.i18n import Translations
from vidfeedback.ui.main_window import AppContext, MainWindow
from vidfeedback.ui.pen_overlay import LOOKS, PenOverlay, Stroke, StrokeStyle
from vidfeedback.ui.qt import QApplication, QPoint, QRect
from vidfeedback.ui.record_toolbar import PenMode, RecordingState
from vidfeedback.ui.session import RecordingSession, SessionPhase
from vidfeedback.ui.settings import AppSettings, Language
from vidfeedback.workspace.engine import make_recorder
from vidfeedback.workspace.paths import AppPaths


@dataclass
class Built:
    recorder: ScriptedRecorder | None = None


def _session(qtbot: QtBot, countdown_s: int = 0) -> tuple[RecordingSession, Built]:
    built = Built()

    def factory(on_event: Callable[[Any], None]) -> ScriptedRecorder:
        built.recorder = ScriptedRecorder()
        built.recorder.on_event = on_event  # type: ignore[attr-defined]
        return built.recorder

    session = RecordingSession(
        factory,
        Rubric(),
        QRect(100, 100, 400, 300),
        countdown_s,
        300,
        600,
        AutomationLog(Automation.OFF),
    )
    return session, built


def _style(pen: PenOverlay) -> StrokeStyle:
    return pen.stroke_style  # read afresh each time (mypy would keep the first value)


def test_session_runs_countdown_prepare_record_stop(qtbot: QtBot) -> None:
    session, built = _session(qtbot)
    with qtbot.waitSignal(session.started, timeout=3000):
        session.start()
    rec = built.recorder
    assert rec is not None and rec.log.calls[:2] == ["prepare", "start"]
    assert session.phase is SessionPhase.RECORDING and session.toolbar.isVisible()
    assert not session.toolbar.frameGeometry().intersects(QRect(100, 100, 400, 300))
    # Engine events (from its threads) reach the toolbar through the bridge.
    rec.on_event(RecorderEvent(EventKind.PAUSED))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: session.toolbar.state is RecordingState.PAUSED)
    rec.on_event(RecorderEvent(EventKind.RESUMED))  # type: ignore[attr-defined]
    rec.on_event(RecorderEvent(EventKind.HOTKEY, action=HotkeyAction.TOGGLE_PEN))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: session.toolbar.pen_mode is PenMode.PEN)
    pen = session.pen
    assert pen is not None and pen.drawing_enabled and pen.stroke_style is StrokeStyle.PEN
    # The highlighter's hotkey swaps the tool in hand; pressed again, it puts it down.
    rec.on_event(RecorderEvent(EventKind.HOTKEY, action=HotkeyAction.TOGGLE_HIGHLIGHTER))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: session.toolbar.pen_mode is PenMode.HIGHLIGHTER)
    assert pen.drawing_enabled and _style(pen) is StrokeStyle.HIGHLIGHTER
    pen.stroke_finished.emit(([(1, 1), (2, 2)], StrokeStyle.HIGHLIGHTER))
    pen._strokes.append(Stroke([QPoint(5, 5), QPoint(20, 5)], LOOKS[StrokeStyle.HIGHLIGHTER]))
    rec.on_event(RecorderEvent(EventKind.HOTKEY, action=HotkeyAction.CLEAR_PEN))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: pen.strokes == [])
    assert pen.drawing_enabled  # clearing keeps the tool in hand
    rec.on_event(RecorderEvent(EventKind.HOTKEY, action=HotkeyAction.TOGGLE_HIGHLIGHTER))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: session.toolbar.pen_mode is PenMode.OFF)
    assert not pen.drawing_enabled
    session.toolbar.add_marker(MarkerKind.FEED_BACK)
    with qtbot.waitSignal(session.finished, timeout=3000) as blocker:
        rec.on_event(RecorderEvent(EventKind.STOP_REQUESTED))  # type: ignore[attr-defined]
    take = blocker.args[0]
    assert [m.kind for m in take.markers] == [MarkerKind.FEED_BACK]
    assert not session.toolbar.isVisible()
    session.dispose()


def test_cancelled_countdown_releases_the_devices(qtbot: QtBot) -> None:
    session, built = _session(qtbot, countdown_s=5)
    session.start()
    with qtbot.waitSignal(session.cancelled, timeout=3000):
        session.cancel()
    assert built.recorder is not None and built.recorder.log.calls[-1] == "stop"
    assert "start" not in built.recorder.log.calls
    session.dispose()


def test_main_window_opens_demo_and_switches_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    settings.language = Language.ENGLISH
    translations = Translations(qapp)
    translations.apply(settings.language)

    def recover(_d: Path, _o: Path, _p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
        raise AssertionError("nothing to recover here")

    ctx = AppContext(
        paths=paths,
        settings=settings,
        log=AutomationLog(Automation.OFF),
        make_recorder=make_recorder,
        recover=recover,
        apply_language=lambda: translations.apply(settings.language) and None,
        language_code=lambda: translations.language.value,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.offer_recovery()  # a clean start offers nothing
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    assert window.view is not None and len(window.view.assignment.students) == 3
    assert window.view.record_button.text() == "&Record feedback"
    try:
        settings.language = Language.NORWEGIAN_BOKMAL
        window.retranslate()
        assert window.view.record_button.text() == "&Spill inn tilbakemelding"
        assert window.menuBar().actions()[0].text() == "&Fil"
    finally:
        settings.language = Language.ENGLISH
        translations.apply(Language.ENGLISH)


def test_recent_assignments_are_one_click_away(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, shared_fixtures: Path
) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    folder = shared_fixtures / "handins/plain/8B norsk - drøftende tekst"
    copy = tmp_path / "8B"
    shutil.copytree(folder, copy)
    settings.recent = [copy]

    def recover(_d: Path, _o: Path, _p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
        raise AssertionError("nothing to recover here")

    ctx = AppContext(
        paths=paths,
        settings=settings,
        log=AutomationLog(Automation.OFF),
        make_recorder=make_recorder,
        recover=recover,
        apply_language=lambda: None,
        language_code=lambda: "en",
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    buttons = [a for a in window.recent_bar.actions() if a.text() == "8B"]
    assert len(buttons) == 1
    buttons[0].trigger()
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    assert window.view is not None
    names = [s.display_name for s in window.view.assignment.students]
    assert names == ["Kari Nordmann", "Ola Ødegård", "Åse Berg-Larsen"]
    assert settings.recent[0] == copy.resolve()
    assert not next(a for a in window.recent_bar.actions() if a.text() == "8B").isEnabled()
