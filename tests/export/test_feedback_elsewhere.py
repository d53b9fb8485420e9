"""A read-only hand-in: the feedback goes to a folder the teacher chose for the assignment."""

from __future__ import annotations

import shutil
from pathlib import Path

from vidfeedback.export.destinations import DestinationKind, export_root_for
from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.package import export_feedback_package
from vidfeedback.lms.returns import find_packages
from vidfeedback.model import Marker, MarkerKind

from .conftest import TAKE_DURATION_MS, remount_read_only

PLAIN = "handins/plain/8B norsk - drøftende tekst"
MOODLE = "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"


def _listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_feedback_for_a_read_only_hand_in_goes_where_the_teacher_chose(
    take: Path, mountable_fs: Path, shared_fixtures: Path, tmp_path: Path
) -> None:
    plain = Path(shutil.copytree(shared_fixtures / PLAIN, mountable_fs / "8B norsk"))
    moodle = Path(shutil.copytree(shared_fixtures / MOODLE, mountable_fs / "moodle"))
    remount_read_only(mountable_fs)
    before = _listing(mountable_fs)
    chosen = tmp_path / "Feedback 8B"
    chosen.mkdir()
    markers = [Marker(MarkerKind.FEED_UP, 0)]

    handin = read_handin(plain)
    kari = find_student(handin, "Kari")
    result = export_feedback_package(
        take, handin, kari, markers, TAKE_DURATION_MS, export_root=chosen
    )
    assert result.destination.kind is DestinationKind.EXPORT_FOLDER
    assert result.video == chosen / "Kari Nordmann - Feedback.mp4"
    assert all(p.is_file() and p.parent == chosen for p in result.files)

    # Moodle: the tree its "upload multiple feedback files in a zip" wants, in the chosen place.
    handin = read_handin(moodle)
    ola = find_student(handin, "Ola")
    result = export_feedback_package(
        take, handin, ola, markers, TAKE_DURATION_MS, export_root=chosen
    )
    assert result.destination.folder == chosen / "Ola Ødegård_1040212_assignfeedback_file"
    assert result.video.is_file()
    assert _listing(mountable_fs) == before  # the hand-ins are as they were


def test_the_return_view_finds_feedback_in_the_chosen_folder(
    take: Path, mountable_fs: Path, shared_fixtures: Path, tmp_path: Path
) -> None:
    """The hand-in carries the chosen folder: exports go there without being told, and the
    packages to return (and their ledger) are looked for there."""
    plain = Path(shutil.copytree(shared_fixtures / PLAIN, mountable_fs / "8B norsk"))
    remount_read_only(mountable_fs)
    chosen = tmp_path / "Feedback 8B"
    chosen.mkdir()
    handin = read_handin(plain)
    handin.feedback_root = chosen
    kari = find_student(handin, "Kari")
    result = export_feedback_package(
        take, handin, kari, [Marker(MarkerKind.FEED_UP, 0)], TAKE_DURATION_MS
    )
    assert result.video.parent == chosen
    assert export_root_for(handin) == chosen
    packages = find_packages(handin)
    assert list(packages) == [kari.key]
    assert packages[kari.key].video == result.video
