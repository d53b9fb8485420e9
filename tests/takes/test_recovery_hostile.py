"""Recovering takes that a kill or a broken journal left in a bad state: nothing lost that a
kill does not cost, nothing crashes, and the name is never blocked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from export.conftest import tmpfs
from support.realstack import ffprobe
from vidfeedback.errors import ErrorCode
from vidfeedback.model import Marker, MarkerKind, chapters_from_markers
from vidfeedback.takes.finish import write_final_mp4
from vidfeedback.takes.journal import Journal, write_json_atomic
from vidfeedback.takes.layout import (
    INFO_NAME,
    JOURNAL_NAME,
    MEDIA_NAME,
    markers_path,
    name_is_free,
    take_dir_for,
)
from vidfeedback.takes.markers_file import read_markers_sidecar
from vidfeedback.takes.recovery import LAST_CHAPTER_MIN_MS, RecoveryError, recover_take

SOURCE_S = 4


@pytest.fixture(scope="module")
def fragmented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A take's media as the engine writes it: fragmented MP4, half-second fragments."""
    path = tmp_path_factory.mktemp("media") / "media.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y",
         "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
         "-t", str(SOURCE_S), "-c:v", "libx264", "-bf", "0", "-g", "30", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-movflags", "empty_moov+default_base_moof",
         "-frag_duration", "500000", str(path)],
        check=True,
    )  # fmt: skip
    return path


def killed_take(folder: Path, media: Path, name: str = "take.mp4", keep: float = 1.0) -> Path:
    out = folder / name
    take_dir = take_dir_for(out)
    take_dir.mkdir()
    write_json_atomic(take_dir / INFO_NAME, {"version": 1, "out_path": str(out)})
    data = media.read_bytes()
    (take_dir / MEDIA_NAME).write_bytes(data[: int(len(data) * keep)])
    return take_dir


def header_only(media: Path) -> bytes:
    """The file as it is before its first fragment reaches the disk."""
    data = media.read_bytes()
    return data[: data.index(b"moof") - 4]


def test_bad_journal_lines_are_skipped_and_named(fragmented: Path, tmp_path: Path) -> None:
    take_dir = killed_take(tmp_path, fragmented)
    lines = [
        {"event": "marker", "kind": "feed_up", "t_ms": 500, "criterion_id": None, "label": None},
        {"event": "marker", "kind": "feed_sideways", "t_ms": 700},  # unknown kind
        {"event": "marker", "kind": "feed_back"},  # no t_ms
        ["not", "an", "event"],
        {"event": "discard", "from_ms": "soon"},
        {"event": "marker", "kind": "feed_forward", "t_ms": 1500, "label": "Neste gang"},
    ]
    text = "\n".join(json.dumps(x) for x in lines) + '\n{"event": "mar'  # torn by the kill
    (take_dir / JOURNAL_NAME).write_text(text, encoding="utf-8")
    final = recover_take(take_dir)
    assert [(m.kind, m.t_ms) for m in final.markers] == [
        (MarkerKind.FEED_UP, 500),
        (MarkerKind.FEED_FORWARD, 1500),
    ]
    assert final.journal_lines_skipped == (2, 3, 4, 5, 7)
    assert not take_dir.exists()


def test_a_marker_pressed_just_before_the_kill_is_moved_into_the_video(
    fragmented: Path, tmp_path: Path
) -> None:
    take_dir = killed_take(tmp_path, fragmented, keep=0.6)
    journal = Journal(take_dir)
    journal.marker(Marker(MarkerKind.FEED_UP, 300))
    journal.marker(Marker(MarkerKind.FEED_BACK, SOURCE_S * 1000 - 100))  # past what was kept
    final = recover_take(take_dir)
    assert final.markers_clamped == 1
    last = max(m.t_ms for m in final.markers)
    assert last == final.duration_ms - LAST_CHAPTER_MIN_MS
    chapters = ffprobe(final.path)["chapters"]
    assert len(chapters) == 3  # the lead chapter, then the two markers
    end_s, start_s = float(chapters[-1]["end_time"]), float(chapters[-1]["start_time"])
    assert end_s - start_s == pytest.approx(LAST_CHAPTER_MIN_MS / 1000, abs=0.01)


def test_an_existing_markers_file_gets_a_free_name_not_a_failure(
    fragmented: Path, tmp_path: Path
) -> None:
    take_dir = killed_take(tmp_path, fragmented)
    Journal(take_dir).marker(Marker(MarkerKind.FEED_UP, 300))
    stray = markers_path(tmp_path / "take.mp4")
    stray.write_text("the teacher's own file", encoding="utf-8")
    final = recover_take(take_dir)
    assert final.path == tmp_path / "take (recovered 2).mp4"
    assert stray.read_text(encoding="utf-8") == "the teacher's own file"
    assert read_markers_sidecar(final.path) is not None
    assert not take_dir.exists()  # finished once: nothing left for a rerun to duplicate
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["take.markers.json", "take (recovered 2).mp4", "take (recovered 2).markers.json"]
    )


def test_killed_in_its_first_second_frees_the_name(fragmented: Path, tmp_path: Path) -> None:
    take_dir = killed_take(tmp_path, fragmented)
    (take_dir / MEDIA_NAME).write_bytes(header_only(fragmented))
    Journal(take_dir).marker(Marker(MarkerKind.FEED_UP, 400))
    with pytest.raises(RecoveryError, match=r"nothing was recorded.*1 marker") as caught:
        recover_take(take_dir)
    assert caught.value.code is ErrorCode.NOTHING_RECORDED
    assert name_is_free(tmp_path / "take.mp4")


def test_a_large_unreadable_recording_is_kept(fragmented: Path, tmp_path: Path) -> None:
    take_dir = killed_take(tmp_path, fragmented)
    garbage = header_only(fragmented) + bytes(range(256)) * 8000  # 2 MB that is no fragment
    (take_dir / MEDIA_NAME).write_bytes(garbage)
    with pytest.raises(RecoveryError, match="cannot be played") as caught:
        recover_take(take_dir)
    assert caught.value.code is ErrorCode.RECOVERY_EMPTY
    assert (take_dir / MEDIA_NAME).read_bytes() == garbage


def recover_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vidfeedback", "recover", *map(str, args)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_recover_says_what_to_do_when_it_cannot_write(fragmented: Path, tmp_path: Path) -> None:
    take_dir = killed_take(tmp_path, fragmented)
    missing = recover_cli(take_dir, "--out", tmp_path / "gone" / "x.mp4")
    assert missing.returncode == 2
    assert "does not exist; give --out a path in a folder that does" in missing.stderr
    gone_later = tmp_path / "moved"
    write_json_atomic(take_dir / INFO_NAME, {"version": 1, "out_path": str(gone_later / "x.mp4")})
    run = recover_cli(take_dir)
    assert run.returncode == 1, run.stderr
    assert "give --out a path in a folder that does" in run.stderr
    assert "Errno" not in run.stderr and "Traceback" not in run.stderr
    assert (take_dir / MEDIA_NAME).exists()  # the take is kept
    done = recover_cli(take_dir, "--out", tmp_path / "x.mp4")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"] == str(tmp_path / "x.mp4")


def test_recover_onto_a_full_disk_says_to_choose_another(fragmented: Path, tmp_path: Path) -> None:
    take_dir = killed_take(tmp_path, fragmented)
    with tmpfs("64k") as small:
        run = recover_cli(take_dir, "--out", small / "x.mp4")
        assert run.returncode == 1, run.stderr
        assert (
            "the disk is full" in run.stderr and "give --out a path on another disk" in run.stderr
        )
        assert "Errno" not in run.stderr and "Traceback" not in run.stderr
        assert list(small.iterdir()) == []  # no half-written file left there
    assert (take_dir / MEDIA_NAME).exists()  # the take is kept


def finished_by_a_killed_finish(fragmented: Path, folder: Path) -> tuple[Path, Path]:
    """A take folder whose finish was killed after the video got its name: the journal has
    the stop, the video is there, its markers file is not."""
    take_dir = killed_take(folder, fragmented)
    journal = Journal(take_dir)
    journal.marker(Marker(MarkerKind.FEED_UP, 600))
    journal.append("stop", t_ms=SOURCE_S * 1000)
    final = folder / "take.mp4"
    write_final_mp4(take_dir / MEDIA_NAME, final, chapters_from_markers([], SOURCE_S * 1000), {})
    return take_dir, final


def test_a_finish_killed_before_the_markers_file_gives_no_second_video(
    fragmented: Path, tmp_path: Path
) -> None:
    take_dir, final = finished_by_a_killed_finish(fragmented, tmp_path)
    before = final.read_bytes()
    result = recover_take(take_dir)
    assert result.path == final and final.read_bytes() == before
    assert [m.t_ms for m in result.markers] == [600]
    assert read_markers_sidecar(final) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["take.markers.json", "take.mp4"]


def test_a_finish_killed_while_removing_its_folder_is_completed(
    fragmented: Path, tmp_path: Path
) -> None:
    take_dir, final = finished_by_a_killed_finish(fragmented, tmp_path)
    recover_take(take_dir)
    take_dir.mkdir()  # what a kill in the middle of removing the folder leaves
    (take_dir / JOURNAL_NAME).write_text('{"event": "stop", "t_ms": 4000}\n', encoding="utf-8")
    result = recover_take(take_dir)
    assert result.path == final and [m.t_ms for m in result.markers] == [600]
    assert not take_dir.exists() and name_is_free(tmp_path / "next.mp4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["take.markers.json", "take.mp4"]
