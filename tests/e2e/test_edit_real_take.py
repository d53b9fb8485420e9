"""The edit on a real recorded take: `vidfeedback record` on Xvfb with the virtual microphone
(a beep under a white flash after the cut), then `vidfeedback edit` with a cut and both ends
trimmed. The flash and its beep keep their distance, the file decodes cleanly and lasts what
was kept; most pictures are the take's own packets."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import av
import numpy as np
import pytest

from e2e.recording import base_env, sleep_until, start_recording
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
FLASH_AT_S = 7.0
CUT = (2.4, 4.1)
TRIM_START_S = 0.6
TRIM_END_S = 0.8
FRAME_S = 1 / 30


def _flash_and_beep(path: Path, near_s: float) -> tuple[float, float]:
    flash_s = next(t for t, grey in video_frame_times(path) if grey.mean() > 200 and t > 1)
    sound = decode_audio(path)
    lo = int((near_s - 1.5) * SAMPLE_RATE_HZ)
    window = sound[lo : lo + 3 * SAMPLE_RATE_HZ]
    t = np.arange(len(window)) / SAMPLE_RATE_HZ
    band = window * np.exp(-2j * np.pi * 1000 * t)
    n = SAMPLE_RATE_HZ // 250
    energy = np.abs(np.convolve(band, np.ones(n) / n, mode="same"))
    beep_s = (lo + int(np.argmax(energy > 0.5 * energy.max()))) / SAMPLE_RATE_HZ
    return flash_s, beep_s


def _hashes(path: Path) -> list[bytes]:
    with av.open(str(path)) as c:
        return [hashlib.sha1(bytes(p)).digest() for p in c.demux(c.streams.video[0]) if p.size]


def test_a_recorded_take_cut_and_trimmed_keeps_flash_and_beep_together(
    x_display: XDisplay, microphone: VirtualMicrophone, real_env: dict[str, str], tmp_path: Path
) -> None:
    env = base_env(real_env)
    xdotool(x_display, "mousemove", "700", "700")
    # A beep near the flash (paplay's start is not known exactly; the edit must keep whatever
    # distance the recording has).
    sound = write_wav(
        tmp_path / "beep.wav", timeline(12.0, [(FLASH_AT_S + 0.3, tone(1000, 0.15, 0.5))])
    )
    take_path = tmp_path / "take.mp4"
    take = start_recording(env, take_path, "--region", REGION, "--duration", "10")
    player = microphone.play(sound)
    sleep_until(take, FLASH_AT_S + 0.3)
    flash = Flash(x_display, 0, 0, 640, 480)
    try:
        flash.on()
        sleep_until(take, FLASH_AT_S + 1.3)  # long enough to be grabbed on a busy machine
        flash.off()
        result = take.finish()
    finally:
        flash.close()
    player.wait(10)
    assert result["complete"], result["message"]
    before_flash, before_beep = _flash_and_beep(take_path, FLASH_AT_S + 0.4)

    out = tmp_path / "edited.mp4"
    done = subprocess.run(
        [sys.executable, "-m", "vidfeedback", "edit", str(take_path), "--out", str(out),
         "--trim-start", str(TRIM_START_S), "--trim-end", str(TRIM_END_S),
         "--cut", f"{CUT[0]}-{CUT[1]}", "--voice", "as_recorded", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    removed_s = TRIM_START_S + (CUT[1] - CUT[0])
    assert decode_problems(out) == ""
    expected_s = result["duration_ms"] / 1000 - removed_s - TRIM_END_S
    assert report["duration_ms"] / 1000 == pytest.approx(expected_s, abs=0.002)
    assert float(ffprobe(out)["format"]["duration"]) == pytest.approx(expected_s, abs=FRAME_S)
    after_flash, after_beep = _flash_and_beep(out, FLASH_AT_S + 0.4 - removed_s)
    # Everything after the cut moved back by exactly what was removed.
    assert after_flash == pytest.approx(before_flash - removed_s, abs=FRAME_S)
    assert after_beep == pytest.approx(before_beep - removed_s, abs=0.002)
    assert abs((after_beep - after_flash) - (before_beep - before_flash)) <= FRAME_S
    # Most pictures are the take's own bytes.
    original = set(_hashes(take_path))
    edited = _hashes(out)
    assert sum(h in original for h in edited) / len(edited) > 0.5
