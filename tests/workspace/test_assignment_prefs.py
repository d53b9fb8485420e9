from __future__ import annotations

from pathlib import Path

from vidfeedback.model import GradePractice, Student
from vidfeedback.workspace.assignment_prefs import AssignmentPrefs


def test_the_grade_practice_is_kept_per_assignment(tmp_path: Path) -> None:
    draft, final = tmp_path / "draft", tmp_path / "final"
    draft.mkdir()
    final.mkdir()
    prefs = AssignmentPrefs(tmp_path / "a", final)
    assert prefs.grade_practice is None  # not chosen yet: the settings' default applies
    prefs.grade_practice = GradePractice.LMS_ONLY
    assert AssignmentPrefs(tmp_path / "a", final).grade_practice is GradePractice.LMS_ONLY
    assert AssignmentPrefs(tmp_path / "a", draft).grade_practice is None
    prefs.path.write_text('{"grade_practice": "shouted"}', encoding="utf-8")
    assert AssignmentPrefs(tmp_path / "a", final).grade_practice is None
    prefs.path.write_text("[1, 2", encoding="utf-8")
    assert AssignmentPrefs(tmp_path / "a", final).grade_practice is None


def test_corrected_names_are_kept_and_applied(tmp_path: Path) -> None:
    root = tmp_path / "canvas"
    root.mkdir()
    prefs = AssignmentPrefs(tmp_path / "a", root)
    prefs.grade_practice = GradePractice.IN_VIDEO
    prefs.set_name("4711", "  Kari   Nordmann ")
    again = AssignmentPrefs(tmp_path / "a", root)
    assert again.names == {"4711": "Kari Nordmann"}
    assert again.grade_practice is GradePractice.IN_VIDEO  # one file, both kept
    students = [Student("nordmannkari", "4711"), Student("hansenola", "4712")]
    again.apply_names(students)
    assert [s.display_name for s in students] == ["Kari Nordmann", "hansenola"]
