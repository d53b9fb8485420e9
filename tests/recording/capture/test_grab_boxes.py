"""Several boxes grabbed at one moment (one round trip through shared memory), on a real Xvfb.
The grabs are views of the shared segment: the checks run in functions of their own so that no
view is left when the grabber closes."""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
import pytest

from support.realstack import ColourWindow, XDisplay, xvfb
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.screen import ScreenGrabber

REGION = Region(20, 10, 400, 300)


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[XDisplay]:
    with xvfb(640, 480) as d:
        monkeypatch.setenv("DISPLAY", d.name)
        yield d


def check_each_box_holds_its_own_pixels(grabber: ScreenGrabber) -> None:
    grabber.grab()  # mss sets shared memory up on its first grab
    whole = grabber.grab()[0].copy()
    assert grabber.shared_memory
    boxes = [(10, 10, 80, 70), (270, 180, 350, 240), (0, 0, 400, 300), (60, 50, 70, 60)]
    pieces, read_ns = grabber.grab_boxes(boxes)
    assert 0 < time.monotonic_ns() - read_ns < 1_000_000_000
    for (x0, y0, x1, y1), piece in zip(boxes, pieces, strict=True):
        np.testing.assert_array_equal(piece, whole[y0:y1, x0:x1])
    # Red (BGRA) where the red window is, green where the green one is.
    assert tuple(pieces[0][20, 30, :3]) == (0, 0, 255)
    assert tuple(pieces[1][30, 40, :3]) == (0, 255, 0)
    kept = pieces[1].copy()
    single, _ = grabber.grab((270, 180, 350, 240))  # one box alone: what grab() gives
    np.testing.assert_array_equal(single, kept)


def test_each_box_holds_its_own_pixels(display: XDisplay) -> None:
    red = ColourWindow(display, 40, 30, 50, 40, (255, 0, 0))
    green = ColourWindow(display, 300, 200, 60, 30, (0, 255, 0))
    grabber = ScreenGrabber(REGION)
    try:
        time.sleep(0.1)
        check_each_box_holds_its_own_pixels(grabber)
    finally:
        grabber.close()
        red.close()
        green.close()


def check_boxes_beyond_the_segment_are_refused(grabber: ScreenGrabber) -> None:
    grabber.grab()
    grabber.grab()
    whole = (0, 0, 640, 480)
    with pytest.raises(ValueError, match="exceed the segment"):
        grabber.grab_boxes([whole, whole])
    pieces, _ = grabber.grab_boxes([whole])  # nothing was left half sent
    assert pieces[0].shape == (480, 640, 4)


def test_boxes_beyond_the_segment_are_refused(display: XDisplay) -> None:
    grabber = ScreenGrabber(Region(0, 0, 640, 480))
    try:
        check_boxes_beyond_the_segment_are_refused(grabber)
    finally:
        grabber.close()
