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
import datetime as dt
import enum
import errno
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

from vidfeedback import __version__
from vidfeedback.audio_aligner import AudioAligner
from vidfeedback.capture.hotkeys import HotkeyAction, HotkeyListener, HotkeyMap
from vidfeedback.capture.microphone import InputDevice, Microphone, MicrophoneError, resolve_device
from vidfeedback.capture.pacing import DeadlinePacer
from vidfeedback.capture.pointer import PointerSource
from vidfeedback.capture.region import Region
from vidfeedback.capture.screen import ScreenError, ScreenGrabber, resolve_region
from vidfeedback.compositor import Compositor, Frame
from vidfeedback.encoding import (
    AudioEncoder,
    Muxer,
    VideoEncoder,
    VideoSettings,
    open_take_container,
)
from vidfeedback.finish import FinishError, write_final_mp4
from vidfeedback.journal import (
    INFO_NAME,
    MEDIA_NAME,
    Journal,
    apply_discards,
    markers_sidecar_path,
    take_dir_for,
    write_json_atomic,
    write_markers_sidecar,
)
from vidfeedback.model import Marker, MarkerKind, chapters_from_markers
from vidfeedback.stats import RecorderStats
from vidfeedback.timeline import Timeline

# A still screen still gets a frame this often, so players and seeking never wait long. The
# muxer holds the newest frame until the next one (encoding.Muxer), so with the open fragment
# this bounds what a kill can cost of the picture: under a second.
HEARTBEAT_NS = 500_000_000
# No audio block for this long means the microphone has gone; fill with silence and say so.
MIC_SILENT_NS = 600_000_000
MIC_REOPEN_INTERVAL_S = 2.0
# Sound captured just before the stop arrives up to the input latency later; wait that long.
STOP_AUDIO_GRACE_NS = 800_000_000
FRAME_QUEUE_FRAMES = 6  # 200 ms at 30 fps: absorbs an encoder hiccup, bounds memory at 1080p


class RecorderState(enum.Enum):
    IDLE = "idle"
    PREPARED = "prepared"
    RECORDING = "recording"
    PAUSED = "paused"
    FINISHING = "finishing"
    FINISHED = "finished"
    FAILED = "failed"


class EventKind(enum.Enum):
    MARKER = "marker"
    PAUSED = "paused"
    RESUMED = "resumed"
    WARNING = "warning"
    STOP_REQUESTED = "stop_requested"  # the stop hotkey: the owner should call stop()
    ERROR = "error"  # recording stopped by itself (disk full, ...); the owner should call stop()
    HOTKEY = "hotkey"  # a hotkey the engine does not handle itself (pen, next criterion)


@dataclass(frozen=True)
class RecorderEvent:
    kind: EventKind
    message: str = ""
    marker: Marker | None = None
    action: HotkeyAction | None = None


class RecorderError(Exception):
    """Recording cannot start or go on; the message is for the teacher."""


class MarkerRefused(Exception):
    """A marker was not placed; str() says why."""


@dataclass
class RecorderConfig:
    out_path: Path
    region: Region | None = None
    monitor: int = 1
    fps: int = 30
    audio_device: str | int | None = "default"  # None: record without sound
    crf: int = 23
    global_hotkeys: bool = True
    hotkeys: HotkeyMap = field(default_factory=HotkeyMap)
    pointer_overlay: bool = True
    pointer_scale: float = 1.0


@dataclass(frozen=True)
class FinishedTake:
    path: Path  # the final MP4; the take folder if it could not be written
    duration_ms: int
    markers: list[Marker]
    stats: RecorderStats
    complete: bool = True  # False: the final file could not be written, see message
    message: str = ""


_MARKER_OF_ACTION = {
    HotkeyAction.FEED_UP: MarkerKind.FEED_UP,
    HotkeyAction.FEED_BACK: MarkerKind.FEED_BACK,
    HotkeyAction.FEED_FORWARD: MarkerKind.FEED_FORWARD,
}


def check_output_path(out_path: Path) -> None:
    """Fail early, with advice, for anything that would stop the final file being written."""
    folder = out_path.parent
    if out_path.suffix.lower() != ".mp4":
        raise RecorderError(f"the output must be an .mp4 file, not {out_path.name!r}")
    if not folder.is_dir():
        raise RecorderError(
            f"the folder {folder} does not exist; create it or choose another place to save"
        )
    for path in (out_path, markers_sidecar_path(out_path)):
        if path.exists():
            raise RecorderError(f"{path} exists already; choose another name (nothing was changed)")
    if take_dir_for(out_path).exists():
        raise RecorderError(
            f"an unfinished take for {out_path.name} is in {folder}; "
            f"finish it first with: vidfeedback recover {out_path}"
        )
    if not os.access(folder, os.W_OK):
        raise RecorderError(f"the folder {folder} is read-only; choose a folder you can write to")


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
        self._discarded_ms: list[tuple[int, int]] = []
        self._warned_mic = False
        self._error_message = ""
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

    # --- life cycle ---------------------------------------------------------------------

    def prepare(self, mic_timeout_s: float = 5.0) -> None:
        """Check everything and open the devices, so that start() begins at once.

        Raises RecorderError with advice for the teacher; nothing is written before this passes
        except the (empty) take folder, which is removed again on failure."""
        if self.state is not RecorderState.IDLE:
            raise RecorderError("prepare() was called twice")
        cfg = self.config
        check_output_path(cfg.out_path)
        try:
            region = resolve_region(cfg.region, cfg.monitor)
        except (ValueError, OSError, ScreenError) as exc:
            raise RecorderError(str(exc)) from exc
        self.region = region
        if cfg.audio_device is not None:
            try:
                self._device = resolve_device(cfg.audio_device)
            except MicrophoneError as exc:
                raise RecorderError(str(exc)) from exc
        self.take_dir = take_dir_for(cfg.out_path)
        try:
            self.take_dir.mkdir()
        except OSError as exc:
            raise RecorderError(f"cannot write in {cfg.out_path.parent}: {exc.strerror}") from exc
        try:
            self._prepare_in_take_dir(region, mic_timeout_s)
        except BaseException:
            self._close_devices()
            shutil.rmtree(self.take_dir, ignore_errors=True)
            raise
        self.state = RecorderState.PREPARED

    def _prepare_in_take_dir(self, region: Region, mic_timeout_s: float) -> None:
        cfg = self.config
        write_json_atomic(
            self.take_dir / INFO_NAME,
            {
                "version": 1,
                "app_version": __version__,
                "out_path": str(cfg.out_path),
                "region": [region.x, region.y, region.width, region.height],
                "fps": cfg.fps,
                "audio_device": self._device.name if self._device else None,
                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
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
                raise RecorderError(str(exc)) from exc
            if not self._mic.wait_until_flowing(mic_timeout_s):
                raise RecorderError(
                    f"the microphone {self._device.name!r} delivers no sound; check that it is "
                    "plugged in and not used by another program"
                )
        if cfg.pointer_overlay:
            self._pointer = PointerSource(self.compositor)
            self._pointer.start()
        if cfg.global_hotkeys:
            self._hotkeys = HotkeyListener(cfg.hotkeys, self._on_hotkey)
            self._hotkeys.start()

    def start(self) -> None:
        if self.state is RecorderState.IDLE:
            self.prepare()
        if self.state is not RecorderState.PREPARED:
            raise RecorderError(f"cannot start while {self.state.value}")
        self._free_frames: queue.Queue[Frame] = queue.Queue()
        for _ in range(FRAME_QUEUE_FRAMES + 2):
            self._free_frames.put(np.empty((self.region.height, self.region.width, 4), np.uint8))
        self._frames: queue.Queue[tuple[int, Frame, bool] | None] = queue.Queue(
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
        self.state = RecorderState.RECORDING
        self.journal.append("resume", t_ms=self._last_resume_ms)
        self._force_frame.set()
        self._resumed.set()
        self._on_event(RecorderEvent(EventKind.RESUMED))

    def toggle_pause(self) -> None:
        if self.state is RecorderState.RECORDING:
            self.pause()
        elif self.state is RecorderState.PAUSED:
            self.resume()

    def discard_since_last_pause(self) -> int:
        """While paused: drop what was recorded since the last resume (or the start), so the
        teacher can redo that part. Returns the take time (ms) recording continues from."""
        if self.state is not RecorderState.PAUSED:
            raise RecorderError("pause the recording before discarding its last part")
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
            raise MarkerRefused("the recording is paused; resume it to place a marker")
        if self.state is not RecorderState.RECORDING:
            raise MarkerRefused("nothing is being recorded")
        marker = Marker(kind, self.timeline.take_ns(t_mono) // 1_000_000, criterion_id, label)
        self.journal.marker(marker)
        with self._markers_lock:
            self._markers.append(marker)
        self._on_event(RecorderEvent(EventKind.MARKER, marker=marker))
        return marker

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
                self._on_event(RecorderEvent(EventKind.WARNING, str(exc)))
        elif action is HotkeyAction.PAUSE_RESUME:
            self.toggle_pause()
        elif action is HotkeyAction.STOP:
            self._on_event(RecorderEvent(EventKind.STOP_REQUESTED))
        else:
            self._on_event(RecorderEvent(EventKind.HOTKEY, action=action))

    # --- live state ---------------------------------------------------------------------

    @property
    def elapsed_ms(self) -> int:
        return self.timeline.elapsed_ns() // 1_000_000 - sum(b - a for a, b in self._discarded_ms)

    @property
    def audio_level_dbfs(self) -> float:
        return self._level_dbfs

    @property
    def error_message(self) -> str:
        return self._error_message

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
            raise RecorderError("nothing was recorded")
        if self.state in (RecorderState.FINISHING, RecorderState.FINISHED):
            raise RecorderError("the take is already stopped")
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
        duration_ms = stop_ns // 1_000_000 - sum(b - a for a, b in self._discarded_ms)
        with contextlib.suppress(OSError):
            self.journal.append("stop", t_ms=stop_ns // 1_000_000)
        markers = apply_discards(self.markers, self._discarded_ms)
        stats = self.stats()
        stats = RecorderStats(**{**stats.__dict__, "duration_ms": duration_ms})
        out = self.config.out_path
        if self._muxer.error is not None:
            self._error_message = self._error_message or _describe_write_error(self._muxer.error)
        try:
            write_final_mp4(
                self.take_dir / MEDIA_NAME,
                out,
                chapters_from_markers(markers, duration_ms),
                {"comment": f"vidfeedback {__version__}"},
                progress,
                cuts_ms=self._discarded_ms,
            )
            write_markers_sidecar(out, markers, duration_ms)
        except (OSError, FinishError) as exc:
            self.state = RecorderState.FAILED
            message = (
                f"{self._error_message + '. ' if self._error_message else ''}"
                f"The final video could not be written ({_describe_write_error(exc)}). "
                f"The recording is kept in {self.take_dir}; free some space and run: "
                f"vidfeedback recover {self.take_dir}"
            )
            return FinishedTake(self.take_dir, duration_ms, markers, stats, False, message)
        shutil.rmtree(self.take_dir, ignore_errors=True)
        self.state = RecorderState.FINISHED
        return FinishedTake(out, duration_ms, markers, stats, True, self._error_message)

    def _close_inputs(self) -> None:
        if self._hotkeys is not None:
            self._hotkeys.stop()
        if self._pointer is not None:
            self._pointer.stop()

    def _close_devices(self) -> None:
        self._close_inputs()
        if self._mic is not None:
            self._mic.close()

    def _fail(self, message: str) -> None:
        """Something broke mid-take: stop capturing, keep everything, tell the owner."""
        if not self._error_message:
            self._error_message = message
            self._on_event(RecorderEvent(EventKind.ERROR, message))

    # --- the pipeline threads -------------------------------------------------------------

    def _capture_loop(self) -> None:
        grabber = ScreenGrabber(self.region)
        grabber.grab()  # the first grab sets up shared memory; keep that out of frame 0
        self._capture_ready.set()
        self._go.wait()
        prev_raw: bytearray | None = None
        prev_key: tuple[object, ...] | None = None
        last_emit_ns = 0
        last_view: np.ndarray | None = None
        try:
            while not self._stop_flag.is_set():
                if not self._resumed.is_set():
                    self._resumed.wait()
                    self._pacer.reset()
                    continue
                if self._muxer.error is not None:
                    self._fail(_describe_write_error(self._muxer.error))
                    self._resumed.wait(0.1)
                    continue
                self._pacer.wait_next()
                if self._stop_flag.is_set() or not self._resumed.is_set():
                    continue
                grab_ns = time.monotonic_ns()
                raw, view = grabber.grab()
                self._frames_captured += 1
                key = self.compositor.state_key(grab_ns)
                forced = self._force_frame.is_set()
                if (
                    not forced
                    and prev_raw is not None
                    and key == prev_key
                    and grab_ns - last_emit_ns < HEARTBEAT_NS
                    and raw == prev_raw  # memcmp of the whole frame: ~1 ms at 1080p
                ):
                    self._frames_skipped += 1
                    continue
                self._force_frame.clear()
                if self._emit(view, grab_ns, self.timeline.take_ns(grab_ns), forced):
                    prev_raw, prev_key, last_emit_ns, last_view = raw, key, grab_ns, view
            # The video must last as long as the take, even if the screen was still at the end.
            if last_view is not None:
                self._emit(last_view, time.monotonic_ns(), self._stop_ns, False, block=True)
        finally:
            grabber.close()
            self._frames.put(None)

    def _emit(
        self, view: Frame, grab_ns: int, take_ns: int, key: bool, block: bool = False
    ) -> bool:
        try:
            buf = self._free_frames.get(block=block)
        except queue.Empty:
            self._frames_dropped_queue += 1  # the encoder is behind: lose a frame, not time
            return False
        np.copyto(buf, view)
        self.compositor.draw(buf, grab_ns)
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
            self._fail(f"video encoding failed: {exc}")
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
                        self._on_event(
                            RecorderEvent(
                                EventKind.WARNING,
                                "the microphone stopped delivering sound; recording goes on "
                                "with silence — check the microphone",
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
            self._fail(f"audio encoding failed: {exc}")
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
        if mic.wait_until_flowing(0.5):
            self._warned_mic = False
            self._on_event(RecorderEvent(EventKind.WARNING, "the microphone is back"))


def _describe_write_error(exc: BaseException) -> str:
    err = getattr(exc, "errno", None)
    if err == errno.ENOSPC:
        return "the disk is full"
    if err in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder cannot be written to"
    return str(exc)
