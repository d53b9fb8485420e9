"""The live H.264 encoder on screen-like pictures: what a still screen, a scroll and the keyframe
clock cost, colours as the file declares them, and a stream every browser plays."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import av
import numpy as np

from support.realstack import speech
from vidfeedback.recording.encoding import (
    KEYFRAME_INTERVAL_NS,
    AudioEncoder,
    VideoEncoder,
    VideoSettings,
    open_take_container,
)

WIDTH, HEIGHT = 1280, 720
LINE_PX = 20  # one line of text; a mouse-wheel notch scrolls three
SECOND_NS = 1_000_000_000


def page(seed: int, height: int = HEIGHT) -> np.ndarray:
    """A white page of text-like lines (BGRA): glyphs 8×12 of random dark strokes."""
    rng = np.random.default_rng(seed)
    frame = np.full((height, WIDTH, 4), 255, np.uint8)
    for top in range(4, height - 16, LINE_PX):
        line_end = int(rng.integers(WIDTH // 2, WIDTH - 40))
        x = 40
        while x < line_end:
            word = int(rng.integers(2, 9))
            for _ in range(word):
                glyph = rng.random((12, 8)) < 0.35
                cell = frame[top : top + 12, x : x + 8, :3]
                cell[glyph] = 30
                x += 8
            x += 8
    return frame


def encode_all(
    tmp_path: Path, frames: list[tuple[int, np.ndarray]], force_at: frozenset[int] = frozenset()
) -> list[av.Packet[Any]]:
    """Encode (take_ns, frame) in order; every call must give its packet at once."""
    container = open_take_container(tmp_path / "take.mp4")
    video = VideoEncoder(container, VideoSettings(WIDTH, HEIGHT, 30))
    packets: list[av.Packet[Any]] = []
    for i, (t_ns, frame) in enumerate(frames):
        out = video.encode(frame, t_ns, force_key=i in force_at)
        assert len(out) == 1, f"frame {i} held back"
        packets.extend(out)
    for p in [*packets, *video.flush()]:
        container.mux(p)
    container.close()
    return packets


def test_a_still_screen_is_not_refined_again_and_again(tmp_path: Path) -> None:
    """The heartbeat of an unchanged screen costs next to nothing. With x264's default rate
    control, a frame with little change gets a lower QP than the one before, so every heartbeat
    re-coded the whole page a little better: most of a still screen's bytes went there."""
    text = page(1)
    packets = encode_all(tmp_path, [(i * SECOND_NS // 2, text) for i in range(12)])
    assert packets[0].is_keyframe
    key = packets[0].size
    heartbeats = [p.size for p in packets[1:] if not p.is_keyframe]
    assert len(heartbeats) >= 10
    # The first one or two may still touch up what the keyframe left; then nothing.
    assert sum(heartbeats) < 0.05 * key, (key, heartbeats)
    assert max(heartbeats[2:]) < 0.002 * key, (key, heartbeats)


def test_a_scroll_is_coded_as_motion_not_as_a_new_picture(tmp_path: Path) -> None:
    """One wheel notch (three lines) moves the text further than x264's default motion search
    looks; then the scrolled page is coded almost like a keyframe, at every scroll."""
    tall = page(2, HEIGHT + 3 * LINE_PX)
    before, after = tall[:HEIGHT], tall[3 * LINE_PX :]
    packets = encode_all(tmp_path, [(0, before), (SECOND_NS // 30, np.ascontiguousarray(after))])
    key, scrolled = packets[0].size, packets[1].size
    assert not packets[1].is_keyframe
    # What is left is the three new lines at the bottom (5 % of the page) and their edges.
    assert scrolled < 0.15 * key, (key, scrolled)


def test_keyframes_come_by_take_time_for_seeking(tmp_path: Path) -> None:
    """A seek decodes from the keyframe before it: one comes at least every
    KEYFRAME_INTERVAL_NS of take time however few frames a still screen gives, and at once
    where the recorder asks for one (the first frame after a pause)."""
    base = page(3)
    frames = []
    for i in range(56):  # 28 s, a frame every half second with a small change
        frame = base.copy()
        frame[300:310, 100 + 4 * i : 110 + 4 * i, :3] = 0
        frames.append((i * SECOND_NS // 2, frame))
    packets = encode_all(tmp_path, frames, force_at=frozenset({25}))
    key_ns = [t for (t, _), p in zip(frames, packets, strict=True) if p.is_keyframe]
    assert key_ns[0] == 0
    assert 25 * SECOND_NS // 2 in key_ns
    gaps = np.diff([*key_ns, frames[-1][0]])
    assert max(gaps) <= KEYFRAME_INTERVAL_NS
    assert KEYFRAME_INTERVAL_NS <= 10 * SECOND_NS  # the seek bound docs/engine.md promises
    # Not more keyframes than that: they are most of the bytes of a screen recording.
    assert len(key_ns) <= 2 + frames[-1][0] // KEYFRAME_INTERVAL_NS


def test_colours_are_converted_with_the_matrix_the_file_declares(tmp_path: Path) -> None:
    """The stream says BT.709; the BGRA → YUV conversion must use BT.709 too, or a red pen
    stroke plays as a different red (swscale's default for untagged RGB is BT.601)."""
    red = np.zeros((HEIGHT, WIDTH, 4), np.uint8)
    red[..., 2] = 255
    red[..., 3] = 255
    encode_all(tmp_path, [(0, red)])
    with av.open(str(tmp_path / "take.mp4")) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.colorspace == 1  # BT.709
        frame = next(container.decode(stream))
        y = np.frombuffer(memoryview(frame.planes[0]), np.uint8)
        # BT.709 limited range: Y = 16 + 219 × 0.2126 = 63 (BT.601 would give 81).
        assert abs(int(np.median(y)) - 63) <= 2
        rgb = frame.to_ndarray(format="rgb24")  # converted with the declared matrix
        assert np.abs(rgb[HEIGHT // 2, WIDTH // 2].astype(int) - [255, 0, 0]).max() <= 8


def test_the_stream_is_what_every_browser_plays(tmp_path: Path) -> None:
    encode_all(tmp_path, [(0, page(4)), (SECOND_NS // 30, page(5))])
    with av.open(str(tmp_path / "take.mp4")) as container:
        stream = container.streams.video[0]
        ctx = stream.codec_context
        assert ctx.name == "h264"
        assert ctx.profile == "Main"
        assert ctx.format is not None and ctx.format.name == "yuv420p"
        packets = [p for p in container.demux(stream) if p.dts is not None]
        assert all(p.pts == p.dts for p in packets), "B-frames"


def test_a_keyframe_the_encoder_makes_itself_restarts_the_keyframe_clock(tmp_path: Path) -> None:
    """A whole new page (Page Down, another document) is coded as a keyframe by x264 itself;
    forcing another one a few seconds later would only add the biggest frame there is."""
    first, second = page(6), page(7)
    frames = [(i * SECOND_NS // 10, first if i < 35 else second) for i in range(120)]
    packets = encode_all(tmp_path, frames)
    key_ns = [t for (t, _), p in zip(frames, packets, strict=True) if p.is_keyframe]
    assert key_ns == [0, 35 * SECOND_NS // 10], key_ns  # none at KEYFRAME_INTERVAL_NS


def test_speech_keeps_its_quality_through_the_aac_encoder(tmp_path: Path) -> None:
    """The cheaper AAC coder ("fast") must still carry speech cleanly at the take's bit rate."""

    voice = speech(
        "Her er tilbakemeldingen på oppgaven din, med tre ting du kan gjøre bedre.",
        tmp_path / "s.wav",
    )
    voice = voice.astype(np.float32)
    container = open_take_container(tmp_path / "a.mp4")
    encoder = AudioEncoder(container)
    for start in range(0, len(voice), 4800):  # blocks of 0.1 s, as the audio thread hands them
        for packet in encoder.encode(voice[start : start + 4800]):
            container.mux(packet)
    for packet in encoder.flush():
        container.mux(packet)
    container.close()
    with av.open(str(tmp_path / "a.mp4")) as decoded:
        out = np.concatenate([f.to_ndarray()[0] for f in decoded.decode(audio=0)])
    # The take stores the sound 1024 samples late (finish.py moves it back).
    out = out[1024 : 1024 + len(voice)]
    n = min(len(out), len(voice))
    noise = out[:n] - voice[:n]
    snr_db = 10 * np.log10(np.sum(voice[:n] ** 2) / np.sum(noise**2))
    print(f"speech through AAC: SNR {snr_db:.1f} dB")
    assert snr_db > 30, snr_db


def test_the_encoder_skips_filters_a_screen_does_not_need(tmp_path: Path) -> None:
    """No in-loop deblocking and no weighted prediction (benchmarks/encoder_choice.py: 5 % of
    x264's work per frame on the benchmark session, same size), as x264 records in the stream.
    On a page of small glyphs the deblocking filter only blurs: this keyframe measured 37.0 dB
    PSNR-Y with it and 38.7 dB without, at the same size."""
    first = page(8)
    packets = encode_all(tmp_path, [(0, first), (SECOND_NS // 30, page(9))])
    options = re.search(rb"options: ([ -~]+)", bytes(packets[0]))
    assert options is not None, "x264's settings SEI"
    settings = dict(item.split("=", 1) for item in options.group(1).decode().split(" "))
    assert settings["deblock"].startswith("0:"), settings["deblock"]
    assert settings["weightp"] == "0"
    with av.open(str(tmp_path / "take.mp4")) as container:
        decoded = next(container.decode(video=0))
    source = av.VideoFrame.from_ndarray(first[:, :, :3].copy(), format="bgr24")
    source.colorspace = 1  # BT.709, as VideoEncoder converts
    expected = source.reformat(format="yuv420p", dst_colorspace=1)
    error = luma(decoded) - luma(expected)
    psnr_db = 10 * np.log10(255**2 / np.mean(error**2))
    assert psnr_db >= 38, psnr_db


def luma(frame: av.VideoFrame) -> np.ndarray:
    plane = frame.planes[0]
    rows = np.frombuffer(memoryview(plane), np.uint8).reshape(frame.height, plane.line_size)
    return rows[:, : frame.width].astype(np.float64)
