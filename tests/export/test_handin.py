"""Every hand-in layout in the shared fixtures, from the folder and from the zip as downloaded."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from vidfeedback.export.handin import apply_names, find_student, read_handin
from vidfeedback.export.handin_layouts import classify
from vidfeedback.export.safe_write import ExportError
from vidfeedback.model import HandinFolder, HandinLayout

MOODLE41 = "moodle-4.1/NOR1234-Argumenterende tekst-5521"
MOODLE41_EXPECTED = {
    "1040211": ("Kari Nordmann", ["Argumenterende tekst - Kari.txt"]),
    "1040212": ("Ola Ødegård", ["klima.txt"]),
    "1040213": ("Åse Berg-Larsen", ["budsjett.csv"]),
    "1040214": ("Jonas Ali", ["sosiale medier.md"]),
    "1040215": ("Lina Øvrebø", ["onlinetext.html"]),
}


def summary(handin: HandinFolder) -> dict[str, tuple[str, list[str]]]:
    return {
        s.key: (
            s.display_name,
            sorted(sub.relative_path.rsplit("/", 1)[-1] for sub in s.submissions),
        )
        for s in handin.students
    }


def test_moodle_41_folder(shared_fixtures: Path) -> None:
    handin = read_handin(shared_fixtures / "handins" / MOODLE41)
    assert handin.layout is HandinLayout.MOODLE
    assert (handin.assignment_name, handin.course, handin.platform_assignment_id) == (
        "Argumenterende tekst", "NOR1234", "5521"
    )  # fmt: skip
    assert summary(handin) == MOODLE41_EXPECTED
    assert handin.unplaced == []
    lina = find_student(handin, "1040215")
    assert lina.submissions[0].relative_path.endswith(
        "_assignsubmission_onlinetext/onlinetext.html"
    )
    assert lina.submissions[0].path.read_text(encoding="utf-8").startswith("<p>")
    assert all(s.platform_id == s.key and not s.anonymous for s in handin.students)


def test_moodle_41_zip_read_in_place_changes_nothing(
    handin_copy: Callable[[str], Path],
) -> None:
    archive = handin_copy(MOODLE41 + ".zip")
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    listing_before = sorted(p.name for p in archive.parent.iterdir())
    handin = read_handin(archive, extract=False)
    assert handin.layout is HandinLayout.MOODLE
    assert handin.assignment_name == "Argumenterende tekst"
    assert summary(handin) == MOODLE41_EXPECTED
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in archive.parent.iterdir()) == listing_before


def test_moodle_41_zip_extracts_a_copy_and_reuses_it(handin_copy: Callable[[str], Path]) -> None:
    archive = handin_copy(MOODLE41 + ".zip")
    before = archive.read_bytes()
    handin = read_handin(archive)
    assert handin.source == archive
    assert handin.root == archive.with_suffix("")
    assert summary(handin) == MOODLE41_EXPECTED
    kari = find_student(handin, "Kari")
    assert kari.submissions[0].path.is_file()
    assert kari.submissions[0].path.is_relative_to(handin.root)
    assert archive.read_bytes() == before
    again = read_handin(archive)
    assert again.root == handin.root  # an earlier unpacking is reused, not duplicated
    assert sorted(p.name for p in archive.parent.iterdir()) == sorted(
        [archive.name, handin.root.name]
    )


def test_zip_next_to_a_different_folder_of_the_same_name_is_unpacked_elsewhere(
    handin_copy: Callable[[str], Path],
) -> None:
    archive = handin_copy(MOODLE41 + ".zip")
    squatter = archive.with_suffix("")
    squatter.mkdir()
    (squatter / "notes.txt").write_text("the teacher's own", encoding="utf-8")
    handin = read_handin(archive)
    assert handin.root == archive.with_name(archive.stem + " (2)")
    assert sorted(p.name for p in squatter.iterdir()) == ["notes.txt"]
    assert summary(handin) == MOODLE41_EXPECTED


def test_moodle_legacy_blind_marking_with_subfolder(shared_fixtures: Path) -> None:
    handin = read_handin(shared_fixtures / "handins/moodle-legacy/NOR1234-Essay-881")
    assert handin.layout is HandinLayout.MOODLE_LEGACY
    assert handin.assignment_name == "Essay"
    assert [(s.key, s.anonymous) for s in handin.students] == [
        ("2001001", True),
        ("2001002", True),
    ]
    second = handin.students[1]
    assert second.display_name == "Participant 2001002"
    assert sorted(s.relative_path.split("/", 1)[1] for s in second.submissions) == [
        "essay.txt",
        "vedlegg/tabell.csv",
    ]


def test_moodle_flat(shared_fixtures: Path) -> None:
    handin = read_handin(shared_fixtures / "handins/moodle-flat/NOR1234-Essay-882")
    assert handin.layout is HandinLayout.MOODLE_FLAT
    assert summary(handin) == {
        "3001001": ("Kari Nordmann", ["Kari Nordmann_3001001_assignsubmission_file_essay.txt"]),
        "3001002": ("Ola Ødegård", ["Ola Ødegård_3001002_assignsubmission_file_klima.txt"]),
    }
    assert all(s.folder is None for s in handin.students)


def test_canvas_late_and_text_entry(shared_fixtures: Path) -> None:
    handin = read_handin(
        shared_fixtures / "handins/canvas/nor1234-argumenterende_tekst_submissions"
    )
    assert handin.layout is HandinLayout.CANVAS
    assert handin.assignment_name == "Argumenterende tekst"
    assert handin.course == "nor1234"
    by_id = {s.platform_id or "": s for s in handin.students}
    assert sorted(by_id) == ["48213", "48214", "48215", "48216"]
    assert by_id["48213"].display_name == "nordmannkari"
    assert by_id["48214"].late and not by_id["48213"].late
    assert by_id["48214"].display_name == "ødegårdola"
    assert by_id["48216"].submissions[0].relative_path == "øvrebølina_48216_text.html"
    assert handin.unplaced == []


def test_canvas_anonymous(tmp_path: Path) -> None:
    folder = tmp_path / "hist-essay_submissions"
    folder.mkdir()
    for name in ("anon_Xa9Qz_991234_essay.docx", "anon_Bb2Kk_LATE_991240_essay.pdf"):
        (folder / name).write_text("x", encoding="utf-8")
    handin = read_handin(folder)
    assert handin.layout is HandinLayout.CANVAS
    assert [(s.key, s.anonymous, s.late) for s in handin.students] == [
        ("anon_Bb2Kk", True, True),
        ("anon_Xa9Qz", True, False),
    ]


def test_plain_folder_per_student(shared_fixtures: Path) -> None:
    handin = read_handin(shared_fixtures / "handins/plain/8B norsk - drøftende tekst")
    assert handin.layout is HandinLayout.PLAIN_FOLDERS
    assert handin.assignment_name == "8B norsk - drøftende tekst"
    assert [s.display_name for s in handin.students] == [
        "Kari Nordmann",
        "Ola Ødegård",
        "Åse Berg-Larsen",
    ]
    assert all(s.folder is not None and s.folder.is_dir() for s in handin.students)
    assert all(s.platform_id is None for s in handin.students)


def test_plain_flat_folder_groups_a_students_files(tmp_path: Path, shared_fixtures: Path) -> None:
    folder = tmp_path / "7A engelsk"
    shutil.copytree(shared_fixtures / "texts", folder)
    (folder / "essay-kari.pdf").write_bytes(b"%PDF-1.4")
    handin = read_handin(folder)
    assert handin.layout is HandinLayout.PLAIN_FILES
    assert summary(handin)["essay-kari"] == ("essay-kari", ["essay-kari.pdf", "essay-kari.txt"])
    assert len(handin.students) == 5


def test_what_cannot_be_placed_is_listed(handin_copy: Callable[[str], Path]) -> None:
    root = handin_copy(MOODLE41)
    (root / "oppgavetekst.pdf").write_bytes(b"%PDF")
    (root / "diverse").mkdir()
    (root / "diverse" / "notat.txt").write_text("x", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"junk")
    handin = read_handin(root)
    assert handin.layout is HandinLayout.MOODLE
    assert summary(handin) == MOODLE41_EXPECTED
    assert sorted((u.relative_path, u.path.is_file()) for u in handin.unplaced) == [
        ("diverse/notat.txt", True),
        ("oppgavetekst.pdf", True),
    ]
    assert all(u.reason for u in handin.unplaced)


def test_folder_that_matches_no_layout_falls_back_and_names_can_be_corrected(
    tmp_path: Path,
) -> None:
    root = tmp_path / "Innlevering"
    for name in ("gruppe 1", "gruppe 2"):
        (root / name).mkdir(parents=True)
        (root / name / "rapport.docx").write_bytes(b"PK")
    (root / "les meg.txt").write_text("x", encoding="utf-8")
    handin = read_handin(root, names={"gruppe 1": "Kari og Ola"})
    assert handin.layout is HandinLayout.PLAIN_FOLDERS
    assert [s.display_name for s in handin.students] == ["Kari og Ola", "gruppe 2"]
    assert [u.relative_path for u in handin.unplaced] == ["les meg.txt"]
    apply_names(handin, {"gruppe 2": "  Åse  "})
    assert handin.students[1].display_name == "Åse"


def test_wrapping_folder_is_looked_through(handin_copy: Callable[[str], Path]) -> None:
    parent = handin_copy("moodle-legacy")
    handin = read_handin(parent)
    assert handin.layout is HandinLayout.MOODLE_LEGACY
    assert handin.root == parent / "NOR1234-Essay-881"
    assert handin.assignment_name == "Essay"
    assert all(s.submissions[0].path.is_file() for s in handin.students)


def test_macos_decomposed_names_become_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Ola Ødegård_1040212_assignsubmission_file")
    root = tmp_path / unicodedata.normalize("NFD", "NOR1234-Drøfting-77")
    (root / nfd).mkdir(parents=True)
    (root / nfd / unicodedata.normalize("NFD", "kåseri.txt")).write_text("x", encoding="utf-8")
    handin = read_handin(root)
    (ola,) = handin.students
    assert ola.display_name == "Ola Ødegård"
    assert unicodedata.is_normalized("NFC", ola.display_name)
    assert handin.assignment_name == "Drøfting"
    assert ola.submissions[0].relative_path.endswith("/kåseri.txt")
    assert unicodedata.is_normalized("NFC", ola.submissions[0].relative_path)
    assert ola.submissions[0].path.is_file()  # the real (NFD) path is kept for opening it


def test_zip_names_in_nfd_cp437_and_unflagged_utf8(tmp_path: Path) -> None:
    archive = tmp_path / "NOR1234-Drøfting-77.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        # An ASCII stand-in of the same byte length, patched below into unflagged UTF-8 bytes,
        # as some servers write names (Python then reads them as cp437).
        zf.writestr("AAse Berg_1040213_assignsubmission_file/budsjett.csv", "a")
        nfd = unicodedata.normalize("NFD", "Ola Ødegård_1040212_assignsubmission_file/å.txt")
        zf.writestr(nfd, "b")
        zf.writestr("../../escape_1_assignsubmission_file/evil.txt", "c")
    data = archive.read_bytes()
    assert data.count(b"AAse Berg") == 2  # local header and central directory
    archive.write_bytes(data.replace(b"AAse Berg", "Åse Berg".encode()))
    handin = read_handin(archive)
    assert [s.display_name for s in handin.students] == ["Ola Ødegård", "Åse Berg"]
    assert handin.students[0].submissions[0].relative_path.endswith("/å.txt")
    assert [(u.relative_path, "outside" in u.reason) for u in handin.unplaced] == [
        ("../../escape_1_assignsubmission_file/evil.txt", True)
    ]
    assert not (tmp_path / "escape_1_assignsubmission_file").exists()
    assert not (tmp_path.parent / "escape_1_assignsubmission_file").exists()


def test_classify_prefers_platform_only_when_it_places_most_files() -> None:
    one_moodle = ["Kari_1_assignsubmission_file_a.txt", "notes.txt", "plan.txt", "x.txt"]
    assert classify(one_moodle).layout is HandinLayout.PLAIN_FILES
    two_moodle = ["Kari_1_assignsubmission_file_a.txt", "Ola_2_assignsubmission_file_b.txt", "x"]
    result = classify(two_moodle)
    assert result.layout is HandinLayout.MOODLE_FLAT
    assert result.unplaced == [("x", "the name does not follow Moodle's pattern")]


def test_find_student_by_id_name_and_ambiguity(shared_fixtures: Path) -> None:
    handin = read_handin(shared_fixtures / "handins" / MOODLE41)
    assert find_student(handin, "1040213").display_name == "Åse Berg-Larsen"
    nfd = unicodedata.normalize("NFD", "ola ødegård")
    assert find_student(handin, nfd).key == "1040212"
    with pytest.raises(ExportError, match="several students"):
        find_student(handin, "a")  # in every name
    with pytest.raises(ExportError, match="No student “Per”"):
        find_student(handin, "Per")


def test_missing_or_non_zip_input_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        read_handin(tmp_path / "nope")
    text = tmp_path / "x.pdf"
    text.write_bytes(b"%PDF")
    with pytest.raises(ExportError, match="neither a folder nor a zip"):
        read_handin(text)
