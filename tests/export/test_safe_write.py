"""Names that work on every file system, and writes that never clobber or leave half files."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from vidfeedback.export.safe_write import (
    ExportError,
    ensure_folder,
    first_free_stem,
    publish_no_clobber,
    safe_component,
    write_new_file,
    write_new_text,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kari Nordmann", "Kari Nordmann"),
        ("AC/DC", "AC-DC"),
        ('a\\b:c*d?e"f<g>h|i', "a-b-c-d-e-f-g-h-i"),
        ("../../etc", "etc"),
        ("..", "student"),
        ("CON", "CON-"),
        ("com1.txt", "com1-.txt"),
        ("Lpt9", "Lpt9-"),
        ("CONSOLE", "CONSOLE"),
        ("Kari. ", "Kari"),
        (".hidden", "hidden"),
        ("tab\there\nnewline", "tab-here-newline"),
        (unicodedata.normalize("NFD", "Åse Ødegård"), "Åse Ødegård"),
    ],
)
def test_safe_component(name: str, expected: str) -> None:
    assert safe_component(name) == expected


def test_long_names_are_cut_at_a_character_boundary() -> None:
    cut = safe_component("Ø" * 300)
    assert len(cut.encode("utf-8")) <= 120 and set(cut) == {"Ø"}
    combining = safe_component("e\u0301" * 100)  # NFC makes these é; stays whole letters
    assert unicodedata.is_normalized("NFC", combining)
    assert len(combining.encode("utf-8")) <= 120


def test_first_free_stem_is_case_insensitive_and_covers_all_suffixes(tmp_path: Path) -> None:
    (tmp_path / "feedback.MP4").write_bytes(b"")
    (tmp_path / "Feedback (2).txt").write_bytes(b"")
    assert first_free_stem(tmp_path, "Feedback", [".mp4", ".txt"]) == "Feedback (3)"
    assert first_free_stem(tmp_path / "missing", "Feedback", [".mp4"]) == "Feedback"


def test_publish_never_replaces_an_existing_file(tmp_path: Path) -> None:
    theirs = tmp_path / "Feedback.mp4"
    theirs.write_bytes(b"theirs")
    with pytest.raises(FileExistsError):
        write_new_text(theirs, "ours")
    assert theirs.read_bytes() == b"theirs"
    assert os.listdir(tmp_path) == ["Feedback.mp4"]  # the temporary file is gone too
    tmp = tmp_path / ".x.part"
    tmp.write_bytes(b"ours")
    with pytest.raises(FileExistsError):
        publish_no_clobber(tmp, theirs)
    assert theirs.read_bytes() == b"theirs"


def test_failed_fill_leaves_no_file(tmp_path: Path) -> None:
    def fill(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("the encoder died")

    with pytest.raises(RuntimeError):
        write_new_file(tmp_path / "Feedback.mp4", fill)
    assert os.listdir(tmp_path) == []


def test_ensure_folder_reports_what_it_made_and_refuses_a_file(tmp_path: Path) -> None:
    made = ensure_folder(tmp_path / "a" / "b")
    assert made == [tmp_path / "a", tmp_path / "a" / "b"]
    assert ensure_folder(tmp_path / "a" / "b") == []
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(ExportError, match="is a file"):
        ensure_folder(tmp_path / "file")
