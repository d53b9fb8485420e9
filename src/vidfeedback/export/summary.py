"""The plain text a teacher pastes into the LMS comment box."""

from __future__ import annotations

from vidfeedback.export.content import FeedbackChapter
from vidfeedback.export.labels import format_clock, text
from vidfeedback.export.text_safety import multi_line, one_line


def summary_text(
    lang: str,
    assignment: str,
    chapters: list[FeedbackChapter],
    duration_ms: int,
    note: str | None,
    grade: str | None,
) -> str:
    """grade is already filtered by the teacher's grade practice (None: keep it out).

    Every line is one line: titles, names and the grade lose their line breaks and control
    characters, and the note's own lines are kept as lines of the summary."""
    assignment = one_line(assignment)
    heading = (
        text(lang, "feedback_on", assignment=assignment) if assignment else text(lang, "feedback")
    )
    lines = [f"{heading} ({format_clock(duration_ms)})", ""]
    if chapters:
        width = max(len(format_clock(c.start_ms)) for c in chapters)
        lines += [f"{format_clock(c.start_ms).rjust(width)}  {one_line(c.title)}" for c in chapters]
    else:
        lines.append(text(lang, "no_chapters"))
    note_lines = multi_line(note or "").split("\n")
    if any(note_lines):
        lines += ["", f"{text(lang, 'note')}:", *note_lines]
    grade = one_line(grade or "")
    if grade:
        lines += ["", f"{text(lang, 'grade')}: {grade}"]
    # CRLF: Windows' Notepad and some LMS text boxes show a lone LF as one long line.
    return "\r\n".join(lines) + "\r\n"
