"""Opening the folder above a hand-in by mistake (the folder the browser downloaded into, say):
read as a hand-in of its own, each sub-folder is one "student" holding the whole class, and the
app's own export folder beside the hand-in ("… feedback") shows up as a student too. Seen from
here, the hand-in inside can be offered instead."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from vidfeedback.export.destinations import EXPORT_ROOT_SUFFIX
from vidfeedback.model import HandinFolder, HandinLayout, Student

# A "student" whose files lie in at least this many folders of its own looks like a class,
# when no "student" beside it has files of its own at the top (then the opened folder is a
# class, and that one a student who keeps drafts in sub-folders). Only ever a question.
MIN_NESTED_FOLDERS = 2


def _nested_folders(student: Student) -> set[str] | None:
    """The sub-folders of the student's folder that hold its files; None when a file lies in
    the student's folder itself (a student's own folder, not a class)."""
    folders: set[str] = set()
    for sub in student.submissions:
        parts = PurePosixPath(sub.relative_path).parts
        if len(parts) < 3:  # <student folder>/<file>
            return None
        folders.add(parts[1])
    return folders


def handin_inside(handin: HandinFolder) -> Path | None:
    """The hand-in folder inside the one that was opened, when that one is the folder above a
    hand-in; None otherwise. With several, the one the app exported from before, else the
    first by name."""
    if handin.layout is not HandinLayout.PLAIN_FOLDERS or handin.source.is_file():
        return None
    real = [
        s for s in handin.students if not (s.folder and s.folder.name.endswith(EXPORT_ROOT_SUFFIX))
    ]
    if any(_nested_folders(s) is None for s in real):
        return None  # someone with files of their own: these are students
    candidates: list[Path] = []
    exported_from: list[Path] = []
    for student in handin.students:
        folder = student.folder
        if folder is None or folder.name.endswith(EXPORT_ROOT_SUFFIX):
            continue
        ours_beside = folder.with_name(folder.name + EXPORT_ROOT_SUFFIX).is_dir()
        nested = _nested_folders(student)
        if ours_beside and nested is not None:
            exported_from.append(folder)
        elif nested is not None and len(nested) >= MIN_NESTED_FOLDERS:
            candidates.append(folder)
    found = sorted(exported_from) or sorted(candidates)
    return found[0] if found else None
