"""The recording toolbar and the countdown are on the teacher's screen but not in the student's
video, with the whole screen recorded (the default), at 100 % and at 200 % scaling.

The real app on its own Xvfb screen, over a backdrop window of one known colour (the student's
document, as far as the screen is concerned). While recording, a grab of the live screen shows
the toolbar where the app says it is; the decoded frames show the backdrop there, from the
first frame to the last. On X11 a window cannot be left out of a screen grab, so this is the
engine's masking (Recorder.set_masked_rects) at work.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import mss
import numpy as np
import pytest

from e2e.test_app_e2e import HANDIN, STUDENT, AppProcess, _app_env, _launch
from support.realstack import (
    VirtualMicrophone,
    XDisplay,
    decode_frame_at,
    speech,
    timeline,
    write_wav,
    xdotool,
    xvfb,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BACKDROP_RGB = (40, 160, 220)
SCREEN_PX = (1920, 1080)


class Backdrop:
    """A plain X window over the whole screen in one colour, mapped before the app starts (so
    the app's windows are above it)."""

    def __init__(self, display: XDisplay) -> None:
        from Xlib import X
        from Xlib import display as xdisplay

        self._d = xdisplay.Display(display.name)
        screen = self._d.screen()
        r, g, b = BACKDROP_RGB
        self._window = screen.root.create_window(
            0,
            0,
            *SCREEN_PX,
            0,
            screen.root_depth,
            X.InputOutput,
            X.CopyFromParent,
            background_pixel=(r << 16) | (g << 8) | b,
            override_redirect=True,
        )
        self._window.map()
        self._d.sync()

    def close(self) -> None:
        self._window.destroy()
        self._d.close()


def _to_px(event: dict[str, Any], scale: int) -> tuple[int, int, int, int]:
    return tuple(event[k] * scale for k in ("x", "y", "width", "height"))  # type: ignore[return-value]


def _inside(rect: tuple[int, int, int, int], border: int) -> tuple[slice, slice]:
    x, y, w, h = rect
    return slice(y + border, y + h - border), slice(x + border, x + w - border)


def _distance_from_backdrop(image: np.ndarray, rect: tuple[int, int, int, int]) -> float:
    """Mean colour distance from the backdrop inside rect (RGB image), a pixel of its edge left
    out (the video's colour subsampling blurs edges)."""
    part = image[_inside(rect, 2)].astype(np.float64)
    return float(np.mean(np.abs(part - np.array(BACKDROP_RGB, np.float64))))


def _live_rgb(display: XDisplay) -> np.ndarray:
    """What is on the X screen now (RGB)."""
    with mss.MSS(display=display.name) as sct:
        shot = sct.grab({"left": 0, "top": 0, "width": SCREEN_PX[0], "height": SCREEN_PX[1]})
        bgra = np.frombuffer(shot.raw, np.uint8).reshape(SCREEN_PX[1], SCREEN_PX[0], 4)
        return bgra[..., 2::-1].copy()


def _around(rect: tuple[int, int, int, int], px: int) -> tuple[int, int, int, int]:
    """rect grown by px on every side, clipped to the screen."""
    x, y, w, h = rect
    x0, y0 = max(0, x - px), max(0, y - px)
    x1, y1 = min(SCREEN_PX[0], x + w + px), min(SCREEN_PX[1], y + h + px)
    return x0, y0, x1 - x0, y1 - y0


def _tooltip_pixels(image: np.ndarray, area: tuple[int, int, int, int]) -> int:
    """Pixels of a tooltip's pale yellow (Qt's #ffffdc) in area."""
    x, y, w, h = area
    part = image[y : y + h, x : x + w].astype(int)
    r, g, b = part[..., 0], part[..., 1], part[..., 2]
    return int(((r > 240) & (g > 240) & (b > 190) & (b < 235)).sum())


def _off_backdrop_outside(
    image: np.ndarray, area: tuple[int, int, int, int], left_out: tuple[int, int, int, int]
) -> int:
    """How many pixels in area, but not in left_out, are clearly not the backdrop."""
    x, y, w, h = area
    off = np.abs(image[y : y + h, x : x + w].astype(int) - np.array(BACKDROP_RGB)).max(axis=2)
    keep = np.ones((h, w), bool)
    lx, ly, lw, lh = left_out
    keep[max(0, ly - y) : max(0, ly + lh - y), max(0, lx - x) : max(0, lx + lw - x)] = False
    return int(((off > 40) & keep).sum())


def _record_whole_screen(
    app: AppProcess, display: XDisplay, microphone: VirtualMicrophone, stimulus: Path
) -> subprocess.Popen[bytes]:
    """From the assignment to a recording of the whole screen, by keyboard."""
    assignment = app.wait_for("assignment", timeout_s=30)
    names = [s["name"] for s in assignment["students"]]
    # The main window fits the screen (at 200 % its views scroll rather than overflow it).
    (window,) = xdotool(display, "search", "--name", "— vidfeedback$").split()
    shell = xdotool(display, "getwindowgeometry", "--shell", window)
    geometry = dict(line.split("=") for line in shell.split())
    x, y, w, h = (int(geometry[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
    assert x >= 0 and y >= 0 and x + w <= SCREEN_PX[0] and y + h <= SCREEN_PX[1], geometry
    xdotool(display, "mousemove", "300", "300")
    for _ in range(names.index(STUDENT)):
        xdotool(display, "key", "Down")
    xdotool(display, "key", "Return")
    app.wait_for("prepare")
    time.sleep(0.3)
    xdotool(display, "key", "Return")  # Record has the focus
    app.wait_for("mic_check")
    player = microphone.play(stimulus)
    app.wait_for("mic_heard", timeout_s=10)
    xdotool(display, "key", "Return")
    app.wait_for("mic_checked")
    app.wait_for("capture_picker")
    time.sleep(0.5)
    xdotool(display, "key", "alt+s")  # A whole screen
    xdotool(display, "key", "Return")  # Start recording
    return player


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
def test_toolbar_and_countdown_are_not_in_a_whole_screen_take(
    scale: int,
    tmp_path: Path,
    shared_fixtures: Path,
    microphone: VirtualMicrophone,
    real_env: dict[str, str],
) -> None:
    handin = tmp_path / "handin"
    shutil.copytree(shared_fixtures / HANDIN, handin)
    voice = speech("Her er en kommentar.", tmp_path / "voice.wav")
    stimulus = write_wav(tmp_path / "stimulus.wav", timeline(30.0, [(0.3, voice)]))
    with xvfb(*SCREEN_PX) as display:
        backdrop = Backdrop(display)
        env = _app_env(tmp_path, {**real_env, **display.env(), "QT_SCALE_FACTOR": str(scale)})
        app = _launch(handin, env, tmp_path / "app.stderr")
        player: subprocess.Popen[bytes] | None = None
        try:
            player = _record_whole_screen(app, display, microphone, stimulus)
            countdown = app.wait_for("masked", lambda e: "countdown" in e["names"])
            countdown_px = tuple(countdown["rects_px"][countdown["names"].index("countdown")])
            toolbar = app.wait_for("toolbar", timeout_s=30)
            assert toolbar["exclusion"] == "mask"  # X11: the engine hides it
            assert toolbar["outside_capture"] is False  # the whole screen: nowhere else to go
            tb = _to_px(toolbar, scale)
            # Wholly on the screen, at either scale (at 200 % it wraps into more rows).
            assert tb[0] >= 0 and tb[1] >= 0
            assert tb[0] + tb[2] <= SCREEN_PX[0] and tb[1] + tb[3] <= SCREEN_PX[1], tb
            if scale == 2:
                assert toolbar["rows"] >= 2
            xdotool(display, "mousemove", "200", "200")  # the pointer away from the toolbar
            time.sleep(1.5)

            # On the live screen the toolbar is really there...
            on_screen = _distance_from_backdrop(_live_rgb(display), tb)
            assert on_screen > 40, f"the toolbar is not on the screen ({on_screen:.1f})"
            xdotool(display, "key", "ctrl+shift+2")
            app.wait_for("engine_marker")
            time.sleep(1.0)

            # The pointer rests on a toolbar button until its tooltip shows (a window of its
            # own, beside the toolbar); a marker by hotkey notes the take time.
            hover = [v * scale for v in toolbar["buttons"]["pen"]]
            xdotool(display, "mousemove", *map(str, hover))
            time.sleep(2.5)
            near = _around(tb, 200)
            tooltip_px = _tooltip_pixels(_live_rgb(display), near)
            assert tooltip_px > 100, "no tooltip on the screen"
            xdotool(display, "key", "ctrl+shift+3")
            hovered_ms = app.wait_for("engine_marker", lambda e: e["kind"] == "feed_forward")[
                "t_ms"
            ]
            time.sleep(0.5)
            xdotool(display, "mousemove", "200", "200")
            time.sleep(1.5)
            xdotool(display, "key", "ctrl+shift+F10")
            finished = app.wait_for("take_finished", timeout_s=60)

            # ...and in the video it is not, from the first frame to the last.
            take = Path(finished["path"])
            duration_s = finished["duration_ms"] / 1000
            seen: dict[str, float] = {}
            for t in (0.0, 0.5, 1.5, duration_s / 2, duration_s - 0.05):
                frame = decode_frame_at(take, t)
                assert frame.shape[:2] == (SCREEN_PX[1], SCREEN_PX[0])
                seen[f"toolbar at {t:.2f} s"] = _distance_from_backdrop(frame, tb)
            # The tooltip neither, nor anything around the toolbar (the pointer is drawn there,
            # so its box is left out).
            hovered = decode_frame_at(take, hovered_ms / 1000 + 0.3)
            pointer = (hover[0] - 70, hover[1] - 70, 140, 140)  # its arrow and halo
            beside = _off_backdrop_outside(hovered, near, pointer)
            frame0 = decode_frame_at(take, 0.0)
            seen["countdown at 0 s"] = _distance_from_backdrop(frame0, countdown_px)  # type: ignore[arg-type]
            print(
                f"scale {scale}: toolbar {tb} px in {toolbar['rows']} rows; live screen "
                f"{on_screen:.1f} from the backdrop there; in the video {seen}"
            )
            print(
                f"tooltip: {tooltip_px} pixels on the live screen, {beside} pixels off the "
                f"backdrop around the toolbar in the video"
            )
            assert all(d <= 6 for d in seen.values()), seen
            assert beside == 0, f"{beside} pixels of the tooltip are in the video"
            # The rest of the screen is recorded as it is (the mask covers only the windows).
            assert _distance_from_backdrop(frame0, (1200, 100, 300, 200)) <= 6
            app.wait_for("review", timeout_s=30)
            time.sleep(0.5)
            xdotool(display, "key", "ctrl+q")
            assert app.proc.wait(30) == 0
        finally:
            if player is not None:
                if player.poll() is None:
                    player.terminate()
                player.wait(10)
            if app.proc.poll() is None:
                app.proc.kill()
                app.proc.wait()
            app.close()
            backdrop.close()
