"""The recorded picture kept as the encoder takes it (yuv420p), converted only where it changed.

Converting a whole 1080p BGRA grab to YUV cost a fifth of the recorder's CPU (4.1 CPU-s per
recorded minute), yet most frames differ from the last one in a strip of typing, a blinking caret
or just the pointer. The canvas keeps the last grab (BGRA) and its conversion (YUV) and converts
again only the boxes that changed; the pointer and click rings are drawn into small patches that
are converted on their own and pasted into the encoder's copy, so a pointer-only frame converts a
few kilobytes.

A patch converted on its own must give exactly the bytes a whole-frame conversion gives inside
it: swscale's chroma filters reach a pixel or two across, so each patch is converted with a
margin (PAD_PX) that is then thrown away, the samples a changed pixel is filtered into
(REACH_PX around it) are pasted too, and patches start on even rows and columns (one chroma
sample covers 2 × 2 pixels) aligned to 16 columns (swscale's SIMD reads rows in 64-byte steps).
tests/recording/test_canvas.py checks the bytes against a whole-frame conversion.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import av
import numpy as np
import numpy.typing as npt
from av.video.reformatter import VideoReformatter

from vidfeedback.recording.compositor import Box, Frame, Overlay
from vidfeedback.recording.scrolls import Scroll, find_scroll

PAD_PX = 16
# How far a changed pixel reaches into the converted picture: the chroma of its neighbours
# depends on it (swscale's filters span a pixel or two around each 2 × 2 block).
REACH_PX = 4
ALIGN_X_PX = 16
# repay() converts at least this many rows of a debt at a time: fewer, and the margin converted
# around each band would cost more than the band.
REPAY_MIN_ROWS = 32
# A move by fewer rows than this is copied through numpy's buffer rather than in chunks (too
# many chunks would cost more in calls than the buffer does).
MOVE_CHUNK_MIN_ROWS = 16
# Checking a band for colour (repay) costs about this share of converting it.
GREY_CHECKS_PER_CONVERSION = 2
# Rows compared at a time when looking for what changed: 8 rows of 1080p are 61 kB, so a
# typed word costs a few bands of conversion, and 135 memcmp calls find them.
BAND_ROWS = 8
# The encoder's colour set-up (encoding.VideoEncoder): BT.709 matrix, limited range.
BT709 = 1  # AVCOL_SPC_BT709
Plane = npt.NDArray[np.uint8]


class MaskPainter(Protocol):
    """The masked areas (recording/masking.py) as the canvas paints them."""

    def boxes(self) -> Sequence[Box]:
        """Where it paints, in the recorded picture's pixels."""
        ...

    def paint(self, patch: Frame, x: int, y: int) -> None:
        """Paint into a patch whose top-left pixel is (x, y) of the recorded picture."""
        ...


# swscale on the calling thread only. PyAV's default (one slice thread per CPU) made the capture
# thread wait for helper threads on every conversion, and start new ones whenever the box size
# changed (swscale sets its context up again): on a busy machine each of those waits for a core.
# In a profile of the benchmark session over a third of the capture thread's samples were such
# waits. One thread costs ~2 ms more wall time for a whole 1080p frame on an idle machine
# (8 against 6 ms) and the same CPU; the ticks that still overrun are now the thread's own work
# (docs/benchmark.md, "Missed ticks").
SWSCALE_THREADS = 1


def convert_bgra(bgra: Frame, sws: VideoReformatter | None = None) -> av.VideoFrame:
    """The one BGRA → yuv420p conversion, for whole frames and patches alike: the encoder's own
    (swscale, bilinear, BT.709 as the stream declares; swscale's default for untagged RGB would
    be BT.601)."""
    frame = av.VideoFrame.from_numpy_buffer(bgra, format="bgra")
    frame.colorspace = BT709
    height, width = bgra.shape[:2]
    if sws is None:
        return frame.reformat(width=width, height=height, format="yuv420p", threads=SWSCALE_THREADS)
    return sws.reformat(
        frame, width=width, height=height, format="yuv420p", threads=SWSCALE_THREADS
    )


def plane_views(frame: av.VideoFrame) -> tuple[Plane, Plane, Plane]:
    """Writable (rows, columns) views of a yuv420p frame's planes, without their row padding."""
    views = []
    for plane in frame.planes:
        rows = np.frombuffer(memoryview(plane), np.uint8).reshape(plane.height, plane.line_size)
        views.append(rows[:, : plane.width])
    y, u, v = views
    return y, u, v


def _memcmp() -> Callable[[int, int, int], int] | None:
    name = "msvcrt" if sys.platform == "win32" else ctypes.util.find_library("c")
    try:
        fn = ctypes.CDLL(name).memcmp
    except (OSError, AttributeError):
        return None
    fn.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
    fn.restype = ctypes.c_int
    return fn  # type: ignore[no-any-return]


@dataclass(frozen=True)
class _Move:
    """A scroll found by take(), for the next convert() to apply: the converted rows of `rect`
    come from `dy` rows further down (up, if negative); `dirty` is what must still be converted
    (what did not move with them, and a margin around `rect`)."""

    rect: Box  # even on all four sides, so the chroma rows move whole
    dy: int  # odd: the chroma rows are moved half a row short (see _apply)
    grab: Box  # the grab the scroll was found in: nothing else may overlap it
    changed: Box  # the grab's changed rows: take()'s boxes inside it need no other conversion
    dirty: list[Box]


class YuvCanvas:
    """Owned by the capture thread. `bgra` is the screen as last grabbed (no pointer, no mask);
    the YUV planes are its conversion with the masked areas painted in.

    take() and convert() go in pairs, once per tick: a scroll found by take() is applied by the
    convert() that follows (it needs the mask, which only convert() is given)."""

    def __init__(self, width: int, height: int) -> None:
        if width % 2 or height % 2:
            raise ValueError(f"the picture size must be even, not {width}×{height}")
        self.width, self.height = width, height
        self.bgra: Frame = np.zeros((height, width, 4), np.uint8)
        self._yuv = av.VideoFrame(width, height, "yuv420p")
        self._planes = plane_views(self._yuv)
        self._sws = VideoReformatter()
        self._memcmp = _memcmp()
        self.filled = False  # nothing taken yet: the first take() changes everything
        self._moves: list[_Move] = []
        # Areas whose chroma is a row off (an odd scroll's), to be converted exactly by repay().
        self._debt: list[tuple[Box, Box]] = []  # (what is left to repay, the moved part)
        self._last_convert_px = 0
        self.pixels_converted = 0  # for the benchmark's profile
        self.scrolls_moved = 0

    # --- the screen -----------------------------------------------------------------------

    def take(self, pixels: Frame, x0: int = 0, y0: int = 0, exact: bool = False) -> list[Box]:
        """Store a grab of the picture's area from (x0, y0) on; returns the boxes that differ
        from what was stored (not yet converted: see convert()). Boxes are exact to the pixel
        where that is cheap; a change over most of the picture is given as whole rows of bands
        unless `exact` is asked for."""
        h, w = pixels.shape[:2]
        if not self.filled:
            if (x0, y0, w, h) != (0, 0, self.width, self.height):
                raise ValueError("the first grab must cover the whole picture")
            np.copyto(self.bgra, pixels)
            self.filled = True
            return [(0, 0, self.width, self.height)]
        stored = self.bgra[y0 : y0 + h, x0 : x0 + w]
        whole_rows = False
        if self._memcmp is None or not pixels.flags.c_contiguous:
            bands = [(0, h)]
        elif w == self.width:
            bands = self._changed_bands(pixels)
        else:
            bands, whole_rows = self._changed_rows(pixels, x0, y0), not exact
        if bands and self._memcmp is not None and pixels.flags.c_contiguous:
            scroll = find_scroll(
                pixels.view(np.uint32)[..., 0],
                stored.view(np.uint32)[..., 0],
                (bands[0][0], bands[-1][1]),
                self._memcmp,
            )
            if scroll is not None:
                move = self._move(scroll, x0, y0, w, h, bands)
                # A long jump (a page down) leaves little to move; converting the area whole
                # is then as cheap as the strips and margins.
                if self._cost_px(move.dirty) < _area(move.changed):
                    self._moves.append(move)
        boxes: list[Box] = []
        for r0, r1 in bands:
            if whole_rows or ((r1 - r0) * 2 > self.height and not exact):
                # A damaged area, or most of the picture: finding the columns would cost about
                # as much as converting them.
                c0, c1 = 0, w
            else:
                # One comparison per pixel (as 32-bit words), not per byte.
                differs = (pixels[r0:r1].view(np.uint32) != stored[r0:r1].view(np.uint32))[..., 0]
                rows, cols = (
                    np.flatnonzero(differs.any(axis=1)),
                    np.flatnonzero(differs.any(axis=0)),
                )
                if not len(rows):
                    continue
                r0, r1 = r0 + int(rows[0]), r0 + int(rows[-1]) + 1
                c0, c1 = int(cols[0]), int(cols[-1]) + 1
            stored[r0:r1, c0:c1] = pixels[r0:r1, c0:c1]
            boxes.append((x0 + c0, y0 + r0, x0 + c1, y0 + r1))
        return boxes

    def _changed_rows(self, pixels: Frame, x0: int, y0: int) -> list[tuple[int, int]]:
        """The first to the last changed row of a grab narrower than the picture (a damaged
        area), by memcmp of one row at a time from each end: an area repainted unchanged (a
        clock redrawn with the same time) costs no conversion and no frame."""
        assert self._memcmp is not None
        memcmp = self._memcmp
        h, w = pixels.shape[:2]
        row_bytes, stride = w * 4, self.width * 4
        new = pixels.ctypes.data
        old = self.bgra.ctypes.data + y0 * stride + x0 * 4
        first = next(
            (r for r in range(h) if memcmp(new + r * row_bytes, old + r * stride, row_bytes)), None
        )
        if first is None:
            return []
        last = next(
            r
            for r in range(h - 1, first - 1, -1)
            if memcmp(new + r * row_bytes, old + r * stride, row_bytes)
        )
        return [(first, last + 1)]

    def _changed_bands(self, pixels: Frame) -> list[tuple[int, int]]:
        """Runs of changed rows (start, end), found BAND_ROWS at a time by memcmp."""
        assert self._memcmp is not None
        memcmp = self._memcmp
        row_bytes = self.width * 4
        new, old = pixels.ctypes.data, self.bgra.ctypes.data
        h = pixels.shape[0]
        if memcmp(new, old, h * row_bytes) == 0:
            return []  # the usual case on a still screen: one pass, ~1 ms at 1080p
        runs: list[tuple[int, int]] = []
        for r0 in range(0, h, BAND_ROWS):
            r1 = min(r0 + BAND_ROWS, h)
            off = r0 * row_bytes
            if memcmp(new + off, old + off, (r1 - r0) * row_bytes) == 0:
                continue
            if runs and runs[-1][1] == r0:
                runs[-1] = (runs[-1][0], r1)
            else:
                runs.append((r0, r1))
        return runs

    def _move(
        self, scroll: Scroll, x0: int, y0: int, w: int, h: int, bands: list[tuple[int, int]]
    ) -> _Move:
        """The scroll in the picture's pixels, and what must still be converted around it."""
        o0, o1 = scroll.moved_rows
        # Inward to even rows and columns: one chroma sample covers 2 × 2 pixels. What is left
        # out is next to the edge, inside the margin converted below.
        rect = ((x0 + 1) & ~1, (y0 + o0 + 1) & ~1, (x0 + w) & ~1, (y0 + o1) & ~1)
        rx0, ry0, rx1, ry1 = rect
        dirty: list[Box] = [
            (x0 + c0, y0 + r0, x0 + c1, y0 + r1) for c0, r0, c1, r1 in scroll.unmatched
        ]
        r0, r1 = bands[0][0], bands[-1][1]
        # The edges of the moved part: its chroma there was filtered with neighbours that did
        # not move (and at the picture's top or bottom, with none); converting a one-pixel line
        # converts REACH_PX on either side of it. Above and below, with the rows scrolled into
        # view.
        dirty.append((x0, min(y0 + r0, ry0), x0 + w, ry0 + 1))
        dirty.append((x0, ry1 - 1, x0 + w, max(y0 + r1, ry1)))
        if rx0 > 0:
            dirty.append((rx0, ry0, rx0 + 1, ry1))
        if rx1 < self.width:
            dirty.append((rx1 - 1, ry0, rx1, ry1))
        dirty = self._merged(dirty)
        return _Move(
            rect,
            scroll.dy,
            grab=(x0, y0, x0 + w, y0 + h),
            changed=(x0, y0 + r0, x0 + w, y0 + r1),
            dirty=dirty,
        )

    def _merged(self, boxes: list[Box]) -> list[Box]:
        """Boxes joined wherever one conversion of both costs no more than two (a scroll bar's
        thumb next to the edge of the moved part): each conversion has a margin and a set-up."""
        boxes = list(boxes)
        joined = True
        while joined:
            joined = False
            for i, j in itertools.combinations(range(len(boxes)), 2):
                both = _bounding(boxes[i], boxes[j])
                if self._cost_px([both]) <= self._cost_px([boxes[i], boxes[j]]):
                    boxes[i] = both
                    del boxes[j]
                    joined = True
                    break
        return boxes

    def _cost_px(self, boxes: list[Box]) -> int:
        """Pixels converted for these boxes (overlaps counted twice, as they are converted)."""
        return sum(_area(r[1]) for b in boxes if (r := self._patch(b)) is not None)

    # --- conversion -------------------------------------------------------------------------

    def convert(self, boxes: list[Box], mask: MaskPainter | None = None) -> None:
        """Convert these boxes of `bgra` (with the mask painted in) into the YUV planes; a
        scroll found by the take() before is moved rather than converted."""
        converted_px = self.pixels_converted
        moves, self._moves = self._moves, []
        if len(moves) == 1 and self._may_move(moves[0], boxes, mask):
            move = moves[0]
            self._apply(move)
            # With the other grabs of the tick: the rows scrolled into view often come as one,
            # next to the moved part's edge, and one conversion of both costs less.
            boxes = self._merged([b for b in boxes if not _inside(b, move.changed)] + move.dirty)
        for box in boxes:
            self._convert_box(box, self._planes, mask, None)
        self._last_convert_px = self.pixels_converted - converted_px

    def convert_all(self, mask: MaskPainter | None = None) -> None:
        self._moves = []
        self._debt = []
        self.convert([(0, 0, self.width, self.height)], mask)

    @property
    def owes(self) -> bool:
        """Part of the picture is not yet exactly its conversion (see repay())."""
        return bool(self._debt)

    def repay(self, budget_px: int, mask: MaskPainter | None = None) -> list[Box]:
        """Make exact, in bands, what an odd scroll left a chroma row off, up to budget_px
        pixels per tick less what the last convert() converted: the scroll itself stays cheap,
        and the picture is exact again a few ticks later. A band of grey pixels (black text on
        white) has no chroma to be off and is only checked, not converted. Returns the boxes
        converted (the picture changed there, slightly)."""
        budget = budget_px - self._last_convert_px
        self._last_convert_px = 0
        done: list[Box] = []
        while self._debt and budget > 0:
            (x0, y0, x1, y1), moved = self._debt[0]
            rows = max(budget // max(x1 - x0, 1), REPAY_MIN_ROWS)
            band = (x0, y0, x1, min(y0 + rows, y1))
            if band[3] >= y1:
                self._debt.pop(0)
            else:
                self._debt[0] = ((x0, band[3], x1, y1), moved)
            if self._grey_around(band, moved):
                budget -= _area(band) // GREY_CHECKS_PER_CONVERSION
                continue
            before = self.pixels_converted
            self._convert_box(band, self._planes, mask, None)
            budget -= self.pixels_converted - before
            done.append(band)
        return done

    def _may_move(self, move: _Move, boxes: list[Box], mask: MaskPainter | None) -> bool:
        """The converted rows are what the grab replaced: unless the mask is painted into them,
        or another grab of this tick changed the same area (its rows are not converted yet).
        Next to the grab they do no harm: what is moved comes from more than REACH_PX inside it
        (the rest lands in the margin converted around the moved part), so nothing filtered
        with their pixels is moved. The rows scrolled into view are often such a grab."""
        grab = move.grab
        if mask is not None and any(_overlap(b, grab) for b in mask.boxes()):
            return False
        return not any(_overlap(b, grab) for b in boxes if not _inside(b, move.changed))

    def _grey_around(self, box: Box, moved: Box) -> bool:
        """Whether every pixel of the moved part whose colour reaches the box's chroma is grey
        (R = G = B). Grey converts to chroma 128 exactly, whatever rows are paired: moved half a
        row off, it is still right. Nothing outside the moved part counts: its edges were
        converted exactly when it was moved."""
        x0, x1 = box[0], box[2]
        y0, y1 = max(box[1] - REACH_PX, moved[1]), min(box[3] + REACH_PX, moved[3])
        px = self.bgra[y0:y1, x0:x1]
        return bool(
            np.array_equal(px[..., 0], px[..., 1]) and np.array_equal(px[..., 1], px[..., 2])
        )

    def _apply(self, move: _Move) -> None:
        x0, y0, x1, y1 = move.rect
        dy = move.dy
        y, u, v = self._planes
        _move_rows(y, x0, x1, y0, y1, dy)
        # A chroma row covers two pixel rows: after an odd shift each new one straddles two old
        # ones. The nearer one (half a row off) stands in until repay() converts the area:
        # converting it now would cost what the move saves, in the tick that can least afford it,
        # and black or grey text on white has no chroma to be off.
        if dy % 2:
            self._debt = [d for d in self._debt if not _inside(d[0], move.rect)]
            self._debt.append((move.rect, move.rect))
        elif any(_overlap(d[0], move.rect) for d in self._debt):
            self._debt.append((move.rect, move.rect))  # what was owed moved with the rows
        cx0, cy0, cx1, cy1, cdy = x0 // 2, y0 // 2, x1 // 2, y1 // 2, dy // 2
        _move_rows(u, cx0, cx1, cy0, cy1, cdy)
        _move_rows(v, cx0, cx1, cy0, cy1, cdy)
        self.scrolls_moved += 1

    def compose(
        self, out: av.VideoFrame, overlay: Overlay | None, mask: MaskPainter | None
    ) -> None:
        """The picture to encode: the canvas with the pointer and rings drawn in, into `out` (a
        yuv420p frame of the picture's size, e.g. from the encoder's pool)."""
        planes = plane_views(out)
        for dst, src in zip(planes, self._planes, strict=True):
            np.copyto(dst, src)
        if overlay is None:
            return
        for box in overlay.boxes():
            self._convert_box(box, planes, mask, overlay)

    def _patch(self, box: Box) -> tuple[Box, Box] | None:
        """What converting a box pastes (the box and the samples its pixels are filtered into, on
        even pixels) and what it converts (that with a margin, columns on the SIMD grid), both
        clipped to the picture; None if the box is outside it."""
        x0, y0 = max(box[0] - REACH_PX, 0) & ~1, max(box[1] - REACH_PX, 0) & ~1
        x1 = min(box[2] + REACH_PX + 1, self.width) & ~1
        y1 = min(box[3] + REACH_PX + 1, self.height) & ~1
        if x0 >= x1 or y0 >= y1:
            return None
        px0 = max(x0 - PAD_PX, 0) // ALIGN_X_PX * ALIGN_X_PX
        px1 = min(-(-(x1 + PAD_PX) // ALIGN_X_PX) * ALIGN_X_PX, self.width)
        py0, py1 = max(y0 - PAD_PX, 0), min(y1 + PAD_PX, self.height)
        return (x0, y0, x1, y1), (px0, py0, px1, py1)

    def _convert_box(
        self,
        box: Box,
        planes: tuple[Plane, Plane, Plane],
        mask: MaskPainter | None,
        overlay: Overlay | None,
    ) -> None:
        rects = self._patch(box)
        if rects is None:
            return
        (x0, y0, x1, y1), (px0, py0, px1, py1) = rects
        patch = self.bgra[py0:py1, px0:px1]
        masked = mask is not None and any(_overlap(b, (px0, py0, px1, py1)) for b in mask.boxes())
        if overlay is not None or masked:
            # Drawn into a copy: the canvas keeps the screen as it is. Otherwise swscale reads
            # the canvas in place (a scroll's whole-width box was an 8 MB copy, which malloc
            # then kept around).
            patch = patch.copy()
            if mask is not None:
                mask.paint(patch, px0, py0)
            if overlay is not None:
                overlay.draw(patch, px0, py0)
        yp, up, vp = plane_views(convert_bgra(patch, self._sws))
        self.pixels_converted += (px1 - px0) * (py1 - py0)
        iy, ix = y0 - py0, x0 - px0
        planes[0][y0:y1, x0:x1] = yp[iy : iy + y1 - y0, ix : ix + x1 - x0]
        cy0, cy1, cx0, cx1 = y0 // 2, y1 // 2, x0 // 2, x1 // 2
        ciy, cix = iy // 2, ix // 2
        planes[1][cy0:cy1, cx0:cx1] = up[ciy : ciy + cy1 - cy0, cix : cix + cx1 - cx0]
        planes[2][cy0:cy1, cx0:cx1] = vp[ciy : ciy + cy1 - cy0, cix : cix + cx1 - cx0]


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _move_rows(plane: Plane, x0: int, x1: int, y0: int, y1: int, dy: int) -> None:
    """Rows y0..y1 of the plane (columns x0..x1) take the rows dy further on. numpy copies an
    overlapping move through a buffer of the whole block; in chunks of at most |dy| rows, taken
    in the direction of the move, no chunk overlaps its source, and nothing is copied twice."""
    step = abs(dy)
    if step < MOVE_CHUNK_MIN_ROWS:
        plane[y0:y1, x0:x1] = plane[y0 + dy : y1 + dy, x0:x1]
        return
    starts = range(y0, y1, step) if dy > 0 else range(y1 - step, y0 - step, -step)
    for a in starts:
        a0, a1 = max(a, y0), min(a + step, y1)
        plane[a0:a1, x0:x1] = plane[a0 + dy : a1 + dy, x0:x1]


def _bounding(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _area(box: Box) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


def _inside(box: Box, within: Box) -> bool:
    return (
        within[0] <= box[0] and within[1] <= box[1] and box[2] <= within[2] and box[3] <= within[3]
    )
