"""Planned points: what the teacher means to say to one student, written or picked from the
comment bank before recording. While recording, each marker takes the next planned point as
its chapter title, with the point's type and criterion (see docs/ui.md, "Prepare, then record").

Kept per assignment and student in the app's data folder, beside the work state.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidfeedback.model import Marker, MarkerKind

from .json_file import assignment_digest, read_json, write_json_atomic


@dataclass(frozen=True)
class PlannedPoint:
    text: str
    kind: MarkerKind = MarkerKind.FEED_BACK
    criterion_id: str | None = None


def point_to_json(point: PlannedPoint) -> dict[str, Any]:
    return {"text": point.text, "kind": point.kind.value, "criterion_id": point.criterion_id}


def point_from_json(data: object) -> PlannedPoint | None:
    if not isinstance(data, dict):
        return None
    text = str(data.get("text", "")).strip()
    try:
        kind = MarkerKind(str(data.get("kind", MarkerKind.FEED_BACK.value)))
    except ValueError:
        kind = MarkerKind.FEED_BACK
    criterion = data.get("criterion_id")
    if not text:
        return None
    return PlannedPoint(text, kind, str(criterion) if criterion else None)


class PlanStore:
    """Each student's planned points for one assignment."""

    def __init__(self, assignments_dir: Path, assignment_root: Path) -> None:
        self.path = assignments_dir / f"{assignment_digest(assignment_root)}.plan.json"
        self._plans: dict[str, list[PlannedPoint]] = {}
        data = read_json(self.path)
        students = data.get("students", {}) if isinstance(data, dict) else {}
        if isinstance(students, dict):
            for key, points in students.items():
                if isinstance(points, list):
                    loaded = [point_from_json(p) for p in points]
                    self._plans[str(key)] = [p for p in loaded if p is not None]

    def plan(self, student_key: str) -> list[PlannedPoint]:
        return list(self._plans.get(student_key, []))

    def set_plan(self, student_key: str, points: list[PlannedPoint]) -> None:
        self._plans[student_key] = list(points)
        data = {
            "students": {
                key: [point_to_json(p) for p in points]
                for key, points in self._plans.items()
                if points
            }
        }
        write_json_atomic(self.path, data)


class PlanCursor:
    """Which planned point the next marker takes, and which markers took which point.

    The engine stamps a marker with the label and criterion it was given beforehand (a global
    hotkey is handled on the engine's thread), so the live label can lag when two markers come
    within a few milliseconds; apply() is the record: it gives each marker that took a point
    that point's text, type and criterion."""

    def __init__(self, points: list[PlannedPoint]) -> None:
        self._points = list(points)
        self._next = 0
        self._taken: dict[int, PlannedPoint] = {}  # marker time (ms) -> the point it took

    @property
    def points(self) -> list[PlannedPoint]:
        return list(self._points)

    @property
    def next_index(self) -> int:
        """Index of the point the next marker takes; len(points) when all are used."""
        return self._next

    @property
    def next_point(self) -> PlannedPoint | None:
        return self._points[self._next] if self._next < len(self._points) else None

    def next_target(self) -> tuple[str | None, str | None] | None:
        """(criterion id, chapter label) for the next marker, or None when nothing is left."""
        point = self.next_point
        return None if point is None else (point.criterion_id, point.text)

    def marker_placed(self, t_ms: int) -> PlannedPoint | None:
        """A marker was placed at t_ms: it takes the next point (None when none is left)."""
        point = self.next_point
        if point is None or t_ms in self._taken:
            return None
        self._taken[t_ms] = point
        self._next += 1
        return point

    def apply(self, markers: list[Marker]) -> list[Marker]:
        """The markers with each planned point's text, type and criterion where one was taken."""
        out: list[Marker] = []
        for m in markers:
            point = self._taken.get(m.t_ms)
            if point is None:
                out.append(m)
            else:
                out.append(Marker(point.kind, m.t_ms, point.criterion_id, point.text))
        return out


def points_left(plan: list[PlannedPoint], kept: list[Marker]) -> list[PlannedPoint]:
    """The points a continued take still has to cover: those no kept marker took (matched by
    text, in order, so a point planned twice is covered twice)."""
    labels = [m.label for m in sorted(kept, key=lambda m: m.t_ms) if m.label]
    left: list[PlannedPoint] = []
    for point in plan:
        if point.text in labels:
            labels.remove(point.text)
        else:
            left.append(point)
    return left
