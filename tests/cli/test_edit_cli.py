"""`vidfeedback edit`, run as the real program on a synthesized take with a markers file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.realstack import decode_problems, ffprobe
from support.synthetic_take import TakeSpec, make_take
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.finish import read_chapters
from vidfeedback.takes.layout import markers_path
from vidfeedback.takes.markers_file import read_markers_sidecar, write_markers_sidecar

MARKERS = [
    Marker(MarkerKind.FEED_UP, 2_000),
    Marker(MarkerKind.FEED_BACK, 9_000, "c1", "Kilder"),  # inside the cut below
    Marker(MarkerKind.FEED_FORWARD, 16_000),
]


def vidfeedback(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "vidfeedback", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def take(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = make_take(
        tmp_path_factory.mktemp("edit_cli") / "take.mp4",
        TakeSpec(20, markers=MARKERS, flashes_s=[12.5]),
    )
    write_markers_sidecar(path, MARKERS, 20_000, [5_000, 12_000])
    return path


def test_edit_writes_the_trimmed_and_cut_take_with_its_markers(take: Path, tmp_path: Path) -> None:
    out = tmp_path / "edited.mp4"
    done = vidfeedback(
        "edit", take, "--out", out, "--trim-start", "1", "--trim-end", "2.5",
        "--cut", "8-10.25", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["duration_ms"] == 20_000 - 1_000 - 2_500 - 2_250
    assert report["kept_ms"] == [[1_000, 8_000], [10_250, 17_500]]
    assert report["dropped_markers"] == [{"kind": "feed_back", "t_ms": 9_000}]
    assert "the chapter 'Feed back: Kilder' at 9.0 s was cut away" in done.stderr
    assert decode_problems(out) == ""
    assert float(ffprobe(out)["format"]["duration"]) == pytest.approx(14.25, abs=1 / 30)
    timeline = read_markers_sidecar(out)
    assert timeline is not None
    assert [(m.kind, m.t_ms) for m in timeline.markers] == [
        (MarkerKind.FEED_UP, 1_000),
        (MarkerKind.FEED_FORWARD, 16_000 - 1_000 - 2_250),
    ]
    assert timeline.pauses_ms == [4_000, 12_000 - 1_000 - 2_250]
    assert [c.start_ms for c in read_chapters(out)] == [0, 1_000, 12_750]


def test_bad_input_changes_nothing(take: Path, tmp_path: Path) -> None:
    before = sorted(os.listdir(take.parent))
    existing = tmp_path / "mine.mp4"
    existing.write_bytes(b"keep me")
    cases: list[tuple[list[str | Path], str]] = [
        (["--out", existing], "exists"),
        (["--out", tmp_path / "x.mp4", "--cut", "5-3"], "ends before it starts"),
        (["--out", tmp_path / "x.mp4", "--cut", "15-25"], "not inside the take"),
        (["--out", tmp_path / "x.mp4", "--trim-start", "12", "--trim-end", "9"], "nothing"),
        (["--out", tmp_path / "x.txt"], ".mp4"),
        (["--out", tmp_path / "x.mp4", "--trim-start", "-3"], "0 or more"),
    ]
    for extra, words in cases:
        done = vidfeedback("edit", take, *extra)
        assert done.returncode == 2, (extra, done.stderr)
        assert words in done.stderr, (extra, done.stderr)
    assert existing.read_bytes() == b"keep me"
    assert sorted(os.listdir(tmp_path)) == ["mine.mp4"]
    assert sorted(os.listdir(take.parent)) == before


def test_an_existing_markers_file_for_the_output_is_not_replaced(
    take: Path, tmp_path: Path
) -> None:
    out = tmp_path / "edited.mp4"
    markers_path(out).write_text("the teacher's own notes")
    done = vidfeedback("edit", take, "--out", out, "--trim-start", "1")
    assert done.returncode == 2
    assert markers_path(out).read_text() == "the teacher's own notes"
    assert not out.exists()
