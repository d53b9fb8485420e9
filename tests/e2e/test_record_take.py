"""A real take: Xvfb screen, PulseAudio microphone with played speech, xdotool pointer and
hotkeys, checked with ffprobe/ffmpeg."""

from __future__ import annotations

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
    speech,
    timeline,
    write_wav,
    xdotool,
    xvfb,
)

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
    import time

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


# paplay starts playing 0.1-0.2 s after it is launched on this machine kind (testing.md); the
# bound below allows 0-0.25 s. A tighter, differential check against ffmpeg x11grab + pulse
# is not possible as such: ffmpeg's pulse input stamps audio with its own latency estimate and
# was measured 0.35 s away from ours and from the physical expectation. See docs/engine.md.
PAPLAY_START_LATENCY_MAX_S = 0.25


@pytest.mark.xfail(
    strict=False,
    reason="flaky under load: a bright frame ~1.4 s before the flash was seen on a busy machine; "
    "under investigation (docs/engine.md, Known limits)",
)
def test_audio_and_video_stay_in_sync(
    x_display: XDisplay, microphone: VirtualMicrophone, real_env: dict[str, str], tmp_path: Path
) -> None:
    """A flash and a beep made at the same moment land together in the file, within the
    uncertainty of when paplay really starts."""

    from support.realstack import tone

    beep_at_s = 3.0
    stimulus = write_wav(tmp_path / "beep.wav", timeline(5.0, [(beep_at_s, tone(1000, 0.3))]))
    # A screen of its own: other tests on the shared screen may leave windows behind.
    with xvfb() as display:
        _record_flash_and_beep(display, microphone, real_env, tmp_path, stimulus, beep_at_s)


def _record_flash_and_beep(
    display: XDisplay,
    microphone: VirtualMicrophone,
    real_env: dict[str, str],
    tmp_path: Path,
    stimulus: Path,
    beep_at_s: float,
) -> None:
    import time

    from support.realstack import video_frame_times

    real_env = {**real_env, **display.env()}
    out = tmp_path / "sync.mp4"
    region = (200, 200, 640, 360)
    flash = Flash(display, *region)
    take = start_recording(
        base_env(real_env),
        out,
        "--region",
        ",".join(map(str, region)),
        "--duration",
        "6",
        "--no-hotkeys",
    )
    time.sleep(0.5)
    play_mono = time.monotonic_ns()
    play = microphone.play(stimulus)
    time.sleep(beep_at_s)
    flash_mono = flash.on()
    result = take.finish()
    play.wait(10)
    flash.close()
    assert result["complete"]

    frames = video_frame_times(out)
    flash_s = next(t for t, grey in frames if grey.mean() > 128)
    audio = decode_audio(out)
    onset = int(np.argmax(np.abs(audio) > 0.2))
    assert onset > 0, "no beep found"
    beep_s = onset / SAMPLE_RATE_HZ
    # Where the flash must be: the time we mapped the window, on the recorder's timeline.
    assert flash_s == pytest.approx(take.take_s(flash_mono), abs=2 / 30)
    # Where the beep must be: when paplay was launched, plus the beep's place, plus its start-up.
    beep_earliest_s = take.take_s(play_mono) + beep_at_s
    frame_s = 1 / 30
    assert (
        beep_earliest_s - frame_s
        <= beep_s
        <= (beep_earliest_s + PAPLAY_START_LATENCY_MAX_S + frame_s)
    ), (beep_s - beep_earliest_s, flash_s)
