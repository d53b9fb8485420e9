"""ScreenMask: the app's own windows replaced in the picture by what was under them.

The screen here is an array the test paints (a window appearing is a rectangle painted into it);
the real screen, the app and decoded frames are checked in tests/e2e/test_toolbar_not_recorded.py.
"""

from __future__ import annotations

import numpy as np

from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.masking import ScreenMask

SCREEN = Region(0, 0, 200, 100)


class Screen:
    def __init__(self) -> None:
        rng = np.random.default_rng(7)
        self.pixels = rng.integers(0, 256, (SCREEN.height, SCREEN.width, 4), np.uint8)
        self.grabs: list[Region] = []

    def grab(self, area: Region) -> np.ndarray:
        self.grabs.append(area)
        return self.pixels[area.y : area.y + area.height, area.x : area.x + area.width]

    def show_window(self, area: Region, value: int) -> None:
        self.pixels[area.y : area.y + area.height, area.x : area.x + area.width] = value

    def frame(self, origin: Region) -> np.ndarray:
        return self.pixels[
            origin.y : origin.y + origin.height, origin.x : origin.x + origin.width
        ].copy()


def test_a_window_shown_after_its_area_is_masked_is_not_in_the_frame() -> None:
    screen = Screen()
    mask = ScreenMask(screen.grab, SCREEN)
    before = screen.frame(SCREEN)
    toolbar = Region(120, 70, 60, 20)
    mask.set_areas([toolbar])
    screen.show_window(toolbar, 255)
    frame = screen.frame(SCREEN)
    assert not np.array_equal(frame, before)
    mask.apply(frame, SCREEN)
    assert np.array_equal(frame, before)


def test_a_recorded_region_sees_only_its_part_of_the_area() -> None:
    screen = Screen()
    mask = ScreenMask(screen.grab, SCREEN)
    toolbar = Region(90, 40, 40, 30)
    region = Region(100, 50, 60, 40)  # overlaps the toolbar's lower-right part
    before = screen.frame(region)
    mask.set_areas([toolbar])
    screen.show_window(toolbar, 0)
    frame = screen.frame(region)
    mask.apply(frame, region)
    assert np.array_equal(frame, before)
    elsewhere = Region(0, 0, 50, 30)  # no overlap: untouched
    clean = screen.frame(elsewhere)
    frame = clean.copy()
    mask.apply(frame, elsewhere)
    assert np.array_equal(frame, clean)


def test_a_moved_window_keeps_the_picture_from_before_it_came() -> None:
    """The new area is grabbed while the window still covers part of it: those pixels come from
    what was kept for the old area, not from the window."""
    screen = Screen()
    mask = ScreenMask(screen.grab, SCREEN)
    before = screen.frame(SCREEN)
    old = Region(100, 60, 60, 20)
    mask.set_areas([old])
    screen.show_window(old, 255)
    generation = mask.generation
    new = Region(110, 70, 60, 25)  # overlaps the old place
    mask.set_areas([old, new])  # both, until the window has moved
    assert mask.generation != generation
    screen.show_window(old, 0)  # what the screen had there is gone from the screen...
    screen.pixels[old.y : old.y + old.height, old.x : old.x + old.width] = before[
        old.y : old.y + old.height, old.x : old.x + old.width
    ]
    screen.show_window(new, 255)  # ...and the window is in its new place
    mask.set_areas([new])
    frame = screen.frame(SCREEN)
    mask.apply(frame, SCREEN)
    assert np.array_equal(frame, before)


def test_an_area_given_again_is_not_grabbed_again_and_areas_are_clipped() -> None:
    screen = Screen()
    mask = ScreenMask(screen.grab, SCREEN)
    area = Region(150, 80, 100, 40)  # partly off the screen
    mask.set_areas([area])
    assert screen.grabs == [Region(150, 80, 50, 20)]
    generation = mask.generation
    mask.set_areas([area])
    assert len(screen.grabs) == 1 and mask.generation == generation
    mask.set_areas([Region(300, 300, 10, 10)])  # wholly off the screen: nothing to mask
    assert mask.patches == () and len(screen.grabs) == 1
    mask.set_areas([])
    assert mask.patches == ()
