"""The whole app, end to end, on the real stack: Xvfb, the virtual PulseAudio microphone with
espeak-ng speech played in, xdotool as the teacher's hands, ffprobe/ffmpeg as the player.

The app runs as a subprocess (xcb platform) and reports its states as JSON lines on stdout
(VIDFEEDBACK_TEST_AUTOMATION=1); the test drives it with keys and the mouse only.

Pen and highlighter are checked in decoded frames on both kinds of X desktop: plain Xvfb (no
compositing manager: the overlay shows a still picture while drawing) and Xvfb with xcompmgr
(a see-through overlay, as on Windows, macOS and most Linux desktops).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from support.realstack import (
    VirtualMicrophone,
    XDisplay,
    decode_audio,
    ffprobe,
    speech,
    timeline,
    write_wav,
    xdotool,
    xvfb,
)
from vidfeedback.recording.capture.windows import compositing_manager_running

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

HANDIN = "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"
STUDENT = "Kari Nordmann"
REGION_FROM = (240, 160)  # where the teacher starts dragging the capture region (screen pixels)
REGION_TO = (1040, 760)
STROKE = [(400, 400), (480, 420), (560, 440), (640, 460), (720, 480)]
PEN_RGB = (229, 57, 53)
BAND = [(360, 300), (480, 300), (600, 300), (780, 300)]  # a highlighter stroke, left to right
HIGHLIGHTER_RGBA = (255, 235, 59, 110)
HIGHLIGHTER_WIDTH_PX = 18
DOCUMENT = (600, 270, 100, 60)  # x, y, width, height: a window across the highlighter stroke
PLANNED = "Clear thesis"  # a point planned in the preparation


class AppProcess:
    """The running app and the JSON events it printed, read on a thread so stdout never fills."""

    def __init__(self, proc: subprocess.Popen[str], stderr_path: Path) -> None:
        self.proc = proc
        self.stderr_path = stderr_path
        self.events: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            line = line.strip()
            if line.startswith("{"):
                try:
                    self._queue.put(json.loads(line))
                except ValueError:
                    continue

    def forget_past(self) -> None:
        """Later waits see only events that arrive from now on."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self.events.clear()

    def close(self) -> None:
        self._reader.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()

    def wait_for(
        self,
        name: str,
        predicate: Callable[[dict[str, Any]], bool] = lambda _e: True,
        timeout_s: float = 20,
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for event in self.events:
                if event["event"] == name and predicate(event) and not event.get("_seen"):
                    event["_seen"] = True
                    return event
            try:
                self.events.append(self._queue.get(timeout=0.1))
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
        exit_code = self.proc.poll()
        raise AssertionError(
            f"no {name!r} event within {timeout_s} s; app exit code {exit_code}; "
            f"events: {[e['event'] for e in self.events]}; "
            f"app stderr ends: {self.stacks_and_stderr()}"
        )

    def stacks_and_stderr(self) -> str:
        """The end of the app's stderr; if it still runs, it is first made to print every
        thread's stack (faulthandler, on SIGABRT) so a hang shows where it hangs."""
        native = ""
        if self.proc.poll() is None and shutil.which("gdb"):
            gdb = subprocess.run(
                ["gdb", "-p", str(self.proc.pid), "-batch", "-ex", "thread apply all bt 30"],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            native = "\n".join(
                line for line in gdb.stdout.splitlines() if line.startswith(("#", "Thread"))
            )
            (self.stderr_path.with_suffix(".gdb.txt")).write_text(gdb.stdout, encoding="utf-8")
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGABRT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(10)
        return self.stderr_tail(6000) + ("\nnative stacks:\n" + native if native else "")

    def stderr_tail(self, chars: int = 3000) -> str:
        try:
            return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""


def _launch(handin: Path, env: dict[str, str], stderr_path: Path) -> AppProcess:
    """Start the app; its stderr goes to a file that a failed wait shows."""
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vidfeedback", str(handin)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    return AppProcess(proc, stderr_path)


def _settings_ini(config_home: Path) -> None:
    folder = config_home / "vidfeedback"
    folder.mkdir(parents=True)
    (folder / "settings.ini").write_text(
        "[ui]\nlanguage=en\n"
        "[record]\ncountdown_s=1\nopen_file=never\ntarget_min_s=60\ntarget_max_s=120\nfps=15\n",
        encoding="utf-8",
    )


def _app_env(tmp_path: Path, base: dict[str, str]) -> dict[str, str]:
    home = tmp_path / "home"
    _settings_ini(home / "config")
    return {
        **base,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
        "HOME": str(home),
        "VIDFEEDBACK_TEST_AUTOMATION": "1",
        "PYTHONUNBUFFERED": "1",
        "PYTHONFAULTHANDLER": "1",
    }


@contextlib.contextmanager
def compositing_manager(display: XDisplay) -> Iterator[None]:
    """xcompmgr on the display: see-through windows are shown see-through, as on a desktop."""
    proc = subprocess.Popen(
        ["xcompmgr", "-n", "-d", display.name],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not compositing_manager_running(display.name):
            assert proc.poll() is None, "xcompmgr did not start"
            assert time.monotonic() < deadline, "xcompmgr did not take the screen"
            time.sleep(0.05)
        yield
    finally:
        proc.terminate()
        proc.wait(10)


def _red_pixels(frame: np.ndarray) -> np.ndarray:
    r, g, b = (frame[..., i].astype(int) for i in range(3))
    target = PEN_RGB
    return (abs(r - target[0]) < 40) & (abs(g - target[1]) < 50) & (abs(b - target[2]) < 50)


@dataclass
class Recording:
    student_key: str
    region: tuple[int, int, int, int]  # screen pixels
    buttons: dict[str, list[int]]  # the toolbar's buttons, centres in screen pixels
    started: float  # monotonic


def _start_recording(
    app: AppProcess,
    display: XDisplay,
    microphone: VirtualMicrophone,
    stimulus: Path,
    planned_point: str | None = None,
) -> tuple[Recording, subprocess.Popen[bytes]]:
    """From the assignment through the preparation (where planned_point, if given, is typed as
    the plan) to a running recording, by keyboard and mouse; returns the playing voice too (the
    caller stops it)."""
    assignment = app.wait_for("assignment", timeout_s=30)
    keys = [s["key"] for s in assignment["students"]]
    names = [s["name"] for s in assignment["students"]]
    student_key = keys[names.index(STUDENT)]

    # Choose the student with the keyboard and press Enter to record.
    xdotool(display, "mousemove", "300", "300")
    for _ in range(names.index(STUDENT)):
        xdotool(display, "key", "Down")
    xdotool(display, "key", "Return")
    prepared = app.wait_for("prepare")
    assert prepared["student"] == student_key
    if planned_point is None:
        xdotool(display, "key", "Return")  # Record has the focus
    else:
        time.sleep(0.3)  # as before every mnemonic here: the new screen settles first
        xdotool(display, "key", "alt+n")  # the new point's text
        xdotool(display, "type", "--delay", "20", planned_point)
        xdotool(display, "key", "Return")  # adds it to the plan
        assert app.wait_for("plan")["points"] == [planned_point]
        xdotool(display, "key", "ctrl+r")
    app.wait_for("mic_check")
    player = microphone.play(stimulus)  # the teacher says something for the mic check
    app.wait_for("mic_heard", timeout_s=10)  # the level meter heard the voice
    xdotool(display, "key", "Return")  # Continue
    checked = app.wait_for("mic_checked")
    assert checked["mode"] == "microphone"

    # Drag the capture region on the still picture of the screen, then start.
    app.wait_for("capture_picker")
    time.sleep(0.3)
    xdotool(display, "key", "alt+d")
    time.sleep(1.0)
    _drag(display, [REGION_FROM, REGION_TO], steps=5)
    time.sleep(0.5)
    xdotool(display, "key", "Return")  # Start recording
    capture = app.wait_for("capture")
    rx, ry, rw, rh = capture["rect_px"]
    assert (rx, ry) == REGION_FROM and abs(rw - 800) <= 2 and abs(rh - 600) <= 2

    toolbar = app.wait_for("toolbar", timeout_s=20)
    assert toolbar["outside_capture"] is True
    tb = (toolbar["x"], toolbar["y"], toolbar["width"], toolbar["height"])
    assert tb[1] >= ry + rh or tb[1] + tb[3] <= ry or tb[0] >= rx + rw or tb[0] + tb[2] <= rx
    return Recording(student_key, (rx, ry, rw, rh), toolbar["buttons"], time.monotonic()), player


def _drag(display: XDisplay, points: list[tuple[int, int]], steps: int = 1) -> None:
    """Press the left button at the first point, move through the others, release."""
    xdotool(display, "mousemove", *map(str, points[0]))
    xdotool(display, "mousedown", "1")
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        for step in range(1, steps + 1):
            x = x0 + (x1 - x0) * step // steps
            y = y0 + (y1 - y0) * step // steps
            xdotool(display, "mousemove", str(x), str(y))
            time.sleep(0.02)
    xdotool(display, "mouseup", "1")


def _click(display: XDisplay, at: list[int]) -> None:
    xdotool(display, "mousemove", *map(str, at), "click", "1")


def _pick_up(
    app: AppProcess, display: XDisplay, mode: str, surface: str, press: Callable[[], object]
) -> None:
    """Pick up the pen or highlighter; returns once its drawing surface takes the mouse."""
    press()
    picked = app.wait_for("pen", lambda e: e["mode"] == mode)
    assert picked["surface"] == surface
    app.wait_for("pen_ready", lambda e: e["mode"] == mode)


def _blend(below: np.ndarray, times: int = 1) -> np.ndarray:
    """The highlighter painted `times` times over the colours below (RGB)."""
    a = HIGHLIGHTER_RGBA[3] / 255
    out = below.astype(np.float64)
    for _ in range(times):
        out = out * (1 - a) + np.array(HIGHLIGHTER_RGBA[:3], np.float64) * a
    return out


def _frames_shown_at(video: Path, times_s: list[float]) -> list[np.ndarray]:
    """The frames a player shows at these times (RGB, float). Only changed pictures are
    encoded, so this is the last frame at or before each time, not the next one after it."""
    import av  # local: only this check decodes

    shown: list[Any] = [None] * len(times_s)  # av.VideoFrame
    with av.open(str(video)) as container:
        for frame in container.decode(container.streams.video[0]):
            if frame.time is None:
                continue
            for i, t in enumerate(times_s):
                if frame.time <= t:
                    shown[i] = frame
            if all(frame.time > t for t in times_s):
                break
    assert all(f is not None for f in shown), "the video starts after a time asked for"
    return [f.to_ndarray(format="rgb24").astype(np.float64) for f in shown if f is not None]


class DocumentWindow:
    """A plain X window standing in for the student's document, whose colour the test changes
    while strokes are on screen (a document the teacher scrolls or types in)."""

    def __init__(self, display: XDisplay, x: int, y: int, width: int, height: int) -> None:
        from Xlib import X
        from Xlib import display as xdisplay

        self._d = xdisplay.Display(display.name)
        self._screen = self._d.screen()
        self._window = self._screen.root.create_window(
            x,
            y,
            width,
            height,
            0,
            self._screen.root_depth,
            X.InputOutput,
            X.CopyFromParent,
            background_pixel=self._screen.black_pixel,
            override_redirect=True,
        )
        self._window.map()
        self._d.sync()

    def turn_white(self) -> None:
        self._window.change_attributes(background_pixel=self._screen.white_pixel)
        self._window.clear_area()
        self._d.sync()

    def close(self) -> None:
        self._window.destroy()
        self._d.close()


def _check_strokes_in_video(
    video: Path,
    markers: list[dict[str, Any]],
    duration_ms: int,
    region: tuple[int, int, int, int],
    changed_x: tuple[int, int] | None = None,
) -> dict[str, float]:
    """The pen stroke and the highlighter stroke are in the video once, where they were drawn,
    in their colours, between the feed-up marker (placed while both were on screen) and the
    clear; before the feed-back marker and after the clear the document is as it was.
    changed_x: screen columns where the document itself changed meanwhile (left out here)."""
    rx, ry, _rw, _rh = region
    t_ms = {m["kind"]: m["t_ms"] for m in markers}
    before, drawn, cleared = _frames_shown_at(
        video, [t_ms["feed_back"] / 1000 + 0.4, t_ms["feed_up"] / 1000 + 0.4, duration_ms / 1000]
    )

    # The pen: its red along the line it was drawn, and nowhere else.
    mask = _red_pixels(drawn.astype(np.uint8))
    for x, y in STROKE[1:-1]:
        vx, vy = x - rx, y - ry
        assert mask[vy - 6 : vy + 7, vx - 6 : vx + 7].any(), f"no pen colour near ({x}, {y})"
    assert mask.sum() < mask.size * 0.05, "pen colour where nothing was drawn"
    cleared_mask = _red_pixels(cleared.astype(np.uint8))
    for x, y in STROKE:
        vx, vy = x - rx, y - ry
        assert not cleared_mask[vy - 6 : vy + 7, vx - 6 : vx + 7].any(), "pen left after clear"

    # The highlighter: the document under it tinted once with translucent yellow.
    (x0, y), (x1, _) = BAND[0], BAND[-1]
    vy = y - ry
    xs = np.arange(x0 + 20, x1 - 20, 10)
    if changed_x is not None:
        xs = xs[(xs < changed_x[0] - 10) | (xs > changed_x[1] + 10)]
    xs = xs - rx
    rows = np.array([vy - 4, vy, vy + 4])
    under = before[rows[:, None], xs[None, :]]
    seen = drawn[rows[:, None], xs[None, :]]
    once = float(np.mean(np.abs(seen - _blend(under, 1))))
    twice = float(np.mean(np.abs(seen - _blend(under, 2))))
    untouched = float(np.mean(np.abs(seen - under)))
    assert once <= 8, f"highlighter is not yellow at alpha 110/255 (mean error {once:.1f})"
    assert twice >= once + 8 and untouched >= once + 8, (once, twice, untouched)

    # Where: the tinted rows are the stroke's width around the line that was drawn.
    column = xs[len(xs) // 2]
    tint = np.abs(drawn[:, column] - before[:, column]).max(axis=1) > 12
    tinted_rows = np.nonzero(tint[vy - 40 : vy + 41])[0] + vy - 40
    top, bottom = int(tinted_rows.min()), int(tinted_rows.max())
    half = HIGHLIGHTER_WIDTH_PX // 2
    assert abs(top - (vy - half)) <= 2 and abs(bottom - (vy + half - 1)) <= 2, (top, bottom, vy)
    around = drawn[[vy - half - 8, vy + half + 8]][:, xs]
    beside = float(np.mean(np.abs(around - before[[vy - half - 8, vy + half + 8]][:, xs])))
    assert beside <= 6, f"the document beside the highlighter changed ({beside:.1f})"

    # Cleared: the document as it was before anything was drawn.
    after = float(np.mean(np.abs(cleared[rows[:, None], xs[None, :]] - under)))
    assert after <= 6, f"highlighter left after clear (mean difference {after:.1f})"
    return {
        "highlighter_error_once": once,
        "highlighter_error_twice": twice,
        "highlighter_error_untouched": untouched,
        "band_top": top - vy,
        "band_bottom": bottom - vy,
        "beside": beside,
        "after_clear": after,
    }


@dataclass
class Overhead:
    """One student's round from "Next student" to the exported package, beyond talking."""

    student: str
    actions: list[str]
    total_s: float
    talking_s: float
    steps_s: dict[str, float]

    def numbers(self) -> dict[str, Any]:
        return {
            "actions": len(self.actions),
            "keys": self.actions,
            "overhead_s": round(self.total_s - self.talking_s, 2),
            "total_s": round(self.total_s, 2),
            "talking_s": round(self.talking_s, 2),
            "steps_s": {k: round(v, 2) for k, v in self.steps_s.items()},
        }


def _next_student_round(
    app: AppProcess, display: XDisplay, region: tuple[int, int, int, int], talk_s: float
) -> tuple[Overhead, str]:
    """One student as a teacher does them one after another: Enter (record, in the preparation
    the previous student's Export and next opened), talk, Ctrl+Shift+F10 (stop), Ctrl+Shift+S
    (export and next). Starts from an exported take's review with Alt+N, which is not counted:
    in a run of students that step is the previous one's Ctrl+Shift+S. The keys follow each
    screen as soon as it says it is there (a teacher adds a moment each). Returns the numbers
    and the student whose preparation the round ends in."""
    app.forget_past()
    keys: list[str] = []

    def press(combo: str) -> float:
        keys.append(combo)
        t = time.monotonic()
        xdotool(display, "key", combo)
        return t

    xdotool(display, "key", "alt+n")
    nxt = app.wait_for("next_student")
    prepared = app.wait_for("prepare", lambda e: e["student"] == nxt["student"])
    press("Return")  # Record
    countdown = app.wait_for("countdown", lambda e: e["student"] == nxt["student"])
    assert countdown["capture_logical"] == list(region)
    recording = app.wait_for("session", lambda e: e["phase"] == "recording", timeout_s=20)
    seen = [e["event"] for e in app.events]
    assert "capture_picker" not in seen and "mic_check" not in seen  # not asked again
    time.sleep(talk_s)
    press("ctrl+shift+F10")  # the stop hotkey
    finishing = app.wait_for("session", lambda e: e["phase"] == "finishing")
    review = app.wait_for("review", lambda e: e["student"] == nxt["student"], timeout_s=30)
    press("ctrl+shift+s")  # export and next
    exported = app.wait_for("exported", timeout_s=30)
    assert Path(exported["video"]).is_file() and exported["student"] == nxt["student"]
    following = app.wait_for("next_student", lambda e: e["student"] != nxt["student"])
    prepared_next = app.wait_for("prepare", lambda e: e["student"] == following["student"])
    talking_s = (finishing["t_ms"] - recording["t_ms"]) / 1000
    # App time from this student's preparation to the next one's: the exported package and
    # the step on, as in a run of students.
    total_s = (prepared_next["t_ms"] - prepared["t_ms"]) / 1000
    overhead = Overhead(
        nxt["student"],
        keys,
        total_s,
        talking_s,
        {
            "record_to_recording": (recording["t_ms"] - prepared["t_ms"]) / 1000,
            "stop_to_review": (review["t_ms"] - finishing["t_ms"]) / 1000,
            "export": (exported["t_ms"] - review["t_ms"]) / 1000,
            "exported_to_next_prepared": (prepared_next["t_ms"] - exported["t_ms"]) / 1000,
        },
    )
    return overhead, str(following["student"])


def test_record_review_export(
    tmp_path: Path,
    shared_fixtures: Path,
    x_display: XDisplay,
    microphone: VirtualMicrophone,
    real_env: dict[str, str],
) -> None:
    handin = tmp_path / "handin"
    shutil.copytree(shared_fixtures / HANDIN, handin)
    env = _app_env(tmp_path, real_env)
    voice = speech(
        "Her ser du hvordan du kan gjøre problemstillingen tydeligere.", tmp_path / "voice.wav"
    )
    stimulus = write_wav(tmp_path / "stimulus.wav", timeline(16.0, [(0.3, voice), (8.0, voice)]))

    app = _launch(handin, env, tmp_path / "app-1.stderr")
    proc = app.proc
    player: subprocess.Popen[bytes] | None = None
    try:
        rec, player = _start_recording(app, x_display, microphone, stimulus, PLANNED)
        student_key, buttons = rec.student_key, rec.buttons
        rx, ry, rw, rh = rec.region
        # The plan beside the toolbar, out of the recorded area and off the toolbar.
        panel = app.wait_for("plan_panel")
        assert panel["outside_capture"] is True and panel["next"] == 0
        px, py, pw, ph = panel["x"], panel["y"], panel["width"], panel["height"]
        assert px >= rx + rw or px + pw <= rx or py >= ry + rh or py + ph <= ry

        # Markers with the engine's global hotkeys (the pointer is over the document)...
        xdotool(x_display, "mousemove", "600", "500")
        time.sleep(1.0)
        xdotool(x_display, "key", "ctrl+shift+2")
        app.wait_for("engine_marker", lambda e: e["kind"] == "feed_back")
        assert app.wait_for("planned_point")["text"] == PLANNED  # it took the planned point
        time.sleep(1.0)
        # ...and with the toolbar.
        _click(x_display, buttons["feed_forward"])
        app.wait_for("marker", lambda e: e["kind"] == "feed_forward" and e["source"] == "toolbar")

        # The pen from the toolbar: a stroke over the document, then the pen is put down again.
        # Plain Xvfb has no compositing manager: the overlay shows a still picture meanwhile.
        _pick_up(app, x_display, "pen", "still", lambda: _click(x_display, buttons["pen"]))
        _drag(x_display, STROKE)
        stroke = app.wait_for("stroke")
        assert stroke["first"] == list(STROKE[0]) and stroke["style"] == "pen"
        _click(x_display, buttons["pen"])
        app.wait_for("pen", lambda e: e["mode"] == "off")
        # The highlighter with its global hotkey, put down with Esc.
        _pick_up(
            app,
            x_display,
            "highlighter",
            "still",
            lambda: xdotool(x_display, "key", "ctrl+shift+7"),
        )
        _drag(x_display, BAND, steps=3)
        band = app.wait_for("stroke", lambda e: e["style"] == "highlighter")
        assert band["first"] == list(BAND[0]) and band["last"] == list(BAND[-1])
        xdotool(x_display, "key", "Escape")
        app.wait_for("pen", lambda e: e["mode"] == "off")

        # A marker while both strokes are on screen, then the global hotkey clears them.
        xdotool(x_display, "mousemove", "900", "600")
        time.sleep(0.5)
        xdotool(x_display, "key", "ctrl+shift+1")
        app.wait_for("engine_marker", lambda e: e["kind"] == "feed_up")
        time.sleep(1.0)
        xdotool(x_display, "key", "ctrl+shift+6")
        app.wait_for("strokes_cleared")
        cleared_at = time.monotonic()
        while time.monotonic() - max(rec.started + 8.5, cleared_at) < 1.5:
            time.sleep(0.1)
        _click(x_display, buttons["stop"])

        finished = app.wait_for("take_finished", timeout_s=20)
        assert finished["student"] == student_key
        assert 9_000 <= finished["duration_ms"] <= 16_000
        kinds = [m["kind"] for m in sorted(finished["markers"], key=lambda m: m["t_ms"])]
        assert kinds == ["feed_back", "feed_forward", "feed_up"]
        review = app.wait_for("review")
        titles = [c["title"] for c in review["chapters"]]
        assert titles == ["Start", f"Feed back: {PLANNED}", "Feed forward", "Feed up"]

        # Review: rename the first chapter with the keyboard, then export with Ctrl+S.
        time.sleep(0.5)
        xdotool(x_display, "key", "alt+t")
        xdotool(x_display, "key", "ctrl+a")
        xdotool(x_display, "type", "--delay", "20", "Thesis check")
        xdotool(x_display, "key", "Tab")
        edited = app.wait_for(
            "chapters", lambda e: any("Thesis check" in c["title"] for c in e["chapters"])
        )
        titles = [c["title"] for c in edited["chapters"]]
        assert titles[1] == "Feed back: Thesis check"
        xdotool(x_display, "key", "ctrl+s")
        exported = app.wait_for("exported", timeout_s=30)
        video = Path(exported["video"])
        assert video.is_file()
        # Moodle: beside the hand-in, in the student's feedback folder the bulk upload accepts.
        assert f"_{student_key}_assignfeedback_file" in video.parent.name

        # The exported video: the edited chapters, the speech, the strokes where they were drawn.
        probe = ffprobe(video)
        chapters = probe["chapters"]
        assert isinstance(chapters, list)
        got_titles = [c["tags"]["title"] for c in chapters]
        assert "Feed back: Thesis check" in got_titles
        assert "Feed forward" in got_titles and "Feed up" in got_titles
        streams = probe["streams"]
        assert isinstance(streams, list)
        video_stream = next(s for s in streams if s["codec_type"] == "video")
        assert abs(int(video_stream["width"]) - rw) <= 2
        assert abs(int(video_stream["height"]) - rh) <= 2
        assert any(s["codec_type"] == "audio" for s in streams)
        audio = decode_audio(video)
        assert float(np.sqrt(np.mean(audio**2))) > 0.002, "the speech played in is not audible"
        numbers = _check_strokes_in_video(
            video, finished["markers"], finished["duration_ms"], rec.region
        )
        print("strokes in the video (still surface):", numbers)

        # Next student, the whole round measured: Alt+N (the preparation), Enter (record, with
        # the same capture area and no questions), talk, the stop hotkey, Ctrl+S (export).
        overhead, third = _next_student_round(app, x_display, (rx, ry, rw, rh), talk_s=3.0)
        assert overhead.student != student_key and len(overhead.actions) == 3
        print("per-student overhead:", json.dumps(overhead.numbers()))
        (tmp_path.parent / "per-student-overhead.json").write_text(
            json.dumps(overhead.numbers(), indent=1), encoding="utf-8"
        )

        # The next one (its preparation is open) is killed while recording; the next start
        # offers to recover that take.
        nxt = {"student": third}
        assert third not in (student_key, overhead.student)
        app.forget_past()
        xdotool(x_display, "key", "Return")  # Record
        countdown = app.wait_for("countdown", lambda e: e["student"] == nxt["student"])
        assert countdown["capture_logical"] == [rx, ry, rw, rh]
        app.wait_for("session", lambda e: e["phase"] == "recording", timeout_s=20)
        time.sleep(2.5)
        proc.kill()
        proc.wait(10)
        app.close()

        app = _launch(handin, env, tmp_path / "app-2.stderr")
        proc = app.proc
        prompt = app.wait_for("recovery_prompt", timeout_s=30)
        assert prompt["student"] == nxt["student"]
        time.sleep(0.5)
        xdotool(x_display, "mousemove", "10", "10")
        xdotool(x_display, "key", "Return")  # Recover is the default button
        recovered = app.wait_for("recovered", timeout_s=30)
        assert recovered["duration_ms"] >= 1000
        assert Path(recovered["path"]).is_file()
        assert app.wait_for("review")["student"] == nxt["student"]

        # Back to the list from the review.
        time.sleep(0.5)
        xdotool(x_display, "key", "alt+b")
        app.wait_for("student_list")
        time.sleep(0.5)
        xdotool(x_display, "key", "ctrl+q")
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"Ctrl+Q did not quit: {app.stacks_and_stderr()}") from None
        assert proc.wait(20) == 0
    finally:
        if player is not None:
            if player.poll() is None:
                player.terminate()
            player.wait(10)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        app.close()


def test_pen_and_highlighter_on_a_compositing_desktop(
    tmp_path: Path,
    shared_fixtures: Path,
    microphone: VirtualMicrophone,
    real_env: dict[str, str],
) -> None:
    """With a compositing manager the overlay is see-through (the document stays live under it)
    and the capture records it as composed: each stroke once, the highlighter translucent, and a
    change in the document under a highlighter stroke shows through it."""
    handin = tmp_path / "handin"
    shutil.copytree(shared_fixtures / HANDIN, handin)
    voice = speech("Her er en kommentar.", tmp_path / "voice.wav")
    stimulus = write_wav(tmp_path / "stimulus.wav", timeline(14.0, [(0.3, voice)]))
    with xvfb() as display, compositing_manager(display):
        env = _app_env(tmp_path, {**real_env, **display.env()})
        app = _launch(handin, env, tmp_path / "app.stderr")
        player: subprocess.Popen[bytes] | None = None
        document: DocumentWindow | None = None
        try:
            rec, player = _start_recording(app, display, microphone, stimulus)
            buttons = rec.buttons
            document = DocumentWindow(display, *DOCUMENT)
            xdotool(display, "mousemove", "600", "500")
            time.sleep(1.0)
            xdotool(display, "key", "ctrl+shift+2")
            app.wait_for("engine_marker", lambda e: e["kind"] == "feed_back")
            time.sleep(0.5)

            # The pen with its global hotkey; then the highlighter from the toolbar swaps the
            # tool in hand; Esc puts it down.
            _pick_up(
                app,
                display,
                "pen",
                "translucent",
                lambda: xdotool(display, "key", "ctrl+shift+5"),
            )
            _drag(display, STROKE)
            assert app.wait_for("stroke")["style"] == "pen"
            _pick_up(
                app,
                display,
                "highlighter",
                "translucent",
                lambda: _click(display, buttons["highlighter"]),
            )
            _drag(display, BAND, steps=3)
            assert app.wait_for("stroke")["style"] == "highlighter"
            xdotool(display, "key", "Escape")
            app.wait_for("pen", lambda e: e["mode"] == "off")
            document.turn_white()  # the document changes under the highlighter

            xdotool(display, "mousemove", "900", "600")
            time.sleep(0.5)
            xdotool(display, "key", "ctrl+shift+1")
            app.wait_for("engine_marker", lambda e: e["kind"] == "feed_up")
            time.sleep(1.0)
            _click(display, buttons["clear"])
            app.wait_for("strokes_cleared")
            xdotool(display, "mousemove", "900", "600")
            time.sleep(1.5)
            _click(display, buttons["stop"])
            finished = app.wait_for("take_finished", timeout_s=20)
            take = Path(finished["path"])
            dx, dy, dw, dh = DOCUMENT
            numbers = _check_strokes_in_video(
                take, finished["markers"], finished["duration_ms"], rec.region, (dx, dx + dw)
            )
            print("strokes in the video (translucent surface):", numbers)
            feed_up_s = next(m["t_ms"] for m in finished["markers"] if m["kind"] == "feed_up")
            (drawn,) = _frames_shown_at(take, [feed_up_s / 1000 + 0.4])
            rx, ry, _rw, _rh = rec.region
            cx, band_y = dx + dw // 2 - rx, BAND[0][1] - ry
            white = np.array([255.0, 255.0, 255.0])
            under_band = drawn[band_y - 3 : band_y + 4, cx - 10 : cx + 11].reshape(-1, 3)
            beside_band = drawn[dy + dh - 8 - ry : dy + dh - 3 - ry, cx - 10 : cx + 11]
            live = float(np.mean(np.abs(under_band - _blend(white))))
            beside = float(np.mean(np.abs(beside_band.reshape(-1, 3) - white)))
            print("document changed under the highlighter:", {"live": live, "beside": beside})
            assert live <= 8, f"the document's change does not show through ({live:.1f})"
            assert beside <= 8, f"the document beside the stroke is not white ({beside:.1f})"
            app.wait_for("review")
            xdotool(display, "key", "ctrl+q")
            try:
                assert app.proc.wait(20) == 0
            except subprocess.TimeoutExpired:
                raise AssertionError(f"Ctrl+Q did not quit: {app.stacks_and_stderr()}") from None
        finally:
            if document is not None:
                document.close()
            if player is not None:
                if player.poll() is None:
                    player.terminate()
                player.wait(10)
            if app.proc.poll() is None:
                app.proc.kill()
                app.proc.wait()
            app.close()
