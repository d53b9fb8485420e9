"""A real read-only file system and a real full one: a clear message and nothing lost."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.package import export_feedback_package
from vidfeedback.export.safe_write import ExportError, write_new_bytes
from vidfeedback.model import Marker, MarkerKind

from .conftest import TAKE_DURATION_MS, remount_read_only


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    } | {str(p.relative_to(root)) + "/": b"" for p in root.rglob("*") if p.is_dir()}


def test_read_only_destination(take: Path, mountable_fs: Path, shared_fixtures: Path) -> None:
    plain = mountable_fs / "8B norsk"
    shutil.copytree(shared_fixtures / "handins/plain/8B norsk - drøftende tekst", plain)
    moodle = mountable_fs / "NOR1234-Argumenterende tekst-5521.zip"
    shutil.copy(
        shared_fixtures / "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521.zip", moodle
    )
    remount_read_only(mountable_fs)
    before = snapshot(mountable_fs)
    with pytest.raises(OSError):  # the mount really is read-only, even for root
        (mountable_fs / "probe").write_bytes(b"x")

    handin = read_handin(plain)
    kari = find_student(handin, "Kari")
    with pytest.raises(ExportError, match="read-only"):
        export_feedback_package(take, handin, kari, [Marker(MarkerKind.FEED_UP, 0)],
                                TAKE_DURATION_MS)  # fmt: skip
    # Listing a zip on a read-only medium works; unpacking it says why it cannot.
    listed = read_handin(moodle, extract=False)
    assert len(listed.students) == 5
    with pytest.raises(ExportError, match="read-only"):
        read_handin(moodle)
    assert snapshot(mountable_fs) == before


def test_full_disk_before_the_export(take: Path, small_fs: Path, shared_fixtures: Path) -> None:
    plain = small_fs / "8B norsk"
    shutil.copytree(shared_fixtures / "handins/plain/8B norsk - drøftende tekst", plain)
    before = snapshot(small_fs)
    handin = read_handin(plain)
    with pytest.raises(ExportError, match="Not enough free space"):
        export_feedback_package(take, handin, find_student(handin, "Ola"),
                                [Marker(MarkerKind.FEED_UP, 0)], TAKE_DURATION_MS)  # fmt: skip
    assert snapshot(small_fs) == before


def test_disk_fills_up_during_the_export(
    take: Path, mountable_fs: Path, shared_fixtures: Path
) -> None:
    moodle = mountable_fs / "NOR1234-Essay-882"
    shutil.copytree(shared_fixtures / "handins/moodle-flat/NOR1234-Essay-882", moodle)
    before = snapshot(mountable_fs)
    handin = read_handin(moodle)
    filler = mountable_fs / "someone else's big file"

    def another_program_fills_the_disk(_fraction: float) -> None:
        if not filler.exists():
            with open(filler, "wb") as fh, contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()

    with pytest.raises(ExportError, match="disk is full"):
        export_feedback_package(
            take, handin, find_student(handin, "Kari"), [Marker(MarkerKind.FEED_UP, 0)],
            TAKE_DURATION_MS, progress=another_program_fills_the_disk,
        )  # fmt: skip
    assert filler.exists()
    filler.unlink()
    # The half-written video, the feedback folder it made: all gone; the hand-in untouched.
    assert snapshot(mountable_fs) == before


def test_atomic_write_leaves_nothing_on_a_full_disk(small_fs: Path) -> None:
    free = shutil.disk_usage(small_fs).free
    dest = small_fs / "Tilbakemelding.txt"
    with pytest.raises(OSError) as info:
        write_new_bytes(dest, b"x" * (free + 100_000))
    assert info.value.errno == 28
    assert os.listdir(small_fs) == []
