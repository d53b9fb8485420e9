"""What there is to return to each student, and its state: exported, changed since the last
return, returned (when, where).

A student's package is found through its sidecars (export/sidecar.py), wherever the hand-in's
layout put it: the newest sidecar naming the student wins, as in the Moodle zips.
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidfeedback.export.destinations import export_root_for
from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.sidecar import SIDECAR_FORMAT
from vidfeedback.lms.ledger import Ledger, ReturnRecord
from vidfeedback.model import GradePractice, HandinFolder, HandinLayout, Student

# What the student sees; the sidecar and the summary text are the teacher's (the summary goes
# into the comment box instead).
STUDENT_FILE_SUFFIXES = (".mp4", ".vtt", ".html")
_SIDECAR_MAX_BYTES = 1_000_000


class ReturnState(enum.Enum):
    NOT_EXPORTED = "not_exported"
    EXPORTED = "exported"  # exported, never returned
    CHANGED = "changed"  # returned before, exported again since
    RETURNED = "returned"  # this very package was returned


@dataclass(frozen=True)
class FeedbackPackage:
    student_key: str
    sidecar: Path
    created_utc: str
    files: tuple[Path, ...]  # what the student gets: video first, then captions/chapters, page
    summary_text: str
    grade: str | None  # already filtered by the grade practice at export
    grade_practice: GradePractice

    @property
    def video(self) -> Path | None:
        return next((p for p in self.files if p.suffix.casefold() == ".mp4"), None)

    @property
    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files)

    def grade_for_lms(self) -> str | None:
        """The grade goes into the LMS only when the teacher's practice puts it there."""
        if self.grade_practice in (GradePractice.LMS_ONLY, GradePractice.IN_VIDEO):
            return self.grade
        return None

    def comment_text(self) -> str:
        """The summary as the comment: LF line ends (the platforms store what they get), never
        empty (an empty comment is refused by Canvas and shows as a blank box in Moodle)."""
        text = self.summary_text.replace("\r\n", "\n").strip()
        if not text:
            video = self.video
            text = video.stem if video is not None else "Feedback"
        return text


@dataclass
class StudentReturn:
    student: Student
    package: FeedbackPackage | None
    package_hash: str | None
    state: ReturnState
    returns: list[ReturnRecord] = field(default_factory=list)

    @property
    def last_return(self) -> ReturnRecord | None:
        return self.returns[-1] if self.returns else None


@dataclass
class ReturnOverview:
    handin: HandinFolder
    export_root: Path | None
    students: list[StudentReturn]

    def count(self, state: ReturnState) -> int:
        return sum(1 for s in self.students if s.state is state)

    def to_return(self) -> list[StudentReturn]:
        return [s for s in self.students if s.state in (ReturnState.EXPORTED, ReturnState.CHANGED)]


def export_root_or_none(handin: HandinFolder) -> Path | None:
    try:
        return export_root_for(handin)
    except ExportError:
        return None


def find_packages(handin: HandinFolder) -> dict[str, FeedbackPackage]:
    """The newest package of each student, by student key."""
    folders: list[Path] = []
    root = export_root_or_none(handin)
    if root is not None and root.is_dir():
        folders.append(root)
        folders += sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if handin.layout is HandinLayout.PLAIN_FOLDERS:
        folders += [s.folder for s in handin.students if s.folder is not None]
    found: dict[str, tuple[tuple[str, float, str], FeedbackPackage]] = {}
    for folder in folders:
        for sidecar in sorted(folder.glob("*.json")):
            package = read_package(sidecar)
            if package is None:
                continue
            order = (package.created_utc, sidecar.stat().st_mtime, sidecar.name)
            best = found.get(package.student_key)
            if best is None or order > best[0]:
                found[package.student_key] = (order, package)
    return {key: package for key, (_, package) in found.items()}


def read_package(sidecar: Path) -> FeedbackPackage | None:
    try:
        if sidecar.stat().st_size > _SIDECAR_MAX_BYTES:
            return None
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
        return None
    student = data.get("student")
    listed = data.get("files")
    if not isinstance(student, dict) or not isinstance(listed, dict):
        return None
    key = student.get("key")
    if not isinstance(key, str):
        return None
    folder = sidecar.parent
    files: list[Path] = []
    summary_text = ""
    for role, name in listed.items():
        if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
            continue
        path = folder / name
        if role == "summary":
            try:
                summary_text = path.read_text(encoding="utf-8")
            except OSError:
                summary_text = ""
            continue
        if path.suffix.casefold() in STUDENT_FILE_SUFFIXES and path.is_file():
            files.append(path)
    if not any(p.suffix.casefold() == ".mp4" for p in files):
        return None  # a package whose video is gone is not returned half
    files.sort(key=lambda p: (STUDENT_FILE_SUFFIXES.index(p.suffix.casefold()), p.name))
    try:
        practice = GradePractice(str(data.get("grade_practice", "no_grade")))
    except ValueError:
        practice = GradePractice.NO_GRADE
    grade = data.get("grade")
    return FeedbackPackage(
        student_key=key,
        sidecar=sidecar,
        created_utc=str(data.get("created_utc", "")),
        files=tuple(files),
        summary_text=summary_text,
        grade=grade if isinstance(grade, str) and grade.strip() else None,
        grade_practice=practice,
    )


def package_hash(ledger: Ledger, package: FeedbackPackage) -> str:
    """Names, contents, the comment and the grade to post: a change in any is a new return."""
    h = hashlib.sha256()
    for path in package.files:
        h.update(f"{path.name}\0{ledger.sha256(path)}\n".encode())
    h.update(b"comment\0" + package.comment_text().encode() + b"\n")
    h.update(b"grade\0" + (package.grade_for_lms() or "").encode() + b"\n")
    return h.hexdigest()


def overview(handin: HandinFolder, ledger: Ledger | None) -> ReturnOverview:
    packages = find_packages(handin)
    if ledger is not None:
        ledger.reload()  # an upload thread or the command line may have written since
    rows: list[StudentReturn] = []
    for student in handin.students:
        package = packages.get(student.key)
        if package is None:
            rows.append(StudentReturn(student, None, None, ReturnState.NOT_EXPORTED))
            continue
        if ledger is None:
            rows.append(StudentReturn(student, package, None, ReturnState.EXPORTED))
            continue
        digest = package_hash(ledger, package)
        records = ledger.returns(student.key)
        if any(r.package_hash == digest for r in records):
            state = ReturnState.RETURNED
        elif records:
            state = ReturnState.CHANGED
        else:
            state = ReturnState.EXPORTED
        rows.append(StudentReturn(student, package, digest, state, records))
    if ledger is not None:
        ledger.flush()  # keep the hashes just computed
    return ReturnOverview(handin, export_root_or_none(handin), rows)


def open_ledger(handin: HandinFolder) -> Ledger | None:
    root = export_root_or_none(handin)
    if root is None or not root.is_dir():
        return None
    return Ledger(root)


def summary(overview: ReturnOverview) -> dict[str, Any]:
    return {state.value: overview.count(state) for state in ReturnState}
