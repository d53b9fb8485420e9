"""A take of a scrolling document, in-process: the pipeline moves the scrolls on its canvas and
repays an odd scroll's chroma in the ticks after it, so the picture it holds once the screen is
still is exactly the conversion of the screen."""

from __future__ import annotations

import time
from pathlib import Path

import av
import numpy as np

from recording.fake_sources import FakeHotkeys, FakeScreen, fake_sources
from recording.test_canvas import document
from vidfeedback.recording.canvas import convert_bgra, plane_views
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.media import Frame
from vidfeedback.recording.recorder import Recorder, RecorderConfig

W, H = 640, 360
LINES_PER_NOTCH_PX = 63  # three lines of 21 rows, as Qt scrolls them: an odd shift
NOTCHES = 5
NOTCH_INTERVAL_S = 0.2


class ScrollingScreen(FakeScreen):
    """A coloured document scrolled down a notch every NOTCH_INTERVAL_S, then still."""

    def __init__(self) -> None:
        super().__init__()
        self.doc = document(21, rows=H + NOTCHES * LINES_PER_NOTCH_PX + 40)
        self.started = time.monotonic()

    def view(self) -> Frame:
        notches = min(int((time.monotonic() - self.started) / NOTCH_INTERVAL_S), NOTCHES)
        top = notches * LINES_PER_NOTCH_PX
        return self.doc[top : top + H]

    def pixels(self, x0: int, y0: int, x1: int, y1: int) -> Frame:
        return np.ascontiguousarray(self.view()[y0:y1, x0:x1])


def test_scrolls_are_moved_and_the_picture_is_exact_once_the_screen_is_still(
    tmp_path: Path,
) -> None:
    screen = ScrollingScreen()
    recorder = Recorder(
        RecorderConfig(tmp_path / "take.mp4", region=Region(0, 0, W, H), fps=30),
        on_event=lambda _event: None,
        sources=fake_sources(screen, FakeHotkeys()),
    )
    recorder.start()
    screen.started = time.monotonic()
    # The scrolls, then a still screen for the repayment (about ten ticks).
    time.sleep(NOTCHES * NOTCH_INTERVAL_S + 0.8)
    result = recorder.stop()
    assert result.complete
    assert result.stats.scrolls_moved >= NOTCHES - 1, result.stats
    # The pipeline's canvas, read after the take (the recorder keeps its pipeline).
    canvas = recorder._pipeline.canvas if recorder._pipeline is not None else None
    assert canvas is not None
    assert not canvas.owes
    still = screen.view()
    assert np.array_equal(canvas.bgra, still)
    want = plane_views(convert_bgra(still))
    out = av.VideoFrame(W, H, "yuv420p")
    canvas.compose(out, None, None)
    for name, got, wanted in zip("YUV", plane_views(out), want, strict=True):
        assert np.array_equal(got, wanted), f"{name} is not the conversion of the screen"
