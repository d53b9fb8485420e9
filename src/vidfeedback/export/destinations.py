"""Where each platform wants a student's feedback files (see lms.md and docs/export.md)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path

from vidfeedback.errors import ErrorCode
from vidfeedback.export.labels import text
from vidfeedback.export.safe_write import ExportError, nfc, safe_component
from vidfeedback.model import HandinFolder, HandinLayout, Student

EXPORT_ROOT_SUFFIX = " feedback"
MOODLE_FEEDBACK_FOLDER = re.compile(r"^(?P<name>[^_]*)_(?P<id>\d+)_assignfeedback_file$")


class DestinationKind(enum.Enum):
    MOODLE_TREE = "moodle_tree"  # <export root>/<Name>_<id>_assignfeedback_file/
    CANVAS_FOLDER = "canvas_folder"  # <export root>/<Name> (<user id>) - Feedback.*
    STUDENT_FOLDER = "student_folder"  # into the student's own folder
    EXPORT_FOLDER = "export_folder"  # <export root>/<Name> - Feedback.* (flat plain folder)


@dataclass(frozen=True)
class Destination:
    kind: DestinationKind
    folder: Path  # where this student's files go
    stem: str  # file name without version suffix and extension
    export_root: Path | None  # the folder next to the download that holds all exports


def export_root_for(handin: HandinFolder) -> Path:
    """Next to the hand-in folder (or its unpacked copy), never inside the students' work;
    or the folder the teacher chose for this assignment's feedback."""
    if handin.feedback_root is not None:
        return handin.feedback_root
    root = handin.root
    if root.is_file():
        raise ExportError(
            f"{root.name} has not been unpacked; open it again to unpack a copy to work on.",
            ErrorCode.ZIP_NOT_UNPACKED,
            path=root,
        )
    return root.with_name(safe_component(nfc(root.name) + EXPORT_ROOT_SUFFIX))


def moodle_folder_name(student: Student) -> str:
    """ "<Full Name>_<participant id>_assignfeedback_file": Moodle's importer splits the folder
    name on "_", so the name part must not contain one (Moodle itself replaces them by spaces)."""
    if not student.platform_id or not student.platform_id.isdigit():
        raise ExportError(
            f"{student.display_name} has no Moodle participant id.",
            ErrorCode.NO_MOODLE_ID,
            student=student.display_name,
        )
    name = "Participant" if student.anonymous else student.display_name.replace("_", " ")
    return f"{safe_component(name)}_{student.platform_id}_assignfeedback_file"


def destination_for(
    handin: HandinFolder, student: Student, lang: str, export_root: Path | None = None
) -> Destination:
    """export_root: a folder the teacher chose for this assignment's feedback (the hand-in's
    own folder is read-only); None writes beside the hand-in."""
    feedback = text(lang, "feedback")
    export_root = export_root if export_root is not None else handin.feedback_root
    if export_root is not None:
        if handin.layout.is_moodle:  # the tree Moodle's upload zip needs, in the chosen place
            return Destination(
                DestinationKind.MOODLE_TREE,
                export_root / moodle_folder_name(student),
                feedback,
                export_root,
            )
        name = safe_component(student.display_name)
        if handin.layout is HandinLayout.CANVAS:
            stem = f"{name} ({safe_component(student.platform_id or student.key)}) - {feedback}"
            return Destination(DestinationKind.CANVAS_FOLDER, export_root, stem, export_root)
        return Destination(
            DestinationKind.EXPORT_FOLDER, export_root, f"{name} - {feedback}", export_root
        )
    if handin.layout.is_moodle:
        root = export_root_for(handin)
        return Destination(
            DestinationKind.MOODLE_TREE, root / moodle_folder_name(student), feedback, root
        )
    if handin.layout is HandinLayout.CANVAS:
        root = export_root_for(handin)
        name = safe_component(student.display_name)
        stem = f"{name} ({safe_component(student.platform_id or student.key)}) - {feedback}"
        return Destination(DestinationKind.CANVAS_FOLDER, root, stem, root)
    if handin.layout is HandinLayout.PLAIN_FOLDERS and student.folder is not None:
        return Destination(DestinationKind.STUDENT_FOLDER, student.folder, feedback, None)
    root = export_root_for(handin)
    stem = f"{safe_component(student.display_name)} - {feedback}"
    return Destination(DestinationKind.EXPORT_FOLDER, root, stem, root)
