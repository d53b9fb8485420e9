"""The UI's doorway to the back end's hand-in, rubric and export code (vidfeedback.export).

Kept in one module so the screens do not care how the export package spells things.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from vidfeedback.captions.vtt import captions_path_for
from vidfeedback.errors import ErrorCode
from vidfeedback.export.edited_captions import carry_captions
from vidfeedback.export.edited_take import edit_take, write_edited_take
from vidfeedback.export.handin import read_handin
from vidfeedback.export.package import ExportResult, export_feedback_package
from vidfeedback.export.rubric_csv import RubricError, load_rubric_csv
from vidfeedback.export.rubric_file import default_rubric_path, load_rubric, save_rubric
from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.take_overview import Thumbnail, thumbnails, waveform_peaks
from vidfeedback.export.voice import VoiceMode, sound_filter
from vidfeedback.model import HandinFolder, Marker, Rubric
from vidfeedback.takes.edit import EditPlan
from vidfeedback.takes.layout import markers_path

__all__ = [
    "EditedForExport",
    "ExportError",
    "ExportResult",
    "RubricImportError",
    "Thumbnail",
    "discard_edited_copy",
    "edit_for_export",
    "export_feedback_package",
    "import_rubric_csv",
    "load_assignment_rubric",
    "read_handin",
    "save_assignment_rubric",
    "thumbnails",
    "waveform_peaks",
    "write_voice_preview",
]


class RubricImportError(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def import_rubric_csv(path: Path) -> Rubric:
    """A rubric from a CSV as Excel or Sheets saves it; errors carry the line number."""
    try:
        return load_rubric_csv(path)
    except RubricError as exc:
        raise RubricImportError(exc.reason, exc.line) from exc


def load_assignment_rubric(handin: HandinFolder) -> Rubric | None:
    path = default_rubric_path(handin)
    if not path.is_file():
        return None
    try:
        return load_rubric(path)
    except RubricError:
        return None  # a broken rubric file is left alone; the teacher can import or type again


def save_assignment_rubric(handin: HandinFolder, rubric: Rubric) -> Path:
    path = default_rubric_path(handin)
    save_rubric(rubric, path)
    return path


@dataclass(frozen=True)
class EditedForExport:
    take: Path  # what the export copies: the edited video, or the take itself
    markers: list[Marker]  # in the exported video's time
    dropped: list[Marker]  # cut away with their stretch (the teacher is told)
    duration_ms: int
    created: tuple[Path, ...] = ()  # the files the edit wrote: the copy and what is beside it


def edit_for_export(
    take: Path,
    markers: list[Marker],
    plan: EditPlan,
    voice: VoiceMode,
    progress: Callable[[float], None] | None = None,
) -> EditedForExport:
    """The video to export: the take itself when nothing was cut and the voice stays as
    recorded; otherwise an edited copy beside the take (a new name; the take is kept)."""
    if plan.is_identity and voice is VoiceMode.AS_RECORDED:
        return EditedForExport(take, list(markers), [], plan.source_ms)
    kept, dropped = plan.edit_markers(markers)
    dest = _free_name(take)
    beside = (dest, markers_path(dest), captions_path_for(dest))
    there_before = {path for path in beside if path.exists()}
    try:
        result = edit_take(take, dest, plan, sound_filter(voice), progress)
        # The package takes the captions beside the video it copies: they must follow the cuts.
        carry_captions(take, dest, plan)
    except BaseException:
        _remove(path for path in beside if path not in there_before)
        raise
    created = tuple(path for path in beside if path not in there_before and path.exists())
    return EditedForExport(dest, kept, dropped, result.duration_ms, created)


def discard_edited_copy(edited: EditedForExport) -> None:
    """The edited copy is only the export's input: once the package holds its video (or the
    export failed), the files the edit wrote go, so exports do not pile up "(edited N)" copies
    beside the take. Only those files: the take and anything else there are left alone."""
    _remove(edited.created)


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _free_name(take: Path) -> Path:
    for n in range(1, 1000):
        suffix = " (edited)" if n == 1 else f" (edited {n})"
        candidate = take.with_name(f"{take.stem}{suffix}{take.suffix}")
        if not candidate.exists():
            return candidate
    raise ExportError(
        f"no free name for an edited copy of {take.name}", ErrorCode.NO_FREE_NAME, path=take
    )


def write_voice_preview(take: Path, duration_ms: int, dest: Path) -> None:
    """The take with the voice cleaned and the pictures copied, for the review's before/after."""
    write_edited_take(take, dest, EditPlan.keep_all(duration_ms), [], sound_filter(VoiceMode.CLEAN))
