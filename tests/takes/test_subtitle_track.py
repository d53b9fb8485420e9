"""The captions track in the final MP4 (takes/subtitle_track.py through write_final_mp4): a
language-tagged mov_text stream whose cues FFmpeg reads back, written beside stream-copied
picture and sound that are byte for byte the same as without it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from support.realstack import decode_problems, ffprobe
from takes.test_finish import CHAPTERS, make_fragmented
from vidfeedback.takes.finish import read_chapters, write_final_mp4
from vidfeedback.takes.subtitle_track import SubtitleTrack, TimedText

TRACK = SubtitleTrack(
    "nb",
    (
        TimedText(500, 2000, "Hei Kari, æøå."),
        TimedText(2100, 4000, "Innledningen er god,\nmen kildene mangler."),
        TimedText(3900, 5500, "Overlapper litt."),  # starts before the last ends
    ),
)


def _stream_md5(path: Path, selector: str) -> str:
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", selector, "-c", "copy",
         "-f", "md5", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout.strip()


def _as_webvtt(path: Path) -> str:
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:s:0", "-f", "webvtt", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout


def test_captions_track_is_tagged_and_readable_and_media_untouched(tmp_path: Path) -> None:
    source = make_fragmented(tmp_path / "take.mp4")
    plain, captioned = tmp_path / "plain.mp4", tmp_path / "captioned.mp4"
    write_final_mp4(source, plain, CHAPTERS)
    write_final_mp4(source, captioned, CHAPTERS, subtitles=TRACK)

    streams = ffprobe(captioned)["streams"]
    subtitle = [s for s in streams if s["codec_type"] == "subtitle"]
    assert len(subtitle) == 1
    assert subtitle[0]["codec_name"] == "mov_text"
    assert subtitle[0]["tags"]["language"] == "nob"
    # Stream copy: the picture and the sound are the very same packets.
    for selector in ("0:v:0", "0:a:0"):
        assert _stream_md5(captioned, selector) == _stream_md5(plain, selector)
    assert read_chapters(captioned) == read_chapters(plain)
    assert decode_problems(captioned) == ""

    vtt = _as_webvtt(captioned)
    assert "00:00.500 --> 00:02.000\nHei Kari, æøå." in vtt
    assert "00:02.100 --> 00:04.000\nInnledningen er god,\nmen kildene mangler." in vtt
    # An overlapping cue is moved to start when the previous ends: players show one at a time.
    assert "00:04.000 --> 00:05.500\nOverlapper litt." in vtt


@pytest.mark.parametrize(("lang", "tag"), [("nn", "nno"), ("sv", "swe"), ("en", "eng")])
def test_language_tags(tmp_path: Path, lang: str, tag: str) -> None:
    source = make_fragmented(tmp_path / "take.mp4")
    out = tmp_path / "final.mp4"
    write_final_mp4(source, out, CHAPTERS, subtitles=SubtitleTrack(lang, TRACK.texts[:1]))
    subtitle = [s for s in ffprobe(out)["streams"] if s["codec_type"] == "subtitle"]
    assert subtitle[0]["tags"]["language"] == tag
