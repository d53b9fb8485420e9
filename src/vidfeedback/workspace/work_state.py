"""Per-assignment working state kept in the app's data folder: each student's status, the take
and its edited chapters, grade and note. It lives outside the hand-in folder (never clobber); the
rubric is saved with the hand-in by the export code, and only the export writes feedback there.
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidfeedback.atomic_files import replace_file_atomically
from vidfeedback.model import Marker
from vidfeedback.takes.markers_file import marker_from_json, marker_to_json


class StudentStatus(enum.Enum):
    NOT_STARTED = "not_started"
    RECORDED = "recorded"
    EXPORTED = "exported"


@dataclass
class StudentRecord:
    status: StudentStatus = StudentStatus.NOT_STARTED
    take_path: str = ""
    duration_ms: int = 0
    markers: list[Marker] = field(default_factory=list)
    grade: str = ""
    note: str = ""
    exported_video: str = ""
    history: list[str] = field(default_factory=list)  # summaries of earlier exported feedback


class WorkState:
    """Load/save of one assignment's working state; the file name is derived from its folder."""

    def __init__(self, folder: Path, assignment_root: Path) -> None:
        digest = hashlib.sha256(str(assignment_root.resolve()).encode()).hexdigest()[:16]
        self.path = folder / f"{digest}.json"
        self.students: dict[str, StudentRecord] = {}
        self._load()

    def record(self, key: str) -> StudentRecord:
        return self.students.setdefault(key, StudentRecord())

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        for key, rec in data.get("students", {}).items():
            self.students[key] = StudentRecord(
                status=StudentStatus(rec.get("status", "not_started")),
                take_path=str(rec.get("take_path", "")),
                duration_ms=int(rec.get("duration_ms", 0)),
                markers=[marker_from_json(m) for m in rec.get("markers", [])],
                grade=str(rec.get("grade", "")),
                note=str(rec.get("note", "")),
                exported_video=str(rec.get("exported_video", "")),
                history=[str(h) for h in rec.get("history", [])],
            )

    def save(self) -> None:
        data: dict[str, Any] = {
            "students": {
                key: {
                    "status": rec.status.value,
                    "take_path": rec.take_path,
                    "duration_ms": rec.duration_ms,
                    "markers": [marker_to_json(m) for m in rec.markers],
                    "grade": rec.grade,
                    "note": rec.note,
                    "exported_video": rec.exported_video,
                    "history": rec.history,
                }
                for key, rec in self.students.items()
            }
        }
        # Atomic: a crash leaves the old or the new file, never half of one.
        replace_file_atomically(
            self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        )
