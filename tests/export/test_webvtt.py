"""WebVTT chapters: written, parsed back, and strict about what browsers reject."""

from __future__ import annotations

import pytest

from vidfeedback.export.webvtt import WebVTTError, chapters_to_webvtt, parse_webvtt, vtt_timestamp
from vidfeedback.model import Chapter


def test_round_trip_with_markup_characters_and_long_times() -> None:
    chapters = [
        Chapter(0, 1500, "Mål: Kildebruk"),
        Chapter(1500, 3_725_042, "Feed back: a --> b & <c>"),
    ]
    text = chapters_to_webvtt(chapters)
    assert text.startswith("WEBVTT\n\n")
    assert "01:02:05.042" in text and "-->" not in text.split("\n")[-2]
    assert parse_webvtt(text) == chapters


def test_newlines_in_titles_cannot_end_a_cue_early() -> None:
    text = chapters_to_webvtt([Chapter(0, 1000, "line one\n\nline two")])
    assert parse_webvtt(text) == [Chapter(0, 1000, "line one line two")]


def test_timestamp_format() -> None:
    assert vtt_timestamp(0) == "00:00:00.000"
    assert vtt_timestamp(61_001) == "00:01:01.001"


@pytest.mark.parametrize(
    "text",
    ["WEBVT\n\n00:00.000 --> 00:01.000\nx\n", "WEBVTT\n\n1\n00:00 --> 00:01.000\nx\n",
     "WEBVTT\n\n00:02.000 --> 00:01.000\nx\n"],
)  # fmt: skip
def test_invalid_files_are_rejected(text: str) -> None:
    with pytest.raises(WebVTTError):
        parse_webvtt(text)
