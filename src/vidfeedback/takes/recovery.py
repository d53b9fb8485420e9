"""Finishing a take whose process died: the fragmented MP4 is readable up to its last complete
fragment (at most a second before the kill), and the journal holds every marker.

A killed continuation ("discard since the last pause and continue") is joined to the kept part of
the take it continues, exactly as its stop would have done; if that take is gone or cannot be
joined, the new part is recovered on its own, so nothing recorded is lost either way."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av

from vidfeedback import __version__
from vidfeedback.errors import ErrorCode, VidfeedbackError
from vidfeedback.model import Marker
from vidfeedback.takes.continuation import JoinPlan
from vidfeedback.takes.finalize import FinalTake, RecordedTimeline, finalize_take
from vidfeedback.takes.journal import JournalContents, read_journal
from vidfeedback.takes.layout import (
    INFO_NAME,
    MEDIA_NAME,
    TAKE_SUFFIX,
    find_interrupted_takes,
    is_take_dir,
    markers_path,
    take_dir_for,
)
from vidfeedback.takes.markers_file import read_markers_sidecar, write_markers_sidecar

__all__ = [
    "FinalTake",
    "RecoveryError",
    "find_interrupted_takes",
    "readable_duration_ms",
    "recover_take",
    "resolve_take_dir",
]


# A recovered take's last chapter lasts at least this long: a marker pressed in the moment the
# kill took along (after the end of what was kept) is moved back this far from the end. Half a
# second is a chapter a player shows and a student can pick; markers earlier than that stay.
LAST_CHAPTER_MIN_MS = 500
# A take folder whose media file holds no readable packet and is no larger than this was
# stopped before its first fragment reached the disk (the header alone is ~1 kB; a first
# fragment at 1080p is up to ~0.4 MB): nothing to recover.
FIRST_FRAGMENT_MAX_BYTES = 1_000_000
# A finished video whose length is this close to what its take folder holds is that take's.
UNFINISHED_MATCH_MS = 1500


class RecoveryError(VidfeedbackError):
    default_code = ErrorCode.RECOVERY_NO_TAKE


def resolve_take_dir(path: Path) -> Path:
    """Accept the take folder itself, or the final file's intended path."""
    if is_take_dir(path):
        return path
    candidate = take_dir_for(path)
    if candidate.is_dir():
        return candidate
    if path.is_dir():
        found = find_interrupted_takes(path)
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(p.name for p in found)
            raise RecoveryError(
                f"{path} holds several unfinished takes ({names}); name one",
                ErrorCode.RECOVERY_SEVERAL_TAKES,
                path=path,
                names=names,
            )
    raise RecoveryError(f"no unfinished take was found at {path}", path=path)


def readable_duration_ms(media: Path) -> int:
    """How much of a possibly torn recording can be read: the end of its last whole packet."""
    end_s = 0.0
    try:
        with av.open(str(media)) as container:
            streams = [s for s in container.streams if s.type in ("video", "audio")]
            try:
                for packet in container.demux(streams):
                    if packet.pts is None or packet.time_base is None:
                        continue
                    end = float((packet.pts + (packet.duration or 0)) * packet.time_base)
                    end_s = max(end_s, end)
            except (av.InvalidDataError, av.EOFError):
                pass
    except av.FFmpegError as exc:
        raise RecoveryError(
            f"the recording in {media.parent} cannot be read: {exc}",
            ErrorCode.RECOVERY_UNREADABLE,
            path=media.parent,
            detail=str(exc),
        ) from exc
    return round(end_s * 1000)


def _read_info(take_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((take_dir / INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _join_plan(info: dict[str, Any]) -> JoinPlan | None:
    raw = info.get("continues")
    if not isinstance(raw, dict):
        return None
    try:
        plan = JoinPlan.from_json(raw)
    except (KeyError, TypeError, ValueError):
        return None
    return plan if plan.head.is_file() else None


def recover_take(
    take_dir: Path,
    out_path: Path | None = None,
    progress: Callable[[float], None] | None = None,
) -> FinalTake:
    """Write the final MP4 (and its markers file) from an interrupted take. The take folder is
    removed only once the final file is complete."""
    media = take_dir / MEDIA_NAME
    info = _read_info(take_dir)
    finished = _finish_interrupted(take_dir, _own_final_path(take_dir, info), info)
    if finished is not None:
        return finished
    if not media.exists():
        raise RecoveryError(
            f"{take_dir} holds no recording", ErrorCode.RECOVERY_EMPTY, path=take_dir
        )
    if out_path is None:
        if "out_path" not in info:
            raise RecoveryError(
                f"{take_dir} does not say where its video belongs; give --out",
                ErrorCode.RECOVERY_UNREADABLE,
                path=take_dir,
                detail="take.json",
            )
        out_path = Path(info["out_path"])
    # Never replace a file: the video and its markers file both need a free name.
    stem, n = out_path.stem, 2
    while out_path.exists() or markers_path(out_path).exists():
        out_path = out_path.with_name(f"{stem} (recovered {n}).mp4")
        n += 1
    duration_ms = readable_duration_ms(media)
    journal = read_journal(take_dir)
    if duration_ms <= 0:
        raise _nothing_recorded(take_dir, media, journal)
    markers, clamped = clamp_markers(journal.markers, duration_ms)
    journal.markers = markers
    recorded = RecordedTimeline.from_journal(journal, duration_ms)
    final = finalize_take(
        take_dir,
        out_path,
        recorded,
        _join_plan(info),
        f"vidfeedback {__version__} (recovered)",
        progress,
    )
    return dataclasses.replace(
        final, markers_clamped=clamped, journal_lines_skipped=tuple(journal.bad_lines)
    )


def _own_final_path(take_dir: Path, info: dict[str, Any]) -> Path:
    """Where the take's own finish puts its video: take.json says so, else the folder's name
    (".NAME.mp4.vftake" beside "NAME.mp4") does, when the kill came while it was removed."""
    if isinstance(info.get("out_path"), str):
        return Path(info["out_path"])
    return take_dir.with_name(take_dir.name.removeprefix(".").removesuffix(TAKE_SUFFIX))


def _finish_interrupted(take_dir: Path, final: Path, info: dict[str, Any]) -> FinalTake | None:
    """The take when a kill cut its finish short after the video got its name, else None.

    A take starts only when neither its video nor its markers file exists (Recorder refuses
    otherwise), so a video there now was written by its finish. With its markers file too,
    only the take folder's removal was cut short: it is completed. Without it, the markers file
    is written from the journal, as the finish would have; recovering again would have made a
    second copy of the video.
    """
    if not final.is_file():
        return None
    timeline = read_markers_sidecar(final)
    if timeline is not None:
        shutil.rmtree(take_dir, ignore_errors=True)
        return FinalTake(final, timeline.duration_ms, timeline.markers, timeline.pauses_ms or [])
    media = take_dir / MEDIA_NAME
    journal = read_journal(take_dir)
    if journal.stopped_at_ms is None or markers_path(final).exists() or not media.exists():
        return None
    final_ms = readable_duration_ms(final)
    recorded = RecordedTimeline.from_journal(journal, readable_duration_ms(media))
    join = _join_plan(info)
    # A continuation that could not be joined was finished on its own: the length tells.
    candidates = [recorded.final(join), recorded.final(None)] if join else [recorded.final(None)]
    duration_ms, markers, pauses = min(candidates, key=lambda c: abs(c[0] - final_ms))
    if abs(duration_ms - final_ms) > UNFINISHED_MATCH_MS:
        return None  # not the video this take's finish wrote: recover into a new name
    write_markers_sidecar(final, markers, final_ms, pauses)
    shutil.rmtree(take_dir, ignore_errors=True)
    return FinalTake(final, final_ms, markers, pauses)


def clamp_markers(markers: list[Marker], duration_ms: int) -> tuple[list[Marker], int]:
    """Markers pressed in the last LAST_CHAPTER_MIN_MS of what the kill left, or after its end
    (up to a second of picture and sound is lost with a kill), moved to LAST_CHAPTER_MIN_MS
    before that end, so that the last chapter can be seen and chosen (not one of zero length
    after the end); returns the markers and how many were moved."""
    latest_ms = max(duration_ms - LAST_CHAPTER_MIN_MS, 0)
    out: list[Marker] = []
    moved = 0
    for m in markers:
        if m.t_ms > latest_ms:
            m = dataclasses.replace(m, t_ms=latest_ms)
            moved += 1
        out.append(m)
    return out, moved


def _nothing_recorded(take_dir: Path, media: Path, journal: JournalContents) -> RecoveryError:
    """The error for a take with no readable picture or sound. Killed in its first second (no
    fragment reached the disk yet: the file holds only its header), there is nothing to keep,
    and the take folder goes, so that the name is free for the next take."""
    try:
        media_bytes = media.stat().st_size
    except OSError:
        media_bytes = 0
    if media_bytes > FIRST_FRAGMENT_MAX_BYTES:
        return RecoveryError(
            f"the recording in {take_dir} cannot be played: none of its "
            f"{media_bytes / 1e6:.1f} MB can be read; the take folder is kept",
            ErrorCode.RECOVERY_EMPTY,
            path=take_dir,
        )
    shutil.rmtree(take_dir, ignore_errors=True)
    lost = len(journal.markers)
    markers = f"; the {lost} marker(s) pressed in it are gone with it" if lost else ""
    return RecoveryError(
        f"nothing was recorded: the take stopped in its first second, before any of it "
        f"reached the disk{markers}. Its name is free for a new take.",
        ErrorCode.NOTHING_RECORDED,
        path=take_dir,
    )
