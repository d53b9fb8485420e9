"""The small offline HTML page beside the video: the video, the chapters grouped and coloured by
feed up / feed back / feed forward, and the assignment's criteria.

Everything is rendered here as static HTML (readable without JavaScript, in any browser, on a
phone); the inline script only seeks and highlights. No network access: the page loads nothing
but the video beside it, and its Content-Security-Policy forbids everything else.
"""

from __future__ import annotations

import html
import re
from importlib import resources
from urllib.parse import quote

from vidfeedback import __version__
from vidfeedback.captions.vtt import Captions
from vidfeedback.export.content import FeedbackChapter
from vidfeedback.export.labels import KIND_QUESTIONS, format_clock, text
from vidfeedback.export.text_safety import isolated, multi_line, one_line
from vidfeedback.export.transcript_html import track_element, transcript_section
from vidfeedback.model import MarkerKind, Rubric

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
KIND_ORDER = (MarkerKind.FEED_UP, MarkerKind.FEED_BACK, MarkerKind.FEED_FORWARD)


def load_template() -> str:
    return (
        resources.files("vidfeedback.export")
        .joinpath("templates", "feedback_page.html")
        .read_text(encoding="utf-8")
    )


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _u(value: str) -> str:
    """Text a teacher or student wrote, as element content: one line, in a <bdi> so that its
    direction (an Arabic name, or a planted U+202E) cannot reorder the text around it."""
    return f"<bdi>{_e(one_line(value))}</bdi>"


def _ua(value: str) -> str:
    """The same for an attribute value or a sentence of ours it is put into: markup cannot
    isolate there, Unicode's first-strong isolate can."""
    return _e(isolated(one_line(value)))


def _in_sentence(value: str) -> str:
    return isolated(one_line(value)) if value.strip() else ""


def _seconds(t_ms: int) -> str:
    return f"{t_ms / 1000:.3f}"


def _ends_ms(chapters: list[FeedbackChapter], duration_ms: int) -> list[int]:
    # The last chapter stays current through the video's final frame.
    ends = [c.end_ms for c in chapters]
    if ends:
        ends[-1] = max(ends[-1], duration_ms) + 1000
    return ends


def _kind_class(c: FeedbackChapter) -> str:
    return f"kind-{c.kind.value}" if c.kind is not None else "kind-lead"


def _jump(c: FeedbackChapter, end_ms: int, label: str | None = None) -> str:
    shown = label if label is not None else c.title
    return (
        f'<button type="button" class="chapter {_kind_class(c)}" '
        f'data-start="{_seconds(c.start_ms)}" data-end="{_seconds(end_ms)}">'
        f'<span class="time">{format_clock(c.start_ms)}</span>'
        f'<span class="title">{_u(shown)}</span></button>'
    )


def render_feedback_page(
    *,
    lang: str,
    video_file_name: str,
    assignment: str,
    student_name: str,
    chapters: list[FeedbackChapter],
    duration_ms: int,
    kind_labels: dict[MarkerKind, str],
    rubric: Rubric | None,
    note: str | None,
    grade: str | None,
    captions: Captions | None = None,
) -> str:
    """grade is None unless the teacher's grade practice puts it in front of the student.
    With captions, the video gets them as a track and the page a transcript beside it."""
    ends = _ends_ms(chapters, duration_ms)
    total_ms = max(duration_ms, 1)

    segments = []
    for c, end_ms in zip(chapters, ends, strict=True):
        left = 100 * c.start_ms / total_ms
        width = 100 * (min(c.end_ms, duration_ms) - c.start_ms) / total_ms
        segments.append(
            f'<button type="button" class="{_kind_class(c)}" '
            f'style="left:{left:.3f}%;width:{max(width, 0.5):.3f}%" '
            f'data-start="{_seconds(c.start_ms)}" data-end="{_seconds(end_ms)}" '
            f'title="{format_clock(c.start_ms)} {_ua(c.title)}" '
            f'aria-label="{format_clock(c.start_ms)} {_ua(c.title)}"></button>'
        )
    timeline = f'<div class="timeline">{"".join(segments)}</div>' if segments else ""

    groups = []
    for kind in KIND_ORDER:
        mine = [(c, e) for c, e in zip(chapters, ends, strict=True) if c.kind is kind]
        if not mine:
            continue
        items = "".join(f"<li>{_jump(c, e)}</li>" for c, e in mine)
        groups.append(
            f'<section class="group kind-{kind.value}">'
            f"<h3>{_u(kind_labels[kind])}</h3>"
            f'<p class="question">{_e(KIND_QUESTIONS[lang][kind])}</p>'
            f"<ol>{items}</ol></section>"
        )
    chapters_html = f"<h2>{_e(text(lang, 'chapters'))}</h2>" + (
        f'<div class="groups">{"".join(groups)}</div>'
        if groups
        else f"<p>{_e(text(lang, 'no_chapters'))}</p>"
    )

    criteria_html = ""
    if rubric is not None and rubric.criteria:
        blocks = []
        for cr in rubric.criteria:
            linked = [
                _jump(c, e, kind_labels[c.kind])
                for c, e in zip(chapters, ends, strict=True)
                if c.criterion_id == cr.id and c.kind is not None
            ]
            levels = "".join(
                f'<li><b>{_u(n)}</b><p dir="auto">{_e(multi_line(d))}</p></li>'
                for n, d in cr.levels
            )
            blocks.append(
                f'<section class="criterion"><h3>{_u(cr.name)}</h3>'
                + (f'<p dir="auto">{_e(multi_line(cr.description))}</p>' if cr.description else "")
                + (f'<div class="jumps">{"".join(linked)}</div>' if linked else "")
                + (f'<ul class="levels">{levels}</ul>' if levels else "")
                + "</section>"
            )
        criteria_html = (
            f'<h2>{_e(text(lang, "criteria"))}</h2><div class="criteria">{"".join(blocks)}</div>'
        )

    note_html = ""
    note = multi_line(note or "")
    if note:
        note_html = f'<h2>{_e(text(lang, "note"))}</h2><p class="note" dir="auto">{_e(note)}</p>'
    grade_html = ""
    if grade and one_line(grade):
        grade_html = f'<h2>{_e(text(lang, "grade"))}</h2><p class="grade">{_e(one_line(grade))}</p>'

    assignment = _in_sentence(assignment)
    student_name = _in_sentence(student_name)
    heading = (
        text(lang, "feedback_on", assignment=assignment) if assignment else text(lang, "feedback")
    )
    meta = " · ".join(
        part
        for part in (
            text(lang, "for_student", student=student_name) if student_name else "",
            text(lang, "video_length", duration=format_clock(duration_ms)),
        )
        if part
    )
    values = {
        "lang": _e(lang),
        "app_version": _e(__version__),
        "title": _e(heading),
        "heading": _e(heading),
        "meta": _e(meta),
        # Percent-encoding keeps spaces and æøå working in file:// and LMS URLs alike.
        "video_src": _e(quote(video_file_name)),
        "no_video": _e(text(lang, "no_video", file=_in_sentence(video_file_name))),
        "timeline": timeline,
        "chapters": chapters_html,
        "note": note_html,
        "grade": grade_html,
        "criteria": criteria_html,
        "made_with": _e(text(lang, "made_with", version=__version__)),
        "tracks": track_element(captions, lang) if captions and captions.cues else "",
        "transcript": transcript_section(captions, lang, duration_ms) if captions else "",
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], load_template())
