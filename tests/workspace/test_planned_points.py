from __future__ import annotations

import json
from pathlib import Path

from vidfeedback.model import Marker, MarkerKind
from vidfeedback.workspace.planned_points import PlanCursor, PlannedPoint, PlanStore, points_left

THESIS = PlannedPoint("The thesis comes late", MarkerKind.FEED_BACK, "c1")
SOURCES = PlannedPoint("Name your sources", MarkerKind.FEED_FORWARD, "c2")


def test_plans_are_kept_per_assignment_and_student(tmp_path: Path) -> None:
    root, other = tmp_path / "handin", tmp_path / "other"
    root.mkdir()
    other.mkdir()
    store = PlanStore(tmp_path / "assignments", root)
    store.set_plan("kari", [THESIS, SOURCES])
    store.set_plan("ola", [SOURCES])

    again = PlanStore(tmp_path / "assignments", root)
    assert again.plan("kari") == [THESIS, SOURCES]
    assert again.plan("ola") == [SOURCES]
    assert again.plan("nobody") == []
    assert PlanStore(tmp_path / "assignments", other).plan("kari") == []
    # An emptied plan leaves the file.
    again.set_plan("ola", [])
    data = json.loads(again.path.read_text(encoding="utf-8"))
    assert list(data["students"]) == ["kari"]


def test_a_damaged_plan_file_counts_as_empty_and_bad_points_are_skipped(tmp_path: Path) -> None:
    root = tmp_path / "handin"
    root.mkdir()
    store = PlanStore(tmp_path / "a", root)
    store.path.parent.mkdir()
    store.path.write_text("{not json", encoding="utf-8")
    assert PlanStore(tmp_path / "a", root).plan("kari") == []
    store.path.write_text(
        json.dumps(
            {
                "students": {
                    "kari": [
                        {"text": "  ", "kind": "feed_up"},
                        {"text": "Keep it", "kind": "no such kind"},
                        "not a point",
                    ]
                }
            }
        ),
        encoding="utf-8",
    )
    assert PlanStore(tmp_path / "a", root).plan("kari") == [PlannedPoint("Keep it")]


def test_each_marker_takes_the_next_point_with_its_type_and_criterion() -> None:
    cursor = PlanCursor([THESIS, SOURCES])
    assert cursor.next_point == THESIS
    assert cursor.marker_placed(1200) == THESIS
    assert cursor.marker_placed(1200) is None  # the same marker reported twice takes one point
    assert cursor.next_point == SOURCES
    assert cursor.marker_placed(5000) == SOURCES
    assert cursor.next_point is None and cursor.next_index == 2
    assert cursor.marker_placed(9000) is None  # nothing planned left: the marker keeps its own
    markers = [
        Marker(MarkerKind.FEED_UP, 1200, None, "Structure"),  # the key pressed was feed up
        Marker(MarkerKind.FEED_BACK, 5000, None, None),
        Marker(MarkerKind.FEED_UP, 9000, "c3", "Language"),
    ]
    assert cursor.apply(markers) == [
        Marker(MarkerKind.FEED_BACK, 1200, "c1", "The thesis comes late"),
        Marker(MarkerKind.FEED_FORWARD, 5000, "c2", "Name your sources"),
        Marker(MarkerKind.FEED_UP, 9000, "c3", "Language"),
    ]


def test_a_continued_take_plans_only_what_the_kept_part_did_not_cover() -> None:
    again = PlannedPoint("The thesis comes late", MarkerKind.FEED_FORWARD)
    kept = [Marker(MarkerKind.FEED_BACK, 800, "c1", "The thesis comes late")]
    assert points_left([THESIS, SOURCES, again], kept) == [SOURCES, again]
    assert points_left([THESIS, SOURCES], []) == [THESIS, SOURCES]
