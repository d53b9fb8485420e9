"""Recorder.move_region: the recorded area moves (same size) while the take goes on and is clamped
to the screen. A real take of an Xvfb screen with coloured windows, checked in the decoded frames.

The pointer drawn relative to the moved area is checked in tests/test_compositor.py and, with
the real pointer listener, in tests/e2e/test_follow_window.py (a pynput listener that is stopped
ends only when the X server next sends it an event, so it is kept out of in-process tests)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest

from support.realstack import ColourWindow, XDisplay
from vidfeedback.errors import ErrorCode
from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.recorder import Recorder, RecorderConfig, RecorderError, RecorderState

START = Region(80, 80, 200, 120)
GREEN = (0, 200, 0)
BLUE = (40, 40, 230)
RED = (230, 30, 30)
PATCH = (64, 48)


@pytest.fixture
def display(x_display: XDisplay, monkeypatch: pytest.MonkeyPatch) -> XDisplay:
    monkeypatch.setenv("DISPLAY", x_display.name)
    return x_display


@pytest.fixture
def patches(display: XDisplay) -> Iterator[None]:
    """A green patch in the first area, a blue one at the second, a red one in the bottom-right
    corner of the screen (where a region moved partly off the screen is clamped to)."""
    windows = [
        ColourWindow(display, 100, 100, *PATCH, GREEN),
        ColourWindow(display, 900, 500, *PATCH, BLUE),
        ColourWindow(display, display.width - 120, display.height - 80, *PATCH, RED),
    ]
    try:
        yield
    finally:
        for w in windows:
            w.close()


def _frames(path: Path) -> list[tuple[float, np.ndarray]]:
    with av.open(str(path)) as container:
        return [
            (float(f.time), f.to_ndarray(format="rgb24").astype(np.int16))
            for f in container.decode(container.streams.video[0])
            if f.time is not None
        ]


def _mean(frame: np.ndarray, x: int, y: int, w: int, h: int) -> np.ndarray:
    """The mean colour of a rectangle a few pixels inside its edges (chroma is blurred there)."""
    return np.asarray(frame[y + 4 : y + h - 4, x + 4 : x + w - 4].reshape(-1, 3).mean(axis=0))


def _is(colour: np.ndarray, rgb: tuple[int, int, int]) -> bool:
    return bool(np.abs(colour - np.array(rgb)).max() < 45)


def _has(frame: np.ndarray, rgb: tuple[int, int, int]) -> int:
    """How many pixels of the frame are near this colour."""
    return int((np.abs(frame - np.array(rgb)).max(axis=2) < 40).sum())


def test_move_region_before_prepare_is_refused(tmp_path: Path) -> None:
    rec = Recorder(RecorderConfig(tmp_path / "take.mp4", region=START, audio_device=None))
    with pytest.raises(RecorderError) as info:
        rec.move_region(10, 10)
    assert info.value.code is ErrorCode.WRONG_STATE


def test_move_region_is_clamped_to_the_screen_and_keeps_its_size(
    display: XDisplay, tmp_path: Path
) -> None:
    rec = Recorder(
        RecorderConfig(
            tmp_path / "take.mp4",
            region=START,
            audio_device=None,
            global_hotkeys=False,
            pointer_overlay=False,
        )
    )
    rec.prepare()
    try:
        w, h = START.width, START.height
        assert rec.move_region(300, 200) == Region(300, 200, w, h)
        right, bottom = display.width - w, display.height - h
        assert rec.move_region(display.width - 50, 500) == Region(right, 500, w, h)
        assert rec.move_region(-30, display.height) == Region(0, bottom, w, h)
        assert rec.region == Region(0, bottom, w, h)
    finally:
        with pytest.raises(RecorderError):
            rec.stop()  # nothing recorded: the prepared devices are closed


def test_a_moved_region_records_the_new_area(
    display: XDisplay, patches: None, tmp_path: Path
) -> None:
    out = tmp_path / "take.mp4"
    rec = Recorder(
        RecorderConfig(
            out,
            region=START,
            fps=15,
            audio_device=None,
            global_hotkeys=False,
            pointer_overlay=False,
        )
    )
    rec.prepare()
    rec.start()
    time.sleep(1.0)
    first_move_s = rec.elapsed_ms / 1000
    second = rec.move_region(880, 480)
    assert second == Region(880, 480, START.width, START.height)
    time.sleep(1.0)
    second_move_s = rec.elapsed_ms / 1000
    # Partly off the bottom-right corner: clamped, the same size.
    third = rec.move_region(display.width - 130, display.height - 90)
    assert third == Region(
        display.width - START.width, display.height - START.height, START.width, START.height
    )
    time.sleep(1.0)
    take = rec.stop()
    assert rec.state is RecorderState.FINISHED

    frames = _frames(take.path)
    assert {f.shape[:2] for _t, f in frames} == {(START.height, START.width)}
    settle_s = 0.25  # a move is taken at the next frame (67 ms at 15 fps)
    first = [f for t, f in frames if t < first_move_s]
    middle = [f for t, f in frames if first_move_s + settle_s <= t < second_move_s]
    last = [f for t, f in frames if t >= second_move_s + settle_s]
    assert first and middle and last, [t for t, _f in frames]
    for f in first:  # the green patch at (20, 20) of the first area
        assert _is(_mean(f, 20, 20, *PATCH), GREEN)
        assert _has(f, BLUE) == 0
    # Moved: the blue patch at (20, 20) of the new area, nothing of the old area's green.
    for f in middle:
        assert _is(_mean(f, 20, 20, *PATCH), BLUE)
        assert _has(f, GREEN) == 0
    # Clamped: the red patch where the corner of the screen is in the clamped area.
    rx = display.width - 120 - third.x
    ry = display.height - 80 - third.y
    for f in last:
        assert _is(_mean(f, rx, ry, *PATCH), RED)
        assert _has(f, BLUE) == 0 and _has(f, GREEN) == 0
