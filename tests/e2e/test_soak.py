"""The teacher's real job, once, at full length: the real app on Xvfb records one 10-minute take.

Speech is played into the virtual microphone all along (one WAV, one paplay); a marker every
20 s, alternately by global hotkey and by the toolbar's buttons (clicked with xdotool where the
automation log says they are); the pen picked up from the toolbar, a stroke drawn, the drawing
cleared by hotkey; one pause from the toolbar. Then the review, one chapter renamed, the export.
The process stays alive throughout; its memory is read every minute and must stay flat; the
exported MP4 lasts 10 min ± 2 s, decodes cleanly and has every chapter.

Short tests cannot find what this one is for: a binding that leaked a reference per Qt call let
every 10-second test pass and aborted the app five minutes into a real take.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from e2e.test_app_e2e import (
    HANDIN,
    STROKE,
    AppProcess,
    _app_env,
    _click,
    _drag,
    _launch,
    _pick_up,
    _start_recording,
)
from support.realstack import (
    VirtualMicrophone,
    XDisplay,
    decode_audio,
    decode_problems,
    ffprobe,
    speech,
    timeline,
    write_wav,
    xdotool,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TAKE_S = 600.0
MARKER_EVERY_S = 20.0
PAUSE_AT_S = 310.0  # between two markers: a marker while paused is refused, rightly
PAUSE_FOR_S = 6.0
PEN_AT_S = 100.0
KINDS = ["feed_up", "feed_back", "feed_forward"]
HOTKEYS = {"feed_up": "ctrl+shift+1", "feed_back": "ctrl+shift+2", "feed_forward": "ctrl+shift+3"}
TITLES = {"feed_up": "Feed up", "feed_back": "Feed back", "feed_forward": "Feed forward"}
# Flat memory over an evening: RSS may grow by this much between minute 2 and the stop.
RSS_GROWTH_LIMIT_MB = 60.0


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for process {pid}")


@dataclass
class TakeClock:
    """Take time as the test sees it: wall time since the toolbar appeared, pauses left out."""

    started: float
    paused_s: float = 0.0

    def now_s(self) -> float:
        return time.monotonic() - self.started - self.paused_s

    def sleep_until(self, take_s: float) -> None:
        delay = take_s - self.now_s()
        if delay > 0:
            time.sleep(delay)


def _alive(app: AppProcess, what: str) -> None:
    code = app.proc.poll()
    assert code is None, f"the app exited ({code}) {what}: {app.stderr_tail()}"


def _speech_track(tmp_path: Path, total_s: float) -> Path:
    """A voice every 12 s for the whole take and the mic check before it."""
    sentences = [
        "Her ser du hvordan du kan gjøre problemstillingen tydeligere.",
        "Innledningen din er god, men tesen kommer for sent.",
        "Neste gang kan du bruke flere kilder i drøftingen.",
    ]
    clips = [speech(s, tmp_path / f"voice-{i}.wav") for i, s in enumerate(sentences)]
    placements = [(0.3 + 12.0 * i, clips[i % len(clips)]) for i in range(int(total_s // 12))]
    return write_wav(tmp_path / "stimulus.wav", timeline(total_s, placements))


@pytest.mark.timeout(1500)
def test_ten_minute_take_in_the_real_app(
    tmp_path: Path,
    shared_fixtures: Path,
    x_display: XDisplay,
    microphone: VirtualMicrophone,
    real_env: dict[str, str],
) -> None:
    handin = tmp_path / "handin"
    shutil.copytree(shared_fixtures / HANDIN, handin)
    env = _app_env(tmp_path, real_env)
    stimulus = _speech_track(tmp_path, TAKE_S + 90.0)

    app = _launch(handin, env, tmp_path / "app.stderr")
    player: subprocess.Popen[bytes] | None = None
    rss_mb: list[tuple[int, float]] = []
    try:
        rec, player = _start_recording(app, x_display, microphone, stimulus)
        buttons = rec.buttons
        clock = TakeClock(rec.started)

        # What happens when, in take time; each action checks the app answered.
        def marker_action(i: int) -> Callable[[], None]:
            kind = KINDS[i % 3]

            def act() -> None:
                if i % 2 == 0:
                    xdotool(x_display, "mousemove", "600", "500")
                    xdotool(x_display, "key", HOTKEYS[kind])
                else:
                    _click(x_display, buttons[kind])
                    app.wait_for("marker", lambda e: e["kind"] == kind and e["source"] == "toolbar")
                app.wait_for("engine_marker", lambda e: e["kind"] == kind)

            return act

        def pen() -> None:
            _pick_up(app, x_display, "pen", "still", lambda: _click(x_display, buttons["pen"]))
            _drag(x_display, STROKE)
            assert app.wait_for("stroke")["style"] == "pen"
            _click(x_display, buttons["pen"])
            app.wait_for("pen", lambda e: e["mode"] == "off")
            time.sleep(3.0)
            xdotool(x_display, "key", "ctrl+shift+6")
            app.wait_for("strokes_cleared")

        def pause() -> None:
            _click(x_display, buttons["pause"])
            app.wait_for("recording_state", lambda e: e["state"] == "paused")
            paused_at = time.monotonic()
            time.sleep(PAUSE_FOR_S)
            _click(x_display, buttons["pause"])  # the same button resumes
            app.wait_for("recording_state", lambda e: e["state"] == "recording")
            clock.paused_s += time.monotonic() - paused_at

        schedule: list[tuple[float, str, Callable[[], None]]] = []
        marker_times = np.arange(MARKER_EVERY_S, TAKE_S, MARKER_EVERY_S)
        expected_kinds: list[str] = []
        for i, t in enumerate(marker_times):
            schedule.append((float(t), f"marker {i}", marker_action(i)))
            expected_kinds.append(KINDS[i % 3])
        schedule.append((PEN_AT_S + 2.0, "pen", pen))
        schedule.append((PAUSE_AT_S, "pause", pause))
        schedule.sort(key=lambda s: s[0])

        next_rss_s = 0.0
        for at_s, what, act in schedule:
            while next_rss_s <= at_s:
                clock.sleep_until(next_rss_s)
                _alive(app, f"at minute {len(rss_mb)}")
                rss_mb.append((round(clock.now_s()), _rss_mb(app.proc.pid)))
                next_rss_s += 60.0
            clock.sleep_until(at_s)
            _alive(app, f"before {what}")
            act()
        clock.sleep_until(TAKE_S)
        _alive(app, "before the stop")
        rss_mb.append((round(clock.now_s()), _rss_mb(app.proc.pid)))
        print("app RSS (take s, MB):", rss_mb)
        _click(x_display, buttons["stop"])

        finished = app.wait_for("take_finished", timeout_s=60)
        assert abs(finished["duration_ms"] - TAKE_S * 1000) <= 2000, finished["duration_ms"]
        markers = sorted(finished["markers"], key=lambda m: m["t_ms"])
        assert [m["kind"] for m in markers] == expected_kinds
        # Each marker within a second and a half of when it was made (take time; the pause
        # is not counted, so the ones after it line up too).
        for m, t in zip(markers, marker_times, strict=True):
            assert abs(m["t_ms"] / 1000 - t) <= 1.5, (m, t)

        review = app.wait_for("review", timeout_s=30)
        titles = [c["title"] for c in review["chapters"]]
        assert titles == ["Start", *(TITLES[k] for k in expected_kinds)]
        time.sleep(0.5)
        xdotool(x_display, "key", "alt+t")
        xdotool(x_display, "key", "ctrl+a")
        xdotool(x_display, "type", "--delay", "20", "Soak check")
        xdotool(x_display, "key", "Tab")
        edited = app.wait_for(
            "chapters", lambda e: any("Soak check" in c["title"] for c in e["chapters"])
        )
        edited_titles = [c["title"] for c in edited["chapters"]]
        xdotool(x_display, "key", "ctrl+s")
        exported = app.wait_for("exported", timeout_s=180)
        video = Path(exported["video"])
        _alive(app, "after the export")

        probe = ffprobe(video)
        duration_s = float(probe["format"]["duration"])
        assert abs(duration_s - TAKE_S) <= 2.0, duration_s
        got = [c["tags"]["title"] for c in probe["chapters"]]
        assert got == edited_titles, (got, edited_titles)
        starts_s = [float(c["start_time"]) for c in probe["chapters"][1:]]
        for start, m in zip(starts_s, markers, strict=True):
            assert abs(start - m["t_ms"] / 1000) <= 1.0, (start, m)
        problems = decode_problems(video)
        assert problems == "", problems
        audio = decode_audio(video)
        assert abs(len(audio) / 48_000 - TAKE_S) <= 2.0
        # Speech all along: every minute of the sound has a voice in it.
        n = min(len(audio), int(TAKE_S) * 48_000)
        minutes = audio[: n - n % 10].reshape(10, -1)
        loud = np.sqrt(np.mean(minutes**2, axis=1))
        assert (loud > 0.002).all(), loud

        grown = rss_mb[-1][1] - rss_mb[2][1]
        print(f"RSS growth from minute 2 to the stop: {grown:.1f} MB")
        assert grown <= RSS_GROWTH_LIMIT_MB, rss_mb

        xdotool(x_display, "key", "ctrl+q")
        try:
            assert app.proc.wait(30) == 0
        except subprocess.TimeoutExpired:
            raise AssertionError(f"Ctrl+Q did not quit: {app.stacks_and_stderr()}") from None
    finally:
        if player is not None:
            if player.poll() is None:
                player.terminate()
            player.wait(10)
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()
        app.close()
