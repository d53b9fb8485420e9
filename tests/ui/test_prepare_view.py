# mypy: disable-error-code="no-untyped-call"
"""Prepare, then record: the preparation view, planned points while recording, and the main
window's flow (list → prepare → record → review → back to the list), with remembered choices."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder, Take
from vidfeedback.model import Criterion, Marker, MarkerKind, Rubric, Student, Submission
from vidfeedback.recording.capture.microphone import InputDevice
from vidfeedback.recording.capture.windows import WindowInfo
from vidfeedback.recording.recorder import EventKind, RecorderEvent
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.capture_picker import CapturePicker
from vidfeedback.ui.i18n import Translations
from vidfeedback.ui.main_window import AppContext, MainWindow, screen_layout
from vidfeedback.ui.mic_check import microphone_signature
from vidfeedback.ui.prepare_view import FileViewer, PrepareView
from vidfeedback.ui.qt import QApplication, QRect, Qt, QUrl
from vidfeedback.ui.review import AudioPlayback
from vidfeedback.ui.session import RecordingSession, SessionPhase
from vidfeedback.ui.settings import (
    AppSettings,
    AudioMode,
    CaptureChoice,
    CaptureKind,
    Language,
    OpenStudentFile,
)
from vidfeedback.ui.settings_dialog import SettingsDialog
from vidfeedback.workspace.comment_bank import BankComment, CommentBank
from vidfeedback.workspace.engine import TakeSpec
from vidfeedback.workspace.paths import AppPaths
from vidfeedback.workspace.planned_points import PlannedPoint, PlanStore

RUBRIC = Rubric(
    "Essay",
    [
        Criterion("c1", "Thesis", "A clear position", (("Low", "Unclear"), ("High", "Sharp"))),
        Criterion("c2", "Sources", "Named and used"),
    ],
)
THESIS = PlannedPoint("The thesis comes late", MarkerKind.FEED_BACK, "c1")
SOURCES = PlannedPoint("Name your sources", MarkerKind.FEED_FORWARD, "c2")


class Events:
    def __init__(self) -> None:
        self.stream = io.StringIO()

    def named(self, name: str) -> list[dict[str, Any]]:
        lines = self.stream.getvalue().splitlines()
        return [e for e in map(json.loads, lines) if e["event"] == name]


def _student(tmp_path: Path) -> Student:
    folder = tmp_path / "handin" / "Kari Nordmann"
    folder.mkdir(parents=True)
    essay = folder / "essay.txt"
    essay.write_text("My essay.\nSecond line.", encoding="utf-8")
    picture = folder / "drawing.bin"
    picture.write_bytes(b"\x89PNG\x00\x00binary")
    return Student(
        "Kari Nordmann",
        "kari",
        submissions=[
            Submission(essay, "Kari Nordmann/essay.txt"),
            Submission(picture, "Kari Nordmann/drawing.bin"),
        ],
    )


def _bank(tmp_path: Path) -> CommentBank:
    root = tmp_path / "handin"
    root.mkdir(exist_ok=True)
    return CommentBank(tmp_path / "data", tmp_path / "data" / "assignments", root)


def test_planned_points_are_typed_ordered_removed_and_kept_in_the_bank(
    qtbot: QtBot, tmp_path: Path
) -> None:
    student = _student(tmp_path)
    bank = _bank(tmp_path)
    bank.add(BankComment("Say where you are going first.", MarkerKind.FEED_UP, "thesis"))
    bank.add(BankComment("Use paragraphs.", MarkerKind.FEED_FORWARD, "Structure"))
    view = PrepareView(
        student, None, RUBRIC, [THESIS], bank, CaptureChoice(), None, lambda _u: True
    )
    qtbot.addWidget(view)
    plans: list[tuple[str, list[PlannedPoint]]] = []
    view.plan_changed.connect(lambda key, points: plans.append((key, points)))
    assert view.point_list.item(0).text() == "Feed back · Thesis: The thesis comes late"
    # The rubric with its levels.
    thesis = view.rubric_tree.topLevelItem(0)
    assert thesis is not None and thesis.childCount() == 2
    level = thesis.child(1)
    assert level is not None and level.text(1) == "Sharp"

    # Type a point: text, type and criterion; Enter adds it.
    view.kind_box.setCurrentIndex(view.kind_box.findData(MarkerKind.FEED_FORWARD.value))
    view.criterion_box.setCurrentIndex(view.criterion_box.findData("c2"))
    view.point_text.setText("Name your sources")
    qtbot.keyClick(view.point_text, Qt.Key.Key_Return)
    assert view.points == [THESIS, SOURCES]
    assert plans[-1] == ("kari", [THESIS, SOURCES])
    assert view.point_text.text() == ""
    # Only that criterion's comments are offered (here none), all when no criterion is chosen.
    assert view.bank_list.count() == 0
    view.criterion_box.setCurrentIndex(0)
    assert view.bank_list.count() == 2
    view.criterion_box.setCurrentIndex(view.criterion_box.findData("c1"))
    assert view.bank_list.count() == 1
    # A comment from the bank joins the plan with this rubric's criterion of that name.
    item = view.bank_list.item(0)
    view.bank_list.itemActivated.emit(item)
    assert view.points[-1] == PlannedPoint(
        "Say where you are going first.", MarkerKind.FEED_UP, "c1"
    )
    # Reorder and remove.
    view.point_list.setCurrentRow(2)
    view.up_button.click()
    assert [p.text for p in view.points] == [
        "The thesis comes late",
        "Say where you are going first.",
        "Name your sources",
    ]
    assert view.point_list.currentRow() == 1
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.point_list.setFocus()
    qtbot.waitUntil(view.point_list.hasFocus)
    qtbot.keyClick(view.point_list, Qt.Key.Key_Delete)
    assert view.points == [THESIS, SOURCES]
    # Keep a typed point for later assignments.
    view.point_list.setCurrentRow(1)
    view.keep_button.click()
    assert BankComment("Name your sources", MarkerKind.FEED_FORWARD, "Sources") in bank.offered(
        "Sources"
    )
    view.criterion_box.setCurrentIndex(view.criterion_box.findData("c2"))
    assert view.bank_list.count() == 1
    view.forget_button.click()
    assert bank.offered("Sources") == []


def test_record_and_back_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    view = PrepareView(
        _student(tmp_path),
        None,
        RUBRIC,
        [],
        _bank(tmp_path),
        CaptureChoice(),
        None,
        lambda _u: True,
    )
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.record_button.setFocus()
    qtbot.waitUntil(view.record_button.hasFocus)
    with qtbot.waitSignal(view.record_requested) as rec:
        qtbot.keyClick(view.record_button, Qt.Key.Key_Return)
    assert rec.args == ["kari"]
    view.point_list.setFocus()
    qtbot.waitUntil(view.point_list.hasFocus)
    with qtbot.waitSignal(view.record_requested):
        qtbot.keyClick(view.point_list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.point_list, Qt.Key.Key_Escape)


def test_the_window_a_file_opens_in_is_offered_as_what_to_record(
    qtbot: QtBot, tmp_path: Path
) -> None:
    student = _student(tmp_path)
    opened: list[QUrl] = []
    looks = [0]
    editor = WindowInfo("essay.txt — Text Editor", (40, 50, 900, 700), 4242)

    def windows() -> list[WindowInfo]:
        looks[0] += 1  # the editor takes a moment to show its window
        other = WindowInfo("Terminal", (0, 0, 500, 400), 7)
        return [other, editor] if looks[0] >= 3 else [other]

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    view = PrepareView(
        student, None, RUBRIC, [], _bank(tmp_path), CaptureChoice(), None, open_url, windows
    )
    qtbot.addWidget(view)
    view.open_current_file()
    assert opened == [QUrl.fromLocalFile(str(student.submissions[0].path))]
    qtbot.waitUntil(lambda: view.offered_window is not None, timeout=3000)
    assert "Text Editor" in view.window_offer.text()
    with qtbot.waitSignal(view.capture_chosen) as chosen:
        view.use_window_button.click()
    choice = chosen.args[0]
    assert choice == CaptureChoice(
        CaptureKind.WINDOW, 1, (40, 50, 900, 700), "essay.txt — Text Editor", 4242
    )
    assert view.capture_label.text() == "Window “essay.txt — Text Editor” (900 × 700)"


def test_a_file_no_program_opens_is_shown_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    student = _student(tmp_path)
    view = PrepareView(
        student, None, RUBRIC, [], _bank(tmp_path), CaptureChoice(), None, lambda _u: False, list
    )
    qtbot.addWidget(view)
    view.open_current_file()
    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, FileViewer)]
    assert len(viewers) == 1
    viewer = viewers[0]
    assert viewer.isVisible() and viewer.text.isReadOnly()
    assert viewer.text.toPlainText() == "My essay.\nSecond line."
    assert viewer.windowTitle() == "essay.txt (read only)"
    view.close_viewers()
    # Not text: the viewer says so rather than showing bytes.
    view.files.setCurrentRow(1)
    view.open_current_file()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FileViewer)]
    texts = [w.text.toPlainText() for w in shown if w.isVisible()]
    assert any(t.startswith("drawing.bin is not a text file") for t in texts)
    view.close_viewers()


def _session(qtbot: QtBot, plan: list[PlannedPoint]) -> tuple[RecordingSession, ScriptedRecorder]:
    built: list[ScriptedRecorder] = []

    def factory(on_event: Callable[[Any], None]) -> ScriptedRecorder:
        rec = ScriptedRecorder()
        rec.on_event = on_event  # type: ignore[attr-defined]
        built.append(rec)
        return rec

    session = RecordingSession(
        factory,
        RUBRIC,
        QRect(100, 100, 400, 300),
        0,
        300,
        600,
        AutomationLog(Automation.OFF),
        plan=plan,
    )
    with qtbot.waitSignal(session.started, timeout=3000):
        session.start()
    return session, built[0]


def test_each_marker_takes_the_next_planned_point(qtbot: QtBot) -> None:
    session, rec = _session(qtbot, [THESIS, SOURCES])
    panel = session.plan_panel
    assert panel is not None and panel.isVisible()
    # Beside the toolbar, never over it or the recorded area.
    assert not panel.frameGeometry().intersects(QRect(100, 100, 400, 300))
    assert not panel.frameGeometry().intersects(session.toolbar.frameGeometry())
    assert panel.labels[0].font().bold() and not panel.labels[1].font().bold()
    # The engine's global hotkeys are aimed at the first point.
    assert rec.log.criteria[-1] == ("c1", "The thesis comes late")

    # A toolbar marker (the key pressed says feed up) takes the first point.
    rec.elapsed = 1200
    session.toolbar.add_marker(MarkerKind.FEED_UP)
    assert rec.log.markers[-1] == Marker(MarkerKind.FEED_UP, 1200, "c1", "The thesis comes late")
    assert panel.labels[0].font().strikeOut() and panel.labels[1].font().bold()
    assert rec.log.criteria[-1] == ("c2", "Name your sources")
    # A global hotkey's marker (made by the engine) takes the second.
    hotkey = Marker(MarkerKind.FEED_BACK, 3000, "c2", "Name your sources")
    rec.on_event(RecorderEvent(EventKind.MARKER, marker=hotkey))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: session.plan.next_point is None)
    assert "All planned points are covered" in panel.hint.text()
    # Nothing planned is left: markers take the current criterion again.
    session.toolbar.criterion_box.setCurrentIndex(1)
    assert rec.log.criteria[-1] == ("c1", "Thesis")
    rec.elapsed = 5000
    session.toolbar.add_marker(MarkerKind.FEED_UP)
    assert rec.log.markers[-1] == Marker(MarkerKind.FEED_UP, 5000, "c1", "Thesis")
    # The record: each marker has its point's type, the rest keep theirs.
    markers = [*rec.log.markers, hotkey]
    assert session.plan.apply(sorted(markers, key=lambda m: m.t_ms)) == [
        Marker(MarkerKind.FEED_BACK, 1200, "c1", "The thesis comes late"),
        Marker(MarkerKind.FEED_FORWARD, 3000, "c2", "Name your sources"),
        Marker(MarkerKind.FEED_UP, 5000, "c1", "Thesis"),
    ]
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    assert not panel.isVisible()
    session.dispose()


def test_without_a_plan_there_is_no_panel_and_markers_take_the_criterion(qtbot: QtBot) -> None:
    session, rec = _session(qtbot, [])
    assert session.plan_panel is None
    session.toolbar.criterion_box.setCurrentIndex(2)
    rec.elapsed = 700
    session.toolbar.add_marker(MarkerKind.FEED_BACK)
    assert rec.log.markers == [Marker(MarkerKind.FEED_BACK, 700, "c2", "Sources")]
    assert rec.log.criteria[-1] == ("c2", "Sources")
    with qtbot.waitSignal(session.finished, timeout=3000):
        session.stop()
    session.dispose()


def test_microphone_check_is_remembered_by_the_device_it_heard() -> None:
    usb = InputDevice(3, "USB headset", 48000.0, False)
    builtin = InputDevice(1, "Built-in", 44100.0, True)
    assert microphone_signature("USB headset", lambda: [builtin, usb]) == "device:USB headset"
    assert microphone_signature("USB headset", lambda: [builtin]) == ""  # unplugged: ask again
    assert microphone_signature("", lambda: [builtin, usb]) == "default:Built-in"
    assert microphone_signature("", list) == ""


class FinishingRecorder(ScriptedRecorder):
    """Stops into the file it was asked to write, like the engine."""

    def __init__(self, spec: TakeSpec, video: Path) -> None:
        super().__init__()
        self.spec = spec
        self.video = video

    def stop(self, progress: Callable[[float], None] | None = None) -> Take:
        self.log.calls.append("stop")
        shutil.copy(self.video, self.spec.out_path)
        return Take(self.spec.out_path, 4000, list(self.log.markers))


def _window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> tuple[MainWindow, list[FinishingRecorder], Events]:
    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    settings.language = Language.ENGLISH
    settings.audio_mode = AudioMode.NO_AUDIO
    settings.countdown_s = 0
    settings.open_student_file = OpenStudentFile.NEVER
    Translations(qapp).apply(settings.language)
    recorders: list[FinishingRecorder] = []
    events = Events()

    def make(spec: TakeSpec, on_event: Callable[[Any], None]) -> FinishingRecorder:
        rec = FinishingRecorder(spec, small_take)
        rec.on_event = on_event  # type: ignore[attr-defined]
        recorders.append(rec)
        return rec

    def recover(_d: Path, _o: Path, _p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
        raise AssertionError("nothing to recover here")

    ctx = AppContext(
        paths=paths,
        settings=settings,
        log=AutomationLog(Automation.LOG, events.stream),
        make_recorder=make,
        recover=recover,
        apply_language=lambda: None,
        language_code=lambda: "en",
        review_audio=AudioPlayback.OFF,
        open_url=lambda _u: True,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    return window, recorders, events


def test_list_prepare_record_review_and_back(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    window, recorders, events = _window(qtbot, qapp, tmp_path, small_take)
    assert window.assignment is not None and window.view is not None
    key = window.assignment.students[1].key
    criterion = window.assignment.rubric.criteria[0]
    # Record from the list opens the preparation, not the recording.
    window.view.select_student(key)
    window.view.record_button.click()
    prepare = window.prepare
    assert prepare is not None and window.stack.currentWidget() is prepare
    assert recorders == []
    prepare.criterion_box.setCurrentIndex(prepare.criterion_box.findData(criterion.id))
    prepare.point_text.setText("Your position is clear")
    prepare.add_button.click()
    saved = PlanStore(window.ctx.paths.assignments_dir, window.assignment.root).plan(key)
    assert saved == [PlannedPoint("Your position is clear", MarkerKind.FEED_BACK, criterion.id)]
    # Back to the list and in again: the plan is still there.
    prepare.back_button.click()
    assert window.prepare is None and window.stack.currentWidget() is window.view
    window.show_prepare(key)
    assert window.prepare is not None and window.prepare.points == saved

    # A capture chosen on these screens is used without asking.
    window.ctx.settings.capture = CaptureChoice()
    window.ctx.settings.capture_screens = screen_layout()
    window.prepare.record_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    session = window.session
    assert session is not None and events.named("capture_picker") == []
    qtbot.waitUntil(lambda: session.phase is SessionPhase.RECORDING, timeout=3000)
    rec = recorders[-1]
    rec.elapsed = 800
    session.toolbar.add_marker(MarkerKind.FEED_FORWARD)
    rec.elapsed = 2000
    session.stop()
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    assert window.review is not None
    titles = [c["title"] for c in events.named("review")[-1]["chapters"]]
    assert titles == ["Start", "Feed back: Your position is clear"]
    assert window.work is not None
    assert window.work.record(key).markers == [
        Marker(MarkerKind.FEED_BACK, 800, criterion.id, "Your position is clear")
    ]
    # Back to the list from the review.
    window.review.back_button.click()
    assert window.review is None and window.stack.currentWidget() is window.view
    assert events.named("student_list")


def test_a_capture_from_other_screens_is_asked_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    window, recorders, events = _window(qtbot, qapp, tmp_path, small_take)
    assert window.assignment is not None
    window.ctx.settings.capture_screens = "0,0,3840x2160@2"  # chosen on another monitor set-up
    window.show_prepare(window.assignment.students[0].key)
    assert window.prepare is not None
    window.prepare.record_button.click()
    qtbot.waitUntil(lambda: bool(events.named("capture_picker")), timeout=3000)
    assert recorders == []
    picker = next(w for w in window._dialogs if isinstance(w, CapturePicker))
    picker.reject()
    assert window._dialogs == []  # let go once finished


def test_finished_dialogs_are_let_go_and_one_opened_meanwhile_is_held(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    window, _recorders, _events = _window(qtbot, qapp, tmp_path, small_take)
    window.open_settings()
    settings = next(w for w in window._dialogs if isinstance(w, SettingsDialog))
    settings.capture_change_requested.emit()  # "Change…": the capture picker opens over it
    picker = next(w for w in window._dialogs if isinstance(w, CapturePicker))
    assert window._dialogs == [settings, picker]
    gone: list[str] = []
    settings.destroyed.connect(lambda: gone.append("settings"))
    picker.destroyed.connect(lambda: gone.append("picker"))
    settings.reject()
    assert window._dialogs == [picker]  # still shown, still held
    qtbot.waitUntil(lambda: gone == ["settings"], timeout=3000)
    # The picker's answer would refresh the settings dialog, which is gone: it is left alone.
    picker.accept()
    assert window._dialogs == []
    qtbot.waitUntil(lambda: gone == ["settings", "picker"], timeout=3000)
