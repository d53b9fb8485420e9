"""What the teacher chose for one assignment and expects to find again when it is opened next
time: its grade practice (assignments differ: a formative draft gets none, a final essay a
grade in the LMS), students' names written properly (Canvas's download names a student
"lastfirst") and, for a read-only hand-in, where its feedback goes. Kept in the app's data
folder beside the work state, never in the hand-in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vidfeedback.model import GradePractice, Student

from .json_file import assignment_digest, read_json, write_json_atomic


class AssignmentPrefs:
    def __init__(self, assignments_dir: Path, assignment_root: Path) -> None:
        self.path = assignments_dir / f"{assignment_digest(assignment_root)}.prefs.json"
        data = read_json(self.path)
        self._data: dict[str, Any] = dict(data) if isinstance(data, dict) else {}

    @property
    def grade_practice(self) -> GradePractice | None:
        """None until the teacher chose one for this assignment (the settings' default then)."""
        try:
            return GradePractice(str(self._data.get("grade_practice", "")))
        except ValueError:
            return None

    @grade_practice.setter
    def grade_practice(self, value: GradePractice) -> None:
        if self._data.get("grade_practice") != value.value:
            self._data["grade_practice"] = value.value
            write_json_atomic(self.path, self._data)

    @property
    def feedback_folder(self) -> Path | None:
        """Where this assignment's feedback goes when not beside the hand-in (read-only)."""
        folder = self._data.get("feedback_folder")
        return Path(str(folder)) if folder else None

    @feedback_folder.setter
    def feedback_folder(self, folder: Path) -> None:
        self._data["feedback_folder"] = str(folder)
        write_json_atomic(self.path, self._data)

    @property
    def names(self) -> dict[str, str]:
        """Student key → the name the teacher wrote."""
        names = self._data.get("names")
        return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}

    def set_name(self, key: str, name: str) -> None:
        names = self.names
        names[key] = " ".join(name.split())
        self._data["names"] = names
        write_json_atomic(self.path, self._data)

    def apply_names(self, students: list[Student]) -> None:
        """Show the names the teacher wrote (keys no longer in the hand-in are ignored)."""
        names = self.names
        for student in students:
            if names.get(student.key):
                student.display_name = names[student.key]
