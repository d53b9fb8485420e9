"""The domain model: plain data, no Qt, shared by the engine, the export and the UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class MarkerKind(enum.Enum):
    """Hattie & Timperley's three feedback questions, as the teacher tags them while talking."""

    FEED_UP = "feed_up"
    FEED_BACK = "feed_back"
    FEED_FORWARD = "feed_forward"

    @property
    def english_label(self) -> str:
        return _ENGLISH_LABELS[self]


_ENGLISH_LABELS = {
    MarkerKind.FEED_UP: "Feed up",
    MarkerKind.FEED_BACK: "Feed back",
    MarkerKind.FEED_FORWARD: "Feed forward",
}


@dataclass(frozen=True)
class Marker:
    """A moment on the recording timeline (pauses excluded), stamped at the key press."""

    kind: MarkerKind
    t_ms: int
    criterion_id: str | None = None
    label: str | None = None

    def title(self, kind_label: str | None = None) -> str:
        """A chapter title such as "Feed back: Argumentation"; kind_label replaces "Feed back"."""
        name = kind_label if kind_label is not None else self.kind.english_label
        return f"{name}: {self.label}" if self.label else name


@dataclass(frozen=True)
class Chapter:
    """A titled span of the final video; built from markers when the MP4 is written."""

    start_ms: int
    end_ms: int
    title: str


LEAD_CHAPTER_TITLE = "Start"


def chapters_from_markers(
    markers: list[Marker],
    duration_ms: int,
    titles: list[str] | None = None,
    lead_title: str = LEAD_CHAPTER_TITLE,
) -> list[Chapter]:
    """One chapter per marker, each lasting until the next marker or the end of the video.

    Markers are sorted by time; titles (same order as the sorted markers) override Marker.title().
    A QuickTime chapter track has no gaps: its first chapter always starts at 0. So when the
    first marker comes later, a lead chapter (lead_title) covers the stretch before it;
    otherwise players would show the first marker's chapter as starting at 0.
    """
    ordered = sorted(markers, key=lambda m: m.t_ms)
    names = titles if titles is not None else [m.title() for m in ordered]
    if len(names) != len(ordered):
        raise ValueError("one title per marker is needed")
    chapters: list[Chapter] = []
    if ordered and min(max(ordered[0].t_ms, 0), duration_ms) > 0:
        chapters.append(Chapter(0, min(ordered[0].t_ms, duration_ms), lead_title))
    for i, (marker, name) in enumerate(zip(ordered, names, strict=True)):
        start = min(max(marker.t_ms, 0), duration_ms)
        end = ordered[i + 1].t_ms if i + 1 < len(ordered) else duration_ms
        chapters.append(Chapter(start, max(start, min(end, duration_ms)), name))
    return chapters


@dataclass(frozen=True)
class Criterion:
    """One assessment criterion (vurderingskriterium) with optional level descriptions."""

    id: str
    name: str
    description: str = ""
    levels: tuple[tuple[str, str], ...] = ()  # (level name, description), low to high


@dataclass
class Rubric:
    title: str = ""
    criteria: list[Criterion] = field(default_factory=list)
    level_names: tuple[str, ...] = ()

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)


class GradePractice(enum.Enum):
    """The three grade practices teachers follow; the tool supports all without pushing one."""

    NO_GRADE = "no_grade"
    LMS_ONLY = "lms_only"
    IN_VIDEO = "in_video"


@dataclass(frozen=True)
class Submission:
    """One file a student handed in."""

    path: Path
    relative_path: str


@dataclass
class Student:
    display_name: str
    key: str  # stable key within the hand-in folder (platform id when there is one)
    platform_id: str | None = None
    submissions: list[Submission] = field(default_factory=list)
    late: bool = False
    anonymous: bool = False
    folder: Path | None = None  # the student's own folder, for layouts that have one


class HandinLayout(enum.Enum):
    """How the LMS (or the teacher) laid out a hand-in folder; see docs/export.md."""

    MOODLE = "moodle"  # Moodle >= 4.1, one folder per submission plugin
    MOODLE_LEGACY = "moodle_legacy"  # Moodle < 4.1: the same with a trailing underscore
    MOODLE_FLAT = "moodle_flat"  # Moodle with "download submissions in folders" off
    CANVAS = "canvas"  # Canvas "Download Submissions": flat, lastfirst_[LATE_]id_...
    PLAIN_FOLDERS = "plain_folders"  # one sub-folder per student
    PLAIN_FILES = "plain_files"  # a flat folder of files named after students

    @property
    def is_moodle(self) -> bool:
        return self in (HandinLayout.MOODLE, HandinLayout.MOODLE_LEGACY, HandinLayout.MOODLE_FLAT)


@dataclass(frozen=True)
class UnplacedFile:
    """A file in the hand-in that could not be tied to a student; shown, never dropped."""

    path: Path
    relative_path: str
    reason: str


@dataclass
class HandinFolder:
    """What the app recognised in the folder (or zip) the LMS gave the teacher."""

    source: Path  # what the teacher opened: a folder or the downloaded zip
    root: Path  # the folder the students' files are read from (an extracted copy for a zip)
    layout: HandinLayout
    assignment_name: str
    students: list[Student] = field(default_factory=list)
    unplaced: list[UnplacedFile] = field(default_factory=list)
    course: str = ""
    platform_assignment_id: str | None = None  # Moodle's course module id, when the name has it
    exported: dict[str, list[Path]] = field(default_factory=dict)  # student key -> our files
    # Where the feedback goes when the teacher chose a folder for it (a read-only hand-in);
    # None: beside the hand-in, as usual. Exports and the return view both follow it.
    feedback_root: Path | None = None

    def student(self, key: str) -> Student | None:
        return next((s for s in self.students if s.key == key), None)
