"""Editing a finished take: which stretches of it are kept, and where everything lands.

An edit is a list of removed stretches of the source (trimmed ends and cuts, in milliseconds of
the source's own timeline); what is left are the kept ranges, played one after the other. The
plan is pure arithmetic: the review's timeline keeps one to skip cut ranges while playing, the
writer (export/edited_take.py) copies and re-encodes by it, and markers and chapters move by it.

* A time inside a removed stretch has no place in the result; a later time moves back by what was
  removed before it.
* A marker (or a chapter's start) inside a removed stretch is dropped, and reported, so the
  teacher can be told. The first chapter always starts at 0 (a QuickTime chapter track has no
  gaps): a lead chapter whose start is trimmed away still covers the new beginning.
* Milliseconds are exact in both media clocks (90 kHz picture ticks, 48 kHz sound samples), so
  the writer cuts sound sample-exact and pictures tick-exact from the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vidfeedback.errors import ErrorCode, VidfeedbackError
from vidfeedback.model import LEAD_CHAPTER_TITLE, Chapter, Marker

# A kept piece shorter than this is a slip of the mouse, not something to keep: less than one
# picture at 30 fps.
MIN_KEPT_MS = 34


class EditError(VidfeedbackError):
    """The edit cannot be made as asked; nothing was written."""

    default_code = ErrorCode.EDIT_FAILED


Range = tuple[int, int]  # [start_ms, end_ms) of the source


def merge_ranges(ranges: Iterable[Range]) -> list[Range]:
    """Sorted, overlapping or touching ranges joined, empty ones left out."""
    merged: list[Range] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@dataclass(frozen=True)
class EditPlan:
    source_ms: int
    removed: tuple[Range, ...]  # merged, inside [0, source_ms]

    @classmethod
    def build(
        cls,
        source_ms: int,
        trim_start_ms: int = 0,
        trim_end_ms: int = 0,
        cuts_ms: Sequence[Range] = (),
    ) -> EditPlan:
        """trim_start_ms and trim_end_ms are how much to leave out at each end; cuts_ms are
        [from, to) stretches of the source. Raises EditError for a range that does not fit."""
        if source_ms <= 0:
            raise EditError("the take is empty", ErrorCode.TAKE_EMPTY)
        if trim_start_ms < 0 or trim_end_ms < 0:
            raise EditError(
                "a trim cannot be negative",
                ErrorCode.EDIT_RANGE_INVALID,
                detail=f"trim {trim_start_ms} ms / {trim_end_ms} ms",
            )
        for a, b in cuts_ms:
            if not 0 <= a < b <= source_ms:
                raise EditError(
                    f"the cut {a / 1000:.3f}-{b / 1000:.3f} s is not inside the take "
                    f"(0-{source_ms / 1000:.3f} s) or ends before it starts",
                    ErrorCode.EDIT_RANGE_INVALID,
                    detail=f"{a}-{b} ms of {source_ms} ms",
                )
        removed = [(0, min(trim_start_ms, source_ms))]
        removed.append((max(0, source_ms - trim_end_ms), source_ms))
        plan = cls(source_ms, tuple(merge_ranges([*removed, *cuts_ms])))
        if plan.result_ms < MIN_KEPT_MS:
            raise EditError(
                "the edit leaves nothing of the take",
                ErrorCode.EDIT_NOTHING_LEFT,
                detail=f"{plan.result_ms} ms left",
            )
        return plan

    @classmethod
    def keep_all(cls, source_ms: int) -> EditPlan:
        return cls(source_ms, ())

    @property
    def kept(self) -> list[Range]:
        """The kept ranges of the source, in order; slivers under MIN_KEPT_MS left out."""
        result: list[Range] = []
        start = 0
        for a, b in [*self.removed, (self.source_ms, self.source_ms)]:
            if a - start >= MIN_KEPT_MS:
                result.append((start, a))
            start = max(start, b)
        return result

    @property
    def is_identity(self) -> bool:
        return self.kept == [(0, self.source_ms)]

    @property
    def result_ms(self) -> int:
        return sum(b - a for a, b in self.kept)

    def map_ms(self, t_ms: int) -> int | None:
        """Where source time t_ms lands in the result; None inside a removed stretch. The end of
        the source maps to the end of the result."""
        offset = 0
        for a, b in self.kept:
            if a <= t_ms < b:
                return offset + t_ms - a
            offset += b - a
        return offset if t_ms >= self.source_ms else None

    def map_span_ms(self, start_ms: int, end_ms: int) -> tuple[int, int] | None:
        """Where the kept parts of the source stretch [start_ms, end_ms) land in the result, as
        one stretch (kept ranges meet in the result); None when all of it was cut."""
        offset = 0
        first: int | None = None
        last = 0
        for a, b in self.kept:
            lo, hi = max(a, start_ms), min(b, end_ms)
            if lo < hi:
                if first is None:
                    first = offset + lo - a
                last = offset + hi - a
            offset += b - a
        return None if first is None else (first, last)

    def source_ms_at(self, result_ms: int) -> int:
        """The source time shown at result time result_ms (the player's position)."""
        offset = 0
        kept = self.kept
        for a, b in kept:
            if result_ms < offset + b - a:
                return a + max(0, result_ms - offset)
            offset += b - a
        return kept[-1][1] if kept else 0

    def next_kept_ms(self, t_ms: int) -> int | None:
        """t_ms itself if it is kept, else where the next kept range starts (None: the end)."""
        for a, b in self.kept:
            if t_ms < b:
                return max(a, t_ms)
        return None

    def edit_markers(self, markers: Iterable[Marker]) -> tuple[list[Marker], list[Marker]]:
        """(kept markers moved to the result's time, markers dropped because they were cut)."""
        kept: list[Marker] = []
        dropped: list[Marker] = []
        for m in sorted(markers, key=lambda m: m.t_ms):
            t = self.map_ms(m.t_ms)
            if t is None:
                dropped.append(m)
            else:
                kept.append(Marker(m.kind, t, m.criterion_id, m.label))
        return kept, dropped

    def edit_pauses(self, pauses_ms: Iterable[int]) -> list[int]:
        """Pause points (where the video goes on after a pause) that survive, moved."""
        result_ms = self.result_ms
        moved = {self.map_ms(p) for p in pauses_ms}
        return sorted(p for p in moved if p is not None and 0 < p < result_ms)

    def edit_chapters(self, chapters: Iterable[Chapter]) -> tuple[list[Chapter], list[Chapter]]:
        """(chapters of the result, chapters dropped because their start was cut). Each kept
        chapter lasts until the next one starts or the video ends. A chapter track has no gaps,
        so the result's first chapter starts at 0: a first chapter that opened the take still
        opens it when the start is trimmed, and otherwise a lead chapter is put in."""
        ordered = sorted(chapters, key=lambda c: c.start_ms)
        starts: list[tuple[int, str]] = []
        dropped: list[Chapter] = []
        for i, c in enumerate(ordered):
            t = self.map_ms(c.start_ms)
            if t is None and i == 0 and c.start_ms <= 0:
                t = 0
            if t is None or t >= self.result_ms:
                dropped.append(c)
            else:
                starts.append((t, c.title))
        if starts and starts[0][0] > 0:
            starts.insert(0, (0, LEAD_CHAPTER_TITLE))
        result: list[Chapter] = []
        for i, (t, title) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else self.result_ms
            if end > t:
                result.append(Chapter(t, end, title))
        return result, dropped
