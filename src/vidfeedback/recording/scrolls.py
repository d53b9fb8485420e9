"""Finding a scroll: a grab whose rows are the stored rows moved up or down.

A scroll repaints most of a window, and converting that area to YUV again was the largest cost
of a capture tick: 20–49 ms of CPU on two busy cores, enough to miss the next frame's deadline
(docs/benchmark.md, "Missed ticks"). Yet a scrolled picture is mostly the old one, moved. The
canvas (canvas.py) moves its converted rows instead and converts only what did not move: the
rows scrolled into view, what stays put inside the area (a scroll bar's thumb, a fixed header)
and a margin around the moved part.

This module only finds the shift and what does not follow it; it works on the BGRA pixels as
32-bit words, one per pixel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Pixels32 = npt.NDArray[np.uint32]  # (rows, columns), one BGRA pixel per word
Memcmp = Callable[[int, int, int], int]

# Rows sampled to find the shift, spread over the changed rows; at least two must agree.
PROBES = 4
PROBE_SCAN_ROWS = 48  # how far from its place a probe looks for a row with some content
PROBE_COLUMNS = 8  # columns of a probe row compared against every stored row, before memcmp
CANDIDATES_PER_PROBE = 16  # equal rows verified per probe (blank-ish rows repeat)
# What is worth it: below this a scroll costs little to convert anyway.
MIN_MOVED_ROWS = 64
MIN_COLUMNS = 64
# Rows that do not follow the shift, closer than this, are converted as one box: each box is
# converted with a margin, so many small ones would cost more than the rows between them.
MERGE_GAP_ROWS = 16


@dataclass(frozen=True)
class Scroll:
    """New row i shows what stored row i + dy showed, for rows moved_rows[0] ≤ i < moved_rows[1]
    (all inside the grab, like their sources), except inside the `unmatched` boxes."""

    dy: int
    moved_rows: tuple[int, int]
    unmatched: list[tuple[int, int, int, int]]  # (c0, r0, c1, r1) in the grab, end exclusive


def find_scroll(
    new: Pixels32, old: Pixels32, rows: tuple[int, int], memcmp: Memcmp
) -> Scroll | None:
    """The vertical shift that turns `old` into `new` over the changed rows [rows), if most of
    them follow one. Both are (h, w) views of the same area; `new` must be C-contiguous, `old`
    may have a longer row stride (the canvas's whole picture)."""
    h, w = new.shape
    r0, r1 = rows
    if w < MIN_COLUMNS or r1 - r0 < MIN_MOVED_ROWS or old.shape != new.shape:
        return None
    row_bytes = w * 4
    new_at, new_stride = new.ctypes.data, new.strides[0]
    old_at, old_stride = old.ctypes.data, old.strides[0]

    def same(i: int, j: int) -> bool:  # new row i against stored row j
        return memcmp(new_at + i * new_stride, old_at + j * old_stride, row_bytes) == 0

    votes: Counter[int] = Counter()
    for k in range(1, PROBES + 1):
        p = _probe_row(new, old, r0 + (r1 - r0) * k // (PROBES + 1), r1, memcmp)
        if p is None:
            continue
        content = np.flatnonzero(new[p] != new[p - 1])
        cols = content[np.linspace(0, len(content) - 1, PROBE_COLUMNS).astype(np.intp)]
        candidates = np.flatnonzero((old[:, cols] == new[p, cols]).all(axis=1))
        for q in candidates[:CANDIDATES_PER_PROBE].tolist():
            if q != p and same(p, q):
                votes[q - p] += 1
    if not votes:
        return None
    dy, count = votes.most_common(1)[0]
    if count < 2:
        return None
    # Rows whose source lies inside the grab.
    o0, o1 = max(r0, -dy), min(r1, h - dy)
    if o1 - o0 < MIN_MOVED_ROWS:
        return None
    # Every pixel, in numpy, two to a comparison where the width allows it: a memcmp per row
    # was as fast on an idle machine, but each ctypes call lets go of the GIL, and on a busy one
    # the capture thread then waits to get it back.
    wide_new, wide_old = (new.view(np.uint64), old.view(np.uint64)) if w % 2 == 0 else (new, old)
    rows_differ = (wide_new[o0:o1] != wide_old[o0 + dy : o1 + dy]).any(axis=1)
    mismatched = (np.flatnonzero(rows_differ) + o0).tolist()
    if len(mismatched) * 2 > o1 - o0:
        return None
    unmatched: list[tuple[int, int, int, int]] = []
    for a, b in _runs(mismatched):
        differs = new[a:b] != old[a + dy : b + dy]
        cols_hit = np.flatnonzero(differs.any(axis=0))
        unmatched.append((int(cols_hit[0]), a, int(cols_hit[-1]) + 1, b))
    return Scroll(dy, (o0, o1), unmatched)


def _probe_row(new: Pixels32, old: Pixels32, start: int, end: int, memcmp: Memcmp) -> int | None:
    """A changed row at or after `start` that differs from the row above it (a row of plain
    background matches anywhere, and says nothing about the shift)."""
    w = new.shape[1]
    row_bytes = w * 4
    new_at, new_stride = new.ctypes.data, new.strides[0]
    old_at, old_stride = old.ctypes.data, old.strides[0]
    for p in range(max(start, 1), min(start + PROBE_SCAN_ROWS, end)):
        row = new_at + p * new_stride
        if memcmp(row, row - new_stride, row_bytes) and memcmp(
            row, old_at + p * old_stride, row_bytes
        ):
            return p
    return None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as runs [a, b), joining runs less than MERGE_GAP_ROWS apart."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r - runs[-1][1] < MERGE_GAP_ROWS:
            runs[-1] = (runs[-1][0], r + 1)
        else:
            runs.append((r, r + 1))
    return runs
