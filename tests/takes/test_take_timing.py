"""Picture and sound keep their take time through the live fragmented MP4 and the finish:
every frame plays when it was captured, also after a still stretch that spans fragment
boundaries, and the sound starts where it was captured, without the encoder's priming."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from support.realstack import decode_audio
from vidfeedback.model import Chapter
from vidfeedback.recording.encoding import (
    AUDIO_FRAME_SAMPLES,
    AudioEncoder,
    Muxer,
    VideoEncoder,
    VideoSettings,
    open_take_container,
)
from vidfeedback.takes.finish import write_final_mp4
from vidfeedback.takes.format import SAMPLE_RATE_HZ

# Take times of the frames a mostly still screen gives: changes, then seconds of nothing.
FRAME_TIMES_S = [0.0, 0.5, 1.0342, 1.3343, 2.8, 4.1, 4.2, 6.9]
END_S = 7.5
BEEP_AT_SAMPLE = 150_000  # 3.125 s


def sound() -> np.ndarray:
    samples = np.zeros(round(END_S * SAMPLE_RATE_HZ), np.float32)
    t = np.arange(4800) / SAMPLE_RATE_HZ
    samples[BEEP_AT_SAMPLE : BEEP_AT_SAMPLE + 4800] = 0.8 * np.sin(2 * np.pi * 1000 * t)
    return samples


def record(path: Path) -> None:
    container = open_take_container(path)
    video = VideoEncoder(container, VideoSettings(320, 240, 30))
    audio = AudioEncoder(container)
    muxer = Muxer(container)
    muxer.add_producer()
    muxer.start()
    samples = sound()
    samples_done = 0
    for t_s in FRAME_TIMES_S:
        # Audio flows continuously, so fragments close on audio between the video frames.
        n = round(t_s * SAMPLE_RATE_HZ) - samples_done
        for packet in audio.encode(samples[samples_done : samples_done + n]):
            muxer.packets.put(packet)
        samples_done += n
        frame = np.full((240, 320, 4), round(t_s * 30) % 256, np.uint8)
        for packet in video.encode(frame, round(t_s * 1e9)):
            muxer.packets.put(packet)
    for packet in audio.encode(samples[samples_done:]):
        muxer.packets.put(packet)
    for packet in [*video.flush(), *audio.flush()]:
        muxer.packets.put(packet)
    muxer.producer_done()
    muxer.join()
    assert muxer.error is None


def frame_times(path: Path) -> list[float | None]:
    with av.open(str(path)) as container:
        return [f.time for f in container.decode(container.streams.video[0])]


def test_frames_after_a_still_stretch_keep_their_capture_time(tmp_path: Path) -> None:
    path = tmp_path / "take.mp4"
    record(path)
    times = frame_times(path)
    assert len(times) == len(FRAME_TIMES_S)
    # Nothing moves the picture: not a fragment boundary, not the sound's encoder priming.
    for got, want in zip(times, FRAME_TIMES_S, strict=True):
        assert got == pytest.approx(want, abs=0.001)


def test_the_final_file_keeps_picture_and_sound_on_the_take_timeline(tmp_path: Path) -> None:
    take = tmp_path / "take.mp4"
    record(take)
    final = tmp_path / "final.mp4"
    write_final_mp4(take, final, [Chapter(0, round(END_S * 1000), "Start")])
    for got, want in zip(frame_times(final), FRAME_TIMES_S, strict=True):
        assert got == pytest.approx(want, abs=0.001)
    decoded = decode_audio(final)  # by ffmpeg, as a player does: the edit list hides the priming
    onset = int(np.argmax(np.abs(decoded) > 0.4))
    assert onset == pytest.approx(BEEP_AT_SAMPLE, abs=48)  # 1 ms
    assert len(decoded) == pytest.approx(len(sound()), abs=AUDIO_FRAME_SAMPLES)


def test_every_frame_comes_out_of_the_encoder_at_once(tmp_path: Path) -> None:
    """No frame waits inside x264: on a still screen the next frame may be a second away, and a
    kill would take the waiting ones along."""
    container = open_take_container(tmp_path / "take.mp4")
    video = VideoEncoder(container, VideoSettings(640, 360, 30))
    rng = np.random.default_rng(7)
    frame = rng.integers(0, 256, (360, 640, 4), dtype=np.uint8)
    for i in range(8):
        frame[i * 10 : i * 10 + 10] = i  # a change, so nothing is skipped
        assert len(video.encode(frame.copy(), i * 1_000_000_000)) == 1, f"frame {i} held back"
    container.close()
