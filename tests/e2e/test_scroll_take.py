"""Scrolling a real Qt editor while recording: the scrolls are moved on the canvas, not converted
again (recording/scrolls.py), and the video shows what the screen showed after each one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import mss
import numpy as np
import pytest

from e2e.recording import base_env, sleep_until, start_recording
from support.realstack import (
    VirtualMicrophone,
    decode_frame_at,
    xdotool,
    xvfb,
)

pytestmark = pytest.mark.e2e

WIDTH, HEIGHT = 1280, 720
POINTER = (640, 360)
TEXT_WINDOW = Path(__file__).resolve().parents[1] / "support" / "text_window.py"
# Wheel notches down and up, one at a time and in quick runs (Qt moves three lines a notch,
# 63 rows in this font: odd, so the moved chroma is owed and repaid).
SCROLLS = (
    ("click", "5"),
    ("click", "--repeat", "2", "--delay", "40", "5"),
    ("click", "4"),
    ("click", "--repeat", "3", "--delay", "30", "5"),
    ("click", "5"),
)


def _psnr_db(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean(np.square(a - b)))
    return 99.0 if mse == 0 else 10 * np.log10(255.0**2 / mse)


def test_a_scrolled_text_is_recorded_as_the_screen_showed_it(
    microphone: VirtualMicrophone, tmp_path: Path
) -> None:
    with xvfb() as display:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env |= display.env() | microphone.env()
        window = subprocess.Popen(
            [sys.executable, str(TEXT_WINDOW), "--width", str(WIDTH), "--height", str(HEIGHT)],
            env=env | {"QT_QPA_PLATFORM": "xcb"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert window.stdout is not None
            assert window.stdout.readline().strip() == "ready"
            xdotool(display, "mousemove", *map(str, POINTER))  # the wheel goes to the editor
            out = tmp_path / "scrolled.mp4"
            take = start_recording(
                base_env(env),
                out,
                "--region",
                f"0,0,{WIDTH},{HEIGHT}",
                "--duration",
                str(2 + 1.5 * len(SCROLLS)),
                "--no-hotkeys",
            )
            shots: list[tuple[float, np.ndarray]] = []
            with mss.MSS(display=display.name) as screen:
                for i, action in enumerate(SCROLLS):
                    sleep_until(take, 1.0 + 1.5 * i)
                    xdotool(display, *action)
                    # Settled, and the owed chroma repaid (ten ticks at most): what the screen
                    # shows now is what the video must show.
                    sleep_until(take, 2.0 + 1.5 * i)
                    at_s = take.take_s(time.monotonic_ns())
                    shot = np.asarray(screen.grab((0, 0, WIDTH, HEIGHT)))[..., 2::-1]
                    shots.append((at_s, shot.copy()))
            result = take.finish()
        finally:
            if "take" in locals() and take.process.poll() is None:
                take.process.kill()  # a failure before the take ended: don't leave it running
                take.process.communicate(timeout=30)
            window.communicate("", timeout=10)
    assert result["complete"], result["message"]
    stats = result["stats"]
    assert stats["scrolls_moved"] >= 3, stats
    previous: np.ndarray | None = None
    for at_s, shot in shots:
        assert previous is None or not np.array_equal(shot, previous), "the text did not scroll"
        previous = shot
        frame = _luma(decode_frame_at(out, at_s))
        # The recording draws the pointer, the screen does not: leave its halo out.
        x, y = POINTER
        keep = np.ones(frame.shape, bool)
        keep[y - 40 : y + 60, x - 40 : x + 60] = False
        psnr = _psnr_db(frame[keep], _luma(shot)[keep])
        # Lossy encoding keeps the text's luma above 30 dB (34 here); the same picture one row
        # off gives 16, and the wrong scroll or none at all less.
        assert psnr > 30, f"at {at_s:.2f} s the video differs from the screen: {psnr:.1f} dB"


def _luma(rgb: np.ndarray) -> np.ndarray:
    luma: np.ndarray = np.asarray(rgb, np.float64) @ np.array([0.2126, 0.7152, 0.0722])
    return luma
