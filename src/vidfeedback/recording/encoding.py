"""Live encoding with PyAV: H.264 and AAC into a fragmented MP4 that survives a kill.

Each encoder runs on its own thread and hands packets to the muxer thread through a bounded
queue, so the container is only ever touched by one thread. PyAV releases the GIL while encoding
and muxing, so the stages overlap on two cores.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import av.container
import numpy as np

from vidfeedback.recording.media import Frame, Samples
from vidfeedback.takes.format import AAC_PRIMING_SAMPLES, SAMPLE_RATE_HZ

VIDEO_TIME_BASE = Fraction(1, 90_000)  # the MPEG clock: exact for 24, 25, 30 and 60 fps
AUDIO_FRAME_SAMPLES = 1024  # what the AAC encoder takes per frame
AUDIO_BITRATE = 96_000  # mono speech: transparent at this rate, a tenth of the video's size
# A fragment is written once the next packet shows it complete, so a kill costs what is in the
# open fragment, plus the held frame (Muxer) and what the interleaver holds back (below). A
# quarter of a second each keeps a kill's cost near half a second on a still screen (measured
# 0.42-0.59 s, tests/e2e/test_kill_points.py; it was 0.95-1.09 s with half-second values). The
# extra boxes (remuxing 20 s with ffmpeg) cost the take folder's file 3 % on a still screen,
# where it is mostly sound (264 -> 273 kB), and 0.04 % on a busy one; the final file has none.
FRAGMENT_DURATION_US = 250_000
# With variable frame rate, x264's frame-count GOP says nothing about time; keyframes are forced
# by time instead, so a seek never has to decode more than this much. A keyframe of a page of
# text is ~350 kB at 1080p, the size of a hundred ordinary frames: every 4 s they were four
# fifths of the file. ffmpeg's default GOP (250 frames) is 8.3 s at 30 fps; 10 s keeps a still
# screen's keyframes below ffmpeg's and a seek within 10 s of picture (docs/benchmark.md).
KEYFRAME_INTERVAL_NS = 10_000_000_000
# BT.709 is what the stream declares (VideoEncoder) and what browsers assume for HD.
_BT709 = 1  # AVCOL_SPC_BT709, also swscale's SWS_CS_ITU709


class EncodingError(Exception):
    pass


@dataclass(frozen=True)
class VideoSettings:
    width: int
    height: int
    fps: int
    crf: int = 23
    preset: str = "veryfast"


def open_take_container(path: Path) -> av.container.OutputContainer:
    return av.open(
        str(path),
        "w",
        format="mp4",
        options={
            "movflags": "empty_moov+default_base_moof",  # cut by time: frag_duration
            "frag_duration": str(FRAGMENT_DURATION_US),
            # Hand each finished fragment to the OS at once; otherwise a still screen's small
            # fragments wait in FFmpeg's 32 KB buffer and a kill takes them along.
            "flush_packets": "1",
            # The interleaver holds audio back until video catches up, by default for up to
            # 10 s; a still screen sends video every 0.25 s (HEARTBEAT), so wait no longer.
            "max_interleave_delta": "250000",
        },
    )


class Muxer:
    """Owns the container; the only writer. Stops at the first write error and keeps it."""

    def __init__(self, container: av.container.OutputContainer, queue_packets: int = 512) -> None:
        self.container = container
        self.packets: queue.Queue[av.Packet[Any] | None] = queue.Queue(maxsize=queue_packets)
        self.error: OSError | av.FFmpegError | None = None
        self.bytes_written = 0
        self._producers = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="vf-muxer", daemon=True)

    def add_producer(self) -> None:
        with self._lock:
            self._producers += 1

    def start(self) -> None:
        self._thread.start()

    def producer_done(self) -> None:
        self.packets.put(None)

    def join(self) -> None:
        self._thread.join()

    def _write(self, packet: av.Packet[Any]) -> None:
        try:
            self.container.mux(packet)
            self.bytes_written += packet.size
        except (OSError, av.FFmpegError) as exc:
            self.error = exc

    def _run(self) -> None:
        remaining = self._producers
        # The newest video packet waits for the next one, which tells how long it is shown.
        # The fragmenting muxer needs that duration when a fragment closes after it: with a
        # guessed one-frame duration, the next fragment's start (tfdt) comes out as "one frame
        # later" instead of when the next frame really is, and on a still screen a frame would
        # play up to seconds early. The cost: a kill loses the held frame (at most HEARTBEAT).
        held: av.Packet[Any] | None = None
        while remaining:
            packet = self.packets.get()
            if packet is None:
                remaining -= 1
                continue
            if self.error is not None:
                continue  # keep draining so producers never block on a dead muxer
            if packet.stream.type == "video" and packet.dts is not None:
                previous, held = held, packet
                if previous is None or previous.dts is None:
                    continue
                previous.duration = packet.dts - previous.dts
                packet = previous
            self._write(packet)
        if held is not None and self.error is None:
            self._write(held)  # the last frame keeps the encoder's one-frame duration
        try:
            self.container.close()
        except (OSError, av.FFmpegError) as exc:
            if self.error is None:
                self.error = exc


class VideoEncoder:
    def __init__(self, container: av.container.OutputContainer, settings: VideoSettings) -> None:
        stream = container.add_stream("libx264", rate=settings.fps)
        stream.width = settings.width
        stream.height = settings.height
        stream.pix_fmt = "yuv420p"
        stream.time_base = VIDEO_TIME_BASE
        ctx = stream.codec_context
        ctx.time_base = VIDEO_TIME_BASE
        # "main" plays in every browser and hardware decoder. High (8×8 transform) was measured
        # on the benchmark session: the same size and quality as Main on screen text.
        ctx.profile = "Main"
        # Slice threads only: with "AUTO" FFmpeg's libx264 wrapper turns zerolatency's sliced
        # threads into frame threads, which hold back two frames; on a still screen that is two
        # heartbeats of picture that a kill takes along (tests/test_take_timing.py pins it).
        # One thread: two slices cut the time a frame takes on two cores by a third (p99 ~40 ms,
        # not ~65) but cost CPU (12.2 against 9.5 ms per pointer-only frame) and ~5 % of size
        # (prediction stops at slice edges). Since the capture thread no longer converts whole
        # frames and the pool holds 8 frames (over 250 ms), a scroll's slower frame fits.
        ctx.thread_type = "SLICE"
        ctx.thread_count = 1
        ctx.options = {
            "preset": settings.preset,
            "crf": str(settings.crf),
            "forced-idr": "1",
            # A still screen gives a frame every few seconds, so any frame delay in the encoder
            # (lookahead, B-frames, frame threads) becomes seconds of delay: packets would sit
            # in x264 and the interleaving muxer, and a kill would take them along. zerolatency
            # gives a frame out for every frame in. Keyframes come by time, not frame count.
            "tune": "zerolatency",
            "x264-params": ":".join(
                (
                    "keyint=infinite",
                    # Without lookahead there is no MB-tree, and CRF's usual qcomp (0.6) gives
                    # a frame with little change a lower QP than the one before: every pointer
                    # move and heartbeat re-coded the whole page a little better (QP 35 → 18 in
                    # ten frames), most of a still screen's bytes. qcomp=1 keeps one quality.
                    "qcomp=1",
                    # A wheel notch scrolls text ~60 px in one frame, beyond veryfast's hex
                    # search (16 px): scrolled pages were coded as new pictures. UMH over 64 px
                    # finds the scroll; it also cost less CPU, as motion is cheaper than intra.
                    "me=umh",
                    "merange=64",
                    # Sharper glyph edges for the bits: +1 dB PSNR at the same size.
                    "trellis=1",
                    # No in-loop deblocking: it smooths block edges, which on screen text and
                    # flat paper buys little; without it x264 runs 5 % fewer instructions per
                    # frame for 0.19 dB less PSNR-Y and 0.4 % less size (benchmarks/
                    # encoder_choice.py, docs/benchmark.md "x264 settings, second pass").
                    "no-deblock=1",
                    # A screen has no fades: without weighted prediction the pictures are the
                    # same, and x264 no longer weighs every frame against the last nor adds a
                    # second, offset copy of the reference (3 % of a scroll frame's work).
                    "weightp=0",
                    # Measured and left as they were: subme 0 or 1 (a quarter fewer instructions
                    # and no half-pixel planes, 13 MB, but 2.3 dB worse: they also compare
                    # blocks by SAD, which moves the scene cuts), constant QP with scenecut=0
                    # (no half-size lowres analysis: a fifth fewer instructions, but without
                    # AQ 1.1-1.6 dB worse at the same size), scenecut=0 (10 % smaller, 1.6 dB
                    # worse).
                )
            ),
        }
        # Saying BT.709 avoids a colour shift on players that would otherwise guess.
        ctx.color_range = 1  # limited ("tv") range, the H.264 norm
        ctx.colorspace = _BT709
        ctx.color_primaries = 1
        ctx.color_trc = 1
        self._stream: av.VideoStream | None = stream
        self.frames_encoded = 0
        self.keyframes_forced = 0
        self._last_pts = -1
        self._last_key_ns: int | None = None

    def encode(
        self, frame: Frame | av.VideoFrame, take_ns: int, force_key: bool = False
    ) -> list[av.Packet[Any]]:
        """frame: BGRA pixels, or a yuv420p frame of the stream's size converted as
        canvas.convert_bgra does (x264 takes it as it is; it may be reused once this returns)."""
        if isinstance(frame, av.VideoFrame):
            vf = frame
            vf.pict_type = av.video.frame.PictureType.NONE  # a reused frame may say I
        else:
            vf = av.VideoFrame.from_numpy_buffer(frame, format="bgra")
        # The BGRA → YUV conversion takes its matrix from the frame; untagged RGB gets BT.601,
        # which does not match the BT.709 the stream declares (a red pen stroke would shift).
        vf.colorspace = _BT709
        pts = max(round(take_ns * 90_000 / 1_000_000_000), self._last_pts + 1)
        self._last_pts = pts
        vf.pts = pts
        vf.time_base = VIDEO_TIME_BASE
        if (
            force_key
            or self._last_key_ns is None
            or take_ns - self._last_key_ns >= KEYFRAME_INTERVAL_NS
        ):
            vf.pict_type = av.video.frame.PictureType.I
            self._last_key_ns = take_ns
            self.keyframes_forced += 1
        packets = list(self.stream.encode(vf))
        self.frames_encoded += 1
        if any(p.is_keyframe for p in packets):
            # x264 makes a keyframe itself for a whole new picture (Page Down, another
            # document); it serves seeking as well as a forced one, so the clock restarts.
            self._last_key_ns = take_ns
        return packets

    def flush(self) -> list[av.Packet[Any]]:
        return list(self.stream.encode(None))

    @property
    def stream(self) -> av.VideoStream:
        if self._stream is None:
            raise EncodingError("the video encoder was released")
        return self._stream

    def release(self) -> None:
        """Free x264 (~44 MB at 1080p) once it is flushed and its container closed: the last
        reference to the stream holds the codec context."""
        self._stream = None


class AudioEncoder:
    """Cuts the aligned sample stream into AAC frames; pts is the sample count."""

    def __init__(self, container: av.container.OutputContainer) -> None:
        stream = container.add_stream("aac", rate=SAMPLE_RATE_HZ)
        stream.layout = "mono"
        stream.bit_rate = AUDIO_BITRATE
        stream.time_base = Fraction(1, SAMPLE_RATE_HZ)
        # FFmpeg's default coder (twoloop) cost 2.8 CPU-s per minute of speech here, a fifth of
        # the recorder; "fast" costs 0.9 and, at this bit rate, gave speech a higher SNR (38.8
        # against 24.9 dB; tests/recording/test_encoding.py keeps it above 30 dB).
        stream.codec_context.options = {"aac_coder": "fast"}
        self.stream = stream
        self._pending = np.zeros(0, np.float32)
        self._pts = 0
        self._seen_packet = False

    @property
    def samples_encoded(self) -> int:
        return self._pts

    def encode(self, samples: Samples) -> list[av.Packet[Any]]:
        self._pending = np.concatenate([self._pending, samples]) if len(self._pending) else samples
        packets: list[av.Packet[Any]] = []
        while len(self._pending) >= AUDIO_FRAME_SAMPLES:
            chunk = self._pending[:AUDIO_FRAME_SAMPLES]
            self._pending = self._pending[AUDIO_FRAME_SAMPLES:]
            packets.extend(self._encode_chunk(chunk))
        return packets

    def flush(self) -> list[av.Packet[Any]]:
        packets: list[av.Packet[Any]] = []
        if len(self._pending):
            chunk = np.zeros(AUDIO_FRAME_SAMPLES, np.float32)
            chunk[: len(self._pending)] = self._pending
            self._pending = np.zeros(0, np.float32)
            packets.extend(self._encode_chunk(chunk))
        packets.extend(self._delayed(self.stream.encode(None)))
        return packets

    def _encode_chunk(self, chunk: Samples) -> list[av.Packet[Any]]:
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(chunk.reshape(1, -1)), format="fltp", layout="mono"
        )
        frame.sample_rate = SAMPLE_RATE_HZ
        frame.pts = self._pts
        frame.time_base = Fraction(1, SAMPLE_RATE_HZ)
        self._pts += len(chunk)
        return self._delayed(self.stream.encode(frame))

    def _delayed(self, packets: list[av.Packet[Any]]) -> list[av.Packet[Any]]:
        for p in packets:
            if p.pts is None or p.dts is None:
                continue
            if not self._seen_packet and p.pts != -AAC_PRIMING_SAMPLES:
                raise EncodingError(f"the AAC encoder's priming is {-p.pts} samples, not 1024")
            self._seen_packet = True
            p.pts += AAC_PRIMING_SAMPLES
            p.dts += AAC_PRIMING_SAMPLES
        return packets
