"""What there is to return: packages found through their sidecars, the newest per student, the
files the student gets, and the states the view shows."""

from __future__ import annotations

import json
from pathlib import Path

from support.lms_packages import export_for, exported_canvas, exported_moodle
from vidfeedback.lms.ledger import Ledger, Target
from vidfeedback.lms.returns import (
    ReturnState,
    find_packages,
    open_ledger,
    overview,
    package_hash,
)
from vidfeedback.model import GradePractice


def test_files_listed_in_the_sidecar_go_including_captions_and_nothing_else(
    shared_fixtures: Path, take: Path, tmp_path: Path
) -> None:
    handin = exported_moodle(shared_fixtures, take, tmp_path)
    package = find_packages(handin)["1040211"]
    folder = package.sidecar.parent
    captions = folder / "Tilbakemelding.nb.vtt"
    captions.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHei\n", encoding="utf-8")
    (folder / "notes-to-self.txt").write_text("not for the student", encoding="utf-8")
    data = json.loads(package.sidecar.read_text(encoding="utf-8"))
    data["files"]["captions_vtt"] = captions.name
    package.sidecar.write_text(json.dumps(data), encoding="utf-8")
    again = find_packages(handin)["1040211"]
    assert [p.name for p in again.files] == [
        "Tilbakemelding.mp4",
        "Tilbakemelding.nb.vtt",
        "Tilbakemelding.vtt",
        "Tilbakemelding.html",
    ]
    assert again.grade_for_lms() == "5"
    assert again.comment_text().startswith("Tilbakemelding") and "\r" not in again.comment_text()


def test_the_newest_export_wins_and_a_package_without_its_video_is_not_returned(
    shared_fixtures: Path, take: Path, tmp_path: Path
) -> None:
    handin = exported_canvas(shared_fixtures, take, tmp_path)
    export_for(handin, take, "48214", note="Second.", practice=GradePractice.IN_VIDEO, grade="6")
    newest = find_packages(handin)["48214"]
    assert "(2)" in newest.sidecar.name and newest.grade_for_lms() == "6"
    newest.files[0].unlink()  # its video is gone
    fallback = find_packages(handin)["48214"]
    assert "(2)" not in fallback.sidecar.name  # the earlier, complete package
    assert fallback.grade_for_lms() is None  # exported under "no_grade"


def test_states_follow_the_ledger(shared_fixtures: Path, take: Path, tmp_path: Path) -> None:
    handin = exported_canvas(shared_fixtures, take, tmp_path)
    ledger = open_ledger(handin)
    assert isinstance(ledger, Ledger)
    rows = {r.student.key: r for r in overview(handin, ledger).students}
    assert rows["48213"].state is ReturnState.EXPORTED
    assert rows["48216"].state is ReturnState.NOT_EXPORTED
    digest = rows["48213"].package_hash
    assert digest is not None
    target = Target("canvas", "https://canvas.example.edu", "7", "42")
    ledger.begin_posting(target, "48213", digest, file_ids=["1"])
    ledger.finish_posting(target, "48213", digest, comment_id="9")
    states = {r.student.key: r.state for r in overview(handin, ledger).students}
    assert states["48213"] is ReturnState.RETURNED
    package = find_packages(handin)["48213"]
    package.files[-1].write_text("<p>changed</p>", encoding="utf-8")
    assert package_hash(ledger, package) != digest
    rows = {r.student.key: r for r in overview(handin, Ledger(ledger.root)).students}
    assert rows["48213"].state is ReturnState.CHANGED
    last = rows["48213"].last_return
    assert last is not None and last.platform_ids["comment_id"] == "9"


def test_two_ledger_objects_on_one_file_lose_nothing(tmp_path: Path) -> None:
    """The view and its upload thread (or the command line) each hold one; a change by either
    is read again before the other writes."""
    view, upload = Ledger(tmp_path), Ledger(tmp_path)
    target = Target("canvas", "https://canvas.example.edu", "7", "42")
    upload.begin_posting(target, "48213", "abc", file_ids=["1"])
    view.set_setting("canvas_address", "https://canvas.example.edu/courses/7/assignments/42")
    upload.finish_posting(target, "48213", "abc", comment_id="9")
    video = tmp_path / "v.mp4"
    video.write_bytes(b"x" * 1000)
    view.sha256(video)
    view.flush()
    fresh = Ledger(tmp_path)
    assert fresh.returned_to(target, "48213", "abc")
    assert fresh.setting("canvas_address").endswith("/assignments/42")
    assert str(video.resolve()) in fresh._data["hashes"]
    view.reload()
    assert view.returned_to(target, "48213", "abc")
