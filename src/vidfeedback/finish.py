"""Turn a recorded take into the final MP4: stream copy (no re-encoding), moov at the front for
streaming, chapters embedded as both a QuickTime chapter track and a Nero `chpl` box.

The recording itself is a fragmented MP4 so that it survives a kill; fragmented MP4 cannot carry
chapters (FFmpeg silently drops them), so chapters are added here, from the marker journal.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import av.container

from vidfeedback.audio_aligner import SAMPLE_RATE_HZ
from vidfeedback.encoding import AAC_PRIMING_SAMPLES
from vidfeedback.model import Chapter

CHAPTER_TIME_BASE = Fraction(1, 1000)


class FinishError(Exception):
    """The final file could not be written; the source take is untouched."""


def write_final_mp4(
    source: Path,
    dest: Path,
    chapters: list[Chapter],
    metadata: dict[str, str] | None = None,
    progress: Callable[[float], None] | None = None,
    cuts_ms: list[tuple[int, int]] | None = None,
) -> None:
    """Remux source into dest with chapters. dest must not exist; it appears only when complete.

    cuts_ms are stretches [from, to) of the source to leave out (a take discarded back to the last
    pause); what follows a cut moves back by its length. Chapters are in the cut timeline.

    Packets that cannot be read (the torn tail of a killed recording) end the copy instead of
    failing it, so this also serves recovery.
    """
    if dest.exists():
        raise FileExistsError(f"{dest} exists; refusing to overwrite it")
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        _remux(source, tmp, chapters, metadata or {}, progress, sorted(cuts_ms or []))
        # os.link fails if dest appeared meanwhile, so a file we did not create is never replaced.
        os.link(tmp, dest)
    except av.FFmpegError as exc:
        raise FinishError(f"could not write {dest.name}: {exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _fsync_dir(dest.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remux(
    source: Path,
    dest: Path,
    chapters: list[Chapter],
    metadata: dict[str, str],
    progress: Callable[[float], None] | None,
    cuts_ms: list[tuple[int, int]],
) -> None:
    with av.open(str(source)) as src:
        # FFmpeg exposes MP4 chapters as an extra data stream; copying it would duplicate them.
        streams = [s for s in src.streams if s.type in ("video", "audio")]
        duration_s = float(src.duration / av.time_base) if src.duration else 0.0
        with av.open(str(dest), "w", format="mp4", options={"movflags": "+faststart"}) as out:
            out.metadata.update(metadata)
            # Chapters must be known before the header is written, or the muxer creates no
            # QuickTime chapter track (only the Nero box, which it writes at the end).
            out.set_chapters(
                [
                    {
                        "id": i + 1,
                        "start": c.start_ms,
                        "end": c.end_ms,
                        "time_base": CHAPTER_TIME_BASE,
                        "metadata": {"title": c.title},
                    }
                    for i, c in enumerate(chapters)
                ]
            )
            mapping = {s.index: out.add_stream_from_template(s) for s in streams}
            last_report_s = -1.0
            try:
                for packet in src.demux(streams):
                    if packet.dts is None:
                        continue  # the flush packet at the end of each stream
                    if packet.is_corrupt:
                        break  # the torn tail of a killed take: FFmpeg hands it over short
                    if packet.stream.type == "audio":
                        _undo_priming_delay(packet)
                    if cuts_ms and not _apply_cuts(packet, cuts_ms):
                        continue
                    packet.stream = mapping[packet.stream.index]
                    out.mux(packet)
                    if progress and duration_s and packet.pts is not None:
                        t_s = float(packet.pts * packet.time_base)
                        if t_s - last_report_s >= 1.0:
                            last_report_s = t_s
                            progress(min(1.0, t_s / duration_s))
            except (av.InvalidDataError, av.EOFError):
                pass  # a torn last fragment: everything before it is kept
    if progress:
        progress(1.0)


def _undo_priming_delay(packet: av.Packet[Any]) -> None:
    """Move a recorded audio packet back to the take's timeline (encoding.AAC_PRIMING_SAMPLES).
    The priming packet then starts before 0, which the final file's edit list hides."""
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
