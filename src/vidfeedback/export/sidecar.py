"""The JSON sidecar: a versioned, machine-readable record of one feedback package.

Schema (version 1) is documented in docs/export.md; readers must ignore keys they do not know,
and a change that breaks readers bumps "version".
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from vidfeedback import __version__
from vidfeedback.export.content import FeedbackChapter
from vidfeedback.model import GradePractice, HandinFolder, Marker, Rubric, Student

SIDECAR_FORMAT = "vidfeedback.feedback"
SIDECAR_VERSION = 1


def rubric_json(rubric: Rubric) -> dict[str, Any]:
    return {
        "title": rubric.title,
        "level_names": list(rubric.level_names),
        "criteria": [
            {
                "id": c.id,
                "name": c.name,
                "description": c.description,
                "levels": [{"name": n, "description": d} for n, d in c.levels],
            }
            for c in rubric.criteria
        ],
    }


def build_sidecar(
    *,
    handin: HandinFolder,
    student: Student,
    lang: str,
    rubric: Rubric | None,
    markers: list[Marker],
    chapters: list[FeedbackChapter],
    duration_ms: int,
    grade: str | None,
    grade_practice: GradePractice,
    note: str | None,
    files: dict[str, str],
    created: dt.datetime | None = None,
) -> dict[str, Any]:
    when = created or dt.datetime.now(dt.UTC)
    data: dict[str, Any] = {
        "format": SIDECAR_FORMAT,
        "version": SIDECAR_VERSION,
        "app": {"name": "vidfeedback", "version": __version__},
        "created_utc": when.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "language": lang,
        "student": {
            "display_name": student.display_name,
            "key": student.key,
            "platform_id": student.platform_id,
            "anonymous": student.anonymous,
        },
        "assignment": {
            "name": handin.assignment_name,
            "course": handin.course,
            "platform": handin.layout.value,
            "platform_assignment_id": handin.platform_assignment_id,
        },
        "rubric": rubric_json(rubric) if rubric is not None else None,
        "duration_ms": duration_ms,
        "markers": [
            {
                "kind": m.kind.value,
                "t_ms": m.t_ms,
                "criterion_id": m.criterion_id,
                "label": m.label,
            }
            for m in sorted(markers, key=lambda m: m.t_ms)
        ],
        "chapters": [
            {
                "start_ms": c.start_ms,
                "end_ms": c.end_ms,
                "title": c.title,
                "kind": c.kind.value if c.kind is not None else None,
                "criterion_id": c.criterion_id,
            }
            for c in chapters
        ],
        "grade_practice": grade_practice.value,
        "files": files,
    }
    if grade is not None:
        data["grade"] = grade
    if note:
        data["note"] = note
    return data


def sidecar_text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
