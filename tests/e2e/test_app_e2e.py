"""The whole app, end to end, on the real stack: Xvfb, the virtual PulseAudio microphone with
espeak-ng speech played in, xdotool as the teacher's hands, ffprobe/ffmpeg as the player.

The app runs as a subprocess (xcb platform) and reports its states as JSON lines on stdout
(VIDFEEDBACK_TEST_AUTOMATION=1); the test drives it with keys and the mouse only.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from support.realstack import (
    VirtualMicrophone,
    XDisplay,
    decode_audio,
    decode_frame_at,
    ffprobe,
    speech,
    timeline,
    write_wav,
    xdotool,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

HANDIN = "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"
STUDENT = "Kari Nordmann"
REGION_FROM = (240, 160)  # where the teacher starts dragging the capture region (screen pixels)
REGION_TO = (1040, 760)
STROKE = [(400, 400), (480, 420), (560, 440), (640, 460), (720, 480)]
PEN_RGB = (229, 57, 53)


class AppProcess:
    """The running app and the JSON events it printed, read on a thread so stdout never fills."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
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
        raise AssertionError(
            f"no {name!r} event within {timeout_s} s; app exit code {self.proc.poll()}; "
            f"events: {[e['event'] for e in self.events]}"
        )


def _settings_ini(config_home: Path) -> None:
    folder = config_home / "vidfeedback"
    folder.mkdir(parents=True)
    (folder / "settings.ini").write_text(
        "[ui]\nlanguage=en\n"
        "[record]\ncountdown_s=1\nopen_file=never\ntarget_min_s=60\ntarget_max_s=120\nfps=15\n",
        encoding="utf-8",
    )


def _red_pixels(frame: np.ndarray) -> np.ndarray:
    r, g, b = (frame[..., i].astype(int) for i in range(3))
    target = PEN_RGB
    return (abs(r - target[0]) < 40) & (abs(g - target[1]) < 50) & (abs(b - target[2]) < 50)


def test_record_review_export(
    tmp_path: Path,
    shared_fixtures: Path,
    x_display: XDisplay,
    microphone: VirtualMicrophone,
    real_env: dict[str, str],
) -> None:
    handin = tmp_path / "handin"
    shutil.copytree(shared_fixtures / HANDIN, handin)
    home = tmp_path / "home"
    _settings_ini(home / "config")
    env = {
        **real_env,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
        "HOME": str(home),
        "VIDFEEDBACK_TEST_AUTOMATION": "1",
        "PYTHONUNBUFFERED": "1",
    }
    voice = speech(
        "Her ser du hvordan du kan gjøre problemstillingen tydeligere.", tmp_path / "voice.wav"
    )
    stimulus = write_wav(tmp_path / "stimulus.wav", timeline(16.0, [(0.3, voice), (8.0, voice)]))

    proc = subprocess.Popen(
        [sys.executable, "-m", "vidfeedback", str(handin)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    app = AppProcess(proc)
    player: subprocess.Popen[bytes] | None = None
    try:
        assignment = app.wait_for("assignment", timeout_s=30)
        keys = [s["key"] for s in assignment["students"]]
        names = [s["name"] for s in assignment["students"]]
        student_key = keys[names.index(STUDENT)]

        # Choose the student with the keyboard and press Enter to record.
        xdotool(x_display, "mousemove", "300", "300")
        for _ in range(names.index(STUDENT)):
            xdotool(x_display, "key", "Down")
        xdotool(x_display, "key", "Return")
        app.wait_for("mic_check")
        player = microphone.play(stimulus)  # the teacher says something for the mic check
        app.wait_for("mic_heard", timeout_s=10)  # the level meter heard the voice
        xdotool(x_display, "key", "Return")  # Continue
        checked = app.wait_for("mic_checked")
        assert checked["mode"] == "microphone"

        # Drag the capture region on the still picture of the screen, then start.
        app.wait_for("capture_picker")
        time.sleep(0.3)
        xdotool(x_display, "key", "alt+d")
        time.sleep(1.0)
        xdotool(x_display, "mousemove", *map(str, REGION_FROM))
        xdotool(x_display, "mousedown", "1")
        for step in range(1, 6):
            x = REGION_FROM[0] + (REGION_TO[0] - REGION_FROM[0]) * step // 5
            y = REGION_FROM[1] + (REGION_TO[1] - REGION_FROM[1]) * step // 5
            xdotool(x_display, "mousemove", str(x), str(y))
        xdotool(x_display, "mouseup", "1")
        time.sleep(0.5)
        xdotool(x_display, "key", "Return")  # Start recording
        capture = app.wait_for("capture")
        rx, ry, rw, rh = capture["rect_px"]
        assert (rx, ry) == REGION_FROM and abs(rw - 800) <= 2 and abs(rh - 600) <= 2

        toolbar = app.wait_for("toolbar", timeout_s=20)
        assert toolbar["outside_capture"] is True
        tb = (toolbar["x"], toolbar["y"], toolbar["width"], toolbar["height"])
        assert tb[1] >= ry + rh or tb[1] + tb[3] <= ry or tb[0] >= rx + rw or tb[0] + tb[2] <= rx
        buttons = toolbar["buttons"]
        recording_started = time.monotonic()

        # Markers with the engine's global hotkeys (the pointer is over the document)...
        xdotool(x_display, "mousemove", "600", "500")
        time.sleep(1.0)
        xdotool(x_display, "key", "ctrl+shift+2")
        app.wait_for("engine_marker", lambda e: e["kind"] == "feed_back")
        time.sleep(1.0)
        # ...and with the toolbar.
        xdotool(x_display, "mousemove", *map(str, buttons["feed_forward"]), "click", "1")
        app.wait_for("marker", lambda e: e["kind"] == "feed_forward" and e["source"] == "toolbar")

        # A pen stroke over the document, then the pen is put down again.
        xdotool(x_display, "mousemove", *map(str, buttons["pen"]), "click", "1")
        app.wait_for("pen", lambda e: e["mode"] == "pen")
        time.sleep(0.4)
        xdotool(x_display, "mousemove", *map(str, STROKE[0]))
        xdotool(x_display, "mousedown", "1")
        for x, y in STROKE[1:]:
            xdotool(x_display, "mousemove", str(x), str(y))
            time.sleep(0.05)
        xdotool(x_display, "mouseup", "1")
        stroke = app.wait_for("stroke")
        assert stroke["first"] == list(STROKE[0])
        xdotool(x_display, "mousemove", *map(str, buttons["pen"]), "click", "1")
        app.wait_for("pen", lambda e: e["mode"] == "off")
        stroke_seen_at_s = time.monotonic() - recording_started

        xdotool(x_display, "mousemove", "900", "600")
        time.sleep(0.5)
        xdotool(x_display, "key", "ctrl+shift+1")
        app.wait_for("engine_marker", lambda e: e["kind"] == "feed_up")
        while time.monotonic() - recording_started < 10.0:
            time.sleep(0.1)
        xdotool(x_display, "mousemove", *map(str, buttons["stop"]), "click", "1")

        finished = app.wait_for("take_finished", timeout_s=20)
        assert finished["student"] == student_key
        assert 9_000 <= finished["duration_ms"] <= 16_000
        kinds = [m["kind"] for m in sorted(finished["markers"], key=lambda m: m["t_ms"])]
        assert kinds == ["feed_back", "feed_forward", "feed_up"]
        review = app.wait_for("review")
        titles = [c["title"] for c in review["chapters"]]
        assert titles == ["Start", "Feed back", "Feed forward", "Feed up"]

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

        # The exported video: the edited chapters, the speech, the stroke where it was drawn.
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

        frame = decode_frame_at(
            video, min(stroke_seen_at_s + 1.0, finished["duration_ms"] / 1000 - 0.5)
        )
        mask = _red_pixels(frame)
        for x, y in STROKE[1:-1]:
            vx, vy = x - rx, y - ry
            patch = mask[vy - 6 : vy + 7, vx - 6 : vx + 7]
            assert patch.any(), f"no pen colour near ({x}, {y}) in the video"
        assert mask.sum() < mask.size * 0.05, "pen colour where nothing was drawn"

        # Next student: straight to the countdown with the same capture area. The app is killed
        # while recording; the next start offers to recover that take for that student.
        app.forget_past()
        xdotool(x_display, "key", "alt+n")
        nxt = app.wait_for("next_student")
        assert nxt["student"] != student_key
        countdown = app.wait_for("countdown", lambda e: e["student"] == nxt["student"])
        assert "capture_picker" not in [e["event"] for e in app.events]  # not asked again
        assert countdown["capture_logical"] == [rx, ry, rw, rh]
        app.wait_for("session", lambda e: e["phase"] == "recording", timeout_s=20)
        time.sleep(2.5)
        proc.kill()
        proc.wait(10)
        app.close()

        proc = subprocess.Popen(
            [sys.executable, "-m", "vidfeedback", str(handin)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        app = AppProcess(proc)
        prompt = app.wait_for("recovery_prompt", timeout_s=30)
        assert prompt["student"] == nxt["student"]
        time.sleep(0.5)
        xdotool(x_display, "mousemove", "10", "10")
        xdotool(x_display, "key", "Return")  # Recover is the default button
        recovered = app.wait_for("recovered", timeout_s=30)
        assert recovered["duration_ms"] >= 1000
        assert Path(recovered["path"]).is_file()
        assert app.wait_for("review")["student"] == nxt["student"]

        time.sleep(1)
        print("ACTIVE", xdotool(x_display, "getactivewindow", "getwindowname") if False else "")
        xdotool(x_display, "key", "ctrl+q")
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            subprocess.run(["py-spy", "dump", "--pid", str(proc.pid)])
            raise
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
