"""Finding what changed on a real Xvfb: from the server's damage reports, and without them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from support.realstack import ColourWindow, XDisplay, xdotool, xvfb
from vidfeedback.recording.canvas import YuvCanvas
from vidfeedback.recording.capture.damage import DamageWatch, ScreenBox, open_damage_watch
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.screen import ScreenGrabber
from vidfeedback.recording.screen_changes import (
    FULL_CHECK_NS,
    MISSES_BEFORE_FALLBACK,
    ChangeSource,
    ScreenChanges,
)

REGION = Region(40, 30, 480, 320)


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[XDisplay]:
    with xvfb(640, 480) as d:
        for k, v in d.env().items():
            monkeypatch.setenv(k, v)
        yield d


def settle() -> None:
    time.sleep(0.1)  # the X server has drawn and sent its reports


def whole_grab(grabber: ScreenGrabber) -> np.ndarray:
    pixels, _ = grabber.grab()
    return pixels.copy()


def test_damage_reports_what_is_drawn_and_not_the_pointer(display: XDisplay) -> None:
    watch = DamageWatch()
    try:
        settle()
        watch.take()
        xdotool(display, "mousemove", "200", "200")
        xdotool(display, "mousemove", "300", "250")
        settle()
        assert watch.take() == []  # the pointer is not in the screen's pixels
        window = ColourWindow(display, 100, 120, 60, 40, (0, 255, 0))
        settle()
        boxes = watch.take()
        assert (100, 120, 160, 160) in boxes
        assert watch.take() == []  # reported once
        window.close()
        settle()
        assert (100, 120, 160, 160) in watch.take()
    finally:
        watch.close()


def test_drawing_just_after_the_region_is_emptied_is_still_reported(display: XDisplay) -> None:
    """A report that arrives while take() empties the damaged region may describe drawing after
    the emptying: the region then holds that area, and drawing there again sends nothing (the
    region does not grow). A window that draws without pause (a clock, a video) fell silent that
    way for the rest of the take. Here the drawing is put exactly in that gap."""
    watch = DamageWatch()
    window = ColourWindow(display, 100, 120, 60, 40, (0, 255, 0))
    d: Any = watch._display
    original_sync = d.sync

    def sync_with_drawing_after_the_emptying() -> None:
        original_sync()  # the server has emptied the region
        d.sync = original_sync
        window.move(100, 120)  # drawn after the emptying, reported before our reply
        original_sync()

    def drawn_at(x: int, boxes: list[ScreenBox]) -> bool:
        return any(x0 <= x < x1 and y0 <= 130 < y1 for x0, y0, x1, y1 in boxes)

    try:
        settle()
        watch.take()
        d.sync = sync_with_drawing_after_the_emptying
        window.move(101, 120)
        settle()
        assert drawn_at(150, watch.take())
        for x in (101, 100, 101):  # inside the area the region may still hold
            window.move(x, 120)
            settle()
            assert drawn_at(150, watch.take()), x  # every time, not once and then never
        settle()
        watch.take()
        assert watch.take() == []  # nothing drawn: nothing reported, no round trip owed
    finally:
        d.sync = original_sync
        window.close()
        watch.close()


def test_with_damage_a_still_screen_is_not_grabbed_and_changes_are(display: XDisplay) -> None:
    grabber = ScreenGrabber(REGION)
    canvas = YuvCanvas(REGION.width, REGION.height)
    # No periodic whole grab in this test: a loaded machine could make one fall in it.
    changes = ScreenChanges(grabber, canvas, open_damage_watch(), full_check_ns=10**12)
    window: ColourWindow | None = None
    try:
        assert changes.source is ChangeSource.DAMAGE
        changed, _ = changes.poll()
        assert changed == [(0, 0, REGION.width, REGION.height)]  # the first grab is whole
        settle()
        for _ in range(5):
            xdotool(display, "mousemove_relative", "3", "2")
            assert changes.poll()[0] == []
        assert changes.grabs_full == 1 and changes.grabs_partial == 0
        assert changes.ticks_without_grab >= 5
        # A window partly inside the area: only its part inside is grabbed, in picture pixels.
        window = ColourWindow(display, 20, 100, 100, 50, (255, 255, 0))
        settle()
        changed, read_ns = changes.poll()
        assert changed == [(0, 70, 80, 120)]
        assert changes.grabs_partial == 1
        assert read_ns <= time.monotonic_ns()
        assert np.array_equal(canvas.bgra, whole_grab(grabber))
    finally:
        if window is not None:
            window.close()
        changes.close()
        grabber.close()


def test_without_damage_whole_grabs_are_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    with xvfb(640, 480, without=("DAMAGE",)) as display:
        for k, v in display.env().items():
            monkeypatch.setenv(k, v)
        assert open_damage_watch() is None
        grabber = ScreenGrabber(REGION)
        canvas = YuvCanvas(REGION.width, REGION.height)
        changes = ScreenChanges(grabber, canvas, None)
        try:
            assert changes.source is ChangeSource.COMPARE
            changes.poll()
            assert changes.poll()[0] == []
            window = ColourWindow(display, 300, 200, 30, 20, (0, 0, 255))
            settle()
            assert changes.poll()[0] == [(260, 170, 290, 190)]
            assert changes.grabs_full == 3
            window.close()
        finally:
            changes.close()
            grabber.close()


class UnreportedDrawing(DamageWatch):
    """A server whose drawing is not all reported (a compositor's, on some systems)."""

    def take(self) -> list[ScreenBox]:
        super().take()
        return []


def test_changes_damage_misses_are_found_and_damage_is_given_up(display: XDisplay) -> None:
    grabber = ScreenGrabber(REGION)
    canvas = YuvCanvas(REGION.width, REGION.height)
    changes = ScreenChanges(grabber, canvas, UnreportedDrawing())
    try:
        changes.poll()
        colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)]
        for i in range(MISSES_BEFORE_FALLBACK):
            assert changes.source is ChangeSource.DAMAGE
            window = ColourWindow(display, 100 + 20 * i, 100, 40, 40, colours[i])
            settle()
            assert changes.poll()[0] == []  # not reported, so not seen at once
            time.sleep(FULL_CHECK_NS / 1e9)
            changed, _ = changes.poll()  # the periodic whole grab finds it
            x0 = 60 + 20 * i  # the window in picture pixels (with the last one's close)
            assert any(
                b[0] <= x0 and b[1] <= 70 and b[2] >= x0 + 40 and b[3] >= 110 for b in changed
            )
            window.close()
        assert changes.source is ChangeSource.COMPARE
        settle()
        assert changes.poll()[0] != []  # the last window's close, found by comparing
    finally:
        changes.close()
        grabber.close()
