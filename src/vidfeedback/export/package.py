"""The feedback package for one student: MP4 with chapters, WebVTT, HTML page, JSON sidecar and
the plain-text summary, written where the student's platform wants them.

No re-encoding: the MP4 is a stream copy of the finished take with new chapter titles, so a
ten-minute take is packaged in about a second.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.captions.vtt import (
    Captions,
    CaptionsFileError,
    captions_path_for,
    captions_to_webvtt,
    read_captions,
)
from vidfeedback.errors import ErrorCode
from vidfeedback.export.content import FeedbackChapter, feedback_chapters
from vidfeedback.export.destinations import Destination, DestinationKind, destination_for
from vidfeedback.export.html_page import render_feedback_page
from vidfeedback.export.labels import check_lang, text
from vidfeedback.export.labels import kind_labels as default_kind_labels
from vidfeedback.export.safe_write import (
    ExportError,
    ensure_folder,
    first_free_stem,
    os_export_error,
    write_new_text,
)
from vidfeedback.export.sidecar import build_sidecar, sidecar_text
from vidfeedback.export.summary import summary_text
from vidfeedback.export.webvtt import chapters_to_webvtt
from vidfeedback.model import (
    GradePractice,
    HandinFolder,
    Marker,
    MarkerKind,
    Rubric,
    Student,
)
from vidfeedback.takes.finish import write_final_mp4
from vidfeedback.takes.subtitle_track import SubtitleTrack, TimedText

PACKAGE_SUFFIXES = (".mp4", ".vtt", ".html", ".json", ".txt")
# Room for the four small files and the file system's own bookkeeping.
_SPACE_MARGIN_BYTES = 2_000_000


@dataclass
class ExportResult:
    student: Student
    destination: Destination
    video: Path
    chapters_vtt: Path
    page: Path
    sidecar: Path
    summary: Path
    summary_text: str  # what to paste into the LMS comment box
    chapters: list[FeedbackChapter]
    messages: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0
    captions_vtt: Path | None = None  # "<stem>.<lang>.vtt" when the take has captions

    @property
    def files(self) -> list[Path]:
        files = [self.video, self.chapters_vtt, self.page, self.sidecar, self.summary]
        return files + ([self.captions_vtt] if self.captions_vtt else [])


def visible_grade(grade: str | None, practice: GradePractice) -> str | None:
    """The grade as it may appear in the LMS comment and the sidecar, or None."""
    if grade is None or not grade.strip() or practice is GradePractice.NO_GRADE:
        return None
    return grade.strip()


def export_feedback_package(
    take: Path,
    handin: HandinFolder,
    student: Student,
    markers: list[Marker],
    duration_ms: int,
    rubric: Rubric | None = None,
    lang: str = "en",
    grade: str | None = None,
    note: str | None = None,
    grade_practice: GradePractice = GradePractice.NO_GRADE,
    kind_labels: dict[MarkerKind, str] | None = None,
    progress: Callable[[float], None] | None = None,
    export_root: Path | None = None,
) -> ExportResult:
    """Write the package; on failure nothing of it is left behind and nothing else is touched.
    export_root: where this assignment's feedback goes when not beside the hand-in.

    Raises ExportError with a sentence for the teacher.
    """
    started = time.perf_counter()
    check_lang(lang)
    take = Path(take)
    if not take.is_file():
        raise ExportError(f"The take {take} does not exist.", ErrorCode.TAKE_MISSING, path=take)
    if duration_ms <= 0:
        raise ExportError(
            "The take has no length; record again or choose another take.", ErrorCode.TAKE_EMPTY
        )
    messages: list[str] = []
    late = [m for m in markers if m.t_ms > duration_ms]
    if late:
        messages.append(f"{len(late)} marker(s) after the end of the video were moved to the end.")
    labels = default_kind_labels(lang, kind_labels)
    chapters = feedback_chapters(markers, duration_ms, rubric, labels, text(lang, "lead"))
    shown_grade = visible_grade(grade, grade_practice)
    if grade and grade.strip() and shown_grade is None:
        messages.append("The grade was left out: the grade practice is “no grade”.")
    page_grade = shown_grade if grade_practice is GradePractice.IN_VIDEO else None
    captions = _take_captions(take, messages)
    suffixes = PACKAGE_SUFFIXES + ((_captions_suffix(captions),) if captions else ())

    dest = destination_for(handin, student, lang, export_root)
    created_folders: list[Path] = []
    written: list[Path] = []
    try:
        created_folders = ensure_folder(dest.folder)
        _check_space(take, dest.folder)
        result = None
        for _attempt in range(3):
            stem = first_free_stem(dest.folder, dest.stem, suffixes)
            video = dest.folder / f"{stem}.mp4"
            try:
                write_final_mp4(
                    take,
                    video,
                    [c.chapter for c in chapters],
                    {"title": _heading(lang, handin), "comment": "vidfeedback"},
                    progress=(lambda f: progress(0.9 * f)) if progress else None,
                    subtitles=_subtitle_track(captions),
                )
            except FileExistsError:
                continue  # another program took the name meanwhile: pick the next version
            written.append(video)
            result = _write_companions(
                video, stem, dest, handin, student, markers, chapters, duration_ms, rubric,
                lang, labels, shown_grade, page_grade, grade_practice, note, written,
                captions,
            )  # fmt: skip
            break
        if result is None:
            raise ExportError(
                f"Could not find a free file name in {dest.folder}.",
                ErrorCode.NO_FREE_NAME,
                path=dest.folder,
            )
    except ExportError:
        _roll_back(written, created_folders)
        raise
    except Exception as exc:
        _roll_back(written, created_folders)
        raise _explain(exc, dest.folder) from exc
    result.messages = messages + _where_messages(result)
    result.elapsed_s = time.perf_counter() - started
    if progress:
        progress(1.0)
    return result


def _take_captions(take: Path, messages: list[str]) -> Captions | None:
    """The captions beside the take (TAKE.captions.vtt, with the teacher's corrections), or None.
    A damaged file is left out with a message: the feedback itself must still go out."""
    path = captions_path_for(take)
    if not path.is_file():
        return None
    try:
        captions = read_captions(path)
    except (CaptionsFileError, OSError) as exc:
        messages.append(f"The captions file {path.name} could not be read and was left out: {exc}")
        return None
    return captions if captions.cues else None


def _captions_suffix(captions: Captions) -> str:
    # "<video>.<lang>.vtt" is the name players (VLC, mpv) pick up as captions in that language.
    tagged = re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", captions.lang)
    lang = captions.lang if tagged else "und"
    return f".{lang}.vtt"


def _subtitle_track(captions: Captions | None) -> SubtitleTrack | None:
    if captions is None:
        return None
    texts = tuple(TimedText(c.start_ms, c.end_ms, c.text) for c in captions.cues)
    return SubtitleTrack(captions.lang, texts)


def _heading(lang: str, handin: HandinFolder) -> str:
    if handin.assignment_name:
        return text(lang, "feedback_on", assignment=handin.assignment_name)
    return text(lang, "feedback")


def _write_companions(
    video: Path,
    stem: str,
    dest: Destination,
    handin: HandinFolder,
    student: Student,
    markers: list[Marker],
    chapters: list[FeedbackChapter],
    duration_ms: int,
    rubric: Rubric | None,
    lang: str,
    labels: dict[MarkerKind, str],
    shown_grade: str | None,
    page_grade: str | None,
    grade_practice: GradePractice,
    note: str | None,
    written: list[Path],
    captions: Captions | None = None,
) -> ExportResult:
    folder = dest.folder
    vtt, page, sidecar, summary = (folder / f"{stem}{s}" for s in PACKAGE_SUFFIXES[1:])
    captions_vtt = folder / f"{stem}{_captions_suffix(captions)}" if captions else None
    # The summary is pasted into the LMS comment, which the student reads: like the page, it
    # names the grade only when the teacher says it in the video. The sidecar keeps it for the
    # LMS's grade field ("grade in the LMS only").
    summary_body = summary_text(
        lang, handin.assignment_name, chapters, duration_ms, note, page_grade
    )
    page_body = render_feedback_page(
        lang=lang,
        video_file_name=video.name,
        assignment=handin.assignment_name,
        student_name="" if student.anonymous else student.display_name,
        chapters=chapters,
        duration_ms=duration_ms,
        kind_labels=labels,
        rubric=rubric,
        note=note,
        grade=page_grade,
        captions=captions,
    )
    sidecar_body = sidecar_text(
        build_sidecar(
            handin=handin,
            student=student,
            lang=lang,
            rubric=rubric,
            markers=markers,
            chapters=chapters,
            duration_ms=duration_ms,
            grade=shown_grade,
            grade_practice=grade_practice,
            note=note.strip() if note and note.strip() else None,
            files={
                "video": video.name,
                "chapters_vtt": vtt.name,
                "page": page.name,
                "summary": summary.name,
            }
            | ({"captions_vtt": captions_vtt.name} if captions_vtt else {}),
        )
    )
    bodies = [
        (vtt, chapters_to_webvtt([c.chapter for c in chapters])),
        (page, page_body),
        (summary, summary_body),
    ]
    if captions and captions_vtt:
        bodies.append((captions_vtt, captions_to_webvtt(captions)))
    # The sidecar last: its presence marks a complete package for the hand-in reader.
    for path, body in [*bodies, (sidecar, sidecar_body)]:
        write_new_text(path, body)
        written.append(path)
    return ExportResult(
        student=student,
        destination=dest,
        video=video,
        chapters_vtt=vtt,
        page=page,
        sidecar=sidecar,
        summary=summary,
        summary_text=summary_body,
        chapters=chapters,
        captions_vtt=captions_vtt,
    )


def _check_space(take: Path, folder: Path) -> None:
    need = take.stat().st_size + _SPACE_MARGIN_BYTES
    free = shutil.disk_usage(folder).free
    if free < need:
        raise ExportError(
            f"Not enough free space in {folder}: the package needs about {need / 1e6:.1f} MB, "
            f"{free / 1e6:.1f} MB is free. Free some space and export again.",
            ErrorCode.NOT_ENOUGH_SPACE,
            path=folder,
            need_mb=math.ceil(need / 1e6),
            free_mb=int(free / 1e6),
        )


def _roll_back(written: list[Path], created_folders: list[Path]) -> None:
    """Remove only what this export created: its own files and the folders it made."""
    for path in reversed(written):
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in reversed(created_folders):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only succeeds while empty


def _explain(exc: BaseException, folder: Path) -> ExportError:
    """Find the operating-system reason under library wrappers (PyAV, the finish step)."""
    seen: BaseException | None = exc
    while seen is not None:
        code = getattr(seen, "errno", None)
        if isinstance(code, int) and code in errno.errorcode:
            return os_export_error(OSError(code, os.strerror(code)), folder)
        seen = seen.__cause__ or seen.__context__
    return ExportError(
        f"Could not write the feedback into {folder}: {exc}",
        ErrorCode.WRITE_FAILED,
        path=folder,
        detail=str(exc),
    )


def _where_messages(result: ExportResult) -> list[str]:
    dest = result.destination
    name = result.student.display_name
    if dest.kind is DestinationKind.MOODLE_TREE:
        return [
            f"{name}: feedback written to {dest.folder}.",
            "When everyone is done, make the Moodle upload zip(s) and upload them with "
            "“Upload multiple feedback files in a zip” with “All participants” selected.",
        ]
    if dest.kind is DestinationKind.CANVAS_FOLDER:
        return [
            f"{name}: feedback written to {dest.folder} as “{result.video.name}”.",
            "Attach the video and page to the student's submission comment in SpeedGrader.",
        ]
    return [f"{name}: feedback written to {dest.folder}."]
