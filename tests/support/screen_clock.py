"""A clock on the screen: a small override-redirect window showing a counter in big black and
white blocks, redrawn every PERIOD_NS, with the monotonic time of every redraw kept. A recorded
frame's counter then says when its pixels were read, to within one redraw, whatever the frame's
own stamp claims.

Each value is drawn into an off-screen pixmap and copied onto the window in one request: the
server damages the whole strip as one rectangle, so the recorder grabs it in one piece and a grab
sees the old or the new value, never a mixture (grabbed in several pieces at different moments,
the blocks would spell some other value). The counter is Gray-coded, one block changing per step,
so a frame blurred between two values still reads as one of them. The blocks are 16 x 16 pixels
on a 16-pixel grid, H.264's macroblocks, so black and white survive CRF 23.

Like a video playing in the document, the clock damages its area on every redraw, so every
capture tick grabs it (a 256 x 16 strip): the measurement costs the recorder that much.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

BITS = 16  # 2**16 redraws of 2 ms: 131 s before the counter wraps (unwrapped by time)
BLOCK_PX = 16
PERIOD_NS = 2_000_000
# A decoded block centre between these is neither black nor white: the frame is not read.
DARK_MAX = 64
LIGHT_MIN = 192


def gray(n: int) -> int:
    return n ^ (n >> 1)


def from_gray(g: int) -> int:
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


@dataclass(frozen=True)
class ClockPlace:
    """Where the clock's blocks are, in screen pixels (the top left of block 0)."""

    x: int
    y: int

    @property
    def width(self) -> int:
        return BITS * BLOCK_PX


@dataclass
class ClockLog:
    """Every redraw: its counter, the monotonic time just before the requests went out and just
    after the server had them (XSync's round trip)."""

    counters: np.ndarray[Any, np.dtype[np.int64]]
    sent_ns: np.ndarray[Any, np.dtype[np.int64]]
    synced_ns: np.ndarray[Any, np.dtype[np.int64]]

    def read_interval(self, counter16: int, near_ns: int) -> tuple[int, int] | None:
        """When pixels showing counter16 (the counter modulo 2**BITS) were read: after that
        redraw was sent and before the next one was done. Of the redraws with that value, the
        one nearest near_ns; None if there is none within a wrap."""
        rows = np.flatnonzero((self.counters & ((1 << BITS) - 1)) == counter16)
        rows = rows[rows + 1 < len(self.counters)]
        if not len(rows):
            return None
        row = int(rows[np.argmin(np.abs(self.sent_ns[rows] - near_ns))])
        return int(self.sent_ns[row]), int(self.synced_ns[row + 1])


class ScreenClock:
    """The window and its drawing; owned by one thread (python-xlib connections are not shared).
    tick() draws the next counter value and returns the times to log."""

    def __init__(self, display_name: str, places: Sequence[ClockPlace]) -> None:
        """places: where to show the counter; more than one makes the recorder grab a frame in
        as many pieces (each strip is damaged on its own), which shows whether they were read
        at one moment."""
        from Xlib import X
        from Xlib import display as xdisplay

        self._d: Any = xdisplay.Display(display_name)
        screen = self._d.screen()
        self.places = list(places)
        self._windows: list[Any] = [
            screen.root.create_window(
                place.x,
                place.y,
                place.width,
                BLOCK_PX,
                0,
                screen.root_depth,
                X.InputOutput,
                X.CopyFromParent,
                background_pixel=screen.black_pixel,
                override_redirect=True,
            )
            for place in self.places
        ]
        width = self.places[0].width
        self._pixmap: Any = self._windows[0].create_pixmap(width, BLOCK_PX, screen.root_depth)
        self._white: Any = self._pixmap.create_gc(foreground=screen.white_pixel)
        self._black: Any = self._pixmap.create_gc(foreground=screen.black_pixel)
        self._copy: Any = self._windows[0].create_gc(graphics_exposures=False)
        for window in self._windows:
            window.map()
        self._d.sync()

    def draw(self, counter: int) -> tuple[int, int]:
        """Show counter; returns (sent_ns, synced_ns)."""
        g = gray(counter)
        white: list[tuple[int, int, int, int]] = []
        black: list[tuple[int, int, int, int]] = []
        for bit in range(BITS):
            (white if (g >> bit) & 1 else black).append((bit * BLOCK_PX, 0, BLOCK_PX, BLOCK_PX))
        if white:
            self._pixmap.poly_fill_rectangle(self._white, white)
        if black:
            self._pixmap.poly_fill_rectangle(self._black, black)
        sent_ns = time.monotonic_ns()
        for window in self._windows:
            window.copy_area(self._copy, self._pixmap, 0, 0, self.places[0].width, BLOCK_PX, 0, 0)
        self._d.sync()
        return sent_ns, time.monotonic_ns()

    def close(self) -> None:
        self._pixmap.free()
        for window in self._windows:
            window.destroy()
        self._d.close()


def read_counter(gray_picture: np.ndarray[Any, Any], place: ClockPlace) -> int | None:
    """The counter (modulo 2**BITS) a decoded frame (8-bit luma, whole picture, the recorded
    area's origin at the screen's) shows, or None if a block is neither black nor white."""
    half = BLOCK_PX // 2
    y = place.y + half
    g = 0
    for bit in range(BITS):
        x = place.x + bit * BLOCK_PX + half
        centre = float(gray_picture[y - 3 : y + 3, x - 3 : x + 3].mean())
        if DARK_MAX < centre < LIGHT_MIN:
            return None
        if centre >= LIGHT_MIN:
            g |= 1 << bit
    return from_gray(g)
