"""Screen grabs on a real Xvfb: the pixels, and the stamp of when they were read."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from support.realstack import ColourWindow, XDisplay, xvfb
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.capture.screen import ScreenGrabber


@pytest.fixture
def display(monkeypatch: pytest.MonkeyPatch) -> Iterator[XDisplay]:
    with xvfb(640, 480) as d:
        for k, v in d.env().items():
            monkeypatch.setenv(k, v)
        yield d


@pytest.mark.parametrize(("backend", "shared_memory"), [("default", True), ("xgetimage", False)])
def test_a_grab_holds_the_screen_and_is_stamped_while_it_ran(
    display: XDisplay, backend: str, shared_memory: bool
) -> None:
    window = ColourWindow(display, 100, 50, 200, 100, (255, 0, 0))
    grabber = ScreenGrabber(Region(80, 40, 320, 240), backend)
    try:
        grabber.grab()  # mss finds out on the first grab whether shared memory works
        before_ns = time.monotonic_ns()
        view, read_ns = grabber.grab()
        after_ns = time.monotonic_ns()
        assert grabber.shared_memory is shared_memory
        assert before_ns < read_ns < after_ns
        # BGRA: the red window at (20, 10) in the grabbed area, the black root around it.
        assert view.shape == (240, 320, 4)
        assert tuple(view[10, 20, :3]) == (0, 0, 255)
        assert tuple(view[109, 219, :3]) == (0, 0, 255)
        assert tuple(view[9, 20, :3]) == (0, 0, 0)
        assert tuple(view[110, 220, :3]) == (0, 0, 0)
        del view  # a view of the shared segment must not outlive the grabber
    finally:
        grabber.close()
        window.close()
