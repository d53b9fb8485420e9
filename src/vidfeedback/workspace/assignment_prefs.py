"""What the teacher chose for one assignment and expects to find again when it is opened next
time: its grade practice (assignments differ: a formative draft gets none, a final essay a
grade in the LMS). Kept in the app's data folder beside the work state."""

from __future__ import annotations

from pathlib import Path

from vidfeedback.model import GradePractice

from .json_file import assignment_digest, read_json, write_json_atomic


class AssignmentPrefs:
    def __init__(self, assignments_dir: Path, assignment_root: Path) -> None:
        self.path = assignments_dir / f"{assignment_digest(assignment_root)}.prefs.json"
        data = read_json(self.path)
        self._data: dict[str, str] = (
            {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        )

    @property
    def grade_practice(self) -> GradePractice | None:
        """None until the teacher chose one for this assignment (the settings' default then)."""
        try:
            return GradePractice(self._data.get("grade_practice", ""))
        except ValueError:
            return None

    @grade_practice.setter
    def grade_practice(self, value: GradePractice) -> None:
        if self._data.get("grade_practice") != value.value:
            self._data["grade_practice"] = value.value
            write_json_atomic(self.path, self._data)
