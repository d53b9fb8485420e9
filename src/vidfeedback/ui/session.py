"""One recording, from countdown to finished take: the countdown, prepare() in a worker, the
toolbar and the pen while recording, stop() in a worker.

The engine calls back from its own threads; EventBridge turns those calls into a Qt signal so
they are handled in the GUI thread. The recording itself never waits on the UI.

When a window is recorded, the session asks where it is every FOLLOW_INTERVAL_MS and moves the
recorded area with it (Recorder.move_region only hands the capture thread a new position), and
the pen overlay and, where needed, the toolbar along with it.

The app's own floating windows (countdown, toolbar) are kept out of the student's video: by the
window system where it can (capture_exclusion.py), else by the engine, which is told each
window's area before the window appears there (Recorder.set_masked_rects).
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from typing import Any

from vidfeedback.errors import ErrorCode, Problem
from vidfeedback.model import Rubric
from vidfeedback.recording import (
    EventKind,
    HotkeyAction,
    RecorderEvent,
    RecorderPort,
    Region,
    TakeLike,
    WindowSource,
    WindowState,
)
from vidfeedback.workspace.planned_points import PlanCursor, PlannedPoint

from .automation import AutomationLog
from .capture_exclusion import CaptureExclusion, exclude_from_capture
from .countdown import Countdown
from .pen_overlay import PenOverlay, StrokeStyle, desktop_surface
from .placement import MARGIN_PX, place_outside
from .planned_points_panel import PlannedPointsPanel
from .problems import describe, describe_problem, problem_text
from .qt import (
    QGuiApplication,
    QObject,
    QProgressDialog,
    QRect,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from .record_toolbar import PenMode, PopupMode, RecordingState, RecordToolbar
from .region_overlay import screen_px_to_logical
from .worker import Task, Tasks

EventCallback = Callable[[Any], None]
RecorderFactory = Callable[[EventCallback], RecorderPort]

# How often a recorded window is asked where it is: a move shows in the recording within this
# (and a frame), and asking costs a fraction of a millisecond.
FOLLOW_INTERVAL_MS = 50
# A window's old area stays masked this long after it was hidden or moved away: the X server
# and the programs under it need a moment to repaint what it covered.
UNCOVER_SETTLE_MS = 1000
# Masked areas reach this far beyond a window (logical pixels): its edge, antialiasing.
MASK_MARGIN = 2
# While the teacher works the toolbar, the space this far to its sides (logical pixels) is masked
# too: its tooltips can reach past its edges.
AROUND_TOOLBAR = 300


class SessionPhase(enum.Enum):
    IDLE = "idle"
    COUNTDOWN = "countdown"
    RECORDING = "recording"
    FINISHING = "finishing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class EventBridge(QObject):
    """Called by the engine on its threads; re-emits in the GUI thread (queued connection)."""

    arrived = Signal(object)

    def __call__(self, event: object) -> None:
        self.arrived.emit(event)


def _code(problem: object) -> str | None:
    return problem.code.value if isinstance(problem, Problem) else None


class RecordingSession(QObject):
    started = Signal()
    finished = Signal(object)  # the finished take
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        recorder_factory: RecorderFactory,
        rubric: Rubric,
        capture_logical: QRect,
        countdown_s: int,
        target_min_s: int,
        target_max_s: int,
        log: AutomationLog,
        marker_refused: tuple[type[Exception], ...] = (),
        parent: QObject | None = None,
        *,
        window: WindowSource | None = None,
        student: str = "",
        plan: list[PlannedPoint] | None = None,
    ) -> None:
        """window: the window being recorded, followed when it moves; None for a screen or a
        region (or where windows cannot be asked). plan: the points the teacher planned; each
        marker takes the next one (shown beside the toolbar)."""
        super().__init__(parent)
        self._bridge = EventBridge(self)
        self._bridge.arrived.connect(self._on_engine_event, Qt.ConnectionType.QueuedConnection)
        self.recorder = recorder_factory(self._bridge)
        self._rubric = rubric
        self._capture = capture_logical
        # The pen overlay covers the recorded window (at the size it was chosen), which can
        # differ from the recorded area when the window is pushed partly off the screen.
        self._pen_area = QRect(capture_logical)
        self._window = window
        self._window_xy: tuple[int, int] | None = None
        self._window_notice = ""  # the notice shown while the window is closed or minimised
        self._follow_timer = QTimer(self)
        self._follow_timer.setInterval(FOLLOW_INTERVAL_MS)
        self._follow_timer.timeout.connect(self.follow_window)
        self._log = log
        self.phase = SessionPhase.IDLE
        self._prepared = False
        self._countdown_done = False
        self._cancel_requested = False
        self._tasks = Tasks()
        self._progress: QProgressDialog | None = None
        # The app's windows hidden in the picture (logical rectangles, by name), and how each
        # window is kept out of the video.
        self._masked: dict[str, QRect] = {}
        self.exclusion: dict[str, CaptureExclusion] = {}
        self._unmask_due_ns: dict[str, int] = {}  # old places to unmask, and when
        self._unmask_timer = QTimer(self)
        self._unmask_timer.setSingleShot(True)
        self._unmask_timer.timeout.connect(self._unmask_due)
        self.countdown = Countdown(countdown_s, student=student)
        self.countdown.finished.connect(self._countdown_finished)
        self.countdown.cancelled.connect(self.cancel)
        self.toolbar = RecordToolbar(
            self.recorder, rubric, target_min_s, target_max_s, marker_refused, student=student
        )
        self.toolbar.stop_requested.connect(self.stop)
        self.toolbar.pen_mode_changed.connect(self._pen_mode_changed)
        self.toolbar.clear_strokes_requested.connect(self._clear_strokes)
        self.toolbar.popups_changed.connect(self._toolbar_popups)
        self.toolbar.marker_added.connect(
            lambda m: self._log.emit("marker", kind=m.kind.value, t_ms=m.t_ms, source="toolbar")
        )
        self.toolbar.state_changed.connect(
            lambda s: self._log.emit("recording_state", state=s.value)
        )
        self.pen: PenOverlay | None = None
        self.plan = PlanCursor(plan or [])
        self.plan_panel: PlannedPointsPanel | None = (
            PlannedPointsPanel(self.plan.points, rubric) if self.plan.points else None
        )
        # The cursor, not the session: a toolbar holding the session would make a cycle that
        # Python's collector may break on a worker thread, deleting Qt widgets there.
        self.toolbar.marker_target = self.plan.next_target
        self.toolbar.marker_added.connect(self._marker_placed)
        self.toolbar.criterion_box.currentIndexChanged.connect(self._aim_markers)

    # --- start ------------------------------------------------
    def start(self) -> None:
        self._set_phase(SessionPhase.COUNTDOWN)
        task = Task(self.recorder.prepare, "vf-prepare", self)
        task.then(self._prepared_ok, self._fail)
        self._tasks.start(task)
        if self.countdown.remaining_s > 0:
            self.keep_out_of_video("countdown", self.countdown, self.countdown.place())
        self.countdown.start()

    def _prepared_ok(self, _result: object) -> None:
        self._prepared = True
        if self._cancel_requested:
            self._discard_prepared()
        else:
            self._maybe_begin()

    def _countdown_finished(self) -> None:
        self._countdown_done = True
        self._maybe_begin()

    def _maybe_begin(self) -> None:
        if (
            not (self._prepared and self._countdown_done)
            or self.phase is not SessionPhase.COUNTDOWN
        ):
            return
        self.follow_window()  # where the window is now: the first frame is grabbed there
        try:
            self.recorder.start()
        except Exception as exc:  # the engine's RecorderError says why, as a code
            self._fail(describe(exc))
            return
        self._set_phase(SessionPhase.RECORDING)
        self._show_toolbar()
        if self._window is not None:
            self._follow_timer.start()
        self.started.emit()

    def _show_toolbar(self) -> None:
        tb = self.toolbar
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        # Rows that fit the narrowest screen it may go to (at 200 % a 1920-pixel screen is 960
        # logical pixels wide); the layout then stays as it is for the whole take.
        tb.arrange_for(min(s.width() for s in screens) - 2 * MARGIN_PX)
        pos, outside = place_outside(self._capture, tb.size(), screens)
        self.keep_out_of_video("toolbar", tb, QRect(pos, tb.size()))
        tb.move(pos)
        tb.watch_tooltips()
        tb.show()
        tb.raise_()
        tb.start_polling()
        self._place_plan_panel()
        self._aim_markers()
        if "countdown" in self._masked:  # gone before the first frame; repainted by now
            self._unmask_later("countdown")
        g = tb.frameGeometry()
        self._log.emit(
            "toolbar",
            x=g.x(),
            y=g.y(),
            width=g.width(),
            height=g.height(),
            rows=len(tb.rows),
            outside_capture=outside,
            exclusion=self.exclusion["toolbar"].value,
            buttons={
                name: self._global_center(button)
                for name, button in (
                    ("stop", tb.stop_button),
                    ("pause", tb.pause_button),
                    ("pen", tb.pen_button),
                    ("highlighter", tb.highlighter_button),
                    ("clear", tb.clear_button),
                    ("criterion", tb.criterion_box),
                    *((k.value, b) for k, b in tb.marker_buttons.items()),
                )
            },
        )

    @staticmethod
    def _global_center(widget: Any) -> list[int]:
        p = widget.mapToGlobal(widget.rect().center())
        return [p.x(), p.y()]

    # --- cancel ------------------------------------------------
    def cancel(self) -> None:
        if self.phase is not SessionPhase.COUNTDOWN:
            return
        self._cancel_requested = True
        self.countdown.hide()
        if self._prepared:
            self._discard_prepared()

    def _discard_prepared(self) -> None:
        """stop() on a prepared recorder closes the devices and removes its empty take folder."""

        def close() -> None:
            try:
                self.recorder.stop()
            except Exception:  # "nothing was recorded" is the expected answer here
                return

        task = Task(close, "vf-cancel", self)
        task.then(lambda _r: self._cancelled(), lambda _m: self._cancelled())
        self._tasks.start(task)

    def _cancelled(self) -> None:
        self._set_phase(SessionPhase.CANCELLED)
        self.cancelled.emit()

    # --- while recording ------------------------------------------------------------------------
    def _on_engine_event(self, event: RecorderEvent) -> None:
        match event.kind:
            case EventKind.MARKER:
                if event.marker is not None:
                    marker = event.marker
                    self._log.emit("engine_marker", kind=marker.kind.value, t_ms=marker.t_ms)
                    self._marker_placed(marker)
            case EventKind.PAUSED:
                self.toolbar.set_state(RecordingState.PAUSED)
            case EventKind.RESUMED:
                self.toolbar.set_state(RecordingState.RECORDING)
            case EventKind.WARNING:
                problem = event.problem
                text = describe_problem(problem) if problem is not None else event.message
                self.show_notice(text)
                self._log.emit("warning", message=event.message, code=_code(problem), text=text)
            case EventKind.STOP_REQUESTED | EventKind.ERROR:
                if event.kind is EventKind.ERROR:
                    self._log.emit("engine_error", message=event.message, code=_code(event.problem))
                self.stop()
            case EventKind.HOTKEY:
                self._app_hotkey(event.action)

    def _app_hotkey(self, action: HotkeyAction | None) -> None:
        """The hotkeys the engine leaves to the app (the others are markers, pause and stop)."""
        match action:
            case HotkeyAction.TOGGLE_PEN:
                self.toolbar.toggle_pen_mode(PenMode.PEN)
            case HotkeyAction.TOGGLE_HIGHLIGHTER:
                self.toolbar.toggle_pen_mode(PenMode.HIGHLIGHTER)
            case HotkeyAction.CLEAR_PEN:
                self.toolbar.clear_strokes()
            case HotkeyAction.NEXT_CRITERION:
                self.toolbar.next_criterion()
            case _:
                pass

    # --- following a recorded window ----------------------------------------------------------
    def follow_window(self) -> None:
        """Ask where the recorded window is; if it moved, record it there (same size, clamped to
        the screen by the engine) and bring the pen overlay and, if now in the way, the toolbar
        along. Closed or minimised: the last area goes on being recorded, and the teacher is
        told once; if it comes back, it is followed again."""
        if self._window is None:
            return
        place = self._window.place()
        if place.state is not WindowState.SHOWN or place.rect_px is None:
            if not self._window_notice:
                text = problem_text(ErrorCode.WINDOW_GONE, {"title": self._window.title})
                self._window_notice = text
                self.show_notice(text)
                self._log.emit(
                    "warning",
                    message=f"the recorded window is {place.state.value}",
                    code=ErrorCode.WINDOW_GONE.value,
                    text=text,
                )
            return
        if self._window_notice:
            if self.toolbar.notice.text() == self._window_notice:
                self.toolbar.setToolTip("")
                self.toolbar.show_notice("")
            self._window_notice = ""
            self._log.emit("window_back")
        x, y, _w, _h = place.rect_px
        if (x, y) == self._window_xy:
            return
        self._window_xy = (x, y)
        region = self.recorder.move_region(x, y)
        self._capture = screen_px_to_logical((region.x, region.y, region.width, region.height))
        self._pen_area = screen_px_to_logical((x, y, region.width, region.height))
        if self.pen is not None:
            self.pen.setGeometry(self._pen_area)
        tb = self.toolbar
        if tb.isVisible() and tb.frameGeometry().intersects(self._capture):
            screens = [s.availableGeometry() for s in QGuiApplication.screens()]
            pos, _outside = place_outside(self._capture, tb.size(), screens)
            self.keep_out_of_video("toolbar", tb, QRect(pos, tb.size()))
            tb.move(pos)
            self._place_plan_panel()
        g = tb.frameGeometry()
        self._log.emit(
            "capture_moved",
            window=[x, y],
            region=[region.x, region.y, region.width, region.height],
            toolbar=[g.x(), g.y(), g.width(), g.height()],
        )

    def show_notice(self, text: str) -> None:
        """A warning on the toolbar, in the teacher's language, in the room the toolbar keeps
        for it (it neither grows nor moves)."""
        tb = self.toolbar
        tb.setToolTip(text)
        tb.show_notice(text)

    def _pen_mode_changed(self, mode: PenMode) -> None:
        """The overlay draws on screen, and the screen capture records what it draws."""
        if self.pen is None:
            self.pen = PenOverlay(self._pen_area, desktop_surface())
            self.pen.escape_pressed.connect(lambda: self.toolbar.set_pen_mode(PenMode.OFF))
            self.pen.clear_pressed.connect(self.toolbar.clear_strokes)
            self.pen.drawing_ready.connect(
                lambda: self._log.emit("pen_ready", mode=self.toolbar.pen_mode.value)
            )
            self.pen.stroke_finished.connect(
                lambda stroke: self._log.emit(
                    "stroke",
                    style=stroke[1].value,
                    points=len(stroke[0]),
                    first=stroke[0][0],
                    last=stroke[0][-1],
                )
            )
        if mode is PenMode.OFF:
            self.pen.disable_drawing()
        else:
            self.pen.set_style(
                StrokeStyle.HIGHLIGHTER if mode is PenMode.HIGHLIGHTER else StrokeStyle.PEN
            )
            self.pen.enable_drawing()
        self.toolbar.raise_()  # the toolbar stays reachable above the drawing surface
        g = self.pen.geometry()
        self._log.emit(
            "pen",
            mode=mode.value,
            surface=self.pen.surface.value,
            x=g.x(),
            y=g.y(),
            width=g.width(),
            height=g.height(),
        )

    # --- planned points ------------------------------------------------------------------------
    def _aim_markers(self, *_args: object) -> None:
        """Tell the engine what its next marker (a global hotkey) is about: the next planned
        point, or, when none is left, the toolbar's current criterion."""
        point = self.plan.next_point
        if point is not None:
            self.recorder.set_current_criterion(point.criterion_id, point.text)
            return
        criterion_id = self.toolbar.criterion_box.currentData()
        self.recorder.set_current_criterion(
            str(criterion_id) if criterion_id is not None else None,
            self.toolbar.criterion_box.currentText() if criterion_id is not None else None,
        )

    def _marker_placed(self, marker: Any) -> None:
        point = self.plan.marker_placed(int(marker.t_ms))
        if point is None:
            return
        if self.plan_panel is not None:
            self.plan_panel.set_next(self.plan.next_index)
            self._place_plan_panel()
        self._aim_markers()
        self._log.emit(
            "planned_point", index=self.plan.next_index - 1, t_ms=marker.t_ms, text=point.text
        )

    def _place_plan_panel(self) -> None:
        """Beside the toolbar, and like it outside the recorded area."""
        panel = self.plan_panel
        if panel is None or not self.toolbar.isVisible():
            return
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        taken = self._capture.united(self.toolbar.frameGeometry())
        pos, outside = place_outside(taken, panel.size_for_placing(), screens)
        self.keep_out_of_video("plan", panel, QRect(pos, panel.size_for_placing()))
        panel.move(pos)
        panel.show()
        panel.raise_()
        g = panel.frameGeometry()
        self._log.emit(
            "plan_panel",
            x=g.x(),
            y=g.y(),
            width=g.width(),
            height=g.height(),
            outside_capture=outside and not g.intersects(self._capture),
            next=self.plan.next_index,
        )

    # --- keeping the app's windows out of the video ------------------------------------------
    def keep_out_of_video(self, name: str, widget: QWidget | None, rect: QRect) -> None:
        """Call before `widget` is shown or moved to `rect` (logical pixels). Where the window
        system can leave it out of screen grabs, that is all; elsewhere (X11) the engine hides
        the area in the picture with what is on the screen there now, before the window is.
        widget None: windows not made yet (a tooltip), which the system cannot be asked about,
        so the area is masked on every platform."""
        how = self.exclusion.get(name)
        if how is None:
            how = CaptureExclusion.MASK if widget is None else exclude_from_capture(widget)
            self.exclusion[name] = how
            self._log.emit("kept_out_of_video", window=name, how=how.value)
        if how is CaptureExclusion.SYSTEM:
            return
        self._unmask_due_ns.pop(name, None)  # wanted again before its old place was given up
        old = self._masked.get(name)
        self._masked[name] = QRect(rect)
        if old is not None and old != rect:
            # The old place shows the window until it has moved: keep it hidden meanwhile.
            left = f"{name} (left)"
            self._masked[left] = old
            self._unmask_later(left)
        self._send_mask()

    def _toolbar_popups(self, mode: PopupMode) -> None:
        """The criterion list and the tooltips are windows of their own, shown where nothing
        was masked: while the teacher works the toolbar, the space around it is masked too."""
        name = "around the toolbar"
        if mode is PopupMode.AROUND:
            self.keep_out_of_video(name, None, self._around_toolbar())
        elif name in self._masked:
            self._unmask_later(name)

    def _around_toolbar(self) -> QRect:
        """Where the toolbar's list and tooltips can appear: a dropped list's height (and three
        lines, for a tooltip) above and below the toolbar, and AROUND_TOOLBAR wider on each
        side (a tooltip at its edge can reach past it)."""
        tb = self.toolbar
        box = tb.criterion_box
        line = tb.fontMetrics().lineSpacing()
        row = max(box.view().sizeHintForRow(0), line)
        room = row * min(box.count(), box.maxVisibleItems()) + 3 * line
        g = tb.frameGeometry()
        screen = tb.screen().geometry()
        side = AROUND_TOOLBAR
        band = QRect(g.left() - side, g.top() - room, g.width() + 2 * side, g.height() + 2 * room)
        return band.intersected(screen)

    def _unmask_later(self, name: str) -> None:
        self._unmask_due_ns[name] = time.monotonic_ns() + UNCOVER_SETTLE_MS * 1_000_000
        if not self._unmask_timer.isActive():
            self._unmask_timer.start(UNCOVER_SETTLE_MS)

    def _unmask_due(self) -> None:
        """A bound method, not a lambda holding the session: no reference cycle through Qt."""
        now_ns = time.monotonic_ns()
        due = [name for name, at_ns in self._unmask_due_ns.items() if at_ns <= now_ns + 5_000_000]
        for name in due:
            del self._unmask_due_ns[name]
            self._masked.pop(name, None)
        if due:
            self._send_mask()
        if self._unmask_due_ns:
            wait_ns = min(self._unmask_due_ns.values()) - now_ns
            self._unmask_timer.start(max(1, wait_ns // 1_000_000))

    def _send_mask(self) -> None:
        rects = [self._to_screen_px(r) for r in self._masked.values()]
        try:
            self.recorder.set_masked_rects(rects)
        except Exception as exc:  # no screen to grab: the recording will say so itself
            self._log.emit("error", message=f"cannot hide the app's windows: {exc}")
            return
        self._log.emit(
            "masked",
            rects_px=[[r.x, r.y, r.width, r.height] for r in rects],
            names=list(self._masked),
        )

    @staticmethod
    def _to_screen_px(rect: QRect) -> Region:
        """Logical to screen pixels, rounded outwards (with a margin): the whole window."""
        screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
        dpr = screen.devicePixelRatio()
        sg = screen.geometry()
        r = rect.adjusted(-MASK_MARGIN, -MASK_MARGIN, MASK_MARGIN, MASK_MARGIN)
        x0 = math.floor(sg.x() * dpr + (r.x() - sg.x()) * dpr)
        y0 = math.floor(sg.y() * dpr + (r.y() - sg.y()) * dpr)
        x1 = math.ceil(sg.x() * dpr + (r.x() + r.width() - sg.x()) * dpr)
        y1 = math.ceil(sg.y() * dpr + (r.y() + r.height() - sg.y()) * dpr)
        return Region(x0, y0, x1 - x0, y1 - y0)

    def _clear_strokes(self) -> None:
        if self.pen is not None:
            self.pen.clear()
        self._log.emit("strokes_cleared")

    # --- stop ------------------------------------------------
    def stop(self) -> None:
        if self.phase is not SessionPhase.RECORDING:
            return
        self._set_phase(SessionPhase.FINISHING)
        self._follow_timer.stop()
        self.toolbar.stop_polling()
        self.toolbar.hide()
        if self.plan_panel is not None:
            self.plan_panel.hide()
        if self.pen is not None:
            self.pen.close()
        progress = QProgressDialog(self.tr("Finishing the video…"), "", 0, 100)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Finishing"))
        progress.setMinimumDuration(300)  # a one-second finish should not flash a window
        progress.setValue(0)
        self._progress = progress

        def run() -> TakeLike:
            return self.recorder.stop(progress=task.report_progress)

        task = Task(run, "vf-stop", self)
        task.progressed.connect(
            lambda f: progress.setValue(round(100 * f)), Qt.ConnectionType.QueuedConnection
        )
        task.then(self._stopped, self._fail)
        self._tasks.start(task)

    def _stopped(self, take: object) -> None:
        self._close_progress()
        self._set_phase(SessionPhase.DONE)
        self.finished.emit(take)

    def _fail(self, message: str) -> None:
        self._close_progress()
        self.countdown.hide()
        self._follow_timer.stop()
        self.toolbar.stop_polling()
        self.toolbar.hide()
        if self.plan_panel is not None:
            self.plan_panel.hide()
        if self.pen is not None:
            self.pen.close()
        self._set_phase(SessionPhase.FAILED)
        self._log.emit("error", message=message)
        self.failed.emit(message)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _set_phase(self, phase: SessionPhase) -> None:
        self.phase = phase
        self._log.emit("session", phase=phase.value)

    def dispose(self) -> None:
        self._follow_timer.stop()
        if self._window is not None:
            self._window.close()
        for w in (self.toolbar, self.countdown, self.pen, self.plan_panel):
            if w is not None:
                w.close()
                w.deleteLater()
