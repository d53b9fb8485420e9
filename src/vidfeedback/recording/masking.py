"""Areas of the screen the recording must not show: the app's own floating windows (the
toolbar, the countdown) where the system cannot leave a window out of a screen grab (X11).

Each area shows, in the recording, the pixels that were under it just before the window
appeared there: the caller gives an area *before* it shows a window in it, and the pixels are
grabbed at that moment. Why these pixels and not a flat colour or a blur: the toolbar sits at a
screen edge, over a panel, the desktop or the document's margin, which rarely change while the
teacher talks, so the student sees the screen as it was rather than a box that draws the eye.
(Where what is under it does change, the student sees it as it was when the toolbar came.)

The capture thread only reads the current patches (one tuple, replaced whole), so setting them
never waits for a frame and a frame never waits for a grab.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from vidfeedback.recording.capture.region import Region

Frame = npt.NDArray[np.uint8]  # (height, width, 4) BGRA, as the screen hands it over
ScreenGrab = Callable[[Region], Frame]


def intersection(a: Region, b: Region) -> Region | None:
    x0, y0 = max(a.x, b.x), max(a.y, b.y)
    x1 = min(a.x + a.width, b.x + b.width)
    y1 = min(a.y + a.height, b.y + b.height)
    if x1 <= x0 or y1 <= y0:
        return None
    return Region(x0, y0, x1 - x0, y1 - y0)


@dataclass(frozen=True)
class Patch:
    """What was on the screen in `area` (screen pixels) before a window covered it."""

    area: Region
    pixels: Frame  # (area.height, area.width, 4)


class ScreenMask:
    def __init__(self, grab: ScreenGrab, screen: Region) -> None:
        """grab: the screen's pixels in an area (BGRA), taken when called; screen: the whole
        virtual screen, which areas are clipped to."""
        self._grab = grab
        self._screen = screen
        self._lock = threading.Lock()  # one set_areas at a time; readers never take it
        self._patches: tuple[Patch, ...] = ()
        self._generation = 0

    @property
    def patches(self) -> tuple[Patch, ...]:
        return self._patches

    @property
    def generation(self) -> int:
        """Changes whenever the masked areas do (part of the capture's "same picture?" key)."""
        return self._generation

    def set_areas(self, areas: Sequence[Region]) -> None:
        """Mask exactly these areas from the next frame on. A new area's pixels are grabbed now,
        except where an area masked so far overlaps it: there the screen shows the app's window,
        so the pixels already kept for that place are used (an area given again keeps its
        pixels, and a window moved a little keeps the picture from before it came)."""
        with self._lock:
            old = self._patches
            new: list[Patch] = []
            for wanted in areas:
                area = intersection(wanted, self._screen)
                if area is None:
                    continue
                same = next((p for p in old if p.area == area), None)
                if same is not None:
                    new.append(same)
                    continue
                pixels = np.array(self._grab(area)[:, :, :4], np.uint8, copy=True)
                for p in old:
                    common = intersection(area, p.area)
                    if common is None:
                        continue
                    dst = _slices(common, area)
                    src = _slices(common, p.area)
                    pixels[dst] = p.pixels[src]
                new.append(Patch(area, pixels))
            if tuple(p.area for p in new) != tuple(p.area for p in old):
                self._generation += 1
            self._patches = tuple(new)

    def apply(self, frame: Frame, origin: Region) -> None:
        """Paint the patches into a frame that shows the screen area `origin`."""
        for p in self._patches:
            common = intersection(p.area, origin)
            if common is None:
                continue
            frame[_slices(common, origin)] = p.pixels[_slices(common, p.area)]


def _slices(area: Region, within: Region) -> tuple[slice, slice]:
    """Rows and columns of `area` in an image of `within` (area lies inside within)."""
    x, y = area.x - within.x, area.y - within.y
    return slice(y, y + area.height), slice(x, x + area.width)
