"""Moodle upload zips: every path lands on the right participant, no zip over the limit."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from vidfeedback.export.destinations import export_root_for
from vidfeedback.export.handin import read_handin
from vidfeedback.export.moodle_zip import build_moodle_zips, entry_bytes
from vidfeedback.export.package import export_feedback_package
from vidfeedback.export.safe_write import ExportError
from vidfeedback.model import HandinFolder, Marker, MarkerKind

from .conftest import TAKE_DURATION_MS

VALID_PLUGINS = {("assignsubmission", "file"), ("assignsubmission", "onlinetext"),
                 ("assignfeedback", "file"), ("assignfeedback", "comments")}  # fmt: skip


def moodle_match(path: str, participants: set[int]) -> tuple[int, str] | None:
    """Moodle's rule (assignfeedback_file importziplib, lms.md): the first path component that
    splits on "_" into name, numeric participant id, plugin type and plugin name selects the
    participant; what follows becomes the feedback file's path. Hidden files are skipped."""
    parts = path.split("/")
    if parts[-1].startswith((".", "~")):
        return None
    while parts:
        info = parts.pop(0).split("_", 4)
        if len(info) < 4 or not info[1].isdigit():
            continue
        pid = int(info[1])
        if pid not in participants or (info[2], info[3]) not in VALID_PLUGINS:
            continue
        rest = [info[4]] if len(info) == 5 else [""]
        return pid, "/".join(rest + parts).strip("/")
    return None


def export_all(take: Path, handin: HandinFolder) -> None:
    for student in handin.students:
        export_feedback_package(
            take, handin, student, [Marker(MarkerKind.FEED_BACK, 500)], TAKE_DURATION_MS,
            lang="nb",
        )  # fmt: skip


def test_zips_match_participants_and_respect_the_limit(
    take: Path, handin_copy: Callable[[str], Path]
) -> None:
    handin = read_handin(
        handin_copy("moodle-4.1/NOR1234-Argumenterende tekst-5521"),
        names={"1040214": "Jonas_Ali"},  # an underscore in the name must not break matching
    )
    export_all(take, handin)
    # A re-export adds a second version: only the newest may be uploaded.
    kari = handin.student("1040211")
    assert kari is not None
    newest = export_feedback_package(
        take, handin, kari, [Marker(MarkerKind.FEED_UP, 0)], TAKE_DURATION_MS, lang="nb"
    )
    package_bytes = take.stat().st_size + 20_000
    limit_bytes = int(2.5 * package_bytes)  # two students per zip at most
    plan = build_moodle_zips(export_root_for(handin), limit_bytes)
    assert len(plan.zips) == 3 and plan.too_large == []
    participants = {int(s.key) for s in handin.students}
    seen: dict[int, list[str]] = {}
    for z in plan.zips:
        assert z.path.stat().st_size == z.size_bytes <= limit_bytes
        planned = sum(s.zip_bytes() for s in z.students)
        assert z.size_bytes == planned + 22  # the size was known exactly before writing
        with zipfile.ZipFile(z.path) as zf:
            assert zf.testzip() is None
            for info in zf.infolist():
                match = moodle_match(info.filename, participants)
                assert match is not None, info.filename
                pid, feedback_path = match
                seen.setdefault(pid, []).append(feedback_path)
                folder = info.filename.split("/")[0]
                assert folder.endswith(f"_{pid}_assignfeedback_file")
    assert set(seen) == participants
    assert sorted(seen[1040211]) == sorted(
        p.name for p in (newest.video, newest.chapters_vtt, newest.page)
    )
    assert all(sorted(files) == ["Tilbakemelding.html", "Tilbakemelding.mp4",
                                 "Tilbakemelding.vtt"]
               for pid, files in seen.items() if pid != 1040211)  # fmt: skip
    index = plan.index
    assert index is not None
    text = index.read_text(encoding="utf-8")
    assert "All participants" in text
    for z in plan.zips:
        assert z.path.name in text
        assert all(s.display_name in text for s in z.students)
    assert any("All participants" in m for m in plan.messages)


def test_student_bigger_than_the_limit_is_reported_not_split(
    take: Path, handin_copy: Callable[[str], Path]
) -> None:
    handin = read_handin(handin_copy("moodle-flat/NOR1234-Essay-882"))
    export_all(take, handin)
    plan = build_moodle_zips(export_root_for(handin), take.stat().st_size // 2)
    assert plan.zips == []
    assert sorted(s.participant_id for s in plan.too_large) == ["3001001", "3001002"]
    assert sum("upload it by hand" in m for m in plan.messages) == 2
    # A second build never replaces the first build's files.
    index = plan.index
    assert index is not None
    first_index = index.read_bytes()
    again = build_moodle_zips(export_root_for(handin), 10 * take.stat().st_size)
    assert again.index is not None and again.index != index
    assert index.read_bytes() == first_index
    assert [len(z.students) for z in again.zips] == [2]


def test_nothing_to_upload_is_a_clear_error(handin_copy: Callable[[str], Path]) -> None:
    handin = read_handin(handin_copy("moodle-flat/NOR1234-Essay-882"))
    with pytest.raises(ExportError, match="no feedback to upload"):
        build_moodle_zips(export_root_for(handin))


def test_entry_size_formula_matches_zipfile(tmp_path: Path) -> None:
    data = b"x" * 1234
    path = tmp_path / "a.zip"
    name = "Åse_1_assignfeedback_file/Tilbakemelding.mp4"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
        info.file_size = len(data)
        with zf.open(info, "w") as fh:
            fh.write(data)
    assert path.stat().st_size == entry_bytes(name, len(data)) + 22
    with zipfile.ZipFile(path) as zf:
        assert zf.infolist()[0].flag_bits & 0x800
