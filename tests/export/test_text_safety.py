"""Text that teachers and students wrote, in every file a student sees: one line where a line
is expected, no control characters, bidi controls that cannot reorder what follows, and
nothing a terminal would act on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vidfeedback.export.content import feedback_chapters
from vidfeedback.export.html_page import render_feedback_page
from vidfeedback.export.labels import kind_labels
from vidfeedback.export.summary import summary_text
from vidfeedback.export.text_safety import (
    balance_bidi,
    isolated,
    multi_line,
    one_line,
    terminal_safe,
)
from vidfeedback.export.webvtt import chapters_to_webvtt, parse_webvtt
from vidfeedback.model import Marker, MarkerKind

from .chromium import CHROMIUM, Chromium

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
HOSTILE = "Line one\nLine two\r\n00:00:01.000 --> 00:00:02.000\x00\x1b[31m\u2028end\x85"


def test_one_line_keeps_words_and_drops_breaks_and_controls() -> None:
    assert one_line(HOSTILE) == "Line one Line two 00:00:01.000 --> 00:00:02.000[31m end"
    assert one_line("  Språk\tog  struktur ") == "Språk og struktur"
    assert one_line("A\u0301") == "Á"  # NFC


def test_multi_line_keeps_the_lines_with_one_kind_of_break() -> None:
    note = "\n\nFirst\r\nsecond\rthird\x00\u2029fourth  \n\n"
    assert multi_line(note) == "First\nsecond\nthird\nfourth"
    assert multi_line(note, "\r\n") == "First\r\nsecond\r\nthird\r\nfourth"


def test_bidi_controls_are_balanced() -> None:
    assert balance_bidi(f"abc{RLO}def") == f"abc{RLO}def{PDF}"
    assert balance_bidi(f"{PDI}{PDF}x") == "x"  # terminators that close nothing
    assert balance_bidi(f"{LRI}a{RLO}b{PDI}c") == f"{LRI}a{RLO}b{PDF}{PDI}c"
    assert isolated(f"x{RLO}") == f"\u2068x{RLO}{PDF}{PDI}"


def test_terminal_safe_shows_controls_instead_of_running_them() -> None:
    assert terminal_safe("Ø\x1b]0;owned\x07\n\u202eevil") == "Ø\\x1b]0;owned\\x07\\n\\u202eevil"
    assert terminal_safe("Kari Nordmann (1).pdf") == "Kari Nordmann (1).pdf"


def _chapters(label: str) -> list:  # type: ignore[type-arg]
    markers = [
        Marker(MarkerKind.FEED_BACK, 1000, None, label),
        Marker(MarkerKind.FEED_FORWARD, 3000, None, "Next"),
    ]
    return feedback_chapters(markers, 6000, None, kind_labels("en"), "Introduction")


def test_summary_lines_all_end_in_crlf_and_hold_no_controls() -> None:
    text = summary_text(
        "en", "Essay\nfake line", _chapters(HOSTILE), 6000, "Read\nthis\x00\r\nagain", "A\nB"
    )
    body = text.encode("utf-8")
    assert b"\x00" not in body and b"\x1b" not in body
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert all("\n" not in ln and "\r" not in ln for ln in lines)
    assert "Read" in lines and "this" in lines and "again" in lines  # the note's own lines
    assert "Grade: A B" in lines
    chapter_lines = [ln for ln in lines if "Line one" in ln]
    assert len(chapter_lines) == 1


def test_webvtt_cues_stay_one_per_chapter_without_nul() -> None:
    chapters = _chapters(HOSTILE)
    vtt = chapters_to_webvtt([c.chapter for c in chapters])
    assert "\x00" not in vtt and "\x1b" not in vtt and "\u2028" not in vtt
    parsed = parse_webvtt(vtt)
    assert [c.start_ms for c in parsed] == [c.start_ms for c in chapters]
    assert "\n" not in parsed[1].title


def _page(tmp_path: Path, student: str, note: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        render_feedback_page(
            lang="en",
            video_file_name="Feedback.mp4",
            assignment="Essay",
            student_name=student,
            chapters=_chapters(f"Bad{RLO}ly placed"),
            duration_ms=6000,
            kind_labels=kind_labels("en"),
            rubric=None,
            note=note,
            grade=None,
        ),
        encoding="utf-8",
    )
    return page


def test_page_text_is_isolated_in_markup(tmp_path: Path) -> None:
    html = _page(tmp_path, f"Ola{RLO}", "x").read_text(encoding="utf-8")
    assert RLO + PDF in html  # never left open
    assert f"<bdi>Feed back: Bad{RLO}ly placed{PDF}</bdi>" in html


# The visual order of "6" and "0" in "Video length 0:06", which follows the student's name in
# the same line: an open right-to-left override in the name would show it as "60:0".
CLOCK_ORDER = """(() => {
  const meta = document.querySelector('.meta');
  const node = [...meta.childNodes].find(n => n.nodeType === 3 && n.data.includes('0:06'));
  const at = node.data.lastIndexOf('0:06');
  const x = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                   return r.getBoundingClientRect().x; };
  return [x(at), x(at + 3)];
})()"""


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")
def test_a_planted_override_in_a_name_does_not_reverse_the_page(tmp_path: Path) -> None:
    page = _page(tmp_path, f"Ola{RLO}", f"Note{RLO} text")
    browser = Chromium()
    try:
        browser.open_page(page.as_uri())
        first_x, last_x = browser.evaluate(CLOCK_ORDER)
        assert first_x < last_x  # "0:06" reads left to right
        # The check can fail: the same override written raw into the line reverses the clock.
        browser.evaluate(
            "document.querySelector('.meta').insertBefore(document.createTextNode('\\u202e'),"
            " document.querySelector('.meta').firstChild)"
        )
        first_x, last_x = browser.evaluate(CLOCK_ORDER)
        assert first_x > last_x
    finally:
        browser.close()
