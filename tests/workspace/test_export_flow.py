"""Exporting a reviewed take without Qt: the edited copy is made, packaged and removed again,
chapters in cut stretches are reported, and the work state records the export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support.synthetic_take import TakeSpec, make_take
from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.voice import VoiceMode
from vidfeedback.model import GradePractice, Marker, MarkerKind
from vidfeedback.takes.edit import EditPlan
from vidfeedback.workspace.export_flow import ExportRequest, export_take, note_export
from vidfeedback.workspace.work_state import StudentStatus, WorkState

TAKE_DURATION_MS = 6000
MARKERS = [
    Marker(MarkerKind.FEED_BACK, 500, label="Kept"),
    Marker(MarkerKind.FEED_BACK, 1500, label="In the cut"),
    Marker(MarkerKind.FEED_FORWARD, 4000, label="After the cut"),
]


def _request(
    tmp_path: Path, shared_fixtures: Path, plan: EditPlan, export_root: Path | None = None
) -> ExportRequest:
    (tmp_path / "takes").mkdir()
    take = make_take(tmp_path / "takes" / "take.mp4", TakeSpec(TAKE_DURATION_MS / 1000))
    handin_src = shared_fixtures / "handins/moodle-4.1/NOR1234-Argumenterende tekst-5521"
    handin_dir = tmp_path / "downloads" / handin_src.name
    shutil.copytree(handin_src, handin_dir)
    handin = read_handin(handin_dir)
    return ExportRequest(
        take=take,
        duration_ms=TAKE_DURATION_MS,
        markers=list(MARKERS),
        plan=plan,
        voice=VoiceMode.AS_RECORDED,
        handin=handin,
        student=find_student(handin, "Ola Ødegård"),
        rubric=None,
        lang="en",
        grade=None,
        note=None,
        grade_practice=GradePractice.NO_GRADE,
        kind_labels={kind: kind.value for kind in MarkerKind},
        export_root=export_root,
    )


def test_a_cut_take_is_exported_and_its_edited_copy_goes(
    tmp_path: Path, shared_fixtures: Path
) -> None:
    request = _request(
        tmp_path, shared_fixtures, EditPlan.build(TAKE_DURATION_MS, cuts_ms=[(1000, 2000)])
    )
    seen: list[float] = []
    outcome = export_take(request, seen.append)

    assert [m.label for m in outcome.cut_away] == ["In the cut"]
    assert outcome.result.video.is_file()
    titles = [c.title for c in outcome.result.chapters]
    assert any("Kept" in t for t in titles) and any("After the cut" in t for t in titles)
    assert not any("In the cut" in t for t in titles)
    # Only the take is left in its folder: the edited copy and what the edit wrote beside it went.
    assert sorted(p.name for p in request.take.parent.iterdir()) == ["take.mp4"]
    assert seen and max(seen) <= 1.0 and any(f <= 0.5 for f in seen)

    work = WorkState(tmp_path / "state", tmp_path / "downloads")
    (tmp_path / "state").mkdir()
    note_export(work, "s1", request.handin, outcome.result, "Video: x.mp4")
    again = WorkState(tmp_path / "state", tmp_path / "downloads").record("s1")
    assert again.status is StudentStatus.EXPORTED
    assert again.exported_video == str(outcome.result.video)
    assert again.history == ["Video: x.mp4"]
    assert outcome.result.video in request.handin.exported["s1"]


def test_a_failed_export_leaves_no_edited_copy_behind(
    tmp_path: Path, shared_fixtures: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the feedback folder should be", encoding="utf-8")
    plan = EditPlan.build(TAKE_DURATION_MS, cuts_ms=[(1000, 2000)])
    request = _request(tmp_path, shared_fixtures, plan, export_root=blocker)
    with pytest.raises(ExportError):
        export_take(request, lambda _f: None)
    assert sorted(p.name for p in request.take.parent.iterdir()) == ["take.mp4"]
