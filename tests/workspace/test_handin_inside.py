from __future__ import annotations

import shutil
from pathlib import Path

from vidfeedback.export.handin import read_handin
from vidfeedback.workspace.handin_inside import handin_inside

PLAIN = "handins/plain/8B norsk - drøftende tekst"
MOODLE = "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"


def test_the_folder_above_a_hand_in_offers_the_hand_in(
    tmp_path: Path, shared_fixtures: Path
) -> None:
    above = tmp_path / "Downloads"
    inside = Path(shutil.copytree(shared_fixtures / PLAIN, above / "8B norsk - drøftende tekst"))
    (above / "notes.txt").write_text("a teacher's own file", encoding="utf-8")
    assert handin_inside(read_handin(above)) == inside
    # The app's own export folder beside it reads as a "student" too; it is not offered.
    ours = above / "8B norsk - drøftende tekst feedback" / "Kari Nordmann - Feedback"
    ours.mkdir(parents=True)
    (ours / "Feedback.mp4").write_bytes(b"not really")
    assert handin_inside(read_handin(above)) == inside


def test_a_hand_in_itself_is_not_taken_for_the_folder_above(
    tmp_path: Path, shared_fixtures: Path
) -> None:
    plain = Path(shutil.copytree(shared_fixtures / PLAIN, tmp_path / "plain"))
    assert handin_inside(read_handin(plain)) is None
    moodle = Path(shutil.copytree(shared_fixtures / MOODLE, tmp_path / "moodle"))
    assert handin_inside(read_handin(moodle)) is None
    # A student who keeps files in sub-folders but has files of their own at the top: a student.
    student = plain / "Kari Nordmann"
    for name in ("drafts", "final"):
        (student / name).mkdir()
        (student / name / "text.txt").write_text("x", encoding="utf-8")
    assert handin_inside(read_handin(plain)) is None
    # Drafts in sub-folders only: one student of a class, not a class.
    for top in student.iterdir():
        if top.is_file():
            top.unlink()
    assert handin_inside(read_handin(plain)) is None
