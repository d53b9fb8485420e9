"""The pipeline of one take: the threads, the frame pool and the counters.

    screen ─┐
    pointer ┴─> compositor ─[frame pool]─> video encoder ─┐
    microphone ─[blocks]─> aligner ───────> audio encoder ┴─[packets]─> muxer ─> media.mp4

Every stage has its own thread and a bounded queue; what cannot keep up is dropped and counted,
never allowed to block capture. The Recorder owns the take's life cycle and commands and tells
the pipeline to start, pause, resume and stop; the pipeline reports failures and warnings back
through the two callbacks it is given. Thread map: docs/architecture.md.
"""

from __future__ import annotations

import contextlib
import queue
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np

from vidfeedback.errors import ErrorCode, Problem, os_error_code, problem
from vidfeedback.recording.audio_aligner import AudioAligner
from vidfeedback.recording.canvas import MaskPainter, YuvCanvas
from vidfeedback.recording.capture.damage import DamageWatch
from vidfeedback.recording.capture.microphone import MicrophoneError
from vidfeedback.recording.capture.pacing import DeadlinePacer
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.compositor import Box, Compositor
from vidfeedback.recording.encoding import AudioEncoder, Muxer, VideoEncoder
from vidfeedback.recording.frame_pool import FramePool
from vidfeedback.recording.malloc_policy import keep_large_blocks_out_of_the_heap
from vidfeedback.recording.masking import ScreenMask, intersection
from vidfeedback.recording.media import Frame
from vidfeedback.recording.screen_changes import ScreenChanges
from vidfeedback.recording.sources import AudioInput, Grabber
from vidfeedback.recording.timeline import Timeline

# A still screen still gets a frame this often, so players and seeking never wait long. The
# muxer holds the newest frame until the next one (encoding.Muxer), so with the open fragment
# this bounds what a kill can cost of the picture: about half a second (FRAGMENT_DURATION_US).
HEARTBEAT_NS = 250_000_000
# No audio block for this long means the microphone has gone; fill with silence and say so.
MIC_SILENT_NS = 600_000_000
AUDIO_WAKE_INTERVAL_S = 0.1  # the audio thread drains the microphone this often
MIC_REOPEN_INTERVAL_S = 2.0
MIC_BACK_LISTEN_S = 1.0  # a reopened microphone must deliver sound within this to count as back
# Sound captured just before the stop arrives up to the input latency later; wait that long.
STOP_AUDIO_GRACE_NS = 800_000_000
FRAME_QUEUE_FRAMES = 6  # 200 ms at 30 fps: absorbs an encoder hiccup, bounds memory at 1080p
POOL_FRAMES = FRAME_QUEUE_FRAMES + 2  # the queue, the one being encoded, the one being composed
# Free space is checked this often while recording.
DISK_CHECK_INTERVAL_S = 2.0
# Warn when, after the finish has copied the take (it needs as much again), less than this is
# left: at 1080p a take grows by a few MB a minute, so this is many minutes of warning.
DISK_LOW_BYTES = 300_000_000

ProblemCallback = Callable[[Problem], None]


class Pipeline:
    def __init__(
        self,
        *,
        region: Region,
        fps: int,
        timeline: Timeline,
        compositor: Compositor,
        video: VideoEncoder,
        audio: AudioEncoder | None,
        muxer: Muxer,
        mic: AudioInput | None,
        device_name: str,
        take_dir: Path,
        open_grabber: Callable[[Region], Grabber],
        open_damage_watch: Callable[[], DamageWatch | None],
        on_failure: ProblemCallback,
        on_warning: ProblemCallback,
    ) -> None:
        # Written by Recorder.move_region and set_masked_rects (any thread, one assignment
        # each), read by the capture thread once per frame.
        self.region = region
        self.mask: ScreenMask | None = None
        self._fps = fps
        self._timeline = timeline
        self._compositor = compositor
        self._video = video
        self._audio = audio
        self._muxer = muxer
        self._mic = mic
        self._device_name = device_name
        self._take_dir = take_dir
        self._open_grabber = open_grabber
        self._open_damage_watch = open_damage_watch
        self._on_failure = on_failure
        self._on_warning = on_warning
        self._threads: list[threading.Thread] = []
        self._stop_flag = threading.Event()
        self._resumed = threading.Event()
        self._resumed.set()
        self._force_frame = threading.Event()
        self._go = threading.Event()
        self._capture_ready = threading.Event()
        self._stop_ns = 0
        self._stop_mono_ns = 0
        self._pool = FramePool(region.width, region.height, POOL_FRAMES)
        self._frames: queue.Queue[tuple[int, av.VideoFrame, bool] | None] = queue.Queue(
            maxsize=FRAME_QUEUE_FRAMES
        )
        self._pacer = DeadlinePacer(fps)
        # What the canvas may convert per tick to make up for an odd scroll (canvas.repay): an
        # eighth of the picture, a millisecond or two at 1080p, so the area is exact again
        # within about ten ticks.
        self._repay_px = region.width * region.height // 8
        self._warned_mic = False
        # Counters: each written by one thread, read racily for the live stats (which is fine).
        self.frames_captured = 0
        self.frames_skipped = 0
        self.frames_dropped_queue = 0
        self.aligner = AudioAligner(timeline)
        self.level_dbfs = -120.0
        self.screen_changes: ScreenChanges | None = None
        self.canvas: YuvCanvas | None = None

    @property
    def pool_frames_used_max(self) -> int:
        return self._pool.used_max

    @property
    def frames_late(self) -> int:
        return self._pacer.late_ticks

    @property
    def frames_missed(self) -> int:
        return self._pacer.missed_ticks

    # --- commands, from the Recorder (under its lock) ------------------------------------

    def start(self, at_time_zero: Callable[[], None]) -> None:
        """Start the threads. at_time_zero runs once the screen grabber is set up, so that the
        take's t=0 can be its first frame."""
        keep_large_blocks_out_of_the_heap()
        self._muxer.add_producer()
        if self._audio is not None:
            self._muxer.add_producer()
        if self._mic is not None:
            # Blocks captured before t=0 would only be dropped by the aligner; skip the work.
            with contextlib.suppress(queue.Empty):
                while True:
                    self._mic.blocks.get_nowait()
        self._spawn(self._capture_loop, "vf-capture")
        self._capture_ready.wait()
        at_time_zero()
        self._go.set()
        self._muxer.start()
        self._spawn(self._video_loop, "vf-video")
        if self._audio is not None:
            self._spawn(self._audio_loop, "vf-audio")
        self._spawn(self._disk_loop, "vf-disk")

    def pause(self) -> None:
        self._resumed.clear()

    def resume(self) -> None:
        self._force_frame.set()  # the first picture after a resume goes out, changed or not
        self._resumed.set()

    def stop(self, stop_mono_ns: int, stop_ns: int) -> None:
        """Ask every thread to finish what was captured before stop_mono_ns (take time
        stop_ns); join() waits for them."""
        self._stop_mono_ns = stop_mono_ns
        self._stop_ns = stop_ns
        self._stop_flag.set()
        self._resumed.set()

    def join(self) -> None:
        for t in self._threads:
            t.join()
        if self._threads:
            self._muxer.join()
        # What the take's encoding held goes back before the finish copies the take, so that
        # the finish never adds to the take's peak memory.
        self._pool.clear()
        self._video.release()

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        self._threads.append(t)
        t.start()

    # --- the threads --------------------------------------------------------------------

    def _capture_loop(self) -> None:
        grabber: Grabber | None = None
        changes: ScreenChanges | None = None
        try:
            grabber = self._open_grabber(self.region)
            grabber.grab()  # the first grab sets up shared memory; keep that out of frame 0
            # The picture as the encoder takes it, converted only where the screen changed.
            canvas = YuvCanvas(self.region.width, self.region.height)
            # What changed, from the X server's damage reports where it has them (no grab at all
            # while nothing is drawn), else from comparing whole grabs.
            changes = ScreenChanges(grabber, canvas, self._open_damage_watch())
            self.screen_changes = changes
            self.canvas = canvas
            self._capture_ready.set()
            self._go.wait()
            self._capture(grabber, canvas, changes)
        except Exception as exc:
            # Any failure of the screen source: without this the thread would end unseen and the
            # take go on without pictures. The owner is told and stops; what was recorded stays.
            self._on_failure(
                problem(
                    ErrorCode.SCREEN_UNAVAILABLE,
                    f"the screen could not be read any more: {exc}",
                    detail=str(exc),
                )
            )
        finally:
            self._capture_ready.set()  # start() never waits for a source that failed
            if changes is not None:
                changes.close()
            if grabber is not None:
                grabber.close()
            self._frames.put(None)

    def _capture(self, grabber: Grabber, canvas: YuvCanvas, changes: ScreenChanges) -> None:
        prev_key: tuple[object, ...] | None = None
        converted_as: tuple[object, ...] | None = None  # origin and mask of the conversion
        last_emit_ns = 0
        emitted = False
        # Pictures at least a frame interval apart in take time: across a pause (or a join) two
        # grabs can come closer, and players and FFmpeg's frame-rate logic assume they do not.
        frame_ns = 1_000_000_000 // self._fps
        last_take_ns = -frame_ns
        while not self._stop_flag.is_set():
            if not self._resumed.is_set():
                self._resumed.wait()
                self._pacer.reset()
                continue
            if self._muxer.error is not None:
                self._on_failure(write_problem(self._muxer.error, self._take_dir))
                self._resumed.wait(0.1)
                continue
            self._pacer.wait_next()
            if self._stop_flag.is_set() or not self._resumed.is_set():
                continue
            region = self.region  # one read: move_region() may replace it meanwhile
            if region != grabber.region:
                grabber.move_to(region)
                self._compositor.move_region(region)
            # Stamped when the pixels were read, not before the call: under load the grab
            # ran up to 26 ms after a stamp taken here, and the picture came out late.
            changed, grab_ns = changes.poll()
            self.frames_captured += 1
            mask = self.mask
            key = (
                *self._compositor.state_key(grab_ns),
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
            if canvas.owes:  # an odd scroll's chroma, made exact over the next ticks
                changed = changed + canvas.repay(self._repay_px, painter)
            forced = self._force_frame.is_set()
            if (
                not forced
                and emitted
                and not changed
                and key == prev_key
                and grab_ns - last_emit_ns < HEARTBEAT_NS
            ):
                self.frames_skipped += 1
                continue
            self._force_frame.clear()
            take_ns = self._timeline.take_ns(grab_ns)
            if not emitted:
                # The first picture is what the screen showed at t=0, read a moment later (the
                # grab's own time, ~20 ms at 1080p on a busy machine). A file without sound
                # starts at its first picture, so a late first stamp would move every later
                # picture that much early.
                take_ns = 0
            if forced:  # the first picture after a resume
                take_ns = max(take_ns, last_take_ns + frame_ns)
            if self._emit(canvas, painter, grab_ns, take_ns, forced):
                prev_key, last_emit_ns, emitted = key, grab_ns, True
                last_take_ns = take_ns
        # The video must last as long as the take, even if the screen was still at the end
        # (a last picture less than a frame before the stop already lasts that long).
        if emitted and self._stop_ns - last_take_ns >= frame_ns:
            painter = _mask_painter(self.mask, grabber.region)
            now_ns = time.monotonic_ns()
            self._emit(canvas, painter, now_ns, self._stop_ns, False, block=True)

    def _emit(
        self,
        canvas: YuvCanvas,
        painter: MaskPainter | None,
        grab_ns: int,
        take_ns: int,
        key: bool,
        block: bool = False,
    ) -> bool:
        buf = self._pool.take(block=block)
        if buf is None:
            self.frames_dropped_queue += 1  # the encoder is behind: lose a frame, not time
            return False
        canvas.compose(buf, self._compositor.overlay(grab_ns), painter)
        self._frames.put((take_ns, buf, key))
        return True

    def _video_loop(self) -> None:
        try:
            while (item := self._frames.get()) is not None:
                take_ns, buf, key = item
                try:
                    packets = self._video.encode(buf, take_ns, force_key=key)
                finally:
                    self._pool.give_back(buf)
                for p in packets:
                    self._muxer.packets.put(p)
            for p in self._video.flush():
                self._muxer.packets.put(p)
        except av.FFmpegError as exc:
            self._on_failure(
                problem(ErrorCode.ENCODING_FAILED, f"video encoding failed: {exc}", detail=str(exc))
            )
        finally:
            self._muxer.producer_done()

    def _audio_loop(self) -> None:
        assert self._mic is not None and self._audio is not None
        mic, aligner = self._mic, self.aligner
        last_reopen = time.monotonic()
        try:
            while True:
                stopping = self._stop_flag.is_set()
                try:
                    block = mic.blocks.get_nowait()
                except queue.Empty:
                    # Wake up ten times a second and take what has come, not once per 21 ms
                    # block: each wake-up takes the GIL from the capture thread (issue 15 put the
                    # audio thread's cost beyond the AAC work at ~3 CPU-s a minute). The blocks'
                    # stamps were taken on arrival, so waiting in the queue changes no timing.
                    time.sleep(AUDIO_WAKE_INTERVAL_S)
                    try:
                        block = mic.blocks.get_nowait()
                    except queue.Empty:
                        block = None
                if block is not None:
                    if stopping and block.first_sample_mono_ns >= self._stop_mono_ns:
                        break  # everything captured before the stop is in
                    if self._timeline.in_pause(block.first_sample_mono_ns):
                        continue  # captured during a pause: dropped, exactly like the picture
                    samples = aligner.push(
                        block.samples, block.first_sample_mono_ns, block.overflow
                    )
                    if len(block.samples):
                        peak = float(np.max(np.abs(block.samples)))
                        self.level_dbfs = 20 * float(np.log10(max(peak, 1e-6)))
                    self._encode_audio(samples)
                    continue
                if stopping and time.monotonic_ns() - self._stop_mono_ns > STOP_AUDIO_GRACE_NS:
                    break  # the microphone has nothing more from before the stop
                now = time.monotonic_ns()
                if not self._timeline.paused and now - mic.last_block_mono_ns > MIC_SILENT_NS:
                    self.level_dbfs = -120.0
                    # Keep the file's sound continuous up to a little before now, so a
                    # microphone that comes back still fits in.
                    self._encode_audio(aligner.fill_silence_until(now - MIC_SILENT_NS // 2))
                    if not self._warned_mic:
                        self._warned_mic = True
                        self._on_warning(
                            problem(
                                ErrorCode.MIC_LOST,
                                "the microphone stopped delivering sound; recording goes on "
                                "with silence — check the microphone",
                                device=self._device_name,
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
            self._on_failure(
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

    def _try_reopen(self, mic: AudioInput) -> None:
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
            self._on_warning(
                problem(
                    ErrorCode.MIC_BACK,
                    "the microphone is back",
                    device=self._device_name,
                )
            )

    def _disk_loop(self) -> None:
        """Say so while there is still time to act: the take and its finish need disk space."""
        warned = False
        while not self._stop_flag.wait(DISK_CHECK_INTERVAL_S):
            try:
                free = shutil.disk_usage(self._take_dir).free
            except OSError:
                continue
            # The finish copies the take, so what it has written so far is needed once more.
            left = free - self._muxer.bytes_written
            if left < DISK_LOW_BYTES and not warned:
                warned = True
                free_mb = max(0, left) // 1_000_000
                self._on_warning(
                    problem(
                        ErrorCode.DISK_NEARLY_FULL,
                        f"the disk is nearly full: about {free_mb} MB is left for "
                        f"{self._take_dir.parent}; stop soon or free some space",
                        path=self._take_dir.parent,
                        free_mb=free_mb,
                    )
                )
            elif left > 2 * DISK_LOW_BYTES:
                warned = False  # space was freed: warn again if it runs low again


def _mask_painter(mask: ScreenMask | None, region: Region) -> MaskPainter | None:
    if mask is None or not mask.patches:
        return None
    return _RegionMask(mask, region)


class _RegionMask:
    """The masked areas seen through the recorded region (canvas.MaskPainter)."""

    def __init__(self, mask: ScreenMask, region: Region) -> None:
        self._mask = mask
        self._region = region

    def boxes(self) -> list[Box]:
        r = self._region
        out: list[Box] = []
        for p in self._mask.patches:
            common = intersection(p.area, r)
            if common is not None:
                x, y = common.x - r.x, common.y - r.y
                out.append((x, y, x + common.width, y + common.height))
        return out

    def paint(self, patch: Frame, x: int, y: int) -> None:
        h, w = patch.shape[:2]
        self._mask.apply(patch, Region(self._region.x + x, self._region.y + y, w, h))


def describe_write_error(exc: BaseException) -> str:
    # Along the whole chain: the finish wraps PyAV's error, which holds the errno, and the teacher
    # was told "could not write full.mp4: [Errno 28] No space left on device: '...part'".
    code = os_error_code(exc)
    if code is ErrorCode.DISK_FULL:
        return "the disk is full"
    if code in (ErrorCode.FOLDER_READ_ONLY, ErrorCode.NO_PERMISSION):
        return "the folder cannot be written to"
    return str(exc)


def write_problem(exc: BaseException, take_dir: Path) -> Problem:
    """A write failure during the take: the disk is full, or the folder went away or read-only."""
    folder = take_dir.parent
    code = os_error_code(exc)
    if code is ErrorCode.DISK_FULL:
        return problem(code, "the disk is full", path=folder)
    return problem(
        ErrorCode.WRITE_FAILED,
        describe_write_error(exc),
        path=folder,
        detail=describe_write_error(exc),
    )
