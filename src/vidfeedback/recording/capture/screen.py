"""Screen grabs with mss. An mss instance belongs to the thread that made it (XShm), so the
grabber is created inside the capture thread."""

from __future__ import annotations

import os
import sys
from typing import Any

import mss
import numpy as np

from vidfeedback.recording.capture.region import Region, RegionError


class ScreenError(Exception):
    """The screen cannot be captured; the message says why and what to do."""


def _open() -> Any:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        raise ScreenError(
            "there is no display to record (DISPLAY is not set); start vidfeedback from the "
            "desktop session you want to record"
        )
    try:
        return mss.MSS()
    except Exception as exc:  # mss raises its own ScreenShotError and OSErrors
        raise ScreenError(f"the screen cannot be captured: {exc}") from exc


def monitors() -> list[Region]:
    """Index 0 is the whole virtual screen, 1.. the physical monitors (mss's convention)."""
    with _open() as sct:
        return [Region(m["left"], m["top"], m["width"], m["height"]) for m in sct.monitors]


def resolve_region(region: Region | None, monitor: int) -> Region:
    """The region to record, checked against the screen and cropped to even size."""
    screens = monitors()
    if region is None:
        if not 1 <= monitor < len(screens):
            raise RegionError(
                f"there is no monitor {monitor}; monitors 1 to {len(screens) - 1} are available"
            )
        region = screens[monitor]
    region.check_inside(screens[0])
    return region.even()


def grab_area(region: Region) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """One grab of an area (BGRA), on a connection of its own: for the odd still picture taken
    outside the capture thread (what is under a window about to be shown)."""
    with _open() as sct:
        shot = sct.grab(
            {"left": region.x, "top": region.y, "width": region.width, "height": region.height}
        )
        return np.frombuffer(shot.raw, np.uint8).reshape(shot.height, shot.width, 4).copy()


class ScreenGrabber:
    def __init__(self, region: Region) -> None:
        self.region = region
        self._sct = _open()
        self._area = {
            "left": region.x,
            "top": region.y,
            "width": region.width,
            "height": region.height,
        }

    def move_to(self, region: Region) -> None:
        """Grab another area of the same size from the next grab on (the picture size of a take
        cannot change)."""
        if (region.width, region.height) != (self.region.width, self.region.height):
            raise ValueError(f"a moved region keeps its size: {self.region} -> {region}")
        self.region = region
        self._area = {**self._area, "left": region.x, "top": region.y}

    def grab(self) -> tuple[bytearray, np.ndarray[Any, np.dtype[np.uint8]]]:
        """The raw BGRA bytes (for a cheap memcmp with the last grab) and a zero-copy view."""
        shot = self._sct.grab(self._area)
        view = np.frombuffer(shot.raw, np.uint8).reshape(shot.height, shot.width, 4)
        return shot.raw, view

    def close(self) -> None:
        self._sct.close()
