"""Continue a finished take from its last pause, on the real stack: `vidfeedback record`, a pause,
stop; then `record --continue-from` that take, more recording, stop. The result is the first take
up to its pause followed by the new recording, copied without re-encoding."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np
import pytest

from e2e.recording import base_env, key, sleep_until, start_recording
from support.realstack import (
    SAMPLE_RATE_HZ,
    Flash,
    VirtualMicrophone,
    XDisplay,
    decode_audio,
    decode_problems,
    ffprobe,
    timeline,
    tone,
    video_frame_times,
    write_wav,
    xdotool,
)

pytestmark = pytest.mark.e2e

REGION = "0,0,640,480"


def _level(samples: np.ndarray, freq_hz: float) -> float:
    """Amplitude of one frequency (a single DFT bin under a Hann window)."""
    if len(samples) < 1000:
        return 0.0
    window = np.hanning(len(samples))
    phasor = np.exp(-2j * np.pi * freq_hz * np.arange(len(samples)) / SAMPLE_RATE_HZ)
    return float(2 * abs(np.sum(samples * window * phasor)) / np.sum(window))


def _decodes_cleanly(path: Path) -> None:
    assert decode_problems(path) == ""


def test_continue_from_the_last_pause(
    x_display: XDisplay, microphone: VirtualMicrophone, real_env: dict[str, str], tmp_path: Path
) -> None:
    env = base_env(real_env)
    xdotool(x_display, "mousemove", "700", "700")  # outside the region
    # First take: a low tone before the pause, a high one (and a white screen) after it.
    sound = write_wav(
        tmp_path / "first.wav",
        timeline(7.0, [(0.3, tone(440, 2.4, 0.3)), (4.3, tone(1500, 2.0, 0.3))]),
    )
    first = tmp_path / "first.mp4"
    take = start_recording(env, first, "--region", REGION, "--duration", "5.5")
    player = microphone.play(sound)
    started_wall = time.monotonic()
    sleep_until(take, 1.5)
    key(x_display, "ctrl+shift+1")  # kept: before the pause
    sleep_until(take, 3.0)
    pause_press_s = take.take_s(key(x_display, "ctrl+shift+F9"))
    time.sleep(0.6)
    key(x_display, "ctrl+shift+F9")  # resume
    flash = Flash(x_display, 0, 0, 640, 480)
    try:
        flash.on()  # what follows the pause is white: it must not reach the continued take
        sleep_until(take, 4.4)
        key(x_display, "ctrl+shift+2")  # dropped: after the pause
        result = take.finish()
    finally:
        flash.close()
    player.wait(10)
    assert result["complete"], result["message"]
    assert len(result["pauses_ms"]) == 1, result
    pause_ms = result["pauses_ms"][0]
    # The pause takes effect when the hotkey arrives (a little after the press).
    assert pause_press_s * 1000 - 50 < pause_ms < pause_press_s * 1000 + 1500, result
    assert [m["kind"] for m in result["markers"]] == ["feed_up", "feed_back"]
    _decodes_cleanly(first)  # the resume picture keeps a frame interval from the last one
    first_digest = hashlib.sha256(first.read_bytes()).hexdigest()
    assert time.monotonic() - started_wall < 30

    # Continue it: the toolbar's keys again, a marker, a mid tone.
    sound2 = write_wav(tmp_path / "second.wav", timeline(5.0, [(0.3, tone(880, 2.5, 0.3))]))
    second = tmp_path / "second.mp4"
    take2 = start_recording(
        env, second, "--region", REGION, "--duration", "3.5", "--continue-from", str(first)
    )
    player = microphone.play(sound2)
    sleep_until(take2, 1.0)
    xdotool(x_display, "mousemove", "300", "300")
    key(x_display, "ctrl+shift+3")
    for i in range(5):
        sleep_until(take2, 1.5 + 0.3 * i)
        xdotool(x_display, "mousemove", str(320 + 40 * i), "240")
    result2 = take2.finish()
    player.wait(10)
    assert result2["complete"], result2["message"]

    # The earlier take is untouched; the new one is its head plus the new recording.
    assert hashlib.sha256(first.read_bytes()).hexdigest() == first_digest
    kept_ms = result2["pauses_ms"][0]
    assert pause_ms - 22 <= kept_ms <= pause_ms, (pause_ms, result2)
    new_ms = result2["duration_ms"] - kept_ms
    assert 3300 < new_ms < 3700, result2
    markers = result2["markers"]
    assert [m["kind"] for m in markers] == ["feed_up", "feed_forward"]
    assert markers[0] == result["markers"][0]
    assert kept_ms + 800 < markers[1]["t_ms"] < kept_ms + 1400, markers

    probe = ffprobe(second)
    duration_ms = float(probe["format"]["duration"]) * 1000
    assert duration_ms == pytest.approx(kept_ms + new_ms, abs=100)
    chapters = [
        (round(float(c["start_time"]) * 1000), c["tags"]["title"]) for c in probe["chapters"]
    ]
    assert [title for _t, title in chapters] == ["Start", "Feed up", "Feed forward"]
    assert [t for t, _title in chapters] == [0, markers[0]["t_ms"], markers[1]["t_ms"]]
    assert {s["codec_type"] for s in probe["streams"]} >= {"video", "audio"}
    _decodes_cleanly(second)

    # Nothing recorded after the pause is left: no white picture, no high tone.
    frames = video_frame_times(second)
    assert not any(grey.mean() > 200 for _t, grey in frames)
    audio = decode_audio(second)
    kept = round(kept_ms * SAMPLE_RATE_HZ / 1000)
    assert _level(audio[: kept - 2400], 1500) < 0.01
    assert _level(audio[kept : kept + SAMPLE_RATE_HZ * 3], 1500) < 0.01
    assert _level(audio[SAMPLE_RATE_HZ : 2 * SAMPLE_RATE_HZ], 440) > 0.1  # the first take's
    assert _level(audio[kept + SAMPLE_RATE_HZ : kept + 2 * SAMPLE_RATE_HZ], 880) > 0.1  # the new


def test_continue_after_a_stop_keeps_all_and_adds_at_the_end(
    x_display: XDisplay, microphone: VirtualMicrophone, real_env: dict[str, str], tmp_path: Path
) -> None:
    """`record --continue-from TAKE --from-end`: nothing of TAKE is given up but the last sound
    frame's padding; the new recording follows its end."""
    env = base_env(real_env)
    xdotool(x_display, "mousemove", "700", "700")
    sound = write_wav(tmp_path / "first.wav", timeline(5.0, [(0.3, tone(440, 3.5, 0.3))]))
    first = tmp_path / "first.mp4"
    take = start_recording(env, first, "--region", REGION, "--duration", "3.5")
    player = microphone.play(sound)
    sleep_until(take, 1.5)
    key(x_display, "ctrl+shift+1")
    result = take.finish()
    player.wait(10)
    assert result["complete"], result["message"]
    first_ms = result["duration_ms"]
    first_digest = hashlib.sha256(first.read_bytes()).hexdigest()

    sound2 = write_wav(tmp_path / "second.wav", timeline(4.0, [(0.3, tone(880, 2.5, 0.3))]))
    second = tmp_path / "second.mp4"
    take2 = start_recording(
        env, second, "--region", REGION, "--duration", "3.0",
        "--continue-from", str(first), "--from-end",
    )  # fmt: skip
    player = microphone.play(sound2)
    sleep_until(take2, 1.0)
    key(x_display, "ctrl+shift+3")
    result2 = take2.finish()
    player.wait(10)
    assert result2["complete"], result2["message"]
    assert hashlib.sha256(first.read_bytes()).hexdigest() == first_digest

    joined_ms = result2["pauses_ms"][-1]  # the join is a pause point of the result
    assert first_ms - 22 <= joined_ms <= first_ms, (first_ms, result2)
    assert 2800 < result2["duration_ms"] - joined_ms < 3300, result2
    assert [m["kind"] for m in result2["markers"]] == ["feed_up", "feed_forward"]
    assert result2["markers"][0] == result["markers"][0]
    assert float(ffprobe(second)["format"]["duration"]) * 1000 == pytest.approx(
        result2["duration_ms"], abs=100
    )
    _decodes_cleanly(second)
    audio = decode_audio(second)
    joined = round(joined_ms * SAMPLE_RATE_HZ / 1000)
    # The first take's tone runs to its very end, the new one follows.
    assert _level(audio[joined - SAMPLE_RATE_HZ // 2 : joined - 2400], 440) > 0.1
    assert _level(audio[joined + SAMPLE_RATE_HZ : joined + 2 * SAMPLE_RATE_HZ], 880) > 0.1
