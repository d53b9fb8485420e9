"""Hand-ins with exported feedback packages, made by the real export code, for the LMS tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.package import export_feedback_package
from vidfeedback.model import GradePractice, HandinFolder, Marker, MarkerKind

CANVAS_HANDIN = "canvas/nor1234-argumenterende_tekst_submissions"
MOODLE_HANDIN = "moodle-4.1/NOR1234-Argumenterende tekst-5521"


def copy_handin(shared_fixtures: Path, relative: str, dest_root: Path) -> Path:
    src = shared_fixtures / "handins" / relative
    dest = dest_root / "downloads" / Path(relative).name
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, dest)
    return dest


def export_for(
    handin: HandinFolder,
    take: Path,
    student: str,
    *,
    grade: str | None = None,
    practice: GradePractice = GradePractice.NO_GRADE,
    note: str | None = "Good structure; work on the sources.",
) -> None:
    export_feedback_package(
        take,
        handin,
        find_student(handin, student),
        [Marker(MarkerKind.FEED_BACK, 500, None, "Sources")],
        duration_ms=6000,
        lang="nb",
        grade=grade,
        note=note,
        grade_practice=practice,
    )


def exported_canvas(shared_fixtures: Path, take: Path, dest_root: Path) -> HandinFolder:
    """Canvas hand-in; Kari (48213) with a grade for the LMS, Ola (48214) without a grade."""
    folder = copy_handin(shared_fixtures, CANVAS_HANDIN, dest_root)
    handin = read_handin(folder)
    export_for(handin, take, "48213", grade="5", practice=GradePractice.LMS_ONLY)
    export_for(handin, take, "48214", grade="4", practice=GradePractice.NO_GRADE)
    return read_handin(folder)


def exported_moodle(shared_fixtures: Path, take: Path, dest_root: Path) -> HandinFolder:
    folder = copy_handin(shared_fixtures, MOODLE_HANDIN, dest_root)
    handin = read_handin(folder)
    export_for(handin, take, "1040211", grade="5", practice=GradePractice.LMS_ONLY)
    export_for(handin, take, "1040212", practice=GradePractice.NO_GRADE)
    return read_handin(folder)
