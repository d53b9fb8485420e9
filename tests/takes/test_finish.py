"""write_final_mp4 on real fragmented MP4s made by ffmpeg, checked with ffprobe and the boxes;
and chapters_from_markers, which makes the chapters it embeds."""

from __future__ import annotations

import itertools
import json
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.realstack import decode_problems, ffprobe
from vidfeedback.model import Chapter, Marker, MarkerKind, chapters_from_markers
from vidfeedback.takes.finish import FinishError, read_chapters, write_final_mp4

SOURCE_S = 6
CHAPTERS = [
    Chapter(0, 1500, "Start"),
    Chapter(1500, 4000, "Feed back: Språk & «sitat»"),
    Chapter(4000, 6000, "Feed forward"),
]


def make_fragmented(path: Path, *extra: str) -> Path:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y",
         "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
         "-t", str(SOURCE_S), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-movflags", "frag_keyframe+empty_moov+default_base_moof", *extra, str(path)],
        check=True,
    )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """'single': x264's defaults (B-frames, a GOP longer than the clip, so one fragment);
    'engine': like the recorder's takes: no B-frames, one-second fragments
    (encoding.FRAGMENT_DURATION_US) and here a keyframe every second."""
    folder = tmp_path_factory.mktemp("sources")
    return {
        "single": make_fragmented(folder / "single.mp4"),
        "engine": make_fragmented(
            folder / "engine.mp4", "-bf", "0", "-g", "30", "-frag_duration", "1000000"
        ),
    }


@pytest.fixture
def source(sources: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy of the single-fragment source."""
    return Path(shutil.copy(sources["single"], tmp_path / "take.mp4"))


@pytest.fixture(scope="module")
def finished(sources: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("finished") / "final.mp4"
    write_final_mp4(sources["single"], dest, CHAPTERS, metadata={"title": "Maja Lind"})
    return dest


# --- MP4 boxes ---------------------------------------------------------------------------

Box = tuple[str, bytes]  # type, payload


def iter_boxes(data: bytes) -> Iterator[Box]:
    off = 0
    while off + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[off : off + 8])
        header = 8
        if size == 1:
            (size,) = struct.unpack(">Q", data[off + 8 : off + 16])
            header = 16
        elif size == 0:
            size = len(data) - off
        assert size >= header, "corrupt box"
        yield kind.decode("latin-1"), data[off + header : off + size]
        off += size


def child(payload: bytes, kind: str) -> bytes | None:
    return next((p for k, p in iter_boxes(payload) if k == kind), None)


def children(payload: bytes, kind: str) -> list[bytes]:
    return [p for k, p in iter_boxes(payload) if k == kind]


def top_level(path: Path) -> list[str]:
    return [k for k, _ in iter_boxes(path.read_bytes())]


def moov(path: Path) -> bytes:
    box = child(path.read_bytes(), "moov")
    assert box is not None
    return box


def track_id(trak: bytes) -> int:
    tkhd = child(trak, "tkhd")
    assert tkhd is not None
    offset = 4 + (16 if tkhd[0] == 1 else 8)  # version/flags, creation and modification times
    value: int = struct.unpack(">I", tkhd[offset : offset + 4])[0]
    return value


def handler(trak: bytes) -> str:
    mdia = child(trak, "mdia")
    assert mdia is not None
    hdlr = child(mdia, "hdlr")
    assert hdlr is not None
    return hdlr[8:12].decode("latin-1")  # version/flags, pre_defined, handler_type


def nero_chapters(path: Path) -> list[tuple[int, str]]:
    """(start in ms, title) from moov/udta/chpl."""
    udta = child(moov(path), "udta")
    assert udta is not None, "no udta box"
    chpl = child(udta, "chpl")
    assert chpl is not None, "no chpl box"
    assert chpl[0] == 1  # version 1: a reserved word follows the flags
    count = chpl[8]
    pos = 9
    result = []
    for _ in range(count):
        (start_100ns,) = struct.unpack(">Q", chpl[pos : pos + 8])
        length = chpl[pos + 8]
        title = chpl[pos + 9 : pos + 9 + length].decode("utf-8")
        result.append((start_100ns // 10_000, title))
        pos += 9 + length
    return result


def probe(path: Path) -> dict[str, Any]:
    return ffprobe(path)


def duration_s(path: Path) -> float:
    return float(probe(path)["format"]["duration"])


def streams_of(path: Path, kind: str) -> list[dict[str, Any]]:
    return [s for s in probe(path)["streams"] if s["codec_type"] == kind]


def packet_times(path: Path, stream: str) -> list[float]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", stream, "-show_entries", "packet=pts_time",
         "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return sorted(float(p["pts_time"]) for p in json.loads(out.stdout)["packets"])


def decodes_cleanly(path: Path) -> None:
    assert decode_problems(path) == ""


# --- the final file ----------------------------------------------------------------------


def test_source_is_fragmented_without_chapters(sources: dict[str, Path]) -> None:
    """Guard for the tests below: the source has fragments and no chapters of its own."""
    for path in sources.values():
        kinds = top_level(path)
        assert "moof" in kinds
        assert probe(path)["chapters"] == []
    assert top_level(sources["engine"]).count("moof") >= SOURCE_S


def test_chapters_read_back_by_ffprobe(finished: Path) -> None:
    chapters = probe(finished)["chapters"]
    assert [c["tags"]["title"] for c in chapters] == [c.title for c in CHAPTERS]
    assert [round(float(c["start_time"]) * 1000) for c in chapters] == [0, 1500, 4000]
    assert [round(float(c["end_time"]) * 1000) for c in chapters] == [1500, 4000, 6000]


def test_chapters_read_back_by_read_chapters(finished: Path) -> None:
    assert read_chapters(finished) == CHAPTERS


def test_nero_chpl_box(finished: Path) -> None:
    assert nero_chapters(finished) == [(c.start_ms, c.title) for c in CHAPTERS]


def test_quicktime_chapter_track(finished: Path) -> None:
    traks = children(moov(finished), "trak")
    text = [t for t in traks if handler(t) == "text"]
    assert len(text) == 1, "no (or more than one) chapter text track"
    video = next(t for t in traks if handler(t) == "vide")
    tref = child(video, "tref")
    assert tref is not None, "the video track has no tref"
    chap = child(tref, "chap")
    assert chap is not None, "the video track has no chap reference"
    assert track_id(text[0]) in struct.unpack(f">{len(chap) // 4}I", chap)
    data_streams = streams_of(finished, "data")
    assert [s.get("codec_tag_string") for s in data_streams] == ["text"]
    # Every title is stored twice: in a chapter-track sample and in the chpl box.
    data = finished.read_bytes()
    for c in CHAPTERS:
        assert data.count(c.title.encode("utf-8")) >= 2, c.title


def test_moov_before_mdat(finished: Path) -> None:
    kinds = top_level(finished)
    assert "moof" not in kinds  # no longer fragmented
    assert kinds.index("moov") < kinds.index("mdat")


def test_streams_are_copied_not_reencoded(finished: Path, sources: dict[str, Path]) -> None:
    video = streams_of(finished, "video")
    audio = streams_of(finished, "audio")
    assert len(video) == len(audio) == 1
    src_video = streams_of(sources["single"], "video")[0]
    assert video[0]["codec_name"] == "h264"
    assert video[0]["profile"] == src_video["profile"]
    assert int(video[0]["nb_frames"]) == SOURCE_S * 30
    assert audio[0]["codec_name"] == "aac"
    assert duration_s(finished) == pytest.approx(SOURCE_S, abs=0.1)
    assert probe(finished)["format"]["tags"]["title"] == "Maja Lind"
    decodes_cleanly(finished)


def test_refuses_to_overwrite(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "final.mp4"
    dest.write_bytes(b"the teacher's earlier video")
    with pytest.raises(FileExistsError):
        write_final_mp4(source, dest, CHAPTERS)
    assert dest.read_bytes() == b"the teacher's earlier video"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["final.mp4", "take.mp4"]


def test_unreadable_source_raises_finish_error_and_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "take.mp4"
    source.write_bytes(b"not a video at all" * 100)
    dest = tmp_path / "final.mp4"
    with pytest.raises(FinishError):
        write_final_mp4(source, dest, CHAPTERS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["take.mp4"]


def test_progress_is_reported_up_to_one(source: Path, tmp_path: Path) -> None:
    seen: list[float] = []
    write_final_mp4(source, tmp_path / "final.mp4", CHAPTERS, progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert all(0.0 <= p <= 1.0 for p in seen)
    assert len(seen) >= 3


@pytest.mark.parametrize("kind", ["engine", "single"])
def test_cuts_drop_a_stretch_and_shift_the_rest(
    sources: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    dest = tmp_path / "final.mp4"
    chapters = [Chapter(0, 1000, "Start"), Chapter(1000, 4000, "After the cut")]
    write_final_mp4(sources[kind], dest, chapters, cuts_ms=[(1000, 3000)])
    assert duration_s(dest) == pytest.approx(SOURCE_S - 2, abs=0.15)
    video = packet_times(dest, "v")
    assert len(video) == pytest.approx((SOURCE_S - 2) * 30, abs=1)
    # No hole where the cut was: frames follow each other at 30 fps (a frame more or less at
    # the cut; the first frame the fragmented source itself shows for 55 ms).
    gaps = [b - a for a, b in itertools.pairwise(video[1:])]
    assert max(gaps) < 0.1
    assert video[-1] == pytest.approx(SOURCE_S - 2 - 1 / 30, abs=0.1)
    audio = packet_times(dest, "a")
    assert max(b - a for a, b in itertools.pairwise(audio)) < 0.1
    assert audio[-1] == pytest.approx(SOURCE_S - 2, abs=0.1)
    assert read_chapters(dest) == chapters


def test_two_cuts_add_up(sources: dict[str, Path], tmp_path: Path) -> None:
    dest = tmp_path / "final.mp4"
    write_final_mp4(sources["engine"], dest, CHAPTERS[:1], cuts_ms=[(4000, 5000), (500, 1500)])
    assert duration_s(dest) == pytest.approx(SOURCE_S - 2, abs=0.15)


def torn(source: Path, folder: Path) -> Path:
    data = source.read_bytes()
    path = folder / "torn.mp4"
    path.write_bytes(data[: int(len(data) * 0.7)])  # killed: the last ~30 % never written
    return path


def decoded_video_frames(path: Path) -> int:
    out = subprocess.run(
        ["ffprobe", "-v", "quiet", "-count_frames", "-select_streams", "v",
         "-show_entries", "stream=nb_read_frames", "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(json.loads(out.stdout)["streams"][0]["nb_read_frames"])


@pytest.mark.parametrize("kind", ["single", "engine"])
def test_truncated_source_still_gives_a_playable_file(
    sources: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    dest = tmp_path / "final.mp4"
    write_final_mp4(torn(sources[kind], tmp_path), dest, [Chapter(0, 1000, "Start")])
    kinds = top_level(dest)
    assert kinds.index("moov") < kinds.index("mdat")
    assert 0.5 < duration_s(dest) < SOURCE_S
    assert len(streams_of(dest, "video")) == 1
    assert decoded_video_frames(dest) >= 30
    assert [c["tags"]["title"] for c in probe(dest)["chapters"]] == ["Start"]


def test_truncated_engine_take_keeps_what_was_written(
    sources: dict[str, Path], tmp_path: Path
) -> None:
    """With one-second fragments, a 70 % file keeps sound and picture up to its torn fragment."""
    dest = tmp_path / "final.mp4"
    write_final_mp4(torn(sources["engine"], tmp_path), dest, [])
    assert len(streams_of(dest, "audio")) == 1
    assert 3.0 <= packet_times(dest, "v")[-1] < 5.0
    assert 3.0 <= packet_times(dest, "a")[-1] < 5.0


def test_the_torn_engine_take_ends_in_a_cut_short_packet(
    sources: dict[str, Path], tmp_path: Path
) -> None:
    """Guard for the next test: the 70 % cut falls inside a packet, which FFmpeg flags."""
    import av

    with av.open(str(torn(sources["engine"], tmp_path))) as container:
        packets = [p for p in container.demux() if p.dts is not None]
    assert packets[-1].is_corrupt
    assert not any(p.is_corrupt for p in packets[:-1])


def test_a_torn_last_packet_is_not_copied(sources: dict[str, Path], tmp_path: Path) -> None:
    dest = tmp_path / "final.mp4"
    write_final_mp4(torn(sources["engine"], tmp_path), dest, [])
    decodes_cleanly(dest)


# --- chapters_from_markers ---------------------------------------------------------------


def test_no_markers_no_chapters() -> None:
    assert chapters_from_markers([], 6000) == []


def test_chapters_end_at_the_next_marker() -> None:
    markers = [
        Marker(MarkerKind.FEED_UP, 0),
        Marker(MarkerKind.FEED_BACK, 1500, "c1", "Argumentasjon"),
        Marker(MarkerKind.FEED_FORWARD, 3200),
    ]
    assert chapters_from_markers(markers, 6000) == [
        Chapter(0, 1500, "Feed up"),
        Chapter(1500, 3200, "Feed back: Argumentasjon"),
        Chapter(3200, 6000, "Feed forward"),
    ]


def test_lead_chapter_when_the_first_marker_is_later() -> None:
    markers = [Marker(MarkerKind.FEED_BACK, 2000)]
    assert chapters_from_markers(markers, 6000) == [
        Chapter(0, 2000, "Start"),
        Chapter(2000, 6000, "Feed back"),
    ]
    assert chapters_from_markers(markers, 6000, lead_title="Innledning")[0] == Chapter(
        0, 2000, "Innledning"
    )


def test_markers_are_sorted_and_titles_follow_the_sorted_order() -> None:
    markers = [Marker(MarkerKind.FEED_FORWARD, 4000), Marker(MarkerKind.FEED_UP, 1000)]
    chapters = chapters_from_markers(markers, 5000, titles=["Mål", "Veien videre"])
    assert chapters == [
        Chapter(0, 1000, "Start"),
        Chapter(1000, 4000, "Mål"),
        Chapter(4000, 5000, "Veien videre"),
    ]


def test_titles_must_match_the_markers() -> None:
    with pytest.raises(ValueError, match="one title per marker"):
        chapters_from_markers([Marker(MarkerKind.FEED_UP, 0)], 1000, titles=["a", "b"])


def test_chapters_are_clamped_to_the_duration() -> None:
    markers = [
        Marker(MarkerKind.FEED_UP, -50),  # stamped a hair before the start
        Marker(MarkerKind.FEED_BACK, 4000),
        Marker(MarkerKind.FEED_FORWARD, 7000),  # after the end (the stop, or a cut)
    ]
    chapters = chapters_from_markers(markers, 5000)
    assert chapters == [
        Chapter(0, 4000, "Feed up"),  # no lead chapter: the first marker is at the start
        Chapter(4000, 5000, "Feed back"),
        Chapter(5000, 5000, "Feed forward"),
    ]
    assert all(0 <= c.start_ms <= c.end_ms <= 5000 for c in chapters)


def test_chapters_cover_the_video_without_gaps() -> None:
    markers = [Marker(MarkerKind.FEED_BACK, t) for t in (700, 700, 2500, 4999)]
    chapters = chapters_from_markers(markers, 5000)
    assert chapters[0].start_ms == 0
    assert chapters[-1].end_ms == 5000
    for a, b in itertools.pairwise(chapters):
        assert a.end_ms == b.start_ms


def test_chapters_from_markers_survive_the_final_file(source: Path, tmp_path: Path) -> None:
    markers = [Marker(MarkerKind.FEED_BACK, 2000, None, "Kilder"), Marker(MarkerKind.FEED_UP, 4500)]
    chapters = chapters_from_markers(markers, SOURCE_S * 1000)
    dest = tmp_path / "final.mp4"
    write_final_mp4(source, dest, chapters)
    assert read_chapters(dest) == chapters
    assert nero_chapters(dest) == [(0, "Start"), (2000, "Feed back: Kilder"), (4500, "Feed up")]


def test_the_decode_check_sees_damage(sources: dict[str, Path], tmp_path: Path) -> None:
    """decodes_cleanly() must be able to fail: the same file with its picture data scrambled."""
    dest = tmp_path / "final.mp4"
    write_final_mp4(sources["engine"], dest, [])
    data = bytearray(dest.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4000] = bytes(range(256)) * 15 + bytes(160)
    damaged = tmp_path / "damaged.mp4"
    damaged.write_bytes(bytes(data))
    assert decode_problems(damaged) != ""
