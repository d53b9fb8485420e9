"""Continuing a finished take from its last pause: the join of the earlier final file's head and a
new recording, by stream copy. The takes are made with the engine's own encoders and muxer
settings (encoding.py), so the packets look exactly like a real take's; the pictures and sounds
are synthetic so that every check can be exact."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from support.realstack import decode_audio, decode_problems, ffprobe, video_frame_times
from vidfeedback.errors import ErrorCode
from vidfeedback.model import Marker, MarkerKind, chapters_from_markers
from vidfeedback.recording.encoding import (
    AudioEncoder,
    Muxer,
    VideoEncoder,
    VideoSettings,
    open_take_container,
)
from vidfeedback.takes.continuation import ContinueError, ContinueFrom, JoinPlan, plan_join
from vidfeedback.takes.finalize import Joined
from vidfeedback.takes.finish import Head, JoinError, read_chapters, write_final_mp4
from vidfeedback.takes.format import AAC_PRIMING_SAMPLES
from vidfeedback.takes.journal import Journal, pause_points, write_json_atomic
from vidfeedback.takes.layout import INFO_NAME, MEDIA_NAME, take_dir_for
from vidfeedback.takes.markers_file import read_markers_sidecar, write_markers_sidecar
from vidfeedback.takes.recovery import recover_take

RATE = 48_000
FPS = 30
SIZE = (320, 240)


@dataclass(frozen=True)
class Segment:
    """A stretch of a take between a start/resume and a pause/stop (pauses take no time)."""

    seconds: float
    brightness: int  # the whole picture's grey level
    freq_hz: float
    amplitude: float = 0.3
    flash_at_s: float | None = None  # a white picture and a loud beep at this segment time


def make_take(path: Path, segments: list[Segment], size: tuple[int, int] = SIZE) -> Path:
    """A fragmented MP4 as the recorder writes it: variable-rate H.264 with a keyframe at each
    resume, AAC with the sample count as its clock."""
    container = open_take_container(path)
    video = VideoEncoder(container, VideoSettings(size[0], size[1], FPS))
    audio = AudioEncoder(container)
    packets: list[av.Packet[Any]] = []
    frame = np.zeros((size[1], size[0], 4), np.uint8)
    start_s = 0.0
    phase = 0
    for seg in segments:
        for i in range(round(seg.seconds * FPS)):
            t = i / FPS
            flash = seg.flash_at_s is not None and seg.flash_at_s <= t < seg.flash_at_s + 0.1
            frame[:] = 250 if flash else seg.brightness
            packets += video.encode(frame, round((start_s + t) * 1e9), force_key=i == 0)
        n = round(seg.seconds * RATE)
        idx = np.arange(phase, phase + n)
        samples = seg.amplitude * np.sin(2 * np.pi * seg.freq_hz * idx / RATE)
        if seg.flash_at_s is not None:
            a = round(seg.flash_at_s * RATE)
            samples[a : a + RATE // 10] = 0.8 * np.sin(
                2 * np.pi * 1000 * np.arange(RATE // 10) / RATE
            )
        phase += n
        packets += audio.encode(samples.astype(np.float32))
        start_s += seg.seconds
    packets += video.flush() + audio.flush()
    packets.sort(key=lambda p: _time_s(p.dts, p.time_base))
    muxer = Muxer(container)  # the engine's: it gives each picture its real duration
    muxer.add_producer()
    muxer.start()
    for p in packets:
        muxer.packets.put(p)
    muxer.producer_done()
    muxer.join()
    assert muxer.error is None, muxer.error
    return path


def _time_s(stamp: int | None, time_base: Fraction | None) -> Fraction:
    assert stamp is not None and time_base is not None
    return stamp * time_base


def finished_take(
    folder: Path,
    name: str,
    segments: list[Segment],
    markers: list[Marker],
    size: tuple[int, int] = SIZE,
) -> Path:
    """A take as stop() leaves it: the final MP4 and its markers file with the pause points."""
    media = make_take(folder / f"{name}.media.mp4", segments, size)
    final = folder / f"{name}.mp4"
    duration_ms = round(sum(s.seconds for s in segments) * 1000)
    write_final_mp4(media, final, chapters_from_markers(markers, duration_ms))
    resumes = np.cumsum([round(s.seconds * 1000) for s in segments])[:-1].tolist()
    write_markers_sidecar(final, markers, duration_ms, pause_points(resumes, [], duration_ms))
    return final


def decodes_cleanly(path: Path) -> None:
    assert decode_problems(path) == ""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tone_level(samples: np.ndarray, freq_hz: float) -> float:
    """Amplitude of one frequency in a stretch of sound (a single DFT bin, Hann window)."""
    if len(samples) == 0:
        return 0.0
    window = np.hanning(len(samples))
    phasor = np.exp(-2j * np.pi * freq_hz * np.arange(len(samples)) / RATE)
    return float(2 * abs(np.sum(samples * window * phasor)) / np.sum(window))


def flash_times(path: Path) -> tuple[float, float]:
    """(first white picture, first loud sample) in seconds, as a player decodes the file."""
    pictures = [t for t, grey in video_frame_times(path) if grey.mean() > 200]
    sound = decode_audio(path)
    loud = np.flatnonzero(np.abs(sound) > 0.6)
    assert pictures and len(loud), "no flash found"
    return pictures[0], loud[0] / RATE


# The earlier take: 2 s, a pause, 1.5 s more (which the teacher wants to redo).
BEFORE = Segment(2.0, 60, 440)
REDO = Segment(1.5, 180, 880)
# The new recording: 2.5 s with a flash and beep at 1.0 s for the sync check.
NEW = Segment(2.5, 120, 660, flash_at_s=1.0)
HEAD_MARKERS = [
    Marker(MarkerKind.FEED_UP, 400, "c1", "Thesis"),
    Marker(MarkerKind.FEED_BACK, 2600, None, "dropped: after the pause"),
]
NEW_MARKERS = [Marker(MarkerKind.FEED_FORWARD, 1200, "c2", "Sources")]


@pytest.fixture(scope="module")
def takes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("continue")
    head = finished_take(folder, "earlier", [BEFORE, REDO], HEAD_MARKERS)
    alone = finished_take(folder, "alone", [NEW], NEW_MARKERS)
    return {"head": head, "new": make_take(folder / "new.media.mp4", [NEW]), "alone": alone}


@pytest.fixture(scope="module")
def joined(
    takes: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, JoinPlan]:
    plan = plan_join(ContinueFrom(takes["head"], 2000))
    dest = tmp_path_factory.mktemp("joined") / "joined.mp4"
    new_ms = round(NEW.seconds * 1000)
    markers = plan.result_markers(NEW_MARKERS)
    write_final_mp4(
        takes["new"],
        dest,
        chapters_from_markers(markers, plan.kept_ms + new_ms),
        head=plan.head_piece,
    )
    return dest, plan


def test_the_take_remembers_its_pause() -> None:
    assert pause_points([2000], [], 3500) == [2000]
    # A resume right after a discarded stretch continues where that stretch began.
    assert pause_points([1000, 3000], [(1000, 3000)], 4000) == [1000]
    assert pause_points([], [], 3000) == []


def test_join_point_is_a_sound_frame_boundary_just_before_the_pause(
    takes: dict[str, Path], joined: tuple[Path, JoinPlan]
) -> None:
    _dest, plan = joined
    assert read_markers_sidecar(takes["head"]).pauses_ms == [2000]  # type: ignore[union-attr]
    # The join is the last sound frame boundary before the pause: at most one frame (21.3 ms)
    # of what came before the pause is given up.
    assert Fraction(2) - Fraction(1024, RATE) < plan.join_s <= Fraction(2)
    assert (plan.join_s * RATE).denominator == 1
    assert plan.markers == [HEAD_MARKERS[0]]  # kept as they were; after the pause: dropped
    assert plan.pauses_ms == []
    assert JoinPlan.from_json(json.loads(json.dumps(plan.to_json()))) == plan


def test_joined_file_is_head_plus_new_part_and_decodes_cleanly(
    takes: dict[str, Path], joined: tuple[Path, JoinPlan]
) -> None:
    dest, plan = joined
    decodes_cleanly(dest)
    alone = ffprobe(takes["alone"])
    probe = ffprobe(dest)
    growth = float(probe["format"]["duration"]) - float(alone["format"]["duration"])
    assert growth == pytest.approx(float(plan.join_s), abs=0.002)
    chapters = read_chapters(dest)
    new_at = plan.kept_ms + NEW_MARKERS[0].t_ms
    assert [(c.start_ms, c.title) for c in chapters] == [
        (0, "Start"),
        (400, "Feed up: Thesis"),
        (new_at, "Feed forward: Sources"),
    ]
    # Stream copy: the same codec set-up (one sample description per track), no re-encoding.
    with av.open(str(dest)) as a, av.open(str(takes["head"])) as b:
        for sa, sb in zip(a.streams.video, b.streams.video, strict=True):
            assert sa.codec_context.extradata == sb.codec_context.extradata
        for ta, tb in zip(a.streams.audio, b.streams.audio, strict=True):
            assert ta.codec_context.extradata == tb.codec_context.extradata


def test_pictures_after_the_pause_are_gone_and_the_new_part_starts_on_a_keyframe(
    joined: tuple[Path, JoinPlan],
) -> None:
    dest, plan = joined
    frames = video_frame_times(dest)
    join_s = float(plan.join_s)
    before = [g.mean() for t, g in frames if t < join_s - 0.0005]
    after = [g.mean() for t, g in frames if t >= join_s - 0.0005]
    assert all(abs(level - BEFORE.brightness) < 3 for level in before)
    assert abs(after[0] - NEW.brightness) < 3
    assert not any(abs(g.mean() - REDO.brightness) < 10 for _t, g in frames)
    with av.open(str(dest)) as container:
        stream = container.streams.video[0]
        first_new = next(
            p
            for p in container.demux(stream)
            if p.pts is not None and _time_s(p.pts, stream.time_base) >= plan.join_s
        )
    assert first_new.is_keyframe
    first_s = float(_time_s(first_new.pts, stream.time_base))
    assert first_s == pytest.approx(float(plan.join_s), abs=1e-4)


def test_sound_after_the_pause_is_gone_and_the_join_has_no_click_or_gap(
    takes: dict[str, Path], joined: tuple[Path, JoinPlan]
) -> None:
    dest, plan = joined
    sound = decode_audio(dest)
    j = int(plan.join_s * RATE)
    d = AAC_PRIMING_SAMPLES
    head, fade, new = sound[: j - d], sound[j - d : j], sound[j : j + RATE // 2]
    assert tone_level(head[-RATE // 2 :], 440) == pytest.approx(BEFORE.amplitude, rel=0.1)
    assert tone_level(new, 660) == pytest.approx(NEW.amplitude, rel=0.1)
    assert tone_level(sound[: j + 2 * d], 880) < 0.01  # nothing of the discarded part
    # The new part decodes exactly as it does in a file of its own: the join adds nothing to it.
    alone = decode_audio(takes["alone"])
    assert np.abs(new - alone[: len(new)]).max() < 0.002
    # No click: the head's sound fades out over one sound frame (21 ms, the slot of the new
    # part's priming), no step steeper than the tone itself, and no dip before the new sound.
    steepest_head = 2 * np.pi * 440 * BEFORE.amplitude / RATE
    assert np.abs(np.diff(sound[j - 3 * d : j + 1])).max() < 2 * steepest_head
    rms = [float(np.sqrt(np.mean(np.square(fade[i : i + d // 8])))) for i in range(0, d, d // 8)]
    assert rms[0] > 0.8 * BEFORE.amplitude / np.sqrt(2)
    assert all(a >= b - 0.02 for a, b in itertools.pairwise(rms))  # a fade, not a dip
    assert np.sqrt(np.mean(np.square(new[: d // 4]))) > 0.5 * NEW.amplitude / np.sqrt(2)


def test_sound_and_picture_of_the_new_part_stay_in_sync(
    takes: dict[str, Path], joined: tuple[Path, JoinPlan]
) -> None:
    dest, plan = joined
    picture_alone, sound_alone = flash_times(takes["alone"])
    picture, sound = flash_times(dest)
    # The new part keeps exactly the picture-sound relation it has in a file of its own ...
    assert sound - picture == pytest.approx(sound_alone - picture_alone, abs=0.001)
    # ... and everything in it moved by the join point.
    assert picture - picture_alone == pytest.approx(float(plan.join_s), abs=0.001)


def test_the_earlier_file_is_untouched(takes: dict[str, Path], tmp_path: Path) -> None:
    before = sha256(takes["head"])
    plan = plan_join(ContinueFrom(takes["head"], 2000))
    write_final_mp4(takes["new"], tmp_path / "x.mp4", [], head=plan.head_piece)
    assert sha256(takes["head"]) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.mp4"]  # no temporary file left


def test_a_different_picture_size_is_refused_before_anything_is_written(
    takes: dict[str, Path], tmp_path: Path
) -> None:
    other = make_take(tmp_path / "big.media.mp4", [NEW], size=(640, 480))
    dest = tmp_path / "joined.mp4"
    with pytest.raises(JoinError) as info:
        write_final_mp4(other, dest, [], head=Head(takes["head"], Fraction(2)))
    assert info.value.code is ErrorCode.CONTINUE_NOT_JOINED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.media.mp4"]


def test_plan_refuses_a_missing_take_and_a_take_without_pause(
    tmp_path: Path, takes: dict[str, Path]
) -> None:
    with pytest.raises(ContinueError) as info:
        plan_join(ContinueFrom(tmp_path / "gone.mp4", 1000))
    assert info.value.code is ErrorCode.CONTINUE_SOURCE_MISSING
    assert info.value.params["path"] == str(tmp_path / "gone.mp4")
    with pytest.raises(ContinueError):
        plan_join(ContinueFrom(takes["head"], 0))


def test_markers_edited_in_the_review_are_the_ones_kept(takes: dict[str, Path]) -> None:
    edited = [Marker(MarkerKind.FEED_BACK, 1900, "c1", "Renamed in the review")]
    plan = plan_join(ContinueFrom(takes["head"], 2000, edited))
    assert plan.markers == edited
    assert plan.result_pauses([500]) == [plan.kept_ms, plan.kept_ms + 500]


def _killed_continuation(folder: Path, head: Path) -> Path:
    """A continuation's take folder as a kill leaves it: the media cut in the middle of a
    fragment, the journal, and take.json with the join plan."""
    out = folder / "continued.mp4"
    take_dir = take_dir_for(out)
    take_dir.mkdir()
    plan = plan_join(ContinueFrom(head, 2000))
    write_json_atomic(
        take_dir / INFO_NAME, {"version": 1, "out_path": str(out), "continues": plan.to_json()}
    )
    media = make_take(take_dir / MEDIA_NAME, [NEW])
    data = media.read_bytes()
    media.write_bytes(data[: int(len(data) * 0.8)])
    journal = Journal(take_dir)
    journal.append("start")
    journal.marker(NEW_MARKERS[0])
    return take_dir


def test_a_killed_continuation_is_recovered_joined(takes: dict[str, Path], tmp_path: Path) -> None:
    head = Path(shutil.copy(takes["head"], tmp_path / "earlier.mp4"))
    shutil.copy(takes["head"].with_name("earlier.markers.json"), tmp_path)
    take_dir = _killed_continuation(tmp_path, head)
    result = recover_take(take_dir)
    path, duration_ms, markers = result.path, result.duration_ms, result.markers
    assert result.joined is Joined.JOINED
    plan = plan_join(ContinueFrom(head, 2000))
    assert path == tmp_path / "continued.mp4"
    assert not take_dir.exists()
    decodes_cleanly(path)
    assert [m.t_ms for m in markers] == [400, plan.kept_ms + 1200]
    assert plan.kept_ms + 1000 < duration_ms < plan.kept_ms + 2500
    assert float(ffprobe(path)["format"]["duration"]) * 1000 == pytest.approx(duration_ms, abs=80)
    assert read_markers_sidecar(path).pauses_ms == [plan.kept_ms]  # type: ignore[union-attr]


def test_a_killed_continuation_whose_head_is_gone_keeps_the_new_part(
    takes: dict[str, Path], tmp_path: Path
) -> None:
    head = Path(shutil.copy(takes["head"], tmp_path / "earlier.mp4"))
    take_dir = _killed_continuation(tmp_path, head)
    head.unlink()
    result = recover_take(take_dir)
    path, duration_ms, markers = result.path, result.duration_ms, result.markers
    assert result.joined is Joined.NOT_A_CONTINUATION  # the head is gone: nothing to join to
    decodes_cleanly(path)
    assert [m.t_ms for m in markers] == [1200]
    assert 1000 < duration_ms < 2500


def repeat_take(source: Path, dest: Path, times: int) -> Path:
    """A long take in little time: the packets of a short one, copied again and again later on
    (the short one starts with a keyframe, so every copy decodes)."""
    with av.open(str(source)) as src:
        assert src.duration is not None
        length_s = Fraction(src.duration, av.time_base)
        media = [s for s in src.streams if s.type in ("video", "audio")]
        packets = [
            (p.stream.type, bytes(p), p.dts * p.time_base, p.duration, p.time_base, p.is_keyframe)
            for p in src.demux(media)
            if p.dts is not None and p.time_base is not None
        ]
        out = open_take_container(dest)
        streams = {s.type: out.add_stream_from_template(s) for s in media}
        last: dict[str, Fraction] = {}
        for k in range(times):
            for kind, data, t0, duration, tb, key in packets:
                t = t0 + k * length_s
                if t <= last.get(kind, Fraction(-1)):
                    continue  # the sound of one copy overlaps the next by a frame
                last[kind] = t
                copy = av.Packet(data)
                copy.time_base = tb
                copy.pts = copy.dts = round(t / tb)
                copy.duration = duration
                copy.is_keyframe = key
                copy.stream = streams[kind]
                out.mux(copy)
        out.close()
    return dest


def test_join_of_a_ten_minute_take_is_quick(tmp_path: Path) -> None:
    """The finish must stay about a second for ten minutes: the join copies, never re-encodes."""
    ten_s = make_take(tmp_path / "ten.media.mp4", [Segment(10, 40, 300)])
    media = repeat_take(ten_s, tmp_path / "long.media.mp4", 60)
    head = tmp_path / "long.mp4"
    write_final_mp4(media, head, [])
    write_markers_sidecar(head, [], 600_000, [300_000, 590_000])
    new = make_take(tmp_path / "new.media.mp4", [Segment(5, 150, 700)])
    started = time.perf_counter()
    plan = plan_join(ContinueFrom(head, 590_000))
    write_final_mp4(new, tmp_path / "joined.mp4", [], head=plan.head_piece)
    elapsed_s = time.perf_counter() - started
    assert elapsed_s < 2.0, elapsed_s
    duration_s = float(ffprobe(tmp_path / "joined.mp4")["format"]["duration"])
    assert duration_s == pytest.approx(float(plan.join_s) + 5, abs=0.1)
