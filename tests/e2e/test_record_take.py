"""A real take: Xvfb screen, PulseAudio microphone with played speech, xdotool pointer and
hotkeys, checked with ffprobe/ffmpeg."""

from __future__ import annotations

import os
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
    decode_frame_at,
    ffprobe,
    injected_microphone,
    speech,
    timeline,
    tone,
    video_frame_times,
    write_wav,
    xdotool,
    xvfb,
)
from vidfeedback.recording.pipeline import POOL_FRAMES

pytestmark = pytest.mark.e2e

REGION = (100, 100, 1280, 720)


def _rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0


def test_fifteen_second_take_with_speech_pointer_markers_and_pause(
    x_display: XDisplay, microphone: VirtualMicrophone, real_env: dict[str, str], tmp_path: Path
) -> None:
    voice = speech(
        "Hei Kari. Innledningen din er god, men argumentasjonen kan bli bedre.",
        tmp_path / "voice.wav",
    )
    speech_at_s = 0.5
    stimulus = write_wav(tmp_path / "stimulus.wav", timeline(6.0, [(speech_at_s, voice)]))
    out = tmp_path / "take.mp4"
    xdotool(x_display, "mousemove", "50", "50")  # start outside the region
    take = start_recording(
        base_env(real_env), out, "--region", ",".join(map(str, REGION)), "--duration", "15"
    )
    play_mono = time.monotonic_ns()
    player = microphone.play(stimulus)
    sleep_until(take, 1.0)
    xdotool(x_display, "mousemove", "600", "500")
    pointer_at_s = take.take_s(time.monotonic_ns())
    sleep_until(take, 2.0)
    press_up = key(x_display, "ctrl+shift+1")
    sleep_until(take, 3.0)
    xdotool(x_display, "click", "1")
    sleep_until(take, 4.5)
    press_back = key(x_display, "ctrl+shift+2")
    sleep_until(take, 6.0)
    pause_at = key(x_display, "ctrl+shift+F9")
    sleep_until(take, 7.0)
    key(x_display, "ctrl+shift+3")  # refused: paused
    sleep_until(take, 8.0)
    resume_at = key(x_display, "ctrl+shift+F9")
    paused_s = (resume_at - pause_at) / 1e9
    sleep_until(take, 10.0)
    press_forward = key(x_display, "ctrl+shift+3")
    for i in range(8):
        xdotool(x_display, "mousemove", str(300 + 60 * i), str(300 + 20 * i))
    result = take.finish()
    player.wait(10)

    assert result["complete"], result["message"]
    assert "paused" in take.stderr, take.stderr  # the refused marker was explained
    # How the screen was read: from the X server's damage reports; a still screen with only the
    # pointer moving grabs nothing, and only changed areas are converted.
    stats = result["stats"]
    assert stats["change_source"] == "damage", stats
    assert stats["ticks_without_grab"] > stats["grabs_full"] > 0, stats
    assert 0 < stats["pixels_converted"] < stats["frames_encoded"] * REGION[2] * REGION[3], stats
    assert 1 <= stats["pool_frames_used_max"] <= POOL_FRAMES, stats
    probe = ffprobe(out)
    streams = {s["codec_type"]: s for s in probe["streams"]}
    assert streams["video"]["codec_name"] == "h264"
    assert streams["video"]["pix_fmt"] == "yuv420p"
    assert streams["audio"]["codec_name"] == "aac"
    assert (streams["video"]["width"], streams["video"]["height"]) == REGION[2:]
    duration_s = float(probe["format"]["duration"])
    assert duration_s == pytest.approx(15.0 - paused_s, abs=0.3)

    chapters = probe["chapters"]
    titled = {c["tags"]["title"]: float(c["start_time"]) for c in chapters}
    expected = {
        "Feed up": take.take_s(press_up),
        "Feed back": take.take_s(press_back),
        "Feed forward": take.take_s(press_forward) - paused_s,
    }
    assert set(titled) == {"Start", *expected}, titled
    for title, t_s in expected.items():
        assert titled[title] == pytest.approx(t_s, abs=0.3), title

    # The speech is in the file where it was played (paplay starts 0.1-0.2 s late).
    audio = decode_audio(out)
    speech_start_s = take.take_s(play_mono) + speech_at_s
    speech_len_s = len(voice) / SAMPLE_RATE_HZ
    i0 = int((speech_start_s + 0.3) * SAMPLE_RATE_HZ)
    i1 = int((speech_start_s + speech_len_s - 0.3) * SAMPLE_RATE_HZ)
    quiet = audio[int(11.5 * SAMPLE_RATE_HZ) : int(12.5 * SAMPLE_RATE_HZ)]
    assert _rms(audio[i0:i1]) > 0.02
    assert _rms(quiet) < 0.002
    # Spoken content correlates with what was played, at the right place (±0.3 s).
    envelope = np.abs(audio[: int(6 * SAMPLE_RATE_HZ)])
    onset_s = np.argmax(envelope > 0.05) / SAMPLE_RATE_HZ
    first_voice_s = np.argmax(np.abs(voice) > 0.05) / SAMPLE_RATE_HZ
    assert onset_s == pytest.approx(speech_start_s + first_voice_s + 0.15, abs=0.3)

    # The pointer halo is drawn where xdotool put it (600, 500 on screen).
    frame = decode_frame_at(out, pointer_at_s + 0.5)
    px, py = 600 - REGION[0], 500 - REGION[1]
    halo = frame[py, px + 15].astype(int)  # right of the arrow, inside the halo
    assert halo[0] > 60 and halo[1] > 50 and halo[2] < 40, halo
    assert frame[py + 9, px + 2].max() < 60, frame[py + 9, px + 2]  # the arrow's black body
    assert frame[py + 2 : py + 14, px - 1].max() > 200  # its white outline
    far = frame[py, px + 80]
    assert far.max() < 30, far  # untouched black screen away from the pointer


FLASH_TIMES_S = (2.0, 4.5, 7.0)
FRAME_S = 1 / 30


def test_audio_and_video_stay_in_sync(tmp_path: Path) -> None:
    """A flash and a beep made at the same moment land within one frame of each other in the
    file, at the start, in the middle and at the end of a take.

    The beep goes into a microphone whose samples this test writes at known times (a PulseAudio
    pipe source); the flash is a white window mapped over a black screen. Both moments are read
    on the same monotonic clock as the recorder's, so each is also checked against where it
    should be on the take's timeline."""
    beep = tone(1000, 0.2, amplitude=0.8)
    # A screen and a microphone of its own: nothing else plays or draws into this take.
    with xvfb() as display, injected_microphone() as mic:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env |= display.env() | mic.env()
        out = tmp_path / "sync.mp4"
        region = (200, 200, 640, 360)
        flash = Flash(display, *region)
        take = start_recording(
            base_env(env),
            out,
            "--region",
            ",".join(map(str, region)),
            "--duration",
            "9",
            "--no-hotkeys",
        )
        moments: list[tuple[int, int]] = []  # (beep, flash) monotonic ns
        for at_s in FLASH_TIMES_S:
            sleep_until(take, at_s)
            beep_mono = mic.inject(beep)
            flash_mono = flash.on()
            moments.append((beep_mono, flash_mono))
            time.sleep(0.4)
            flash.off()
        result = take.finish()
        flash.close()
    assert result["complete"]

    frames = video_frame_times(out)
    audio = decode_audio(out)
    loud = np.abs(audio) > 0.4
    onsets = np.flatnonzero(loud[1:] & ~loud[:-1]) + 1
    for beep_mono, flash_mono in moments:
        expected_flash_s = take.take_s(flash_mono)
        expected_beep_s = take.take_s(beep_mono)
        # Picture: each frame is stamped when it was grabbed, so the flash happened after the
        # last frame without it and before the first frame with it (2 ms for the grab itself).
        # How long after the flash that frame came is the 30 fps sampling, not an error.
        k = next(
            i
            for i, (t, grey) in enumerate(frames)
            if t > expected_flash_s - 0.5 and grey.mean() > 200
        )
        flash_s, before_s = frames[k][0], frames[k - 1][0]
        assert before_s - 0.002 <= expected_flash_s <= flash_s + 0.002, (
            before_s,
            expected_flash_s,
            flash_s,
        )
        # Sound: where the microphone picked the beep up, within a frame.
        beep_s = float(onsets[np.argmin(np.abs(onsets / SAMPLE_RATE_HZ - expected_beep_s))])
        beep_s /= SAMPLE_RATE_HZ
        assert beep_s == pytest.approx(expected_beep_s, abs=FRAME_S), (beep_s, expected_beep_s)
        seen_ms = 1000 * (flash_s - expected_flash_s)
        print(
            f"sync at {expected_flash_s:.2f} s: flash seen {seen_ms:+.1f} ms after it happened,"
            f" sound {1000 * (beep_s - expected_beep_s):+.1f} ms"
        )
        # What a viewer sees: the beep within one frame of the frame interval in which the
        # flash (made at the same moment) was captured.
        gap_ms = 1000 * (expected_beep_s - expected_flash_s)  # the two moments, ~0
        assert before_s - FRAME_S <= beep_s - gap_ms / 1000 <= flash_s + FRAME_S, (
            before_s,
            beep_s,
            flash_s,
        )
