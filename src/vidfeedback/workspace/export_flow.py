"""Exporting one student's reviewed take: the edited video first (cut, trimmed, the voice
cleaned), then the feedback package from it, then the edited copy goes again; afterwards the
work state says the student's feedback was exported.

The sequence only; the progress dialog and the sentences live in ui/main_window.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vidfeedback.export.voice import VoiceMode
from vidfeedback.model import GradePractice, HandinFolder, Marker, MarkerKind, Rubric, Student
from vidfeedback.takes.edit import EditPlan

from . import backend
from .work_state import StudentStatus, WorkState


@dataclass(frozen=True)
class ExportRequest:
    take: Path
    duration_ms: int
    markers: list[Marker]
    plan: EditPlan  # cuts and trims from the review's timeline
    voice: VoiceMode
    handin: HandinFolder
    student: Student
    rubric: Rubric | None
    lang: str  # the language the package is written in
    grade: str | None
    note: str | None
    grade_practice: GradePractice
    kind_labels: dict[MarkerKind, str]
    export_root: Path | None  # where this assignment's feedback goes when not beside the hand-in


@dataclass(frozen=True)
class ExportOutcome:
    result: backend.ExportResult
    cut_away: list[Marker]  # chapters in cut stretches, left out of the package


def export_take(request: ExportRequest, progress: Callable[[float], None]) -> ExportOutcome:
    """Write the student's feedback package. The edit takes the first half of the progress.
    Whatever happens, the files the edit wrote are removed again (the take stays as it was).

    Raises ExportError (and the edit's errors) with a sentence for the teacher.
    """
    edited = backend.edit_for_export(
        request.take, request.markers, request.plan, request.voice, lambda f: progress(f / 2)
    )
    try:
        result = backend.export_feedback_package(
            edited.take,
            request.handin,
            request.student,
            edited.markers,
            edited.duration_ms if edited.take != request.take else request.duration_ms,
            request.rubric,
            request.lang,
            request.grade,
            request.note,
            request.grade_practice,
            request.kind_labels,
            progress,
            export_root=request.export_root,
        )
    finally:
        backend.discard_edited_copy(edited)
    return ExportOutcome(result, list(edited.dropped))


def note_export(
    work: WorkState,
    key: str,
    handin: HandinFolder,
    result: backend.ExportResult,
    history_line: str,
) -> None:
    """The student's feedback is exported: the status, the video, a line in the history (in the
    teacher's language, given by the caller), and the files the hand-in now holds; saved."""
    record = work.record(key)
    record.status = StudentStatus.EXPORTED
    record.exported_video = str(result.video)
    record.history.append(history_line)
    handin.exported.setdefault(key, []).extend(result.files)
    work.save()
