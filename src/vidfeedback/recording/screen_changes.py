"""Brings the canvas up to date with the screen once per frame tick, at the least cost.

With X damage reports (capture/damage.py) only the damaged areas are grabbed and compared, and
a tick in which nothing was drawn grabs nothing: a still screen with a moving pointer costs no
grab at all. Every FULL_CHECK_NS the whole area is grabbed and compared anyway, as a safety net
for drawing the server does not report (a compositor's or a GL window's, on some systems); if
that finds changes outside what was reported MISSES_BEFORE_FALLBACK times in a row, damage is
given up for the rest of the take. Without damage reports every tick grabs the whole area and
compares it (memcmp in bands, canvas.py).
"""

from __future__ import annotations

import enum
import time

from vidfeedback.recording.canvas import YuvCanvas
from vidfeedback.recording.capture.damage import DamageWatch, ScreenBox
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.compositor import Box
from vidfeedback.recording.sources import Grabber

FULL_CHECK_NS = 500_000_000  # the heartbeat's pace: a missed change shows within half a second
MISSES_BEFORE_FALLBACK = 3
# More damaged rectangles than this in one tick (or more pixels than the area, overlapping) are
# grabbed as their bounding box: the server copies each one.
MAX_GRABS_PER_TICK = 6


class ChangeSource(enum.Enum):
    DAMAGE = "damage"  # the X server's damage reports
    COMPARE = "compare"  # whole grabs compared with the last one


class ScreenChanges:
    """Owned by the capture thread, like the grabber and the canvas."""

    def __init__(
        self,
        grabber: Grabber,
        canvas: YuvCanvas,
        damage: DamageWatch | None,
        full_check_ns: int = FULL_CHECK_NS,
    ) -> None:
        self._full_check_ns = full_check_ns
        self._grabber = grabber
        self._canvas = canvas
        self._damage = damage
        self.source = ChangeSource.DAMAGE if damage is not None else ChangeSource.COMPARE
        self._region: Region | None = None
        self._last_full_ns = 0
        self._reported: Box | None = None  # bounding box of what damage reported since then
        self._misses = 0
        self.grabs_full = 0
        self.grabs_partial = 0
        self.ticks_without_grab = 0

    @property
    def stamps_unsure(self) -> int:
        return self._grabber.stamps_unsure

    def poll(self) -> tuple[list[Box], int]:
        """The boxes of the picture that changed since the last poll (already stored in the
        canvas), and when the screen was read (monotonic ns)."""
        region = self._grabber.region
        damage = self._damage
        if damage is None:
            return self._full()
        reported = self._picture_boxes(damage.take(), region)
        now_ns = time.monotonic_ns()
        if (
            not self._canvas.filled
            or region != self._region
            or now_ns - self._last_full_ns >= self._full_check_ns
        ):
            return self._full_check(reported, region)
        if not reported:
            self.ticks_without_grab += 1
            return [], now_ns
        total_px = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in reported)
        if len(reported) > MAX_GRABS_PER_TICK or total_px > region.width * region.height:
            reported = [_bounding(reported)]
        # All at one moment (one round trip): read one after the other, the pieces of a frame
        # were up to 48 ms apart on a loaded machine, and all stamped at the last.
        pieces, read_ns = self._grabber.grab_boxes(reported)
        changed: list[Box] = []
        for box, pixels in zip(reported, pieces, strict=True):
            changed += self._canvas.take(pixels, box[0], box[1])
            self.grabs_partial += 1
        self._note_reported(reported)
        return changed, read_ns

    def _full(self, exact: bool = False) -> tuple[list[Box], int]:
        pixels, read_ns = self._grabber.grab()
        self.grabs_full += 1
        return self._canvas.take(pixels, exact=exact), read_ns

    def _full_check(self, reported: list[Box], region: Region) -> tuple[list[Box], int]:
        """A whole grab: the first, after the area moved, or the periodic safety net."""
        trusted = self._canvas.filled and region == self._region
        changed, read_ns = self._full(exact=trusted)
        self._note_reported(reported)
        if trusted and any(not _inside(box, self._reported) for box in changed):
            self._misses += 1
            if self._misses >= MISSES_BEFORE_FALLBACK and self._damage is not None:
                self._damage.close()
                self._damage = None
                self.source = ChangeSource.COMPARE
        else:
            self._misses = 0
        self._region = region
        self._last_full_ns = read_ns
        self._reported = None
        return changed, read_ns

    def _note_reported(self, boxes: list[Box]) -> None:
        if boxes:
            self._reported = _bounding(boxes + ([self._reported] if self._reported else []))

    def _picture_boxes(self, boxes: list[ScreenBox], region: Region) -> list[Box]:
        """Screen rectangles clipped to the recorded area, in the picture's pixels."""
        out: list[Box] = []
        for x0, y0, x1, y1 in boxes:
            px0, py0 = max(x0 - region.x, 0), max(y0 - region.y, 0)
            px1, py1 = min(x1 - region.x, region.width), min(y1 - region.y, region.height)
            if px0 < px1 and py0 < py1:
                out.append((px0, py0, px1, py1))
        return out

    def close(self) -> None:
        if self._damage is not None:
            self._damage.close()
            self._damage = None


def _bounding(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _inside(box: Box, within: Box | None) -> bool:
    if within is None:
        return False
    return (
        within[0] <= box[0] and within[1] <= box[1] and box[2] <= within[2] and box[3] <= within[3]
    )
