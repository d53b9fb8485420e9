"""The plain text a teacher pastes into the LMS comment box."""

from __future__ import annotations

from vidfeedback.export.content import FeedbackChapter
from vidfeedback.export.labels import format_clock, text


def summary_text(
    lang: str,
    assignment: str,
    chapters: list[FeedbackChapter],
    duration_ms: int,
    note: str | None,
    grade: str | None,
) -> str:
    """grade is already filtered by the teacher's grade practice (None: keep it out)."""
    heading = (
        text(lang, "feedback_on", assignment=assignment) if assignment else text(lang, "feedback")
    )
    lines = [f"{heading} ({format_clock(duration_ms)})", ""]
    if chapters:
        width = max(len(format_clock(c.start_ms)) for c in chapters)
        lines += [f"{format_clock(c.start_ms).rjust(width)}  {c.title}" for c in chapters]
    else:
        lines.append(text(lang, "no_chapters"))
    if note and note.strip():
        lines += ["", f"{text(lang, 'note')}:", note.strip()]
    if grade and grade.strip():
        lines += ["", f"{text(lang, 'grade')}: {grade.strip()}"]
    # CRLF: Windows' Notepad and some LMS text boxes show a lone LF as one long line.
    return "\r\n".join(lines) + "\r\n"
