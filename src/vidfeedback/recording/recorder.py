"""The recording engine: one take of a screen region, the microphone and the pointer.

    screen ─┐
    pointer ┴─> compositor ─[frame pool]─> video encoder ─┐
    microphone ─[blocks]─> aligner ───────> audio encoder ┴─[packets]─> muxer ─> media.mp4
    hotkeys / toolbar ─> markers ─> journal (fsync'd)  ─────────────> chapters at finish

Every stage has its own thread and a bounded queue; what cannot keep up is dropped and counted,
never allowed to block capture. No Qt here: the UI polls stats() and gets events by callback.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import av
import numpy as np

from vidfeedback import __version__
from vidfeedback.errors import ErrorCode, Problem, os_error_code, problem
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.recording.audio_aligner import AudioAligner
from vidfeedback.recording.canvas import MaskPainter, YuvCanvas
from vidfeedback.recording.capture.damage import open_damage_watch
from vidfeedback.recording.capture.hotkeys import HotkeyAction, HotkeyListener
from vidfeedback.recording.capture.listeners import ListenerError
from vidfeedback.recording.capture.microphone import (
    InputDevice,
    Microphone,
    MicrophoneError,
    resolve_device,
)
from vidfeedback.recording.capture.pacing import DeadlinePacer
from vidfeedback.recording.capture.pointer import PointerSource
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.screen import (
    ScreenError,
    ScreenGrabber,
    grab_area,
    monitors,
    resolve_region,
)
from vidfeedback.recording.compositor import Compositor, Frame
from vidfeedback.recording.contract import (
    EventKind,
    FinishedTake,
    MarkerRefused,
    RecorderConfig,
    RecorderError,
    RecorderEvent,
    RecorderState,
)
from vidfeedback.recording.encoding import (
    AudioEncoder,
    Muxer,
    VideoEncoder,
    VideoSettings,
    open_take_container,
)
from vidfeedback.recording.masking import ScreenMask
from vidfeedback.recording.screen_changes import ScreenChanges
from vidfeedback.recording.stats import RecorderStats
from vidfeedback.recording.timeline import Timeline
from vidfeedback.takes.continuation import ContinueError, ContinueFrom, JoinPlan, plan_join
from vidfeedback.takes.finalize import Joined, RecordedTimeline, finalize_take
from vidfeedback.takes.finish import FinishError
from vidfeedback.takes.format import TAKE_INFO_VERSION
from vidfeedback.takes.journal import Journal, write_json_atomic
from vidfeedback.takes.layout import INFO_NAME, MEDIA_NAME, markers_path, take_dir_for

# A still screen still gets a frame this often, so players and seeking never wait long. The
# muxer holds the newest frame until the next one (encoding.Muxer), so with the open fragment
# this bounds what a kill can cost of the picture: under a second.
HEARTBEAT_NS = 500_000_000
# No audio block for this long means the microphone has gone; fill with silence and say so.
MIC_SILENT_NS = 600_000_000
MIC_REOPEN_INTERVAL_S = 2.0
MIC_BACK_LISTEN_S = 1.0  # a reopened microphone must deliver sound within this to count as back
# Sound captured just before the stop arrives up to the input latency later; wait that long.
STOP_AUDIO_GRACE_NS = 800_000_000
FRAME_QUEUE_FRAMES = 6  # 200 ms at 30 fps: absorbs an encoder hiccup, bounds memory at 1080p
# Free space is checked this often while recording.
DISK_CHECK_INTERVAL_S = 2.0
# Warn when, after the finish has copied the take (it needs as much again), less than this is
# left: at 1080p a take grows by a few MB a minute, so this is many minutes of warning.
DISK_LOW_BYTES = 300_000_000

# The contract types are the package's public face (vidfeedback.recording); they are named here
# too for the modules that build a Recorder.
__all__ = [
    "EventKind",
    "FinishedTake",
    "MarkerRefused",
    "Recorder",
    "RecorderConfig",
    "RecorderError",
    "RecorderEvent",
    "RecorderState",
    "check_output_path",
]


_CAPTURING = (RecorderState.PREPARED, RecorderState.RECORDING, RecorderState.PAUSED)

_MARKER_OF_ACTION = {
    HotkeyAction.FEED_UP: MarkerKind.FEED_UP,
    HotkeyAction.FEED_BACK: MarkerKind.FEED_BACK,
    HotkeyAction.FEED_FORWARD: MarkerKind.FEED_FORWARD,
}


def check_output_path(out_path: Path) -> None:
    """Fail early, with advice, for anything that would stop the final file being written."""
    folder = out_path.parent
    if out_path.suffix.lower() != ".mp4":
        raise RecorderError(
            f"the output must be an .mp4 file, not {out_path.name!r}",
            ErrorCode.OUTPUT_NOT_MP4,
            path=out_path,
        )
    if not folder.is_dir():
        raise RecorderError(
            f"the folder {folder} does not exist; create it or choose another place to save",
            ErrorCode.FOLDER_MISSING,
            path=folder,
        )
    for path in (out_path, markers_path(out_path)):
        if path.exists():
            raise RecorderError(
                f"{path} exists already; choose another name (nothing was changed)",
                ErrorCode.OUTPUT_EXISTS,
                path=path,
            )
    if take_dir_for(out_path).exists():
        raise RecorderError(
            f"an unfinished take for {out_path.name} is in {folder}; "
            f"finish it first with: vidfeedback recover {out_path}",
            ErrorCode.UNFINISHED_TAKE,
            path=out_path,
        )
    if not os.access(folder, os.W_OK):
        raise RecorderError(
            f"the folder {folder} is read-only; choose a folder you can write to",
            ErrorCode.FOLDER_READ_ONLY,
            path=folder,
        )


class Recorder:
    def __init__(
        self, config: RecorderConfig, on_event: Callable[[RecorderEvent], None] | None = None
    ) -> None:
        self.config = config
        self._on_event = on_event or (lambda _e: None)
        self.state = RecorderState.IDLE
        self.timeline = Timeline()
        self._markers: list[Marker] = []
        self._markers_lock = threading.Lock()
        self._criterion: tuple[str | None, str | None] = (None, None)
        self._stop_flag = threading.Event()
        self._resumed = threading.Event()
        self._resumed.set()
        self._force_frame = threading.Event()
        self._go = threading.Event()
        self._threads: list[threading.Thread] = []
        self._last_resume_ms = 0
        self._resumed_ms: list[int] = []
        self._discarded_ms: list[tuple[int, int]] = []
        self._warned_mic = False
        self._error: Problem | None = None
        self._join: JoinPlan | None = None
        # Counters owned by the capture thread (read racily for live stats, which is fine).
        self._frames_captured = 0
        self._frames_skipped = 0
        self._frames_dropped_queue = 0
        self._stop_ns = 0
        self._stop_mono_ns = 0
        self._device: InputDevice | None = None
        self._mic: Microphone | None = None
        self._aligner = AudioAligner(self.timeline)
        self._level_dbfs = -120.0
        self._pacer = DeadlinePacer(config.fps)
        self._pointer: PointerSource | None = None
        self._hotkeys: HotkeyListener | None = None
        # The area being recorded: set by prepare(), moved by move_region() (any thread), read by
        # the capture thread before each grab.
        self._region_lock = threading.Lock()
        # The app's own windows, hidden in the picture where the system cannot leave them out.
        self._mask: ScreenMask | None = None

    # --- life cycle ---------------------------------------------------------------------

    def prepare(self, mic_timeout_s: float = 5.0) -> None:
        """Check everything and open the devices, so that start() begins at once.

        Raises RecorderError with advice for the teacher; nothing is written before this passes
        except the (empty) take folder, which is removed again on failure."""
        if self.state is not RecorderState.IDLE:
            raise RecorderError("prepare() was called twice", state=self.state.value)
        cfg = self.config
        check_output_path(cfg.out_path)
        try:
            region = resolve_region(cfg.region, cfg.monitor)
            self._screen = monitors()[0]  # the whole virtual screen: where a region may move
        except ScreenError as exc:
            raise RecorderError(str(exc), ErrorCode.SCREEN_UNAVAILABLE, detail=str(exc)) from exc
        except (ValueError, OSError) as exc:
            raise RecorderError(str(exc), ErrorCode.REGION_INVALID, detail=str(exc)) from exc
        self.region = region
        if cfg.continue_from is not None:
            self._join = self._plan_join(cfg.continue_from, region)
        if cfg.audio_device is not None:
            try:
                self._device = resolve_device(cfg.audio_device)
            except MicrophoneError as exc:
                raise RecorderError(
                    str(exc), ErrorCode.MIC_NOT_FOUND, device=str(cfg.audio_device), detail=str(exc)
                ) from exc
        self.take_dir = take_dir_for(cfg.out_path)
        try:
            self.take_dir.mkdir()
        except OSError as exc:
            raise RecorderError(
                f"cannot write in {cfg.out_path.parent}: {exc.strerror}",
                os_error_code(exc) or ErrorCode.CANNOT_WRITE,
                path=cfg.out_path.parent,
                detail=str(exc.strerror),
            ) from exc
        try:
            self._prepare_in_take_dir(region, mic_timeout_s)
        except BaseException:
            self._close_devices()
            shutil.rmtree(self.take_dir, ignore_errors=True)
            raise
        self.state = RecorderState.PREPARED

    def _plan_join(self, request: ContinueFrom, region: Region) -> JoinPlan:
        try:
            plan = plan_join(request)
        except ContinueError as exc:
            raise RecorderError(str(exc), exc.code, **exc.params) from exc
        size = (region.width, region.height)
        if plan.video_size != size:
            old, new = (f"{w}×{h}" for w, h in (plan.video_size, size))
            raise RecorderError(
                f"the take to continue is {old} pixels, the area to record now is {new}; "
                "choose the same area, or record the take again",
                ErrorCode.CONTINUE_SIZE_CHANGED,
                old_size=old,
                new_size=new,
            )
        if plan.has_audio != (self.config.audio_device is not None):
            raise RecorderError(
                "the take to continue was recorded "
                + ("with sound; choose a microphone" if plan.has_audio else "without sound")
                + " to continue it",
                ErrorCode.CONTINUE_SOUND_CHANGED,
                with_sound=int(plan.has_audio),
            )
        return plan

    def _prepare_in_take_dir(self, region: Region, mic_timeout_s: float) -> None:
        cfg = self.config
        write_json_atomic(
            self.take_dir / INFO_NAME,
            {
                "version": TAKE_INFO_VERSION,
                "app_version": __version__,
                "out_path": str(cfg.out_path),
                "region": [region.x, region.y, region.width, region.height],
                "fps": cfg.fps,
                "audio_device": self._device.name if self._device else None,
                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                # Recovery joins a killed continuation to its head exactly as stop() would.
                "continues": self._join.to_json() if self._join else None,
            },
        )
        self.journal = Journal(self.take_dir)
        container = open_take_container(self.take_dir / MEDIA_NAME)
        self._video = VideoEncoder(
            container, VideoSettings(region.width, region.height, cfg.fps, cfg.crf)
        )
        self._audio = AudioEncoder(container) if self._device else None
        self._muxer = Muxer(container)
        self.compositor = Compositor(region, cfg.pointer_scale)
        if self._device is not None:
            self._mic = Microphone(self._device)
            try:
                self._mic.open()
            except MicrophoneError as exc:
                raise RecorderError(
                    str(exc), ErrorCode.MIC_CANNOT_OPEN, device=self._device.name, detail=str(exc)
                ) from exc
            if not self._mic.wait_until_flowing(mic_timeout_s):
                raise RecorderError(
                    f"the microphone {self._device.name!r} delivers no sound; check that it is "
                    "plugged in and not used by another program",
                    ErrorCode.MIC_SILENT,
                    device=self._device.name,
                )
        try:
            if cfg.pointer_overlay:
                self._pointer = PointerSource(self.compositor)
                self._pointer.start()
            if cfg.global_hotkeys:
                self._hotkeys = HotkeyListener(cfg.hotkeys, self._on_hotkey)
                self._hotkeys.start()
        except ListenerError as exc:
            raise RecorderError(str(exc), ErrorCode.SCREEN_UNAVAILABLE, detail=str(exc)) from exc

    def start(self) -> None:
        if self.state is RecorderState.IDLE:
            self.prepare()
        if self.state is not RecorderState.PREPARED:
            raise RecorderError(f"cannot start while {self.state.value}", state=self.state.value)
        # The pool holds pictures as x264 takes them (yuv420p, 3 MB at 1080p, not 8 MB of BGRA).
        self._free_frames: queue.Queue[av.VideoFrame] = queue.Queue()
        for _ in range(FRAME_QUEUE_FRAMES + 2):
            self._free_frames.put(av.VideoFrame(self.region.width, self.region.height, "yuv420p"))
        self._frames: queue.Queue[tuple[int, av.VideoFrame, bool] | None] = queue.Queue(
            maxsize=FRAME_QUEUE_FRAMES
        )
        self._muxer.add_producer()
        if self._audio is not None:
            self._muxer.add_producer()
        if self._mic is not None:
            # Blocks captured before t=0 would only be dropped by the aligner; skip the work.
            with contextlib.suppress(queue.Empty):
                while True:
                    self._mic.blocks.get_nowait()
        self._capture_ready = threading.Event()
        self._spawn(self._capture_loop, "vf-capture")
        self._capture_ready.wait()  # the screen grabber is set up: t=0 can be the first frame
        self.timeline.start()
        self.journal.append("start")
        self.state = RecorderState.RECORDING
        self._go.set()
        self._muxer.start()
        self._spawn(self._video_loop, "vf-video")
        if self._audio is not None:
            self._spawn(self._audio_loop, "vf-audio")
        self._spawn(self._disk_loop, "vf-disk")

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        self._threads.append(t)
        t.start()

    def pause(self) -> None:
        if self.state is not RecorderState.RECORDING:
            return
        self._resumed.clear()
        t_ns = self.timeline.pause()
        self.state = RecorderState.PAUSED
        self.journal.append("pause", t_ms=t_ns // 1_000_000)
        self._on_event(RecorderEvent(EventKind.PAUSED))

    def resume(self) -> None:
        if self.state is not RecorderState.PAUSED:
            return
        t_ns = self.timeline.resume()
        self._last_resume_ms = t_ns // 1_000_000
        self._resumed_ms.append(self._last_resume_ms)
        self.state = RecorderState.RECORDING
        self.journal.append("resume", t_ms=self._last_resume_ms)
        self._force_frame.set()
        self._resumed.set()
        self._on_event(RecorderEvent(EventKind.RESUMED))

    def move_region(self, x: int, y: int) -> Region:
        """Record the area of the same size whose top-left corner is at (x, y) (screen pixels)
        from the next frame on, e.g. to follow a window the teacher moves.

        The picture size of a take cannot change, so only the position moves. An area partly off
        the screen is clamped onto it, keeping its size (moved the least distance). Returns the
        area that will be recorded. Never waits: the capture thread takes the new area before its
        next grab, and draws the pointer relative to it from that frame on."""
        if self.state is RecorderState.IDLE:
            raise RecorderError("prepare() comes before move_region()", state=self.state.value)
        with self._region_lock:
            if self.state in _CAPTURING:  # after the stop the last area stays as it was
                self.region = self.region.moved_to(x, y).clamped_into(self._screen)
            return self.region

    def set_masked_rects(self, rects: Sequence[Region]) -> None:
        """Hide these areas of the screen (screen pixels) in the recording from the next frame
        on: each shows what was under it when it was first given (see masking.py). For the
        app's own windows on X11, where a window cannot be left out of a screen grab: call it
        *before* a window is shown or moved into an area, since the pixels are grabbed now.
        Any thread, any state; an empty list unmasks everything."""
        if self._mask is None:
            try:
                self._mask = ScreenMask(grab_area, monitors()[0])
            except ScreenError as exc:
                raise RecorderError(
                    str(exc), ErrorCode.SCREEN_UNAVAILABLE, detail=str(exc)
                ) from exc
        self._mask.set_areas(rects)

    def toggle_pause(self) -> None:
        if self.state is RecorderState.RECORDING:
            self.pause()
        elif self.state is RecorderState.PAUSED:
            self.resume()

    def discard_since_last_pause(self) -> int:
        """While paused: drop what was recorded since the last resume (or the start), so the
        teacher can redo that part. Returns the take time (ms) recording continues from."""
        if self.state is not RecorderState.PAUSED:
            raise RecorderError(
                "pause the recording before discarding its last part", state=self.state.value
            )
        end_ms = self.timeline.elapsed_ns() // 1_000_000
        start_ms = self._last_resume_ms
        if end_ms > start_ms:
            self._discarded_ms.append((start_ms, end_ms))
            self.journal.append("discard", from_ms=start_ms, to_ms=end_ms)
            with self._markers_lock:
                self._markers = [m for m in self._markers if not start_ms <= m.t_ms < end_ms]
        return self.elapsed_ms

    # --- markers ---------------------------------------------------------------------------

    def set_current_criterion(self, criterion_id: str | None, label: str | None) -> None:
        self._criterion = (criterion_id, label)

    def add_marker(
        self,
        kind: MarkerKind,
        criterion_id: str | None = None,
        label: str | None = None,
        press_mono_ns: int | None = None,
    ) -> Marker:
        """Place a marker at the moment of the key press (not when it reached us)."""
        t_mono = time.monotonic_ns() if press_mono_ns is None else press_mono_ns
        if self.state is RecorderState.PAUSED:
            raise MarkerRefused(
                "the recording is paused; resume it to place a marker",
                ErrorCode.MARKER_WHILE_PAUSED,
            )
        if self.state is not RecorderState.RECORDING:
            raise MarkerRefused("nothing is being recorded", ErrorCode.MARKER_NOT_RECORDING)
        marker = Marker(kind, self.timeline.take_ns(t_mono) // 1_000_000, criterion_id, label)
        self.journal.marker(marker)  # this recording's own time: recovery shifts it
        with self._markers_lock:
            self._markers.append(marker)
        # The caller sees the time in the final video (after the kept part of a continued take).
        shown = Marker(kind, marker.t_ms + self._kept_ms, criterion_id, label)
        self._on_event(RecorderEvent(EventKind.MARKER, marker=shown))
        return shown

    @property
    def markers(self) -> list[Marker]:
        with self._markers_lock:
            return sorted(self._markers, key=lambda m: m.t_ms)

    def _on_hotkey(self, action: HotkeyAction, press_mono_ns: int) -> None:
        kind = _MARKER_OF_ACTION.get(action)
        if kind is not None:
            criterion_id, label = self._criterion
            try:
                self.add_marker(kind, criterion_id, label, press_mono_ns)
            except MarkerRefused as exc:
                self._on_event(RecorderEvent(EventKind.WARNING, str(exc), problem=exc.problem))
        elif action is HotkeyAction.PAUSE_RESUME:
            self.toggle_pause()
        elif action is HotkeyAction.STOP:
            self._on_event(RecorderEvent(EventKind.STOP_REQUESTED))
        else:
            self._on_event(RecorderEvent(EventKind.HOTKEY, action=action))

    # --- live state ---------------------------------------------------------------------

    @property
    def _kept_ms(self) -> int:
        """Take time before this recording: the kept part of a continued take."""
        return self._join.kept_ms if self._join is not None else 0

    @property
    def elapsed_ms(self) -> int:
        """The length of the video so far (with the kept part of a continued take)."""
        own_ms = self.timeline.elapsed_ns() // 1_000_000
        return self._kept_ms + own_ms - sum(b - a for a, b in self._discarded_ms)

    @property
    def audio_level_dbfs(self) -> float:
        return self._level_dbfs

    @property
    def error_message(self) -> str:
        return str(self._error) if self._error is not None else ""

    @property
    def error(self) -> Problem | None:
        return self._error

    def stats(self) -> RecorderStats:
        counters = self._aligner.counters
        rate = self._aligner.rate
        return RecorderStats(
            duration_ms=self.elapsed_ms,
            frames_captured=self._frames_captured,
            frames_encoded=self._video.frames_encoded if hasattr(self, "_video") else 0,
            frames_unchanged_skipped=self._frames_skipped,
            frames_late=self._pacer.late_ticks,
            frames_dropped=self._pacer.missed_ticks + self._frames_dropped_queue,
            audio_blocks=counters.blocks,
            audio_overflows=counters.overflows + (self._mic.queue_overflows if self._mic else 0),
            audio_inserted_silence_ms=round(counters.inserted_silence_ms, 1),
            audio_dropped_ms=round(counters.dropped_samples * 1000 / rate, 1),
            audio_smooth_corrections=counters.smooth_corrections,
            audio_video_offset_ms=round(self._aligner.drift_ms, 1),
            bytes_written=self._muxer.bytes_written if hasattr(self, "_muxer") else 0,
        )

    # --- stopping -------------------------------------------------------------------------

    def stop(self, progress: Callable[[float], None] | None = None) -> FinishedTake:
        """Stop, and write the final MP4 with chapters (about a second for ten minutes)."""
        if self.state in (RecorderState.IDLE, RecorderState.PREPARED):
            self._close_devices()
            if hasattr(self, "take_dir"):
                shutil.rmtree(self.take_dir, ignore_errors=True)
            raise RecorderError("nothing was recorded", ErrorCode.NOTHING_RECORDED)
        if self.state in (RecorderState.FINISHING, RecorderState.FINISHED):
            raise RecorderError("the take is already stopped", state=self.state.value)
        self.state = RecorderState.FINISHING
        self._stop_mono_ns = time.monotonic_ns()
        stop_ns = self.timeline.pause(self._stop_mono_ns)
        self._stop_ns = stop_ns
        self._stop_flag.set()
        self._resumed.set()
        self._close_inputs()
        for t in self._threads:
            t.join()
        self._muxer.join()
        self._close_devices()
        with contextlib.suppress(OSError):
            self.journal.append("stop", t_ms=stop_ns // 1_000_000)
        recorded = RecordedTimeline(
            stop_ns // 1_000_000, self.markers, list(self._resumed_ms), list(self._discarded_ms)
        )
        duration_ms, markers, pauses = recorded.final(self._join)
        stats = self.stats()
        if self._muxer.error is not None and self._error is None:
            self._error = _write_problem(self._muxer.error, self.take_dir)
        problems = [self._error] if self._error is not None else []
        out = self.config.out_path
        try:
            final = finalize_take(
                self.take_dir,
                out,
                recorded,
                self._join,
                f"vidfeedback {__version__}",
                progress,
            )
        except (OSError, FinishError) as exc:
            self.state = RecorderState.FAILED
            problems.append(
                problem(
                    ErrorCode.FINAL_NOT_WRITTEN,
                    f"The final video could not be written ({_describe_write_error(exc)}). "
                    f"The recording is kept in {self.take_dir}; free some space and run: "
                    f"vidfeedback recover {self.take_dir}",
                    path=self.take_dir,
                    detail=_describe_write_error(exc),
                    cause=(os_error_code(exc) or ErrorCode.WRITE_FAILED).value,
                )
            )
            return FinishedTake(
                self.take_dir,
                duration_ms,
                markers,
                _with_duration(stats, duration_ms),
                False,
                _sentences(problems),
                tuple(problems),
                tuple(pauses),
            )
        if final.joined is Joined.KEPT_APART and final.join_error is not None:
            # Never lose the new recording: it is kept as a take of its own.
            join_error = final.join_error
            problems.append(
                problem(
                    ErrorCode.CONTINUE_NOT_JOINED,
                    f"{join_error}; the new part is kept on its own in {out}",
                    path=out,
                    detail=join_error.params.get("detail", str(join_error)),
                )
            )
            self._join = None
        self.state = RecorderState.FINISHED
        return FinishedTake(
            final.path,
            final.duration_ms,
            final.markers,
            _with_duration(stats, final.duration_ms),
            True,
            _sentences(problems),
            tuple(problems),
            tuple(final.pauses_ms),
        )

    def _close_inputs(self) -> None:
        if self._hotkeys is not None:
            self._hotkeys.stop()
        if self._pointer is not None:
            self._pointer.stop()

    def _close_devices(self) -> None:
        self._close_inputs()
        if self._mic is not None:
            self._mic.close()

    def _fail(self, failure: Problem) -> None:
        """Something broke mid-take: stop capturing, keep everything, tell the owner."""
        if self._error is None:
            self._error = failure
            self._on_event(RecorderEvent(EventKind.ERROR, str(failure), problem=failure))

    def _warn(self, warning: Problem) -> None:
        self._on_event(RecorderEvent(EventKind.WARNING, str(warning), problem=warning))

    def _disk_loop(self) -> None:
        """Say so while there is still time to act: the take and its finish need disk space."""
        warned = False
        while not self._stop_flag.wait(DISK_CHECK_INTERVAL_S):
            try:
                free = shutil.disk_usage(self.take_dir).free
            except OSError:
                continue
            # The finish copies the take, so what it has written so far is needed once more.
            left = free - self._muxer.bytes_written
            if left < DISK_LOW_BYTES and not warned:
                warned = True
                free_mb = max(0, left) // 1_000_000
                self._warn(
                    problem(
                        ErrorCode.DISK_NEARLY_FULL,
                        f"the disk is nearly full: about {free_mb} MB is left for "
                        f"{self.take_dir.parent}; stop soon or free some space",
                        path=self.take_dir.parent,
                        free_mb=free_mb,
                    )
                )
            elif left > 2 * DISK_LOW_BYTES:
                warned = False  # space was freed: warn again if it runs low again

    # --- the pipeline threads -------------------------------------------------------------

    def _capture_loop(self) -> None:
        grabber = ScreenGrabber(self.region)
        grabber.grab()  # the first grab sets up shared memory; keep that out of frame 0
        # The picture as the encoder takes it, converted only where the screen changed.
        canvas = YuvCanvas(self.region.width, self.region.height)
        # What changed, from the X server's damage reports where it has them (no grab at all
        # while nothing is drawn), else from comparing whole grabs.
        changes = ScreenChanges(grabber, canvas, open_damage_watch())
        self._screen_changes = changes
        self._capture_ready.set()
        self._go.wait()
        prev_key: tuple[object, ...] | None = None
        converted_as: tuple[object, ...] | None = None  # origin and mask of the conversion
        last_emit_ns = 0
        emitted = False
        # Pictures at least a frame interval apart in take time: across a pause (or a join) two
        # grabs can come closer, and players and FFmpeg's frame-rate logic assume they do not.
        frame_ns = 1_000_000_000 // self.config.fps
        last_take_ns = -frame_ns
        try:
            while not self._stop_flag.is_set():
                if not self._resumed.is_set():
                    self._resumed.wait()
                    self._pacer.reset()
                    continue
                if self._muxer.error is not None:
                    self._fail(_write_problem(self._muxer.error, self.take_dir))
                    self._resumed.wait(0.1)
                    continue
                self._pacer.wait_next()
                if self._stop_flag.is_set() or not self._resumed.is_set():
                    continue
                region = self.region  # one read: move_region() may replace it meanwhile
                if region != grabber.region:
                    grabber.move_to(region)
                    self.compositor.move_region(region)
                # Stamped when the pixels were read, not before the call: under load the grab
                # ran up to 26 ms after a stamp taken here, and the picture came out late.
                changed, grab_ns = changes.poll()
                self._frames_captured += 1
                mask = self._mask
                key = (
                    *self.compositor.state_key(grab_ns),
                    mask.generation if mask is not None else 0,
                )
                # The canvas is kept converted whether or not a frame goes out, so a frame
                # dropped for a busy encoder loses no change.
                painter = _mask_painter(mask, region)
                if converted_as != (region, key[-1]):
                    canvas.convert_all(painter)  # the origin or the mask moved
                    converted_as = (region, key[-1])
                elif changed:
                    canvas.convert(changed, painter)
                forced = self._force_frame.is_set()
                if (
                    not forced
                    and emitted
                    and not changed
                    and key == prev_key
                    and grab_ns - last_emit_ns < HEARTBEAT_NS
                ):
                    self._frames_skipped += 1
                    continue
                self._force_frame.clear()
                take_ns = self.timeline.take_ns(grab_ns)
                if forced:  # the first picture after a resume
                    take_ns = max(take_ns, last_take_ns + frame_ns)
                if self._emit(canvas, painter, grab_ns, take_ns, forced):
                    prev_key, last_emit_ns, emitted = key, grab_ns, True
                    last_take_ns = take_ns
            # The video must last as long as the take, even if the screen was still at the end
            # (a last picture less than a frame before the stop already lasts that long).
            if emitted and self._stop_ns - last_take_ns >= frame_ns:
                painter = _mask_painter(self._mask, grabber.region)
                now_ns = time.monotonic_ns()
                self._emit(canvas, painter, now_ns, self._stop_ns, False, block=True)
        finally:
            changes.close()
            grabber.close()
            self._frames.put(None)

    def _emit(
        self,
        canvas: YuvCanvas,
        painter: MaskPainter | None,
        grab_ns: int,
        take_ns: int,
        key: bool,
        block: bool = False,
    ) -> bool:
        try:
            buf = self._free_frames.get(block=block)
        except queue.Empty:
            self._frames_dropped_queue += 1  # the encoder is behind: lose a frame, not time
            return False
        canvas.compose(buf, self.compositor.overlay(grab_ns), painter)
        self._frames.put((take_ns, buf, key))
        return True

    def _video_loop(self) -> None:
        try:
            while (item := self._frames.get()) is not None:
                take_ns, buf, key = item
                try:
                    packets = self._video.encode(buf, take_ns, force_key=key)
                finally:
                    self._free_frames.put(buf)
                for p in packets:
                    self._muxer.packets.put(p)
            for p in self._video.flush():
                self._muxer.packets.put(p)
        except av.FFmpegError as exc:
            self._fail(
                problem(ErrorCode.ENCODING_FAILED, f"video encoding failed: {exc}", detail=str(exc))
            )
        finally:
            self._muxer.producer_done()

    def _audio_loop(self) -> None:
        assert self._mic is not None and self._audio is not None
        mic, aligner = self._mic, self._aligner
        last_reopen = time.monotonic()
        try:
            while True:
                stopping = self._stop_flag.is_set()
                try:
                    block = mic.blocks.get(timeout=0.05)
                except queue.Empty:
                    block = None
                if block is not None:
                    if stopping and block.first_sample_mono_ns >= self._stop_mono_ns:
                        break  # everything captured before the stop is in
                    if self.timeline.in_pause(block.first_sample_mono_ns):
                        continue  # captured during a pause: dropped, exactly like the picture
                    samples = aligner.push(
                        block.samples, block.first_sample_mono_ns, block.overflow
                    )
                    if len(block.samples):
                        peak = float(np.max(np.abs(block.samples)))
                        self._level_dbfs = 20 * float(np.log10(max(peak, 1e-6)))
                    self._encode_audio(samples)
                    continue
                if stopping and time.monotonic_ns() - self._stop_mono_ns > STOP_AUDIO_GRACE_NS:
                    break  # the microphone has nothing more from before the stop
                now = time.monotonic_ns()
                if not self.timeline.paused and now - mic.last_block_mono_ns > MIC_SILENT_NS:
                    self._level_dbfs = -120.0
                    # Keep the file's sound continuous up to a little before now, so a
                    # microphone that comes back still fits in.
                    self._encode_audio(aligner.fill_silence_until(now - MIC_SILENT_NS // 2))
                    if not self._warned_mic:
                        self._warned_mic = True
                        self._warn(
                            problem(
                                ErrorCode.MIC_LOST,
                                "the microphone stopped delivering sound; recording goes on "
                                "with silence — check the microphone",
                                device=self._device.name if self._device else "",
                            )
                        )
                    if time.monotonic() - last_reopen > MIC_REOPEN_INTERVAL_S:
                        last_reopen = time.monotonic()
                        self._try_reopen(mic)
            # Stop: the sound lasts exactly as long as the take.
            # The timeline is frozen at the stop, so "now" maps to the stop's take time.
            self._encode_audio(aligner.fill_silence_until(time.monotonic_ns()))
            for p in self._audio.flush():
                self._muxer.packets.put(p)
        except av.FFmpegError as exc:
            self._fail(
                problem(ErrorCode.ENCODING_FAILED, f"audio encoding failed: {exc}", detail=str(exc))
            )
        finally:
            self._muxer.producer_done()

    def _encode_audio(self, samples: np.ndarray) -> None:
        assert self._audio is not None
        if len(samples) == 0:
            return
        for p in self._audio.encode(samples.astype(np.float32, copy=False)):
            self._muxer.packets.put(p)

    def _try_reopen(self, mic: Microphone) -> None:
        mic.close()
        try:
            mic.open()
        except MicrophoneError:
            return  # still gone; try again later
        # Blocks alone do not say the microphone is back: without it PulseAudio connects the
        # stream to its silent fallback source (auto_null.monitor), which delivers exact zeros.
        # Such a stream is closed again, so that the silence goes on being filled and said.
        if not mic.wait_until_sounding(MIC_BACK_LISTEN_S):
            mic.close()
            return
        if mic.wait_until_flowing(0.5):
            self._warned_mic = False
            self._warn(
                problem(
                    ErrorCode.MIC_BACK,
                    "the microphone is back",
                    device=self._device.name if self._device else "",
                )
            )


def _mask_painter(mask: ScreenMask | None, region: Region) -> MaskPainter | None:
    """Paints the masked areas into a patch of the picture of `region` from (x0, y0) on."""
    if mask is None or not mask.patches:
        return None

    def paint(patch: Frame, x0: int, y0: int) -> None:
        h, w = patch.shape[:2]
        mask.apply(patch, Region(region.x + x0, region.y + y0, w, h))

    return paint


def _describe_write_error(exc: BaseException) -> str:
    err = getattr(exc, "errno", None)
    if err == errno.ENOSPC:
        return "the disk is full"
    if err in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder cannot be written to"
    return str(exc)


def _write_problem(exc: BaseException, take_dir: Path) -> Problem:
    """A write failure during the take: the disk is full, or the folder went away or read-only."""
    folder = take_dir.parent
    code = os_error_code(exc)
    if code is ErrorCode.DISK_FULL:
        return problem(code, "the disk is full", path=folder)
    return problem(
        ErrorCode.WRITE_FAILED,
        _describe_write_error(exc),
        path=folder,
        detail=_describe_write_error(exc),
    )


def _with_duration(stats: RecorderStats, duration_ms: int) -> RecorderStats:
    return dataclasses.replace(stats, duration_ms=duration_ms)


def _sentences(problems: list[Problem]) -> str:
    """The problems as one English text for logs and the command line."""
    return ". ".join(str(p).rstrip(".") for p in problems)
