"""The UI's doorway to the back end's hand-in, rubric and export code (vidfeedback.export).

Kept in one module so the screens do not care how the export package spells things.
"""

from __future__ import annotations

from pathlib import Path

from vidfeedback.export.handin import read_handin
from vidfeedback.export.package import ExportResult, export_feedback_package
from vidfeedback.export.rubric_csv import RubricError, load_rubric_csv
from vidfeedback.export.rubric_file import default_rubric_path, load_rubric, save_rubric
from vidfeedback.export.safe_write import ExportError
from vidfeedback.model import HandinFolder, Rubric

__all__ = [
    "ExportError",
    "ExportResult",
    "RubricImportError",
    "export_feedback_package",
    "import_rubric_csv",
    "load_assignment_rubric",
    "read_handin",
    "save_assignment_rubric",
]


class RubricImportError(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def import_rubric_csv(path: Path) -> Rubric:
    """A rubric from a CSV as Excel or Sheets saves it; errors carry the line number."""
    try:
        return load_rubric_csv(path)
    except RubricError as exc:
        raise RubricImportError(exc.reason, exc.line) from exc


def load_assignment_rubric(handin: HandinFolder) -> Rubric | None:
    path = default_rubric_path(handin)
    if not path.is_file():
        return None
    try:
        return load_rubric(path)
    except RubricError:
        return None  # a broken rubric file is left alone; the teacher can import or type again


def save_assignment_rubric(handin: HandinFolder, rubric: Rubric) -> Path:
    path = default_rubric_path(handin)
    save_rubric(rubric, path)
    return path
