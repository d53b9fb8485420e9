"""Rubrics from Excel (Norway/Sweden) and Google Sheets CSV, and the native rubric file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vidfeedback.export.rubric_csv import RubricError, load_rubric_csv, parse_rubric_csv, slug
from vidfeedback.export.rubric_file import (
    load_rubric,
    rubric_from_toml,
    rubric_to_toml,
    save_rubric,
)
from vidfeedback.export.safe_write import ExportError
from vidfeedback.model import Criterion, Rubric

LEVELS = ("Lav måloppnåelse", "Middels måloppnåelse", "Høy måloppnåelse")


def test_excel_norway_semicolon_bom_quoted(shared_fixtures: Path) -> None:
    rubric = load_rubric_csv(shared_fixtures / "rubrics/argumenterende-tekst.excel.csv")
    assert rubric.level_names == LEVELS
    assert [c.id for c in rubric.criteria] == [
        "problemstilling",
        "argumentasjon",
        "kildebruk",
        "sprak-og-struktur",
        "innledning-og-avslutning",
    ]
    last = rubric.criteria[-1]
    assert last.name == "Innledning og avslutning"  # quoted field, quotes removed
    assert last.description == "Innledningen presenterer temaet; avslutningen konkluderer"
    assert last.levels[2] == (
        "Høy måloppnåelse",
        "Innledning vekker interesse; avslutning svarer på problemstillingen",
    )
    assert all(len(c.levels) == 3 for c in rubric.criteria)
    assert not rubric.criteria[0].name.startswith("\ufeff")


def test_google_sheets_comma_two_columns(shared_fixtures: Path) -> None:
    rubric = load_rubric_csv(shared_fixtures / "rubrics/budsjett.sheets.csv")
    assert rubric.level_names == ()
    assert [(c.id, c.name) for c in rubric.criteria] == [
        ("formler", "Formler"),
        ("oppsett", "Oppsett"),
        ("vurdering", "Vurdering"),
    ]
    assert rubric.criteria[0].description == (
        "Summer og resultat beregnes med formler, ikke tall skrevet inn for hånd"
    )


def test_excel_windows_1252_without_bom(shared_fixtures: Path) -> None:
    utf8 = (shared_fixtures / "rubrics/argumenterende-tekst.excel.csv").read_bytes()
    cp1252 = utf8.removeprefix(b"\xef\xbb\xbf").decode("utf-8").encode("cp1252")
    rubric = parse_rubric_csv(cp1252.replace(b"\n", b"\r\n"))
    assert rubric.level_names == LEVELS
    assert rubric.criteria[3].name == "Språk og struktur"
    from_utf8 = load_rubric_csv(shared_fixtures / "rubrics/argumenterende-tekst.excel.csv")
    assert rubric.criteria == from_utf8.criteria


def test_swedish_excel_with_multiline_cell_and_tab_separated() -> None:
    swedish = (
        "Bedömningskriterium;Beskrivning;E;C;A\r\n"
        'Källor;"Använder källor;\r\nflera rader";Enkelt;Utvecklat;Välutvecklat\r\n'
        "Språk;Stavning;;;\r\n"
    ).encode("cp1252")
    rubric = parse_rubric_csv(swedish)
    assert rubric.level_names == ("E", "C", "A")
    assert rubric.criteria[0].description == "Använder källor;\nflera rader"
    assert rubric.criteria[1].levels == ()
    tabbed = parse_rubric_csv(b"Criterion\tDescription\nSources\tCited, checked\n")
    assert tabbed.criteria[0].description == "Cited, checked"


def test_headerless_file_keeps_its_first_criterion() -> None:
    rubric = parse_rubric_csv(b"Formler;Bruk formler;Lite;Mye\nOppsett;Ryddig;;\n")
    assert [c.name for c in rubric.criteria] == ["Formler", "Oppsett"]
    assert rubric.level_names == ("Level 1", "Level 2")


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ('Kriterium;Beskrivelse\nA;ok\nB;"never closed\nC;x\n', 3, "never closed"),
        ("Kriterium;Beskrivelse\nA;ok\nB;one;two;three\n", 3, "4 fields where the header has 2"),
        (
            "Kriterium;Beskrivelse\nA;ok\n;orphan description\n",
            3,
            "criterion (first column) is empty",
        ),
        ("Kriterium;Beskrivelse\nKilder;a\n\nkilder;b\n", 4, "already on line 2"),
        ("Kriterium;Beskrivelse\n", 1, "header but no criteria"),
        ('Kriterium,Beskrivelse\nA,"bad "quote" here"\n', 2, "written twice"),
    ],
)
def test_broken_csv_reports_line_and_reason(content: str, line: int, reason: str) -> None:
    with pytest.raises(RubricError) as info:
        parse_rubric_csv(content.encode("utf-8"))
    assert info.value.line == line
    assert reason in info.value.reason
    assert f"line {line}" in str(info.value)


def test_not_a_csv_at_all(tmp_path: Path) -> None:
    xlsx = tmp_path / "kriterier.xlsx"
    xlsx.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    with pytest.raises(RubricError, match="not a text file"):
        load_rubric_csv(xlsx)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n;;\r\n")
    with pytest.raises(RubricError, match="no rows"):
        load_rubric_csv(empty)
    with pytest.raises(RubricError, match="cannot read"):
        load_rubric_csv(tmp_path / "missing.csv")


def test_slug_is_ascii_and_stable() -> None:
    assert slug("Språk og struktur") == "sprak-og-struktur"
    assert slug("Æstetikk / Ønsker") == "aestetikk-onsker"
    assert slug("Källkritik") == "kallkritik"
    assert slug("???") == "criterion"


def test_native_round_trip_is_exact_and_readable(shared_fixtures: Path, tmp_path: Path) -> None:
    rubric = load_rubric_csv(shared_fixtures / "rubrics/argumenterende-tekst.excel.csv")
    rubric.title = 'Argumenterende tekst "vår" \\ 2025'
    rubric.criteria.append(Criterion("tabs", "Tab\tand\nnewline", "ctrl\x01char"))
    text = rubric_to_toml(rubric)
    assert 'name = "Kildebruk"' in text  # a person can read and edit it
    assert "Høy måloppnåelse" in text  # not \u-escaped
    assert rubric_from_toml(text) == rubric
    path = tmp_path / "vidfeedback.rubric.toml"
    save_rubric(rubric, path)
    assert load_rubric(path) == rubric


def test_save_replaces_only_our_own_rubric(tmp_path: Path) -> None:
    path = tmp_path / "kriterier.rubric.toml"
    save_rubric(Rubric("v1", [Criterion("a", "A")]), path)
    save_rubric(Rubric("v2", [Criterion("b", "B")]), path)
    assert load_rubric(path).title == "v2"
    foreign = tmp_path / "notes.toml"
    foreign.write_text('title = "the teacher\'s own file"\n', encoding="utf-8")
    with pytest.raises(ExportError, match="not written by vidfeedback"):
        save_rubric(Rubric("x"), foreign)
    assert foreign.read_text(encoding="utf-8") == 'title = "the teacher\'s own file"\n'
    assert sorted(os.listdir(tmp_path)) == ["kriterier.rubric.toml", "notes.toml"]


def test_broken_native_file_says_where(tmp_path: Path) -> None:
    path = tmp_path / "x.rubric.toml"
    path.write_text(
        'format = "vidfeedback-rubric"\nversion = 1\ntitle = "ok"\n\n[[criteria]]\nname = "A\n',
        encoding="utf-8",
    )
    with pytest.raises(RubricError) as info:
        load_rubric(path)
    assert info.value.line == 6
    path.write_text('format = "vidfeedback-rubric"\nversion = 99\n', encoding="utf-8")
    with pytest.raises(RubricError, match="newer than this app"):
        load_rubric(path)
    path.write_text('title = "x"\n', encoding="utf-8")
    with pytest.raises(RubricError, match="not a vidfeedback rubric"):
        load_rubric(path)
