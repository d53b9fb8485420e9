"""The edit plan: kept ranges, where times land, which markers and chapters survive."""

from __future__ import annotations

import pytest

from vidfeedback.errors import ErrorCode
from vidfeedback.model import LEAD_CHAPTER_TITLE, Chapter, Marker, MarkerKind
from vidfeedback.takes.edit import EditError, EditPlan, merge_ranges


def test_trims_and_cuts_leave_the_ranges_between_them() -> None:
    plan = EditPlan.build(
        60_000, trim_start_ms=2_000, trim_end_ms=5_000, cuts_ms=[(10_000, 20_000)]
    )
    assert plan.kept == [(2_000, 10_000), (20_000, 55_000)]
    assert plan.result_ms == 8_000 + 35_000
    assert not plan.is_identity
    assert EditPlan.keep_all(60_000).is_identity


def test_overlapping_cuts_are_joined() -> None:
    assert merge_ranges([(5, 9), (1, 3), (3, 4), (8, 12), (20, 20)]) == [(1, 4), (5, 12)]
    plan = EditPlan.build(10_000, cuts_ms=[(1_000, 3_000), (2_000, 4_000)])
    assert plan.kept == [(0, 1_000), (4_000, 10_000)]


def test_times_map_through_the_cuts_and_back() -> None:
    plan = EditPlan.build(60_000, trim_start_ms=2_000, cuts_ms=[(10_000, 20_000)])
    assert plan.map_ms(2_000) == 0
    assert plan.map_ms(1_999) is None
    assert plan.map_ms(15_000) is None
    assert plan.map_ms(20_000) == 8_000
    assert plan.map_ms(60_000) == plan.result_ms
    for result_ms in (0, 7_999, 8_000, 30_000):
        source = plan.source_ms_at(result_ms)
        assert plan.map_ms(source) == result_ms
    assert plan.next_kept_ms(12_000) == 20_000
    assert plan.next_kept_ms(3_000) == 3_000
    assert plan.next_kept_ms(60_000) is None


def test_markers_in_a_cut_are_dropped_and_later_ones_move() -> None:
    plan = EditPlan.build(60_000, cuts_ms=[(10_000, 20_000)])
    kept, dropped = plan.edit_markers(
        [
            Marker(MarkerKind.FEED_UP, 5_000),
            Marker(MarkerKind.FEED_BACK, 12_000, "c1", "Språk"),
            Marker(MarkerKind.FEED_FORWARD, 30_000),
        ]
    )
    assert kept == [Marker(MarkerKind.FEED_UP, 5_000), Marker(MarkerKind.FEED_FORWARD, 20_000)]
    assert dropped == [Marker(MarkerKind.FEED_BACK, 12_000, "c1", "Språk")]
    assert plan.edit_pauses([8_000, 15_000, 25_000]) == [8_000, 15_000]


def test_chapters_follow_the_cuts_and_the_first_still_opens_the_video() -> None:
    plan = EditPlan.build(60_000, trim_start_ms=3_000, cuts_ms=[(10_000, 20_000)])
    chapters = [
        Chapter(0, 5_000, "Start"),
        Chapter(5_000, 12_000, "Feed up"),
        Chapter(12_000, 40_000, "Feed back"),
        Chapter(40_000, 60_000, "Feed forward"),
    ]
    result, dropped = plan.edit_chapters(chapters)
    assert result == [
        Chapter(0, 2_000, "Start"),
        Chapter(2_000, 27_000, "Feed up"),
        Chapter(27_000, 47_000, "Feed forward"),
    ]
    assert dropped == [Chapter(12_000, 40_000, "Feed back")]


def test_a_trimmed_away_first_marker_gets_a_lead_chapter() -> None:
    plan = EditPlan.build(30_000, trim_start_ms=5_000)
    result, dropped = plan.edit_chapters([Chapter(1_000, 30_000, "Feed up")])
    assert dropped == [Chapter(1_000, 30_000, "Feed up")]
    assert result == []  # its moment was cut away; no chapter track rather than a wrong one
    plan2 = EditPlan.build(30_000, trim_start_ms=5_000)
    result2, _ = plan2.edit_chapters([Chapter(0, 6_000, "Start"), Chapter(6_000, 30_000, "A")])
    assert result2 == [Chapter(0, 1_000, "Start"), Chapter(1_000, 25_000, "A")]
    result3, _ = plan2.edit_chapters([Chapter(2_000, 8_000, "A"), Chapter(8_000, 30_000, "B")])
    assert result3 == [Chapter(0, 3_000, LEAD_CHAPTER_TITLE), Chapter(3_000, 25_000, "B")]


@pytest.mark.parametrize(
    ("trim_start", "trim_end", "cuts", "code"),
    [
        (0, 0, [(5_000, 4_000)], ErrorCode.EDIT_RANGE_INVALID),
        (0, 0, [(5_000, 70_000)], ErrorCode.EDIT_RANGE_INVALID),
        (-1, 0, [], ErrorCode.EDIT_RANGE_INVALID),
        (30_000, 30_000, [], ErrorCode.EDIT_NOTHING_LEFT),
        (0, 0, [(0, 60_000)], ErrorCode.EDIT_NOTHING_LEFT),
    ],
)
def test_impossible_edits_are_refused_with_a_code(
    trim_start: int, trim_end: int, cuts: list[tuple[int, int]], code: ErrorCode
) -> None:
    with pytest.raises(EditError) as caught:
        EditPlan.build(60_000, trim_start, trim_end, cuts)
    assert caught.value.code is code
