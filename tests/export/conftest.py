"""Fixtures for the export tests: a real short take, copies of the shared hand-ins, and real
read-only and full file systems (mounts, since root ignores permission bits)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TAKE_DURATION_MS = 6000
TAKE_MARKERS = {
    "version": 1,
    "duration_ms": TAKE_DURATION_MS,
    "markers": [
        {"kind": "feed_up", "t_ms": 0, "criterion_id": "problemstilling", "label": None},
        {"kind": "feed_back", "t_ms": 1500, "criterion_id": "argumentasjon", "label": None},
        {"kind": "feed_forward", "t_ms": 3200, "criterion_id": "kildebruk", "label": None},
        {"kind": "feed_back", "t_ms": 4700, "criterion_id": None, "label": "Språk & <tegn>"},
    ],
}


def make_take(path: Path, duration_s: float = 6, size: str = "320x240") -> Path:
    """A short H.264/AAC MP4 like the engine's, made by the real ffmpeg."""
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y",
         "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
         "-t", str(duration_s), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-movflags", "+faststart", str(path)],
        check=True,
    )  # fmt: skip
    return path


@pytest.fixture(scope="session")
def take_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("take")
    make_take(folder / "take.mp4")
    (folder / "take.markers.json").write_text(json.dumps(TAKE_MARKERS), encoding="utf-8")
    return folder


@pytest.fixture
def take(take_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the take and its markers file, so a test may change either."""
    folder = tmp_path / "recording"
    folder.mkdir()
    shutil.copy(take_dir / "take.mp4", folder / "take.mp4")
    shutil.copy(take_dir / "take.markers.json", folder / "take.markers.json")
    return folder / "take.mp4"


@pytest.fixture
def handin_copy(shared_fixtures: Path, tmp_path: Path) -> Callable[[str], Path]:
    """copy("moodle-4.1/NOR1234-...") -> a writable copy of that fixture path."""

    def copy(relative: str) -> Path:
        src = shared_fixtures / "handins" / relative
        dest = tmp_path / "downloads" / Path(relative).name
        dest.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dest)
        else:
            shutil.copy2(src, dest)
        return dest

    return copy


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextlib.contextmanager
def tmpfs(size: str) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a real tmpfs (chmod does not stop root)")
    where = Path(f"/tmp/vf-mnt-{uuid.uuid4().hex[:8]}")
    where.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where))
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)
        where.rmdir()


def remount_read_only(where: Path) -> None:
    _mount("-o", "remount,ro", str(where))


@pytest.fixture
def small_fs() -> Iterator[Path]:
    """A real 1 MB file system: big enough for a hand-in, too small for a video."""
    with tmpfs("1m") as where:
        yield where


@pytest.fixture
def mountable_fs() -> Iterator[Path]:
    """A real tmpfs the test fills and then remounts read-only."""
    with tmpfs("8m") as where:
        yield where
