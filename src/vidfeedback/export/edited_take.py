"""Write an edited take (takes/edit.py's plan) without re-encoding the whole picture.

* **Pictures are copied** where they can be: every group of pictures (a keyframe and the frames
  that follow it) that lies inside a kept range goes into the new file byte for byte.
* **Only the head of a kept range is re-encoded**: the picture shown at the range's start and
  the frames after it up to the next keyframe of the take depend on frames that were cut. They
  are decoded (from the keyframe before them) and encoded again by a fresh encoder with the
  take's own settings (recording/encoding.py's, the take's CRF read from the stream), which must
  give the very same parameter sets as the take, so both kinds of frame share one track under
  one codec description. A fresh encoder starts with a keyframe, so the copied frames after the
  stretch never refer to anything re-encoded. Keyframes are at most ~10.5 s apart, so at most
  that much picture is re-encoded per cut; a still screen has few frames in it.
* **Sound is cut sample-exact**: AAC frames are 1024 samples and overlap, so a cut between two
  of them cannot be copied; the sound is decoded, the kept samples joined (and the voice
  cleaned, export/voice.py), and encoded again. This is the expensive part: see docs/editing.md.
* Times move by the plan: a picture at source time t in a kept range [a, b) lands at
  offset + (t − a); the last picture of a range is shown until b. Chapters follow the plan
  (dropped ones are returned so the teacher can be told).

Like the finish, the result is written to a hidden part file and given its name with
atomic_files.publish_no_clobber, so an existing file is never replaced and a failure leaves
nothing behind.
"""

from __future__ import annotations

import contextlib
import io
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

import av
import av.container
import numpy as np

from vidfeedback.atomic_files import publish_no_clobber
from vidfeedback.errors import ErrorCode
from vidfeedback.model import Chapter, Marker
from vidfeedback.recording.encoding import (
    AUDIO_BITRATE,
    AUDIO_FRAME_SAMPLES,
    VIDEO_TIME_BASE,
    VideoEncoder,
    VideoSettings,
)
from vidfeedback.takes.edit import EditError, EditPlan
from vidfeedback.takes.finish import chapter_entries, read_chapters
from vidfeedback.takes.layout import markers_path
from vidfeedback.takes.markers_file import read_markers_sidecar, write_markers_sidecar

# Frame rates the engine records at (its --fps choices people use); the take's own comes first.
_FPS_CANDIDATES = (30, 25, 24, 60, 15, 20, 10, 50, 5)
_CRF = re.compile(rb"crf=(\d+(?:\.\d+)?)")
# Metadata worth keeping from the take (the finish sets a title); the rest describes the muxer.
_KEPT_METADATA = ("title", "artist", "comment", "description", "language")

SoundFilter = Callable[[np.ndarray, int], np.ndarray]  # (samples, rate) -> as many samples


@dataclass
class EditResult:
    path: Path
    duration_ms: int
    chapters: list[Chapter]
    dropped_chapters: list[Chapter]
    markers: list[Marker] = field(default_factory=list)
    dropped_markers: list[Marker] = field(default_factory=list)
    video_packets_copied: int = 0
    video_frames_reencoded: int = 0
    bytes_copied: int = 0
    bytes_reencoded: int = 0
    timings_s: dict[str, float] = field(default_factory=dict)


def source_duration_ms(source: Path) -> int:
    """How long a finished take is (its longest stream). Raises EditError if unreadable."""
    try:
        with av.open(str(source)) as src:
            ends = [
                float((s.start_time or 0) * s.time_base + (s.duration or 0) * s.time_base)
                for s in src.streams
                if s.type in ("video", "audio") and s.time_base is not None and s.duration
            ]
            if not ends and src.duration:
                ends = [src.duration / av.time_base]
    except av.FFmpegError as exc:
        raise EditError(
            f"{source.name} cannot be read: {exc}",
            ErrorCode.TAKE_UNREADABLE,
            path=source,
            detail=str(exc),
        ) from exc
    return round(max(ends, default=0.0) * 1000)


def edit_take(
    source: Path,
    dest: Path,
    plan: EditPlan,
    sound_filter: SoundFilter | None = None,
    progress: Callable[[float], None] | None = None,
) -> EditResult:
    """Edit a finished take into dest with its chapters and, when the take has one, its
    markers file (markers and pause points moved; those in a cut dropped and returned). dest
    and its markers file must not exist: nothing is ever replaced."""
    timeline = read_markers_sidecar(source)
    sidecar = markers_path(dest)
    if timeline is not None and sidecar.exists():
        raise EditError(
            f"{sidecar} exists; refusing to overwrite it", ErrorCode.OUTPUT_EXISTS, path=sidecar
        )
    result = write_edited_take(source, dest, plan, read_chapters(source), sound_filter, progress)
    if timeline is not None:
        result.markers, result.dropped_markers = plan.edit_markers(timeline.markers)
        pauses = plan.edit_pauses(timeline.pauses_ms or [])
        try:
            write_markers_sidecar(dest, result.markers, result.duration_ms, pauses)
        except OSError as exc:
            raise EditError(
                f"the markers file of {dest.name} could not be written: {exc}",
                path=sidecar,
                detail=str(exc),
            ) from exc
    return result


def write_edited_take(
    source: Path,
    dest: Path,
    plan: EditPlan,
    chapters: list[Chapter],
    sound_filter: SoundFilter | None = None,
    progress: Callable[[float], None] | None = None,
) -> EditResult:
    """Write source, edited by plan, to dest (which must not exist). chapters are the source's;
    the result's are returned. sound_filter (e.g. the voice cleaning) gets the kept sound as
    mono float32 at 48 kHz and returns as many samples. Raises EditError; source is untouched."""
    if dest.exists():
        raise EditError(
            f"{dest} exists; refusing to overwrite it", ErrorCode.OUTPUT_EXISTS, path=dest
        )
    new_chapters, dropped = plan.edit_chapters(chapters)
    result = EditResult(dest, plan.result_ms, new_chapters, dropped)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        _write(source, tmp, plan, new_chapters, sound_filter, progress, result)
        publish_no_clobber(tmp, dest)  # fails rather than replace a file that appeared meanwhile
    except (av.FFmpegError, OSError) as exc:
        if isinstance(exc, FileExistsError):
            raise EditError(
                f"{dest} exists; refusing to overwrite it", ErrorCode.OUTPUT_EXISTS, path=dest
            ) from exc
        raise EditError(f"could not write {dest.name}: {exc}", path=dest, detail=str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return result


def _write(
    source: Path,
    dest: Path,
    plan: EditPlan,
    chapters: list[Chapter],
    sound_filter: SoundFilter | None,
    progress: Callable[[float], None] | None,
    result: EditResult,
) -> None:
    with contextlib.ExitStack() as stack:
        src = stack.enter_context(av.open(str(source)))
        if not src.streams.video:
            raise EditError(f"{source.name} has no picture", path=source, detail="no video")
        vin = src.streams.video[0]
        ain = src.streams.audio[0] if src.streams.audio else None
        t0 = time.monotonic()
        # Each pass reads from a container of its own: after a seek, FFmpeg's AAC decoding of
        # an MP4 no longer hides the priming the same way (the sound came out changed by up
        # to 0.1 of full scale), and the video pass must start at the first packet.
        settings = _LazySettings(source)
        out = stack.enter_context(
            av.open(str(dest), "w", format="mp4", options={"movflags": "+faststart"})
        )
        out.metadata.update({k: v for k, v in src.metadata.items() if k in _KEPT_METADATA})
        # Before the header, or the muxer makes no QuickTime chapter track (finish.py).
        out.set_chapters(chapter_entries(chapters))
        vout = out.add_stream_from_template(vin)
        audio_packets: list[av.Packet[Any]] = []
        if ain is not None:
            rate_hz = ain.codec_context.sample_rate
            # FFmpeg's "fast" AAC coder: half the time of its default (two-loop) one, the sound
            # encoded being most of an edit's cost; and the default one now and then put a
            # spike 2 dB over the limiter's ceiling into levelled speech (docs/editing.md).
            aout = out.add_stream("aac", rate=rate_hz, options={"aac_coder": "fast"})
            aout.layout = "mono"
            aout.bit_rate = AUDIO_BITRATE
            aout.time_base = Fraction(1, rate_hz)
            t1 = time.monotonic()
            with av.open(str(source)) as sound_src:
                sound = _kept_sound(sound_src, sound_src.streams.audio[0], plan)
            t2 = time.monotonic()
            if sound_filter is not None:
                sound = sound_filter(sound, rate_hz)
            t3 = time.monotonic()
            audio_packets = _encode_sound(aout, sound)
            t4 = time.monotonic()
            result.timings_s.update(
                {"sound_decode": t2 - t1, "sound_filter": t3 - t2, "sound_encode": t4 - t3}
            )
        t5 = time.monotonic()
        writer = _VideoWriter(src, vin, vout, settings, plan, result)
        pending = iter(audio_packets)
        next_audio = next(pending, None)
        total_s = plan.result_ms / 1000
        last_report = -1.0
        for packet in writer.packets():
            t_s = float(packet.pts * packet.time_base) if packet.pts is not None else 0.0
            # Interleave: the sound up to this picture's time goes first, so a player reading
            # the file front to back finds both close together.
            while next_audio is not None and _time_s(next_audio) <= t_s:
                out.mux(next_audio)
                next_audio = next(pending, None)
            out.mux(packet)
            if progress is not None and total_s and t_s - last_report >= 1.0:
                last_report = t_s
                progress(min(1.0, t_s / total_s))
        while next_audio is not None:
            out.mux(next_audio)
            next_audio = next(pending, None)
        result.timings_s["video"] = time.monotonic() - t5
        result.timings_s["settings"] = t1 - t0 if ain is not None else t5 - t0
    if progress is not None:
        progress(1.0)


def _time_s(packet: av.Packet[Any]) -> float:
    assert packet.dts is not None and packet.time_base is not None
    return float(packet.dts * packet.time_base)


# --- sound -------------------------------------------------------------------------------


def _kept_sound(
    src: av.container.InputContainer, ain: av.AudioStream, plan: EditPlan
) -> np.ndarray:
    """The kept sound, joined, as mono float32 at the take's rate (48 kHz). The final file's edit
    list hides the encoder's priming, so decoded sample n is take time n / rate."""
    rate_hz = ain.codec_context.sample_rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=rate_hz)
    chunks: list[np.ndarray] = []
    for frame in src.decode(ain):
        if frame.format.name == "fltp" and frame.layout.nb_channels == 1:
            # A take's own sound (mono AAC decodes to planar float): no conversion needed;
            # the resampler per frame was most of the decoding's time.
            chunks.append(frame.to_ndarray()[0])
            continue
        for plain in resampler.resample(frame):
            chunks.append(plain.to_ndarray().reshape(-1))
    for plain in resampler.resample(None):
        chunks.append(plain.to_ndarray().reshape(-1))
    whole = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)

    def at(ms: int) -> int:  # exact at 48 kHz (48 a millisecond); nearest at 44.1 kHz
        return round(ms * rate_hz / 1000)

    pieces = [whole[at(a) : at(b)] for a, b in plan.kept]
    sound = np.concatenate(pieces).astype(np.float32, copy=False)
    wanted = sum(at(b) - at(a) for a, b in plan.kept)
    if len(sound) < wanted:  # a take whose sound ends early: silence, never a shorter file
        sound = np.concatenate([sound, np.zeros(wanted - len(sound), np.float32)])
    return sound


def _encode_sound(stream: av.AudioStream, sound: np.ndarray) -> list[av.Packet[Any]]:
    """AAC packets for the sound. The encoder's priming packet comes out at pts −1024, before
    0, where the MP4 muxer's edit list hides it (as in a finished take)."""
    packets: list[av.Packet[Any]] = []
    rate_hz = stream.codec_context.sample_rate
    tb = Fraction(1, rate_hz)
    for start in range(0, len(sound), AUDIO_FRAME_SAMPLES):
        chunk = sound[start : start + AUDIO_FRAME_SAMPLES]
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(chunk.reshape(1, -1)), format="flt", layout="mono"
        )
        frame.sample_rate = rate_hz
        frame.pts = start
        frame.time_base = tb
        packets.extend(stream.encode(frame))
    packets.extend(stream.encode(None))
    return packets


# --- pictures ----------------------------------------------------------------------------


def _matching_settings(
    src: av.container.InputContainer, vin: av.VideoStream, source: Path
) -> VideoSettings:
    """The encoder settings that reproduce the take's parameter sets exactly. Without them the
    re-encoded frames could not share the copied frames' track."""
    want = bytes(vin.codec_context.extradata or b"")
    width, height = vin.codec_context.width, vin.codec_context.height
    crf = 23
    for packet in src.demux(vin):
        match = _CRF.search(bytes(packet))
        if match:
            crf = round(float(match.group(1)))
        break
    own = vin.codec_context.framerate
    rates = [round(own)] if own else []
    rates += [r for r in _FPS_CANDIDATES if r not in rates]
    for fps in rates:
        settings = VideoSettings(width, height, fps, crf=crf)
        if _parameter_sets(_extradata(settings)) == _parameter_sets(want):
            return settings
    raise EditError(
        f"{source.name} was not recorded with this program's encoder settings, so its pictures "
        "cannot be copied around a cut",
        ErrorCode.EDIT_NOT_COPYABLE,
        path=source,
        detail=f"no encoder setting gives its parameter sets (CRF {crf})",
    )


def _extradata(settings: VideoSettings) -> bytes:
    with _ScratchEncoder(settings) as enc:
        frame = av.VideoFrame(settings.width, settings.height, "yuv420p")
        frame.pts = 0
        frame.time_base = VIDEO_TIME_BASE
        enc.stream.encode(frame)
        return bytes(enc.stream.codec_context.extradata or b"")


def _nal_units(annex_b: bytes) -> list[bytes]:
    """The NAL units of an Annex B stream (each after a 00 00 01 or 00 00 00 01 start code)."""
    units: list[bytes] = []
    i = annex_b.find(b"\x00\x00\x01")
    while i >= 0:
        start = i + 3
        j = annex_b.find(b"\x00\x00\x01", start)
        end = len(annex_b) if j < 0 else j
        unit = annex_b[start:end]
        if j >= 0 and unit.endswith(b"\x00"):
            unit = unit[:-1]  # the first byte of a four-byte start code
        units.append(unit)
        i = j
    return units


def _parameter_sets(extradata: bytes) -> list[bytes]:
    """SPS and PPS from either form of H.264 extradata: the MP4's avcC box (what the take
    holds) or Annex B (what x264 hands out before a muxer converts it)."""
    if not extradata.startswith(b"\x01"):
        return _nal_units(extradata)
    sets: list[bytes] = []
    pos = 6
    count = extradata[5] & 0x1F if len(extradata) > 5 else 0
    for table in range(2):
        if table == 1:
            if pos >= len(extradata):
                break
            count = extradata[pos]
            pos += 1
        for _ in range(count):
            size = int.from_bytes(extradata[pos : pos + 2], "big")
            sets.append(extradata[pos + 2 : pos + 2 + size])
            pos += 2 + size
    return sets


def _length_prefixed(annex_b: bytes) -> bytes:
    """An encoder's Annex B packet as the MP4 track stores its samples: each NAL unit after its
    four-byte length (avcC's lengthSizeMinusOne is 3 in x264's and FFmpeg's files). The muxer
    converts only when the track's own description is Annex B, and ours is the take's avcC."""
    return b"".join(len(u).to_bytes(4, "big") + u for u in _nal_units(annex_b))


class _LazySettings:
    """The take's encoder settings, found the first time a stretch has to be re-encoded (an
    edit whose kept ranges all start on keyframes, or the voice alone, needs none, so it also
    works on takes from other encoders)."""

    def __init__(self, source: Path) -> None:
        self._source = source
        self._settings: VideoSettings | None = None

    def get(self) -> VideoSettings:
        if self._settings is None:
            with av.open(str(self._source)) as probe:
                self._settings = _matching_settings(probe, probe.streams.video[0], self._source)
        return self._settings


class _ScratchEncoder:
    """The engine's VideoEncoder on a container that is never written: only its stream's
    encoder is used, and its packets go into the edited file."""

    def __init__(self, settings: VideoSettings) -> None:
        self._container = av.open(io.BytesIO(), "w", format="mp4")
        self._encoder = VideoEncoder(self._container, settings)
        self.stream = self._encoder.stream

    def __enter__(self) -> _ScratchEncoder:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._container.close()


class _VideoWriter:
    """Walks the take's video packets once and yields the edited track's packets in order."""

    def __init__(
        self,
        src: av.container.InputContainer,
        vin: av.VideoStream,
        vout: Any,
        settings: _LazySettings,
        plan: EditPlan,
        result: EditResult,
    ) -> None:
        assert vin.time_base is not None
        self._src = src
        self._vin = vin
        self._vout = vout
        self._settings = settings
        self._tb = vin.time_base
        self._result = result
        self._ranges = [(self._ticks(a), self._ticks(b)) for a, b in plan.kept]
        self._end = self._ticks(plan.source_ms)

    def _ticks(self, ms: int) -> int:
        return round(Fraction(ms, 1000) / self._tb)

    def _source_packets(self) -> Iterator[tuple[av.Packet[Any], int]]:
        """Each packet with the time its picture stops being shown (the next one's start)."""
        held: av.Packet[Any] | None = None
        for packet in self._src.demux(self._vin):
            if packet.pts is None:
                continue
            if held is not None:
                assert held.pts is not None
                yield held, packet.pts
            held = packet
        if held is not None:
            assert held.pts is not None
            yield held, max(held.pts + (held.duration or 1), self._end)

    def packets(self) -> Iterator[av.Packet[Any]]:
        ranges = self._ranges
        if not ranges:
            return
        r = 0
        offset = 0  # output ticks where range r starts
        gop: list[av.Packet[Any]] = []  # packets since the last keyframe, to decode a head from
        head: _Head | None = None
        copying = False
        for packet, shown_until in self._source_packets():
            assert packet.pts is not None
            if packet.is_keyframe:
                gop = []
            gop.append(packet)
            while r < len(ranges):
                a, b = ranges[r]
                if packet.pts >= b:  # range r is over: close it, then try the next one
                    if head is not None:
                        yield from head.finish()
                        head = None
                    copying = False
                    offset += b - a
                    r += 1
                    continue
                if shown_until <= a:
                    break  # shown before range r starts: not kept (but kept in gop)
                start = max(packet.pts, a)
                until = min(shown_until, b)
                out_pts = offset + start - a
                if not copying and head is None:
                    if packet.is_keyframe and packet.pts >= a:
                        copying = True
                    else:
                        head = _Head(
                            self._vin, self._vout, self._settings.get(), gop[:-1], self._result
                        )
                elif head is not None and packet.is_keyframe:
                    yield from head.finish()  # the take's next keyframe: copying from here
                    head = None
                    copying = True
                if head is not None:
                    yield from head.encode(packet, out_pts, until - start)
                else:
                    yield self._copy(packet, out_pts, until - start)
                break
        if head is not None:
            yield from head.finish()

    def _copy(self, packet: av.Packet[Any], pts: int, duration: int) -> av.Packet[Any]:
        self._result.video_packets_copied += 1
        self._result.bytes_copied += packet.size
        assert packet.pts is not None
        shift = pts - packet.pts
        if packet.dts is None or packet.dts == packet.pts:
            # A take has no B-frames: decoding order is showing order, and the picture is
            # shown until the next one (or the range's end).
            packet.dts = pts
            packet.duration = duration
        else:
            # A file from elsewhere with B-frames (only ever copied whole, e.g. for the voice
            # alone): both clocks move together, durations stay.
            packet.dts += shift
        packet.pts = pts
        packet.stream = self._vout
        return packet


class _Head:
    """Re-encodes the start of one kept range, up to the take's next keyframe."""

    def __init__(
        self,
        vin: av.VideoStream,
        vout: Any,
        settings: VideoSettings,
        lead: list[av.Packet[Any]],
        result: EditResult,
    ) -> None:
        assert vin.time_base is not None
        self._decoder = cast(
            av.VideoCodecContext, av.CodecContext.create(vin.codec_context.name, "r")
        )
        self._decoder.extradata = vin.codec_context.extradata
        # Slices, not frame threads: frame threads hold frames back, and the takes have two
        # slices a frame (recording/encoding.py).
        self._decoder.thread_type = "SLICE"
        self._encoder = _ScratchEncoder(settings)
        self._tb = vin.time_base
        self._vout = vout
        self._result = result
        self._first = True
        self._wanted: dict[int, tuple[int, int]] = {}  # source pts -> (output pts, duration)
        self._durations: dict[int, int] = {}  # output pts -> duration
        for packet in lead:  # the frames the first kept one refers to: decoded, not shown
            self._decoder.decode(packet)

    def encode(self, packet: av.Packet[Any], pts: int, duration: int) -> Iterator[av.Packet[Any]]:
        assert packet.pts is not None
        self._wanted[packet.pts] = (pts, duration)
        yield from self._encode_frames(self._decoder.decode(packet))

    def finish(self) -> Iterator[av.Packet[Any]]:
        yield from self._encode_frames(self._decoder.decode(None))
        yield from self._own(self._encoder.stream.encode(None))
        self._encoder.__exit__()

    def _encode_frames(self, frames: list[av.VideoFrame]) -> Iterator[av.Packet[Any]]:
        for frame in frames:
            wanted = self._wanted.pop(frame.pts, None) if frame.pts is not None else None
            if wanted is None:
                continue  # a lead frame: only decoded
            pts, duration = wanted
            frame.pts = pts
            frame.time_base = self._tb
            # The decoded frame still says what it was (I or P), and x264 obeys an I.
            frame.pict_type = (
                av.video.frame.PictureType.I if self._first else av.video.frame.PictureType.NONE
            )
            self._first = False
            self._durations[pts] = duration
            self._result.video_frames_reencoded += 1
            yield from self._own(self._encoder.stream.encode(frame))

    def _own(self, packets: list[av.Packet[Any]]) -> Iterator[av.Packet[Any]]:
        for encoded in packets:
            assert encoded.pts is not None and encoded.time_base is not None
            own_pts = round(encoded.pts * encoded.time_base / self._tb)
            p = av.Packet(_length_prefixed(bytes(encoded)))
            p.is_keyframe = encoded.is_keyframe
            p.pts = p.dts = own_pts
            p.time_base = self._tb
            p.duration = self._durations.pop(own_pts, 0)
            p.stream = self._vout
            self._result.bytes_reencoded += p.size
            yield p
