"""The recording engine: one take of a screen region, the microphone and the pointer.

The Recorder owns a take's life cycle (prepare, start, pause, resume, stop) and the commands
that arrive from the GUI thread, the hotkey listener and the command line. Every command runs
under one lock, so a pause hotkey arriving while Stop is handled finds the take finishing and
does nothing. The threads that capture, encode and write are the Pipeline's (pipeline.py); the
inputs come from Sources (sources.py), real devices unless the tests pass fakes. Finishing the
take is takes.finalize's, shared with recovery. No Qt here: the UI polls stats() and gets
events by callback.

    hotkeys / toolbar ─> markers ─> journal (fsync'd) ─────────────> chapters at finish
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from vidfeedback import __version__
from vidfeedback.errors import ErrorCode, Problem, os_error_code, problem
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.recording.capture.hotkeys import HotkeyAction
from vidfeedback.recording.capture.listeners import ListenerError
from vidfeedback.recording.capture.microphone import InputDevice, MicrophoneError
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.screen import ScreenError
from vidfeedback.recording.compositor import Compositor
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
from vidfeedback.recording.pipeline import Pipeline, describe_write_error, write_problem
from vidfeedback.recording.sources import AudioInput, Listener, Sources
from vidfeedback.recording.stats import RecorderStats
from vidfeedback.recording.timeline import Timeline
from vidfeedback.takes.continuation import ContinueError, ContinueFrom, JoinPlan, plan_join
from vidfeedback.takes.finalize import Joined, RecordedTimeline, finalize_take
from vidfeedback.takes.finish import FinishError
from vidfeedback.takes.format import TAKE_INFO_VERSION
from vidfeedback.takes.journal import Journal, write_json_atomic
from vidfeedback.takes.layout import INFO_NAME, MEDIA_NAME, markers_path, take_dir_for

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
    "Sources",
    "check_output_path",
]

log = logging.getLogger(__name__)

_CAPTURING = (RecorderState.PREPARED, RecorderState.RECORDING, RecorderState.PAUSED)
_STOPPED = (RecorderState.FINISHING, RecorderState.FINISHED, RecorderState.FAILED)

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
        self,
        config: RecorderConfig,
        on_event: Callable[[RecorderEvent], None] | None = None,
        sources: Sources | None = None,
    ) -> None:
        self.config = config
        self._on_event = on_event or (lambda _e: None)
        self._sources = sources or Sources()
        # Every command and state change holds this; events are sent after it is released, so
        # an owner's callback may call back in. Re-entrant: start() prepares, toggle pauses.
        self._lock = threading.RLock()
        self.state = RecorderState.IDLE
        self.timeline = Timeline()
        self.take_dir = take_dir_for(config.out_path)  # created by prepare(), not before
        self._markers: list[Marker] = []
        self._criterion: tuple[str | None, str | None] = (None, None)
        self._last_resume_ms = 0
        self._resumed_ms: list[int] = []
        self._discarded_ms: list[tuple[int, int]] = []
        # Set by whichever thread fails first (pipeline threads included): a lock of its own,
        # since a failure can happen while a command holds the main lock and waits for it.
        self._error_lock = threading.Lock()
        self._error: Problem | None = None
        self._join: JoinPlan | None = None
        # Opened by prepare().
        self._region: Region | None = None
        self._screen: Region | None = None  # the whole virtual screen: where a region may move
        self._device: InputDevice | None = None
        self._mic: AudioInput | None = None
        self._journal: Journal | None = None
        self._video: VideoEncoder | None = None
        self._muxer: Muxer | None = None
        self._compositor: Compositor | None = None
        self._pipeline: Pipeline | None = None
        self._pointer: Listener | None = None
        self._hotkeys: Listener | None = None
        # The app's own windows, hidden in the picture where the system cannot leave them out.
        self._mask: ScreenMask | None = None
        self._mic_timeout_s = 5.0

    # --- life cycle ---------------------------------------------------------------------

    def prepare(self, mic_timeout_s: float = 5.0) -> None:
        """Check everything and open the devices, so that start() begins at once.

        Raises RecorderError with advice for the teacher; nothing is written before this passes
        except the (empty) take folder, which is removed again on failure."""
        self._mic_timeout_s = mic_timeout_s
        with self._lock:
            if self.state is not RecorderState.IDLE:
                raise RecorderError("prepare() was called twice", state=self.state.value)
            # Not under the lock from here: opening the devices can wait seconds for the
            # microphone, and the GUI thread meanwhile masks the countdown (set_masked_rects).
            self.state = RecorderState.PREPARING
        try:
            self._prepare()
        except BaseException:
            with self._lock:
                self.state = RecorderState.IDLE
            raise
        with self._lock:
            self.state = RecorderState.PREPARED
        cfg = self.config
        log.info(
            "take prepared: %s, region %s, %d fps, sound from %s",
            cfg.out_path,
            self._region,
            cfg.fps,
            self._device.name if self._device else "nothing",
        )

    def _prepare(self) -> None:
        cfg = self.config
        check_output_path(cfg.out_path)
        try:
            region = self._sources.resolve_region(cfg.region, cfg.monitor)
            screen = self._sources.whole_screen()
        except ScreenError as exc:
            raise RecorderError(str(exc), ErrorCode.SCREEN_UNAVAILABLE, detail=str(exc)) from exc
        except (ValueError, OSError) as exc:
            raise RecorderError(str(exc), ErrorCode.REGION_INVALID, detail=str(exc)) from exc
        with self._lock:
            self._region, self._screen = region, screen
        if cfg.continue_from is not None:
            self._join = self._plan_join(cfg.continue_from, region)
        if cfg.audio_device is not None:
            try:
                self._device = self._sources.resolve_device(cfg.audio_device)
            except MicrophoneError as exc:
                raise RecorderError(
                    str(exc),
                    ErrorCode.MIC_NOT_FOUND,
                    device=str(cfg.audio_device),
                    detail=str(exc),
                ) from exc
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
            self._prepare_in_take_dir(region, self._mic_timeout_s)
        except BaseException:
            self._close_devices()
            shutil.rmtree(self.take_dir, ignore_errors=True)
            raise

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
        self._journal = Journal(self.take_dir)
        container = open_take_container(self.take_dir / MEDIA_NAME)
        self._video = VideoEncoder(
            container, VideoSettings(region.width, region.height, cfg.fps, cfg.crf)
        )
        audio = AudioEncoder(container) if self._device else None
        self._muxer = Muxer(container)
        self._compositor = Compositor(region, cfg.pointer_scale)
        if self._device is not None:
            self._mic = self._sources.open_microphone(self._device)
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
        pipeline = Pipeline(
            region=region,
            fps=cfg.fps,
            timeline=self.timeline,
            compositor=self._compositor,
            video=self._video,
            audio=audio,
            muxer=self._muxer,
            mic=self._mic,
            device_name=self._device.name if self._device else "",
            take_dir=self.take_dir,
            open_grabber=self._sources.open_grabber,
            open_damage_watch=self._sources.open_damage_watch,
            on_failure=self._fail,
            on_warning=self._warn,
        )
        with self._lock:  # set_masked_rects() may be giving the first mask just now
            pipeline.mask = self._mask
            self._pipeline = pipeline
        try:
            if cfg.pointer_overlay:
                self._pointer = self._sources.pointer(self._compositor)
                self._pointer.start()
            if cfg.global_hotkeys:
                self._hotkeys = self._sources.hotkeys(cfg.hotkeys, self._on_hotkey)
                self._hotkeys.start()
        except ListenerError as exc:
            raise RecorderError(str(exc), ErrorCode.SCREEN_UNAVAILABLE, detail=str(exc)) from exc

    def start(self) -> None:
        with self._lock:
            if self.state is RecorderState.IDLE:
                self.prepare()
            if self.state is not RecorderState.PREPARED or self._pipeline is None:
                raise RecorderError(
                    f"cannot start while {self.state.value}", state=self.state.value
                )
            self._pipeline.start(self._at_time_zero)
        log.info("take started")

    def _at_time_zero(self) -> None:
        assert self._journal is not None
        self.timeline.start()
        self._journal.append("start")
        self.state = RecorderState.RECORDING

    def pause(self) -> None:
        with self._lock:
            paused = self._pause_locked()
        if paused:
            self._on_event(RecorderEvent(EventKind.PAUSED))

    def resume(self) -> None:
        with self._lock:
            resumed = self._resume_locked()
        if resumed:
            self._on_event(RecorderEvent(EventKind.RESUMED))

    def toggle_pause(self) -> None:
        with self._lock:
            if self.state is RecorderState.RECORDING:
                event = EventKind.PAUSED if self._pause_locked() else None
            elif self.state is RecorderState.PAUSED:
                event = EventKind.RESUMED if self._resume_locked() else None
            else:
                event = None  # not started, or stopping: a late hotkey changes nothing
        if event is not None:
            self._on_event(RecorderEvent(event))

    def _pause_locked(self) -> bool:
        if self.state is not RecorderState.RECORDING:
            return False
        assert self._pipeline is not None and self._journal is not None
        self._pipeline.pause()
        t_ns = self.timeline.pause()
        self.state = RecorderState.PAUSED
        self._journal.append("pause", t_ms=t_ns // 1_000_000)
        return True

    def _resume_locked(self) -> bool:
        if self.state is not RecorderState.PAUSED:
            return False
        assert self._pipeline is not None and self._journal is not None
        t_ns = self.timeline.resume()
        self._last_resume_ms = t_ns // 1_000_000
        self._resumed_ms.append(self._last_resume_ms)
        self.state = RecorderState.RECORDING
        self._journal.append("resume", t_ms=self._last_resume_ms)
        self._pipeline.resume()
        return True

    @property
    def region(self) -> Region:
        """The area being recorded (screen pixels); known once prepared."""
        if self._region is None:
            raise RecorderError("prepare() comes first", state=self.state.value)
        return self._region

    def move_region(self, x: int, y: int) -> Region:
        """Record the area of the same size whose top-left corner is at (x, y) (screen pixels)
        from the next frame on, e.g. to follow a window the teacher moves.

        The picture size of a take cannot change, so only the position moves. An area partly off
        the screen is clamped onto it, keeping its size (moved the least distance). Returns the
        area that will be recorded. Never waits: the capture thread takes the new area before its
        next grab, and draws the pointer relative to it from that frame on."""
        with self._lock:
            if self._region is None or self._screen is None:
                raise RecorderError("prepare() comes before move_region()", state=self.state.value)
            if self.state in _CAPTURING:  # after the stop the last area stays as it was
                self._region = self._region.moved_to(x, y).clamped_into(self._screen)
                if self._pipeline is not None:
                    self._pipeline.region = self._region
            return self._region

    def set_masked_rects(self, rects: Sequence[Region]) -> None:
        """Hide these areas of the screen (screen pixels) in the recording from the next frame
        on: each shows what was under it when it was first given (see masking.py). For the
        app's own windows on X11, where a window cannot be left out of a screen grab: call it
        *before* a window is shown or moved into an area, since the pixels are grabbed now.
        Any thread, any state; an empty list unmasks everything."""
        with self._lock:
            if self._mask is None:
                try:
                    self._mask = ScreenMask(self._sources.grab_area, self._sources.whole_screen())
                except ScreenError as exc:
                    raise RecorderError(
                        str(exc), ErrorCode.SCREEN_UNAVAILABLE, detail=str(exc)
                    ) from exc
                if self._pipeline is not None:
                    self._pipeline.mask = self._mask
            mask = self._mask
        mask.set_areas(rects)  # grabs the screen: not under the lock

    def discard_since_last_pause(self) -> int:
        """While paused: drop what was recorded since the last resume (or the start), so the
        teacher can redo that part. Returns the take time (ms) recording continues from."""
        with self._lock:
            if self.state is not RecorderState.PAUSED:
                raise RecorderError(
                    "pause the recording before discarding its last part", state=self.state.value
                )
            assert self._journal is not None
            end_ms = self.timeline.elapsed_ns() // 1_000_000
            start_ms = self._last_resume_ms
            if end_ms > start_ms:
                self._discarded_ms.append((start_ms, end_ms))
                self._journal.append("discard", from_ms=start_ms, to_ms=end_ms)
                self._markers = [m for m in self._markers if not start_ms <= m.t_ms < end_ms]
            return self.elapsed_ms

    # --- markers ---------------------------------------------------------------------------

    def set_current_criterion(self, criterion_id: str | None, label: str | None) -> None:
        with self._lock:
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
        with self._lock:
            if self.state is RecorderState.PAUSED:
                raise MarkerRefused(
                    "the recording is paused; resume it to place a marker",
                    ErrorCode.MARKER_WHILE_PAUSED,
                )
            if self.state is not RecorderState.RECORDING:
                raise MarkerRefused("nothing is being recorded", ErrorCode.MARKER_NOT_RECORDING)
            assert self._journal is not None
            marker = Marker(kind, self.timeline.take_ns(t_mono) // 1_000_000, criterion_id, label)
            self._journal.marker(marker)  # this recording's own time: recovery shifts it
            self._markers.append(marker)
            # The caller sees the time in the final video (after the kept part of a continued
            # take).
            shown = Marker(kind, marker.t_ms + self._kept_ms, criterion_id, label)
        self._on_event(RecorderEvent(EventKind.MARKER, marker=shown))
        return shown

    @property
    def markers(self) -> list[Marker]:
        with self._lock:
            return sorted(self._markers, key=lambda m: m.t_ms)

    def _on_hotkey(self, action: HotkeyAction, press_mono_ns: int) -> None:
        """On the hotkey listener's thread."""
        kind = _MARKER_OF_ACTION.get(action)
        if kind is not None:
            with self._lock:
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

    # --- live state (any thread, no lock: each read is of one value) ---------------------

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
        return self._pipeline.level_dbfs if self._pipeline is not None else -120.0

    @property
    def error_message(self) -> str:
        return str(self._error) if self._error is not None else ""

    @property
    def error(self) -> Problem | None:
        return self._error

    def stats(self) -> RecorderStats:
        p = self._pipeline
        if p is None:
            return RecorderStats(self.elapsed_ms, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0, 0.0, 0)
        counters = p.aligner.counters
        rate = p.aligner.rate
        changes = p.screen_changes
        return RecorderStats(
            duration_ms=self.elapsed_ms,
            frames_captured=p.frames_captured,
            frames_encoded=self._video.frames_encoded if self._video is not None else 0,
            frames_unchanged_skipped=p.frames_skipped,
            frames_late=p.frames_late,
            frames_dropped=p.frames_missed + p.frames_dropped_queue,
            audio_blocks=counters.blocks,
            audio_overflows=counters.overflows + (self._mic.queue_overflows if self._mic else 0),
            audio_inserted_silence_ms=round(counters.inserted_silence_ms, 1),
            audio_dropped_ms=round(counters.dropped_samples * 1000 / rate, 1),
            audio_smooth_corrections=counters.smooth_corrections,
            audio_video_offset_ms=round(p.aligner.drift_ms, 1),
            bytes_written=self._muxer.bytes_written if self._muxer is not None else 0,
            change_source=changes.source.value if changes is not None else "",
            grabs_full=changes.grabs_full if changes is not None else 0,
            grabs_partial=changes.grabs_partial if changes is not None else 0,
            ticks_without_grab=changes.ticks_without_grab if changes is not None else 0,
            grab_stamps_unsure=changes.stamps_unsure if changes is not None else 0,
            pixels_converted=p.canvas.pixels_converted if p.canvas is not None else 0,
            scrolls_moved=p.canvas.scrolls_moved if p.canvas is not None else 0,
            pool_frames_used_max=p.pool_frames_used_max,
        )

    # --- stopping -------------------------------------------------------------------------

    def stop(self, progress: Callable[[float], None] | None = None) -> FinishedTake:
        """Stop, and write the final MP4 with chapters (about a second for ten minutes)."""
        with self._lock:
            if self.state in (RecorderState.IDLE, RecorderState.PREPARED):
                prepared = self.state is RecorderState.PREPARED
                self._close_devices()
                if prepared:  # the take folder is ours only once prepare() made it
                    shutil.rmtree(self.take_dir, ignore_errors=True)
                raise RecorderError("nothing was recorded", ErrorCode.NOTHING_RECORDED)
            if self.state in _STOPPED:
                raise RecorderError("the take is already stopped", state=self.state.value)
            if self.state is RecorderState.PREPARING:
                raise RecorderError("the take is still being prepared", state=self.state.value)
            assert self._pipeline is not None and self._journal is not None
            assert self._muxer is not None
            self.state = RecorderState.FINISHING
            stop_mono_ns = time.monotonic_ns()
            stop_ns = self.timeline.pause(stop_mono_ns)
            self._pipeline.stop(stop_mono_ns, stop_ns)
        # Not under the lock: late commands (a hotkey) must find FINISHING, not wait for this.
        self._close_inputs()
        self._pipeline.join()
        self._close_devices()
        with contextlib.suppress(OSError):
            self._journal.append("stop", t_ms=stop_ns // 1_000_000)
        recorded = RecordedTimeline(
            stop_ns // 1_000_000, self.markers, list(self._resumed_ms), list(self._discarded_ms)
        )
        duration_ms, markers, pauses = recorded.final(self._join)
        stats = self.stats()
        if self._muxer.error is not None:
            self._fail(write_problem(self._muxer.error, self.take_dir), tell=False)
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
            with self._lock:
                self.state = RecorderState.FAILED
            problems.append(
                problem(
                    ErrorCode.FINAL_NOT_WRITTEN,
                    f"The final video could not be written ({describe_write_error(exc)}). "
                    f"The recording is kept in {self.take_dir}; free some space and run: "
                    f"vidfeedback recover {self.take_dir}",
                    path=self.take_dir,
                    detail=describe_write_error(exc),
                    cause=(os_error_code(exc) or ErrorCode.WRITE_FAILED).value,
                )
            )
            failed = FinishedTake(
                self.take_dir,
                duration_ms,
                markers,
                _with_duration(stats, duration_ms),
                False,
                _sentences(problems),
                tuple(problems),
                tuple(pauses),
            )
            log.error("take not finished: %s; stats %s", failed.message, failed.stats.as_dict())
            return failed
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
        with self._lock:
            self.state = RecorderState.FINISHED
        take = FinishedTake(
            final.path,
            final.duration_ms,
            final.markers,
            _with_duration(stats, final.duration_ms),
            True,
            _sentences(problems),
            tuple(problems),
            tuple(final.pauses_ms),
        )
        log.info(
            "take finished: %s, %d ms, %d markers; stats %s%s",
            take.path,
            take.duration_ms,
            len(take.markers),
            take.stats.as_dict(),
            f"; problems: {take.message}" if take.message else "",
        )
        return take

    def _close_inputs(self) -> None:
        if self._hotkeys is not None:
            self._hotkeys.stop()
        if self._pointer is not None:
            self._pointer.stop()

    def _close_devices(self) -> None:
        self._close_inputs()
        if self._mic is not None:
            self._mic.close()

    def _fail(self, failure: Problem, tell: bool = True) -> None:
        """Something broke mid-take (any thread): keep everything, tell the owner, who stops."""
        with self._error_lock:
            first = self._error is None
            if first:
                self._error = failure
        if first:
            log.error("recording failed: %s", failure)
            if tell:
                self._on_event(RecorderEvent(EventKind.ERROR, str(failure), problem=failure))

    def _warn(self, warning: Problem) -> None:
        log.warning("recording: %s", warning)
        self._on_event(RecorderEvent(EventKind.WARNING, str(warning), problem=warning))


def _with_duration(stats: RecorderStats, duration_ms: int) -> RecorderStats:
    return dataclasses.replace(stats, duration_ms=duration_ms)


def _sentences(problems: list[Problem]) -> str:
    """The problems as one English text for logs and the command line."""
    return ". ".join(str(p).rstrip(".") for p in problems)
