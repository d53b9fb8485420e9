"""What a new take is for and what becomes of the takes around it: continuing a take (from its
last pause or from its end), recording it again, keeping a finished or recovered take in the
work state, and what to do with the take a continuation replaced or an interrupted one.

The rules only; the screens that ask the teacher live in ui/main_window.py.
"""

from __future__ import annotations

import enum
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vidfeedback.errors import ErrorCode, Problem
from vidfeedback.model import Marker
from vidfeedback.takes.continuation import ContinueFrom
from vidfeedback.takes.layout import take_files

from .current_take import CurrentTake, clear_current_take
from .engine import take_pauses
from .planned_points import PlannedPoint, points_left
from .work_state import StudentRecord, StudentStatus, WorkState


class ContinueSupport(enum.Enum):
    """Whether "discard since the last pause and continue" can be offered for a take."""

    AVAILABLE = "available"
    NO_PAUSE = "no_pause"  # the take was never paused: nothing to go back to
    UNSUPPORTED = "unsupported"  # the take does not say where it paused (made before that)


@dataclass(frozen=True)
class ContinuePoint:
    support: ContinueSupport
    last_pause_ms: int  # where "discard since the last pause" goes back to (0: nowhere)


def continue_point(record: StudentRecord) -> ContinuePoint:
    """What the review can offer for a student's take: the last pause before its end, read
    from the take's markers file."""
    pauses = take_pauses(Path(record.take_path))
    last_pause_ms = max((p for p in pauses or [] if p < record.duration_ms), default=0)
    if pauses is None:
        return ContinuePoint(ContinueSupport.UNSUPPORTED, 0)
    if last_pause_ms <= 0:
        return ContinuePoint(ContinueSupport.NO_PAUSE, 0)
    return ContinuePoint(ContinueSupport.AVAILABLE, last_pause_ms)


def continue_from_pause(record: StudentRecord, pause_ms: int) -> ContinueFrom:
    """Record on from `pause_ms`: what the take holds after it is discarded once the new part
    is joined (the take stays until then). The markers are the review's, as saved."""
    return ContinueFrom(Path(record.take_path), pause_ms, list(record.markers))


def continue_from_end(record: StudentRecord) -> ContinueFrom:
    """Keep all of the take and record on after its end (after a stop or a recovery)."""
    return ContinueFrom(Path(record.take_path), record.duration_ms, list(record.markers))


def points_for_take(
    plan: Sequence[PlannedPoint], continue_from: ContinueFrom | None
) -> list[PlannedPoint]:
    """The planned points the new take should still cover: all of them for a new take (or a
    retake), those the kept part of a continued take did not cover yet."""
    if continue_from is None:
        return list(plan)
    markers = continue_from.markers or []
    kept = [m for m in markers if m.t_ms < continue_from.pause_ms]
    return points_left(list(plan), kept)


def take_replaced(continued: ContinueFrom | None, problems: Sequence[Problem]) -> Path | None:
    """The take a finished continuation replaces (to be removed), or None: nothing was
    continued, or the new part could not be joined and the old take is still the whole one."""
    if continued is None:
        return None
    if any(p.code is ErrorCode.CONTINUE_NOT_JOINED for p in problems):
        return None
    return continued.take


def remove_replaced_take(old: Path, new: Path, takes_dir: Path) -> list[str]:
    """Remove a replaced take's files, but only when they are the app's own (in its takes
    folder) and not the new take itself. Returns a sentence for each file left behind."""
    takes_root = takes_dir.resolve()
    if old.resolve() == new.resolve() or not old.resolve().is_relative_to(takes_root):
        return []
    left: list[str] = []
    for path in take_files(old):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # left behind: a little disk space, nothing worse
            left.append(f"could not remove {path}: {exc}")
    return left


def keep_take(
    work: WorkState, key: str, take: Path, duration_ms: int, markers: Sequence[Marker]
) -> StudentRecord:
    """A finished or recovered take becomes the student's take (status recorded), saved."""
    record = work.record(key)
    record.status = StudentStatus.RECORDED
    record.take_path = str(take)
    record.duration_ms = duration_ms
    record.markers = list(markers)
    work.save()
    return record


def discard_interrupted_take(take: CurrentTake, current_take_file: Path) -> None:
    """The teacher chose to throw an interrupted take away: its working folder is the app's
    own, so it goes, and so does the note that it was interrupted."""
    shutil.rmtree(take.take_dir, ignore_errors=True)
    clear_current_take(current_take_file)
