"""The rules behind continuing, retaking and recovering a take, without Qt: what a new take
continues from, which planned points it still covers, which old files go and which stay."""

from __future__ import annotations

from pathlib import Path

from vidfeedback.errors import ErrorCode, Problem
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.continuation import ContinueFrom
from vidfeedback.takes.layout import markers_path, take_dir_for
from vidfeedback.takes.markers_file import write_markers_sidecar
from vidfeedback.workspace.current_take import (
    CurrentTake,
    read_current_take,
    write_current_take,
)
from vidfeedback.workspace.planned_points import PlannedPoint
from vidfeedback.workspace.take_planning import (
    ContinuePoint,
    ContinueSupport,
    continue_from_end,
    continue_from_pause,
    continue_point,
    discard_interrupted_take,
    keep_take,
    points_for_take,
    remove_replaced_take,
    take_replaced,
)
from vidfeedback.workspace.work_state import StudentRecord, StudentStatus, WorkState

MARKERS = [
    Marker(MarkerKind.FEED_BACK, 1000, label="Thesis"),
    Marker(MarkerKind.FEED_FORWARD, 5000, label="Sources"),
]


def _record(take: Path) -> StudentRecord:
    return StudentRecord(StudentStatus.RECORDED, str(take), duration_ms=8000, markers=list(MARKERS))


def test_the_review_offers_to_go_back_to_the_last_pause_before_the_end(tmp_path: Path) -> None:
    def point(name: str, pauses_ms: list[int] | None) -> ContinuePoint:
        take = tmp_path / name
        if pauses_ms is not None:
            write_markers_sidecar(take, MARKERS, 8000, pauses_ms)
        return continue_point(_record(take))  # 8 s long

    assert point("old.mp4", None) == ContinuePoint(ContinueSupport.UNSUPPORTED, 0)  # no pauses kept
    assert point("never.mp4", []) == ContinuePoint(ContinueSupport.NO_PAUSE, 0)
    # The last pause before the end (one at the very end goes back nowhere).
    paused = point("paused.mp4", [2000, 6500, 8000])
    assert paused == ContinuePoint(ContinueSupport.AVAILABLE, 6500)


def test_continuing_from_the_last_pause_keeps_the_take_and_its_markers(tmp_path: Path) -> None:
    record = _record(tmp_path / "take.mp4")
    request = continue_from_pause(record, 4000)
    assert request == ContinueFrom(tmp_path / "take.mp4", 4000, MARKERS)
    assert request.markers is not record.markers  # the review may change its own list later


def test_continuing_from_the_end_keeps_all_of_the_take(tmp_path: Path) -> None:
    request = continue_from_end(_record(tmp_path / "take.mp4"))
    assert request == ContinueFrom(tmp_path / "take.mp4", 8000, MARKERS)


def test_a_new_take_covers_every_planned_point_and_a_continuation_only_those_left(
    tmp_path: Path,
) -> None:
    plan = [PlannedPoint("Thesis"), PlannedPoint("Sources"), PlannedPoint("Spelling")]
    assert points_for_take(plan, None) == plan
    # Only markers before the pause are kept: "Sources" (at 5 s) is recorded again.
    request = ContinueFrom(tmp_path / "take.mp4", 4000, list(MARKERS))
    assert points_for_take(plan, request) == [PlannedPoint("Sources"), PlannedPoint("Spelling")]
    # From the end, both markers are kept.
    request = ContinueFrom(tmp_path / "take.mp4", 8000, list(MARKERS))
    assert points_for_take(plan, request) == [PlannedPoint("Spelling")]


def test_a_joined_continuation_replaces_its_take_and_an_unjoined_one_does_not(
    tmp_path: Path,
) -> None:
    old = ContinueFrom(tmp_path / "old.mp4", 4000)
    assert take_replaced(None, []) is None
    assert take_replaced(old, []) == tmp_path / "old.mp4"
    assert take_replaced(old, [Problem(ErrorCode.CANNOT_WRITE)]) == tmp_path / "old.mp4"
    assert take_replaced(old, [Problem(ErrorCode.CONTINUE_NOT_JOINED)]) is None


def _take_files(take: Path) -> list[Path]:
    take.parent.mkdir(parents=True, exist_ok=True)
    take.write_bytes(b"video")
    markers_path(take).write_text("{}", encoding="utf-8")
    return [take, markers_path(take)]


def test_a_replaced_take_goes_only_when_it_is_the_apps_own(tmp_path: Path) -> None:
    takes_dir = tmp_path / "takes"
    new = _take_files(takes_dir / "a" / "take-2.mp4")[0]
    own = _take_files(takes_dir / "a" / "take-1.mp4")
    assert remove_replaced_take(own[0], new, takes_dir) == []
    assert not any(path.exists() for path in own)
    assert new.exists()

    outside = _take_files(tmp_path / "elsewhere" / "take.mp4")
    assert remove_replaced_take(outside[0], new, takes_dir) == []
    assert all(path.exists() for path in outside)  # never delete what the app did not make

    assert remove_replaced_take(new, new, takes_dir) == []
    assert new.exists()


def test_a_kept_take_is_the_students_take_after_a_reload(tmp_path: Path) -> None:
    work = WorkState(tmp_path / "state", tmp_path / "assignment")
    (tmp_path / "state").mkdir()
    keep_take(work, "s1", tmp_path / "take.mp4", 8000, MARKERS)
    again = WorkState(tmp_path / "state", tmp_path / "assignment").record("s1")
    assert again.status is StudentStatus.RECORDED
    assert again.take_path == str(tmp_path / "take.mp4")
    assert again.duration_ms == 8000
    assert again.markers == MARKERS


def test_discarding_an_interrupted_take_removes_its_folder_and_the_note(tmp_path: Path) -> None:
    out = tmp_path / "takes" / "take.mp4"
    take_dir_for(out).mkdir(parents=True)
    (take_dir_for(out) / "media.mp4").write_bytes(b"partial")
    note = tmp_path / "current_take.json"
    take = CurrentTake(str(tmp_path / "assignment"), "s1", "Ola", str(out))
    write_current_take(note, take)
    discard_interrupted_take(take, note)
    assert not take_dir_for(out).exists()
    assert read_current_take(note) is None
    assert out.parent.is_dir()  # only the take's working folder goes
