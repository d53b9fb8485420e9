"""Reading the teacher's hand-in folder (or the zip as downloaded) into a HandinFolder."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path

from vidfeedback.errors import ErrorCode
from vidfeedback.export.handin_layouts import (
    Classification,
    assignment_from_name,
    classify,
    is_junk,
)
from vidfeedback.export.handin_zip import (
    ZipMember,
    damaged_zip_error,
    extract_copy,
    list_members,
)
from vidfeedback.export.safe_write import ExportError, nfc, os_export_error
from vidfeedback.export.sidecar import SIDECAR_FORMAT
from vidfeedback.model import HandinFolder, Student, Submission, UnplacedFile

RUBRIC_SUFFIX = ".rubric.toml"


def read_handin(
    path: Path, *, extract: bool = True, names: Mapping[str, str] | None = None
) -> HandinFolder:
    """Recognise the layout, the students and their files.

    A zip is never changed. With extract=True it is unpacked beside itself (see
    handin_zip.extract_copy) and the students' files point into that copy; with extract=False
    nothing is written and each Submission.path is "<zip>/<member>" (for listing only).
    names maps a student key to a display name the teacher corrected.
    """
    path = Path(path)
    if not path.exists():
        raise ExportError(f"{path} does not exist.", ErrorCode.HANDIN_MISSING, path=path)
    if path.is_file():
        if not zipfile.is_zipfile(path):
            if looks_like_zip(path):
                raise damaged_zip_error(path, "its table of contents is missing")
            raise ExportError(
                f"{path.name} is neither a folder nor a zip file.",
                ErrorCode.HANDIN_NOT_FOLDER_OR_ZIP,
                path=path,
            )
        handin = _read_zip(path, extract)
    else:
        handin = _read_folder(path, path)
    if names:
        apply_names(handin, names)
    return handin


def apply_names(handin: HandinFolder, names: Mapping[str, str]) -> None:
    """Use the names the teacher corrected (keys that are not in the hand-in are ignored)."""
    for student in handin.students:
        corrected = names.get(student.key, "").strip()
        if corrected:
            student.display_name = nfc(corrected)


def looks_like_zip(path: Path) -> bool:
    """A zip by its first bytes (a local file header) or its name: a download cut short has
    no table of contents at its end, which is what zipfile looks for."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    return head in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08") or (
        path.suffix.casefold() == ".zip"
    )


def _read_zip(archive: Path, extract: bool) -> HandinFolder:
    members = list_members(archive)
    _check_usable(archive, members)
    if extract:
        copy = extract_copy(archive, members)
        handin = _read_folder(copy.folder, archive, assignment_stem=nfc(archive.stem))
        for m in [*(m for m in members if m.problem is not None), *copy.not_unpacked]:
            handin.unplaced.append(UnplacedFile(archive / m.rel_path, m.rel_path, str(m.problem)))
        return handin
    usable = [m.rel_path for m in members if m.problem is None]
    result = classify(usable)
    handin = _build(result, archive, archive, nfc(archive.stem), {p: archive / p for p in usable})
    handin.unplaced.extend(
        UnplacedFile(archive / m.rel_path, m.rel_path, m.problem)
        for m in members
        if m.problem is not None
    )
    return handin


def _check_usable(archive: Path, members: list[ZipMember]) -> None:
    """An empty or wholly encrypted zip says so, instead of showing a hand-in without students."""
    if not members:
        raise ExportError(
            f"{archive.name} holds no files. Download the submissions from the learning "
            "platform again.",
            ErrorCode.ZIP_EMPTY,
            path=archive,
        )
    if all(m.info.flag_bits & 0x1 for m in members):
        raise ExportError(
            f"Every file in {archive.name} is protected with a password, so none can be read. "
            "Download the submissions from the learning platform again, without a password.",
            ErrorCode.ZIP_ENCRYPTED,
            path=archive,
        )


def _read_folder(root: Path, source: Path, assignment_stem: str | None = None) -> HandinFolder:
    files: dict[str, Path] = {}
    ours: dict[str, list[Path]] = {}  # folder rel path -> files our own exports wrote there
    try:
        for dirpath, dirnames, filenames in os.walk(root):
            here = Path(dirpath)
            rel_dir = nfc(here.relative_to(root).as_posix()) if here != root else ""
            dirnames[:] = sorted(d for d in dirnames if not is_junk(d))
            mine = _own_files(here, filenames)
            if mine:
                ours[rel_dir] = sorted(mine)
            for name in sorted(filenames):
                full = here / name
                rel = f"{rel_dir}/{nfc(name)}" if rel_dir else nfc(name)
                if full in mine or is_junk(rel) or (not rel_dir and rel.endswith(RUBRIC_SUFFIX)):
                    continue
                files[rel] = full
    except OSError as exc:
        raise os_export_error(exc, root) from exc
    result = classify(files)
    stem = assignment_stem
    if stem is None:
        # Looking through a wrapping folder: that folder carries the download's name.
        stem = result.prefix.strip("/").rsplit("/", 1)[-1] if result.prefix else nfc(root.name)
    handin = _build(result, source, root, stem, files)
    for student in handin.students:
        if student.folder is not None:
            rel_folder = nfc(student.folder.relative_to(root).as_posix())
            found = ours.get(rel_folder)
            if found:
                handin.exported[student.key] = found
    return handin


def _own_files(folder: Path, filenames: list[str]) -> set[Path]:
    """Files our earlier exports put into a student's folder, found through their sidecars, so
    that feedback is not mistaken for the student's own hand-in."""
    mine: set[Path] = set()
    for name in filenames:
        if not name.endswith(".json"):
            continue
        sidecar = folder / name
        try:
            if sidecar.stat().st_size > 1_000_000:
                continue
            data = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
            continue
        mine.add(sidecar)
        listed = data.get("files")
        if isinstance(listed, dict):
            mine.update(folder / str(v) for v in listed.values() if isinstance(v, str))
    return {p for p in mine if p.exists()}


def _build(
    result: Classification, source: Path, root: Path, stem: str, files: Mapping[str, Path]
) -> HandinFolder:
    assignment = assignment_from_name(stem, result.layout)
    students = []
    for placed in result.students:
        students.append(
            Student(
                display_name=placed.display_name,
                key=placed.key,
                platform_id=placed.platform_id,
                submissions=[Submission(files[rel], rel) for rel in placed.files],
                late=placed.late,
                anonymous=placed.anonymous,
                folder=root.joinpath(*placed.folder.split("/")) if placed.folder else None,
            )
        )
    return HandinFolder(
        source=source,
        root=root.joinpath(*result.prefix.strip("/").split("/")) if result.prefix else root,
        layout=result.layout,
        assignment_name=assignment.name,
        students=students,
        unplaced=[UnplacedFile(files[rel], rel, why) for rel, why in result.unplaced],
        course=assignment.course,
        platform_assignment_id=assignment.platform_id,
    )


def find_student(handin: HandinFolder, wanted: str) -> Student:
    """A student by key, platform id or name (case- and normalisation-insensitive).

    Raises ExportError naming the candidates when the name is ambiguous or unknown.
    """
    needle = nfc(wanted).strip().casefold()
    for s in handin.students:
        if needle in (s.key.casefold(), (s.platform_id or "").casefold()):
            return s
    exact = [s for s in handin.students if nfc(s.display_name).casefold() == needle]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [s for s in handin.students if needle in nfc(s.display_name).casefold()]
    if len(partial) == 1:
        return partial[0]
    listing = ", ".join(f"{s.display_name} ({s.key})" for s in (partial or handin.students))
    if partial:
        raise ExportError(f"“{wanted}” matches several students: {listing}. Use the id.")
    if not handin.students:
        unplaced = (
            f" ({len(handin.unplaced)} file(s) could not be placed)" if handin.unplaced else ""
        )
        raise ExportError(
            f"No student “{wanted}”: no student was recognised in {handin.source.name}{unplaced}. "
            "List it with `vidfeedback handin` to see why."
        )
    raise ExportError(f"No student “{wanted}” in this hand-in. Students: {listing}.")
