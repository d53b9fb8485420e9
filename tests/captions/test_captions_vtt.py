"""The captions WebVTT file (captions/vtt.py): written, read back, refused when damaged, never
written over unless asked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vidfeedback.captions.cues import Cue
from vidfeedback.captions.vtt import (
    Captions,
    CaptionsFileError,
    captions_path_for,
    captions_to_webvtt,
    parse_captions,
    read_captions,
    write_captions,
)

CAPTIONS = Captions(
    "nb",
    [
        Cue(0, 1500, "Hei Kari."),
        Cue(1600, 4200, "Innledningen din er god,\nmen <tegn> & --> kan bli bedre."),
        Cue(3_723_456, 3_725_000, "Etter en time."),
    ],
    "nb-whisper-base",
)


def test_round_trip_keeps_language_text_lines_and_times() -> None:
    text = captions_to_webvtt(CAPTIONS)
    assert text.startswith("WEBVTT\nKind: captions\nLanguage: nb\n")
    assert "01:02:03.456 --> 01:02:05.000" in text
    # The arrow in cue text is escaped: only timing lines hold one.
    assert "men &lt;tegn&gt; &amp; --&gt; kan bli bedre." in text.split("\n")
    assert parse_captions(text) == CAPTIONS


def test_ffmpeg_reads_our_file_with_the_same_cues(tmp_path: Path) -> None:
    """A second, independent WebVTT reader: FFmpeg's."""
    path = tmp_path / "take.captions.vtt"
    write_captions(path, CAPTIONS)
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "srt", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "00:00:01,600 --> 00:00:04,200" in out.stdout
    assert "men <tegn> & --> kan bli bedre." in out.stdout


def test_file_from_another_tool_is_read() -> None:
    other = (
        "\ufeffWEBVTT - made elsewhere\r\n\r\nNOTE a note\r\n\r\n"
        "00:01.000 --> 00:02.500 align:start\r\n<v Teacher>Good <b>work</b></v>\r\n\r\n"
        "1\r\n00:03.000 --> 00:04.000\r\nNext &amp; last\r\n"
    )
    captions = parse_captions(other, default_lang="sv")
    assert captions.lang == "sv"
    assert captions.cues == [Cue(1000, 2500, "Good work"), Cue(3000, 4000, "Next & last")]


@pytest.mark.parametrize(
    "bad",
    ["", "WEBVT\n\n00:01.000 --> 00:02.000\nx", "WEBVTT\n\n00:02.000 --> 00:01.000\nx",
     "WEBVTT\n\nabc\n00:0x.000 --> 00:01.000\nx"],
)  # fmt: skip
def test_damaged_files_are_refused_with_a_reason(bad: str) -> None:
    with pytest.raises(CaptionsFileError):
        parse_captions(bad)


def test_an_existing_file_is_not_written_over_unless_replacing(tmp_path: Path) -> None:
    take = tmp_path / "take.mp4"
    path = captions_path_for(take)
    assert path.name == "take.captions.vtt"
    path.write_text("the teacher's own file", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_captions(path, CAPTIONS)
    assert path.read_text(encoding="utf-8") == "the teacher's own file"
    assert not list(tmp_path.glob(".*.part"))
    write_captions(path, CAPTIONS, replace=True)
    assert read_captions(path) == CAPTIONS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["take.captions.vtt"]
