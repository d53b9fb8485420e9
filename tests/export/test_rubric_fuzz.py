"""Fuzzing the rubric readers: every byte string is a rubric or a RubricError, never a crash.

The cases are built the way broken rubric files are made in practice: a byte-order mark that
lies about the encoding, UTF-16 cut at an odd length, CSV punctuation in every place, Excel's
Windows-1252, NUL bytes, and plain random bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vidfeedback.export.rubric_csv import RubricError, decode_csv_bytes, parse_rubric_csv
from vidfeedback.export.rubric_file import load_rubric, rubric_from_toml
from vidfeedback.model import Rubric

BOMS = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Characters that steer the CSV reader and the delimiter guess, plus letters Excel users type.
CSV_ALPHABET = st.sampled_from(
    list(';,\t"\r\n ')
    + list("abcKriterium")
    + ["æ", "ø", "å", "Ö", "€", "\x00", "\u2028", "\ufeff"]
)
csv_text = st.lists(st.one_of(CSV_ALPHABET, st.text(max_size=3)), max_size=80).map("".join)
encoded_text = st.tuples(
    csv_text, st.sampled_from(("utf-8", "utf-16-le", "utf-16-be", "cp1252"))
).map(lambda te: te[0].encode(te[1], errors="replace"))
rubric_bytes = st.tuples(
    st.sampled_from(BOMS),
    st.one_of(encoded_text, st.binary(max_size=200)),
    st.integers(min_value=0, max_value=3),
).map(lambda parts: (parts[0] + parts[1])[: len(parts[0] + parts[1]) - parts[2]])

FUZZ = settings(
    max_examples=3000,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def _rubric_or_documented_error(data: bytes) -> None:
    try:
        rubric = parse_rubric_csv(data, "fuzz")
    except RubricError as exc:
        assert str(exc)  # a sentence for the teacher, not an empty message
        return
    assert isinstance(rubric, Rubric)
    assert rubric.criteria
    assert all(c.name and c.name == c.name.strip() for c in rubric.criteria)


@FUZZ
@given(rubric_bytes)
def test_csv_reader_gives_a_rubric_or_a_rubric_error(data: bytes) -> None:
    _rubric_or_documented_error(data)


@settings(max_examples=1000, deadline=None, database=None, derandomize=True)
@given(st.text(max_size=300))
def test_toml_reader_gives_a_rubric_or_a_rubric_error(text: str) -> None:
    try:
        rubric_from_toml('format = "vidfeedback-rubric"\nversion = 1\n' + text)
    except RubricError as exc:
        assert str(exc)


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (b"\xef\xbb\xbfKriterium;Beskrivelse\r\nSpr\xe5k;ok\r\n", 29),  # BOM, then cp1252 "å"
        (b"\xff\xfeK\x00r\x00i", 6),  # UTF-16 cut in the middle of a character
        (b"\xfe\xff\x00K\x00", 4),
    ],
)
def test_a_byte_order_mark_that_lies_is_refused_with_the_offset(data: bytes, offset: int) -> None:
    with pytest.raises(RubricError, match=f"byte {offset} is not UTF-"):
        parse_rubric_csv(data)


def test_utf16_with_both_byte_orders_still_reads() -> None:
    text = "Kriterium;Beskrivelse\r\nSpråk;Rettskriving\r\n"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        rubric = parse_rubric_csv(bom + text.encode(codec))
        assert [c.name for c in rubric.criteria] == ["Språk"]
    assert decode_csv_bytes(b"Spr\xe5k") == "Språk"  # Excel's Windows-1252 without a mark


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(rubric_bytes, st.sampled_from((".csv", ".tsv", ".txt", ".toml")))
def test_load_rubric_on_real_files(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path: Path = tmp_path_factory.mktemp("rubric") / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        rubric = load_rubric(path)
    except RubricError as exc:
        assert path.name in str(exc)
    else:
        assert rubric.criteria or suffix == ".toml"
