"""The one step that turns a take folder into the final file and its markers file, shared by a
normal stop (Recorder.stop) and by recovery after a kill (recovery.recover_take).

Both know the same things about the recording, in its own take time: how long it is, its
markers, where it was resumed and which stretches were discarded; and, for a continuation, the
join plan decided before recording (take.json). From those the final timeline follows, the
MP4 is written by stream copy (joined to the kept part of the earlier take, if any), the
markers file beside it, and the take folder is removed only once both are complete.
"""

from __future__ import annotations

import contextlib
import enum
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.model import Marker, chapters_from_markers
from vidfeedback.takes.continuation import JoinPlan
from vidfeedback.takes.finish import JoinError, write_final_mp4
from vidfeedback.takes.journal import JournalContents, apply_discards, pause_points
from vidfeedback.takes.layout import MEDIA_NAME
from vidfeedback.takes.markers_file import write_markers_sidecar


class Joined(enum.Enum):
    NOT_A_CONTINUATION = "not_a_continuation"
    JOINED = "joined"  # the new recording follows the kept part of the earlier take
    KEPT_APART = "kept_apart"  # it could not be joined: it is a take of its own (join_error)


@dataclass(frozen=True)
class RecordedTimeline:
    """What one recording says about itself, in its own take time."""

    recorded_ms: int  # its length, discarded stretches included
    markers: list[Marker] = field(default_factory=list)
    resumed_ms: list[int] = field(default_factory=list)
    discarded_ms: list[tuple[int, int]] = field(default_factory=list)  # [from, to)

    @classmethod
    def from_journal(cls, journal: JournalContents, recorded_ms: int) -> RecordedTimeline:
        return cls(recorded_ms, journal.markers, journal.resumed_ms, journal.discarded_ms)

    @property
    def kept_ms(self) -> int:
        """Its length once the discarded stretches are cut out."""
        cut_ms = sum(b - a for a, b in self.discarded_ms if b <= self.recorded_ms)
        return self.recorded_ms - cut_ms

    def final(self, join: JoinPlan | None) -> tuple[int, list[Marker], list[int]]:
        """The final file's duration, markers and pause points (ms), joined to a head or not."""
        own_ms = self.kept_ms
        markers = apply_discards(self.markers, self.discarded_ms)
        pauses = pause_points(self.resumed_ms, self.discarded_ms, own_ms)
        if join is None:
            return own_ms, markers, pauses
        return join.kept_ms + own_ms, join.result_markers(markers), join.result_pauses(pauses)


@dataclass(frozen=True)
class FinalTake:
    """A finished take: the final file and what its markers file says."""

    path: Path
    duration_ms: int
    markers: list[Marker]
    pauses_ms: list[int]
    joined: Joined = Joined.NOT_A_CONTINUATION
    join_error: JoinError | None = None  # KEPT_APART: why
    # Recovery only: markers pressed after the last moment the kill left, moved to just before
    # the end; and the journal lines that could not be read (1-based), everything else used.
    markers_clamped: int = 0
    journal_lines_skipped: tuple[int, ...] = ()


def finalize_take(
    take_dir: Path,
    out_path: Path,
    recorded: RecordedTimeline,
    join: JoinPlan | None,
    comment: str,
    progress: Callable[[float], None] | None = None,
) -> FinalTake:
    """Write out_path and its markers file from take_dir, then remove take_dir.

    A continuation that cannot be joined is written on its own: nothing recorded is lost. Raises
    FinishError or OSError (FileExistsError when out_path or its markers file appeared) with the
    take folder left as it was, so it can be finished again later."""
    joined = Joined.NOT_A_CONTINUATION if join is None else Joined.JOINED
    join_error: JoinError | None = None
    try:
        duration_ms, markers, pauses = _write(take_dir, out_path, recorded, join, comment, progress)
    except JoinError as exc:
        if join is None:
            raise
        joined, join_error = Joined.KEPT_APART, exc
        duration_ms, markers, pauses = _write(take_dir, out_path, recorded, None, comment, progress)
    try:
        write_markers_sidecar(out_path, markers, duration_ms, pauses)
    except BaseException:
        # A final file without its markers file is not a finished take, and left there it
        # would make finishing again choose another name (a duplicate): remove what this call
        # wrote, the take folder still holds everything.
        with contextlib.suppress(OSError):
            out_path.unlink()
        raise
    shutil.rmtree(take_dir, ignore_errors=True)
    return FinalTake(out_path, duration_ms, markers, pauses, joined, join_error)


def _write(
    take_dir: Path,
    out_path: Path,
    recorded: RecordedTimeline,
    join: JoinPlan | None,
    comment: str,
    progress: Callable[[float], None] | None,
) -> tuple[int, list[Marker], list[int]]:
    duration_ms, markers, pauses = recorded.final(join)
    write_final_mp4(
        take_dir / MEDIA_NAME,
        out_path,
        chapters_from_markers(markers, duration_ms),
        {"comment": comment},
        progress,
        cuts_ms=recorded.discarded_ms,
        head=join.head_piece if join is not None else None,
    )
    return duration_ms, markers, pauses
