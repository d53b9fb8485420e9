"""Turn a recorded take into the final MP4: stream copy (no re-encoding), moov at the front for
streaming, chapters embedded as both a QuickTime chapter track and a Nero `chpl` box.

The recording itself is a fragmented MP4 so that it survives a kill; fragmented MP4 cannot carry
chapters (FFmpeg silently drops them), so chapters are added here, from the marker journal.

A take that continues an earlier one ("discard since the last pause and continue") is joined
here too: the kept beginning of the earlier final file (the head) is copied first, and the new
recording follows, moved later by the head's length. See continuation.py for where the join
point comes from.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av
import av.container
import av.stream

from vidfeedback.atomic_files import write_new_file
from vidfeedback.errors import ErrorCode, VidfeedbackError
from vidfeedback.model import Chapter
from vidfeedback.takes.format import AAC_PRIMING_SAMPLES, CHAPTER_TIME_BASE, SAMPLE_RATE_HZ
from vidfeedback.takes.subtitle_track import SubtitleFeeder, SubtitleTrack, add_subtitle_stream

if TYPE_CHECKING:
    from av.container.core import Chapter as AvChapter  # a TypedDict in PyAV's stubs only


class FinishError(VidfeedbackError):
    """The final file could not be written; the source take is untouched."""

    default_code = ErrorCode.FINISH_FAILED


class JoinError(FinishError):
    """The new recording cannot follow the earlier file by stream copy (a different picture size
    or codec setup); nothing was written."""

    default_code = ErrorCode.CONTINUE_NOT_JOINED


@dataclass(frozen=True)
class Head:
    """The kept beginning of an earlier final file, up to end_s (a sound frame boundary). The new
    recording starts at end_s; see _head_packets for what exactly is kept."""

    path: Path
    end_s: Fraction


def write_final_mp4(
    source: Path,
    dest: Path,
    chapters: list[Chapter],
    metadata: dict[str, str] | None = None,
    progress: Callable[[float], None] | None = None,
    cuts_ms: list[tuple[int, int]] | None = None,
    head: Head | None = None,
    subtitles: SubtitleTrack | None = None,
) -> None:
    """Remux source into dest with chapters (and a captions track, if given). dest must not
    exist; it appears only when complete.

    cuts_ms are stretches [from, to) of the source to leave out (a take discarded back to the last
    pause); what follows a cut moves back by its length. With a head, the head comes first and
    the source follows at head.end_s. Chapters are in the final timeline.

    Packets that cannot be read (the torn tail of a killed recording) end the copy instead of
    failing it, so this also serves recovery.
    """
    if dest.exists():  # before the copy, not after it: fail at once
        raise FileExistsError(f"{dest} exists; refusing to overwrite it")

    def fill(tmp: Path) -> None:
        _remux(
            source, tmp, chapters, metadata or {}, progress, sorted(cuts_ms or []), head, subtitles
        )

    try:
        # Fails with FileExistsError if dest appeared meanwhile: a file we did not create is
        # never replaced.
        write_new_file(dest, fill)
    except av.FFmpegError as exc:
        raise FinishError(
            f"could not write {dest.name}: {exc}", path=dest, detail=str(exc)
        ) from exc


def _media_streams(container: av.container.InputContainer) -> list[av.stream.Stream]:
    # FFmpeg exposes MP4 chapters as an extra data stream; copying it would duplicate them.
    return [s for s in container.streams if s.type in ("video", "audio")]


def _duration_s(container: av.container.InputContainer) -> float:
    return float(container.duration / av.time_base) if container.duration else 0.0


def _remux(
    source: Path,
    dest: Path,
    chapters: list[Chapter],
    metadata: dict[str, str],
    progress: Callable[[float], None] | None,
    cuts_ms: list[tuple[int, int]],
    head: Head | None,
    subtitles: SubtitleTrack | None = None,
) -> None:
    with contextlib.ExitStack() as stack:
        src = stack.enter_context(av.open(str(source)))
        streams = _media_streams(src)
        first = src
        head_src: av.container.InputContainer | None = None
        if head is not None:
            head_src = stack.enter_context(av.open(str(head.path)))
            check_joinable(_media_streams(head_src), streams)
            first = head_src
        offset_s = head.end_s if head is not None else Fraction(0)
        total_s = float(offset_s) + _duration_s(src)
        out = stack.enter_context(
            av.open(str(dest), "w", format="mp4", options={"movflags": "+faststart"})
        )
        out.metadata.update(metadata)
        # Chapters must be known before the header is written, or the muxer creates no
        # QuickTime chapter track (only the Nero box, which it writes at the end).
        out.set_chapters(chapter_entries(chapters))
        # With a head, the output's streams are the head's (same codec setup, checked above).
        out_by_type = {s.type: out.add_stream_from_template(s) for s in _media_streams(first)}
        captions = (
            SubtitleFeeder(add_subtitle_stream(out, subtitles), subtitles.texts)
            if subtitles is not None
            else None
        )
        reporter = _Progress(progress, total_s)
        if head_src is not None and head is not None:
            first_new_s = _first_picture_s(source, cuts_ms)
            pictures_until_s = min(
                head.end_s, head.end_s + first_new_s - _frame_interval_s(head_src)
            )
            for packet in _head_packets(head_src, head.end_s, pictures_until_s):
                packet.stream = out_by_type[packet.stream.type]
                _mux_captions_before(out, captions, packet)
                out.mux(packet)
                reporter.packet(packet)
        for packet in _readable_packets(src, streams):
            if packet.stream.type == "audio":
                _undo_priming_delay(packet)
            if cuts_ms and not _apply_cuts(packet, cuts_ms):
                continue
            if offset_s:
                _shift(packet, offset_s)
            packet.stream = out_by_type[packet.stream.type]
            _mux_captions_before(out, captions, packet)
            out.mux(packet)
            reporter.packet(packet)
        if captions is not None:
            for caption in captions.rest():
                out.mux(caption)
    if progress:
        progress(1.0)


def _mux_captions_before(
    out: av.container.OutputContainer, captions: SubtitleFeeder | None, packet: av.Packet[Any]
) -> None:
    """Captions go in just before the first media packet at or after their start."""
    if captions is None or packet.dts is None or packet.time_base is None:
        return
    for caption in captions.due(float(packet.dts * packet.time_base)):
        out.mux(caption)


class _Progress:
    def __init__(self, report: Callable[[float], None] | None, total_s: float) -> None:
        self._report = report
        self._total_s = total_s
        self._last_s = -1.0

    def packet(self, packet: av.Packet[Any]) -> None:
        if not self._report or not self._total_s or packet.pts is None or packet.time_base is None:
            return
        t_s = float(packet.pts * packet.time_base)
        if t_s - self._last_s >= 1.0:
            self._last_s = t_s
            self._report(min(1.0, t_s / self._total_s))


def _readable_packets(
    src: av.container.InputContainer, streams: list[av.stream.Stream]
) -> Iterator[av.Packet[Any]]:
    """Every whole packet; a torn last fragment (a killed take) ends the stream quietly."""
    try:
        for packet in src.demux(streams):
            if packet.dts is None:
                continue  # the flush packet at the end of each stream
            if packet.is_corrupt:
                return  # the torn tail of a killed take: FFmpeg hands it over short
            yield packet
    except (av.InvalidDataError, av.EOFError):
        return  # a torn last fragment: everything before it is kept


def _head_packets(
    src: av.container.InputContainer, end_s: Fraction, pictures_until_s: Fraction
) -> Iterator[av.Packet[Any]]:
    """The head's packets that belong before the join at end_s.

    Sound: the frames that are over one frame before end_s. The new recording's first packet is
    the encoder's priming frame; placed in that last frame's slot it lets the head's sound fade
    out (the decoder overlaps the two) and leads the new sound in cleanly, so the new part decodes
    exactly as it would on its own. Leaving the priming out instead would start the new sound
    without the frame its first frame overlaps with: 21 ms of aliasing, audible as a click.

    Pictures: those shown from before pictures_until_s, which keeps the new recording's first
    picture at least a frame interval after the head's last (players and FFmpeg's frame-rate
    logic assume that), and never later than end_s."""
    sound_until_s = end_s - Fraction(AAC_PRIMING_SAMPLES, SAMPLE_RATE_HZ)
    streams = _media_streams(src)
    # Limits in each stream's own ticks: a comparison per packet, no fractions (a ten-minute
    # head is some 35 000 packets).
    limits: dict[int, tuple[bool, int]] = {}
    for stream in streams:
        tb = stream.time_base
        assert tb is not None
        if stream.type == "audio":
            limits[stream.index] = (True, math.floor(sound_until_s / tb))  # pts + dur <= this
        else:
            limits[stream.index] = (False, math.ceil(pictures_until_s / tb))  # pts < this
    for packet in _readable_packets(src, streams):
        if packet.pts is None:
            continue
        is_audio, limit = limits[packet.stream_index]
        if (packet.pts + (packet.duration or 0) <= limit) if is_audio else (packet.pts < limit):
            yield packet


def _first_picture_s(source: Path, cuts_ms: list[tuple[int, int]]) -> Fraction:
    """When the recording's first kept picture is shown (take time)."""
    with av.open(str(source)) as src:
        for packet in _readable_packets(src, list(src.streams.video)):
            if (not cuts_ms or _apply_cuts(packet, cuts_ms)) and packet.pts is not None:
                assert packet.time_base is not None
                return Fraction(packet.pts * packet.time_base)
    return Fraction(0)


def _frame_interval_s(src: av.container.InputContainer) -> Fraction:
    video = next(iter(src.streams.video), None)
    rate = video.codec_context.framerate if video is not None else None
    return 1 / Fraction(rate) if rate else Fraction(1, 30)


def check_joinable(head: list[av.stream.Stream], tail: list[av.stream.Stream]) -> None:
    """Stream copy puts both recordings in one track, under one codec description: the streams
    must match one for one, with the same codec, picture size and parameter sets."""
    a, b = _describe_streams(head), _describe_streams(tail)
    if a != b:
        shapes = ([x[:3] for x in a], [x[:3] for x in b])
        detail = (
            f"the earlier file has {shapes[0]}, the new recording {shapes[1]}"
            if shapes[0] != shapes[1]
            else "the encoder's parameter sets differ"
        )
        raise JoinError(
            f"the new recording cannot be joined to the earlier one: {detail}", detail=detail
        )


def _describe_streams(streams: list[av.stream.Stream]) -> list[tuple[str, str, str, bytes]]:
    result: list[tuple[str, str, str, bytes]] = []
    for s in sorted(streams, key=lambda s: s.type):
        if isinstance(s, av.VideoStream):
            shape = f"{s.codec_context.width}x{s.codec_context.height}"
        elif isinstance(s, av.AudioStream):
            shape = f"{s.codec_context.sample_rate} Hz {s.codec_context.layout.name}"
        else:
            shape = ""
        ctx = s.codec_context
        result.append((s.type, ctx.name, shape, bytes(ctx.extradata or b"")))
    return result


def _shift(packet: av.Packet[Any], offset_s: Fraction) -> None:
    tb = packet.time_base
    if tb is None:
        return
    shift = round(offset_s / tb)
    if packet.pts is not None:
        packet.pts += shift
    if packet.dts is not None:
        packet.dts += shift


def _undo_priming_delay(packet: av.Packet[Any]) -> None:
    """Move a recorded audio packet back to the take's timeline (encoding.AAC_PRIMING_SAMPLES).

    The priming packet then starts before 0, which the final file's edit list hides. Where the
    recording follows a head, the head makes room for it (_head_packets)."""
    assert packet.pts is not None and packet.dts is not None and packet.time_base is not None
    shift = round(Fraction(AAC_PRIMING_SAMPLES, SAMPLE_RATE_HZ) / packet.time_base)
    packet.pts -= shift
    packet.dts -= shift


def _apply_cuts(packet: av.Packet[Any], cuts_ms: list[tuple[int, int]]) -> bool:
    """Shift a packet back by the cuts before it; False if it lies inside a cut.

    Judged by decoding time: packets leave the muxer in dts order, and shifting by dts keeps that
    order across a cut even when presentation order differs (B-frames)."""
    tb = packet.time_base
    stamp = packet.dts if packet.dts is not None else packet.pts
    if stamp is None or tb is None:
        return True
    t_ms = float(stamp * tb * 1000)
    shift_ms = 0
    for a, b in cuts_ms:
        if a <= t_ms < b:
            return False
        if b <= t_ms:
            shift_ms += b - a
    if shift_ms:
        shift = round(Fraction(shift_ms, 1000) / tb)
        if packet.pts is not None:
            packet.pts -= shift
        if packet.dts is not None:
            packet.dts -= shift
    return True


def read_chapters(path: Path) -> list[Chapter]:
    """Chapters as a player sees them (PyAV reads the QuickTime chapter track or the Nero box)."""
    with av.open(str(path)) as container:
        result = []
        for ch in container.chapters():
            tb = ch["time_base"] or CHAPTER_TIME_BASE
            result.append(
                Chapter(
                    start_ms=round(ch["start"] * tb * 1000),
                    end_ms=round(ch["end"] * tb * 1000),
                    title=ch["metadata"].get("title", ""),
                )
            )
        return result


def chapter_entries(chapters: list[Chapter]) -> list[AvChapter]:
    """The chapters as PyAV's set_chapters() takes them (ms in CHAPTER_TIME_BASE)."""
    return [
        {
            "id": i + 1,
            "start": c.start_ms,
            "end": c.end_ms,
            "time_base": CHAPTER_TIME_BASE,
            "metadata": {"title": c.title},
        }
        for i, c in enumerate(chapters)
    ]
