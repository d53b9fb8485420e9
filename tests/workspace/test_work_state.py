from __future__ import annotations

from pathlib import Path

from vidfeedback.model import Marker, MarkerKind
from vidfeedback.workspace.current_take import (
    CurrentTake,
    interrupted_take,
    read_current_take,
    write_current_take,
)
from vidfeedback.workspace.work_state import StudentStatus, WorkState


def test_work_state_round_trip(tmp_path: Path) -> None:
    root = tmp_path / "handin"
    root.mkdir()
    state = WorkState(tmp_path / "state", root)
    rec = state.record("1040211")
    rec.status = StudentStatus.RECORDED
    rec.markers = [Marker(MarkerKind.FEED_BACK, 1200, "c1", "Argumentasjon")]
    rec.grade, rec.note = "5", "Bra jobba"
    state.save()

    again = WorkState(tmp_path / "state", root)
    got = again.students["1040211"]
    assert got.status is StudentStatus.RECORDED
    assert got.markers == rec.markers
    assert (got.grade, got.note) == ("5", "Bra jobba")
    # Another assignment folder has its own state.
    other = tmp_path / "other"
    other.mkdir()
    assert WorkState(tmp_path / "state", other).students == {}


def test_interrupted_take_is_offered_only_while_its_folder_exists(tmp_path: Path) -> None:
    record = tmp_path / "state" / "current_take.json"
    out = tmp_path / "takes" / "take-1.mp4"
    take = CurrentTake(str(tmp_path / "handin"), "1040211", "Kari Nordmann", str(out))
    write_current_take(record, take)
    assert read_current_take(record) == take
    # The engine's working folder is gone (the take finished): the record is stale.
    assert interrupted_take(record) is None
    assert not record.exists()

    write_current_take(record, take)
    take.take_dir.mkdir(parents=True)
    assert interrupted_take(record) == take
    assert take.take_dir.name == ".take-1.mp4.vftake"
