"""Opening an assignment: a hand-in folder or an LMS zip, its students and its rubric.

The parsing of LMS layouts and rubric files belongs to vidfeedback.export; this module adds what
the UI needs around it (the demo, the rubric that goes with the folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vidfeedback.export.safe_write import ExportError
from vidfeedback.model import HandinFolder, Rubric, Student
from vidfeedback.workspace import backend


class AssignmentError(Exception):
    """Raised with a message meant for the teacher."""


@dataclass
class Assignment:
    handin: HandinFolder
    rubric: Rubric
    is_demo: bool = False

    @property
    def title(self) -> str:
        name = self.handin.assignment_name or self.handin.root.name
        return f"{self.handin.course} – {name}" if self.handin.course else name

    @property
    def root(self) -> Path:
        return self.handin.root

    @property
    def opened_from(self) -> Path:
        return self.handin.source

    @property
    def students(self) -> list[Student]:
        return self.handin.students

    def student(self, key: str) -> Student | None:
        return self.handin.student(key)


def load_assignment(path: Path, *, is_demo: bool = False) -> Assignment:
    """Blocking (a zip is unpacked beside itself): call from a worker thread."""
    try:
        handin = backend.read_handin(path)
    except ExportError as exc:
        raise AssignmentError(str(exc)) from exc
    rubric = backend.load_assignment_rubric(handin) or Rubric(title=handin.assignment_name)
    return Assignment(handin, rubric, is_demo)
