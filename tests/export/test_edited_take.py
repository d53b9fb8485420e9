"""The edited take, written from a ten-minute take synthesized with the engine's own encoders
(support/synthetic_take.py): cut in the middle and trimmed at both ends, it must decode cleanly,
last exactly what was kept, keep a flash and its beep together, move its chapters, and consist
mostly of the take's own packets, byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import av
import numpy as np
import pytest

from support.realstack import decode_audio, decode_problems, ffprobe, video_frame_times
from support.synthetic_take import BEEP_HZ, SAMPLE_RATE_HZ, TakeSpec, make_take
from vidfeedback.errors import ErrorCode
from vidfeedback.export.edited_take import write_edited_take
from vidfeedback.model import Chapter, Marker, MarkerKind
from vidfeedback.takes.edit import EditError, EditPlan
from vidfeedback.takes.finish import read_chapters

pytestmark = pytest.mark.slow

TAKE_S = 600
FLASH_S = 400.0  # after the cut
MARKERS = [
    Marker(MarkerKind.FEED_UP, 5_000),
    Marker(MarkerKind.FEED_BACK, 150_000),  # inside the cut: dropped
    Marker(MarkerKind.FEED_BACK, 200_000),
    Marker(MarkerKind.FEED_FORWARD, 450_000),
]
# Neither end of a cut on a keyframe (every 10 s) nor on a sound frame (1024 samples).
TRIM_START_MS = 3_217
TRIM_END_MS = 4_111
CUTS_MS = [(120_370, 185_910), (300_555, 301_203)]
FRAME_S = 1 / 30


@pytest.fixture(scope="session")
def ten_minute_take(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ten_minutes")
    return make_take(
        folder / "take.mp4",
        TakeSpec(TAKE_S, frame_interval_ms=250, flashes_s=[FLASH_S], markers=MARKERS),
    )


@pytest.fixture(scope="session")
def edited(ten_minute_take: Path) -> tuple[Path, EditPlan, list[Chapter], list[Chapter]]:
    plan = EditPlan.build(TAKE_S * 1000, TRIM_START_MS, TRIM_END_MS, CUTS_MS)
    dest = ten_minute_take.with_name("edited.mp4")
    result = write_edited_take(ten_minute_take, dest, plan, read_chapters(ten_minute_take))
    return dest, plan, result.chapters, result.dropped_chapters


def _removed_before_ms(t_ms: int) -> int:
    removed = TRIM_START_MS
    return removed + sum(b - a for a, b in CUTS_MS if b <= t_ms)


def test_the_edited_take_decodes_cleanly_and_lasts_what_was_kept(
    edited: tuple[Path, EditPlan, list[Chapter], list[Chapter]],
) -> None:
    path, plan, _, _ = edited
    assert decode_problems(path) == ""
    expected_s = TAKE_S - (TRIM_START_MS + TRIM_END_MS + sum(b - a for a, b in CUTS_MS)) / 1000
    assert plan.result_ms / 1000 == pytest.approx(expected_s)
    info = ffprobe(path)
    for stream in info["streams"]:
        if stream["codec_type"] in ("video", "audio"):
            assert float(stream["duration"]) == pytest.approx(expected_s, abs=FRAME_S)
    assert float(info["format"]["duration"]) == pytest.approx(expected_s, abs=FRAME_S)


def test_a_flash_and_its_beep_after_the_cut_stay_together(
    edited: tuple[Path, EditPlan, list[Chapter], list[Chapter]],
) -> None:
    path, _, _, _ = edited
    expected_s = FLASH_S - _removed_before_ms(round(FLASH_S * 1000)) / 1000
    flash_s = next(t for t, grey in video_frame_times(path) if grey.mean() > 240)
    sound = decode_audio(path)
    # The beep's start: where a 1 kHz band (a short Goertzel-like window) first rises.
    lo = int((expected_s - 1) * SAMPLE_RATE_HZ)
    window = sound[lo : lo + 2 * SAMPLE_RATE_HZ]
    t = np.arange(len(window)) / SAMPLE_RATE_HZ
    band = window * np.exp(-2j * np.pi * BEEP_HZ * t)
    n = SAMPLE_RATE_HZ // 1000 * 4  # 4 ms
    energy = np.abs(np.convolve(band, np.ones(n) / n, mode="same"))
    beep_s = (lo + int(np.argmax(energy > 0.5 * energy.max()))) / SAMPLE_RATE_HZ
    assert flash_s == pytest.approx(expected_s, abs=FRAME_S)
    assert beep_s == pytest.approx(expected_s, abs=0.005)
    assert abs(flash_s - beep_s) <= FRAME_S


def test_chapters_moved_with_the_cuts_and_the_cut_one_was_dropped(
    edited: tuple[Path, EditPlan, list[Chapter], list[Chapter]],
) -> None:
    path, plan, chapters, dropped = edited
    assert [c.title for c in dropped] == ["Feed back"]
    assert dropped[0].start_ms == 150_000
    starts = {c.title: c.start_ms for c in read_chapters(path)}
    assert starts["Start"] == 0
    assert starts["Feed up"] == 5_000 - TRIM_START_MS
    assert starts["Feed back"] == 200_000 - _removed_before_ms(200_000)
    assert starts["Feed forward"] == 450_000 - _removed_before_ms(450_000)
    assert read_chapters(path) == chapters
    assert chapters[-1].end_ms == plan.result_ms


def _packet_hashes(path: Path) -> list[bytes]:
    with av.open(str(path)) as container:
        return [
            hashlib.sha1(bytes(p)).digest()
            for p in container.demux(container.streams.video[0])
            if p.size
        ]


def test_most_video_packets_are_the_takes_own_bytes(
    ten_minute_take: Path, edited: tuple[Path, EditPlan, list[Chapter], list[Chapter]]
) -> None:
    path, _, _, _ = edited
    original = set(_packet_hashes(ten_minute_take))
    result = _packet_hashes(path)
    copied = sum(h in original for h in result)
    # Four kept-range heads are re-encoded, each at most to the next keyframe (10 s apart).
    assert copied / len(result) > 0.9
    assert len(result) - copied <= 4 * 10 * 4 + 4  # 4 pictures a second here


def test_an_existing_output_is_never_replaced(ten_minute_take: Path, tmp_path: Path) -> None:
    dest = tmp_path / "mine.mp4"
    dest.write_bytes(b"the teacher's own file")
    plan = EditPlan.build(TAKE_S * 1000, trim_start_ms=1_000)
    with pytest.raises(EditError) as caught:
        write_edited_take(ten_minute_take, dest, plan, [])
    assert caught.value.code is ErrorCode.OUTPUT_EXISTS
    assert dest.read_bytes() == b"the teacher's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.mp4"]


def test_a_take_from_another_encoder_is_refused(tmp_path: Path) -> None:
    import subprocess

    other = tmp_path / "other.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30",
         "-t", "3", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(other)],
        check=True,
    )  # fmt: skip
    plan = EditPlan.build(3_000, trim_start_ms=500)
    with pytest.raises(EditError) as caught:
        write_edited_take(other, tmp_path / "out.mp4", plan, [])
    assert caught.value.code is ErrorCode.EDIT_NOT_COPYABLE
    assert not (tmp_path / "out.mp4").exists()
