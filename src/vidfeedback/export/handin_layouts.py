"""Recognising the hand-in layouts of Moodle, Canvas and plain folders from relative file paths.

Works on a list of "/"-separated relative paths, so that a folder on disk and a zip as the
teacher downloaded it are recognised by the same code. The facts come from lms.md (the
platforms' own source code).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from vidfeedback.export.safe_write import nfc
from vidfeedback.model import HandinLayout

# Moodle: "<full name>_<participant id>_assignsubmission_<plugin>" (+ "_" before 4.1). The full
# name had "_" replaced by " " by Moodle, but a greedy name keeps older or odd exports working.
_MOODLE_FOLDER = re.compile(
    r"^(?P<name>.+)_(?P<id>\d+)_assignsubmission_(?P<plugin>[a-z0-9]+)(?P<trail>_?)$"
)
_MOODLE_FLAT = re.compile(
    r"^(?P<name>.+?)_(?P<id>\d+)_assignsubmission_(?P<plugin>[a-z0-9]+)_(?P<file>.+)$"
)
# Blind marking replaces the name with the localized word for "Participant".
_MOODLE_BLIND_NAMES = {"participant", "deltaker", "deltakar", "deltagare", "teilnehmer/in"}

# Canvas: "<lastfirst>[_LATE]_<user id>_<attachment id>_<original name>" or "..._text.html";
# anonymous grading: "anon_<anonymous id>[_LATE]_...".
_CANVAS_ANON = re.compile(
    r"^anon_(?P<uid>[A-Za-z0-9]+)(?P<late>_LATE)?_(?:(?P<att>\d+)_(?P<orig>.+)|(?P<text>text\.html))$"
)
_CANVAS = re.compile(
    r"^(?P<name>.+?)(?P<late>_LATE)?_(?P<uid>\d+)_(?:(?P<att>\d+)_(?P<orig>.+)|(?P<text>text\.html))$"
)

_MOODLE_ARCHIVE = re.compile(r"^(?P<course>.+?)-(?P<assignment>.+)-(?P<cmid>\d+)$")
_CANVAS_ARCHIVE = re.compile(r"^(?:(?P<course>[^-]+)-)?(?P<assignment>.+?)_?submissions$")

_JUNK_NAMES = {"thumbs.db", "desktop.ini", "__macosx", "ehthumbs.db"}


@dataclass
class PlacedStudent:
    display_name: str
    key: str
    platform_id: str | None
    files: list[str] = field(default_factory=list)  # relative paths
    late: bool = False
    anonymous: bool = False
    folder: str | None = None  # relative path of the student's own folder


@dataclass
class Classification:
    layout: HandinLayout
    students: list[PlacedStudent]
    unplaced: list[tuple[str, str]]  # (relative path, reason)
    prefix: str = ""  # a wrapping folder that was looked through, "" if none


def is_junk(rel_path: str) -> bool:
    """Files the OS or an editor leaves behind; Moodle's importer skips the same ones."""
    for part in rel_path.split("/"):
        if part.startswith((".", "~$")) or part.casefold() in _JUNK_NAMES:
            return True
    return False


def classify(paths: Iterable[str]) -> Classification:
    """Pick the layout that places the most files; ties go to the more specific platform."""
    entries = sorted({nfc(p).strip("/") for p in paths if p.strip("/") and not is_junk(p)})
    prefix = ""
    # A zip made by hand, or a download unpacked into its own folder, wraps everything in one
    # folder. Look through it unless that folder is itself a student's submission folder.
    while entries and "/" in entries[0]:
        top = entries[0].split("/", 1)[0]
        if any(not e.startswith(top + "/") for e in entries) or _MOODLE_FOLDER.match(top):
            break
        inner = [e[len(top) + 1 :] for e in entries]
        trial = _best(inner)
        only_dirs = all("/" in e for e in inner)
        if not (trial.layout.is_moodle or trial.layout is HandinLayout.CANVAS or only_dirs):
            break
        prefix = f"{prefix}{top}/"
        entries = inner
    result = _best(entries)
    if prefix:
        result.prefix = prefix
        for s in result.students:
            s.files = [prefix + f for f in s.files]
            s.folder = prefix + s.folder if s.folder is not None else None
        result.unplaced = [(prefix + p, why) for p, why in result.unplaced]
    return result


def _best(entries: list[str]) -> Classification:
    """A platform layout wins when it places at least half the files: a plain layout always
    "places" everything, so it is only the fallback."""

    def placed(c: Classification) -> int:
        return sum(len(s.files) for s in c.students)

    # max() keeps the first of equals: Moodle before Canvas.
    platform = max([_moodle(entries), _canvas(entries)], key=placed)
    if placed(platform) and placed(platform) * 2 >= len(entries):
        return platform
    return _plain(entries)


def _moodle(entries: list[str]) -> Classification:
    by_id: dict[str, PlacedStudent] = {}
    unplaced: list[tuple[str, str]] = []
    trailing = 0
    in_folders = 0
    for rel in entries:
        top, _, rest = rel.partition("/")
        if rest:
            m = _MOODLE_FOLDER.match(top)
            if m is None:
                unplaced.append((rel, "not in a Moodle submission folder"))
                continue
            in_folders += 1
            trailing += bool(m.group("trail"))
            student = _moodle_student(by_id, m.group("name"), m.group("id"))
            student.folder = student.folder or top
        else:
            m = _MOODLE_FLAT.match(top)
            if m is None:
                unplaced.append((rel, "the name does not follow Moodle's pattern"))
                continue
            student = _moodle_student(by_id, m.group("name"), m.group("id"))
        student.files.append(rel)
    if in_folders == 0:
        layout = HandinLayout.MOODLE_FLAT
    elif trailing * 2 > in_folders:
        layout = HandinLayout.MOODLE_LEGACY
    else:
        layout = HandinLayout.MOODLE
    return Classification(layout, _sorted(by_id.values()), unplaced)


def _moodle_student(by_id: dict[str, PlacedStudent], name: str, pid: str) -> PlacedStudent:
    if pid not in by_id:
        anonymous = name.strip().casefold() in _MOODLE_BLIND_NAMES
        display = f"{name.strip()} {pid}" if anonymous else name.strip()
        by_id[pid] = PlacedStudent(display, pid, pid, anonymous=anonymous)
    return by_id[pid]


def _canvas(entries: list[str]) -> Classification:
    by_id: dict[str, PlacedStudent] = {}
    unplaced: list[tuple[str, str]] = []
    for rel in entries:
        if "/" in rel:
            unplaced.append((rel, "Canvas downloads have no sub-folders"))
            continue
        anon = _CANVAS_ANON.match(rel)
        m = anon or _CANVAS.match(rel)
        if m is None:
            unplaced.append((rel, "the name does not follow Canvas's pattern"))
            continue
        uid = m.group("uid")
        key = f"anon_{uid}" if anon else uid
        if key not in by_id:
            name = f"anon {uid}" if anon else m.group("name")
            by_id[key] = PlacedStudent(name, key, uid, anonymous=anon is not None)
        student = by_id[key]
        student.late = student.late or bool(m.group("late"))
        student.files.append(rel)
    return Classification(HandinLayout.CANVAS, _sorted(by_id.values()), unplaced)


def _plain(entries: list[str]) -> Classification:
    if any("/" in e for e in entries):
        by_folder: dict[str, PlacedStudent] = {}
        unplaced: list[tuple[str, str]] = []
        for rel in entries:
            top, _, rest = rel.partition("/")
            if not rest:
                unplaced.append((rel, "not inside a student's folder"))
                continue
            student = by_folder.setdefault(top, PlacedStudent(top, top, None, folder=top))
            student.files.append(rel)
        return Classification(HandinLayout.PLAIN_FOLDERS, _sorted(by_folder.values()), unplaced)
    by_stem: dict[str, PlacedStudent] = {}
    for rel in entries:
        stem = rel.rsplit(".", 1)[0] if "." in rel.lstrip(".") else rel
        # "Kari Nordmann.docx" and "Kari Nordmann.pdf" are one student's two files.
        student = by_stem.setdefault(stem.casefold(), PlacedStudent(stem, stem, None))
        student.files.append(rel)
    return Classification(HandinLayout.PLAIN_FILES, _sorted(by_stem.values()), [])


def _sorted(students: Iterable[PlacedStudent]) -> list[PlacedStudent]:
    return sorted(students, key=lambda s: (s.display_name.casefold(), s.key))


@dataclass(frozen=True)
class AssignmentName:
    name: str
    course: str = ""
    platform_id: str | None = None


def assignment_from_name(folder_or_zip_stem: str, layout: HandinLayout) -> AssignmentName:
    """Moodle names its zip "<course>-<assignment>-<cmid>", Canvas "<course>-<assignment>_
    submissions". A course short name with "-" in it is read as part of the assignment name's
    course prefix only up to its first "-"; the teacher can rename the assignment in the UI."""
    stem = nfc(folder_or_zip_stem).strip()
    if layout.is_moodle and (m := _MOODLE_ARCHIVE.match(stem)):
        return AssignmentName(m.group("assignment").strip(), m.group("course"), m.group("cmid"))
    if layout is HandinLayout.CANVAS and (m := _CANVAS_ARCHIVE.match(stem)):
        name = m.group("assignment").replace("_", " ").strip()
        if name:
            return AssignmentName(name[:1].upper() + name[1:], m.group("course") or "")
    return AssignmentName(stem)
