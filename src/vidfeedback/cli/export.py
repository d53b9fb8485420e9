"""`vidfeedback export` and `vidfeedback handin`: the export, scriptable without the UI.

Exit status (as the main CLI's): 0 done; 1 the export failed while writing (the message says
why; nothing was lost and nothing half-made is left); 2 bad input, nothing was started (wrong
usage, a hand-in, student, rubric or markers file that cannot be used).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vidfeedback.export.destinations import export_root_for
from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.labels import LANGUAGES, format_clock
from vidfeedback.export.moodle_zip import DEFAULT_LIMIT_BYTES, UploadPlan, build_moodle_zips
from vidfeedback.export.package import ExportResult, export_feedback_package
from vidfeedback.export.rubric_csv import RubricError
from vidfeedback.export.rubric_file import default_rubric_path, load_rubric
from vidfeedback.export.safe_write import ExportError
from vidfeedback.export.take import (
    TakeMarkers,
    parse_markers_json,
    parse_markers_text,
    read_take_markers,
)
from vidfeedback.export.text_safety import terminal_safe
from vidfeedback.model import GradePractice, HandinFolder, Rubric


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = subparsers.add_parser(
        "export",
        help="make the feedback package for one student from a finished take",
        description="Write the MP4 with chapters, WebVTT, HTML page, JSON sidecar and summary "
        "where the student's LMS wants them. Never overwrites anything.",
    )
    exp.add_argument("take", type=Path, help="the finished take (MP4)")
    exp.add_argument("--handin", type=Path, required=True, help="hand-in folder or zip")
    exp.add_argument("--student", required=True, help="student id, key or name")
    exp.add_argument("--rubric", type=Path, help="rubric (.rubric.toml or .csv)")
    exp.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the package")
    exp.add_argument(
        "--markers",
        help="markers file (or inline JSON) in the engine's format; default: "
        "<take>.markers.json, else the chapters in the take",
    )
    exp.add_argument("--grade", help="the grade, if the teacher gives one")
    exp.add_argument("--note", help="a short note to the student")
    exp.add_argument(
        "--grade-practice",
        choices=[p.value for p in GradePractice],
        default=GradePractice.NO_GRADE.value,
        help="where a grade may appear (default: no_grade)",
    )
    _zip_options(exp)
    exp.add_argument("--json", action="store_true", help="print the result as JSON")
    exp.set_defaults(func=run_export)

    hand = subparsers.add_parser(
        "handin",
        help="list what is recognised in a hand-in folder or zip",
        description="Recognise the layout, students and files. Reading a zip changes nothing.",
    )
    hand.add_argument("path", type=Path, help="hand-in folder or zip as downloaded")
    _zip_options(hand)
    hand.add_argument("--json", action="store_true", help="print the result as JSON")
    hand.set_defaults(func=run_handin)


def _zip_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--moodle-zip",
        action="store_true",
        help="also write the zip(s) for Moodle's “Upload multiple feedback files in a zip”",
    )
    parser.add_argument(
        "--zip-limit-mb",
        type=float,
        default=DEFAULT_LIMIT_BYTES / 1e6,
        help="largest zip Moodle accepts, in MB (default 100)",
    )


EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def _fail(message: str, code: int) -> int:
    print(f"vidfeedback: error: {terminal_safe(message)}", file=sys.stderr)
    return code


def _say(line: str) -> None:
    """A line for the terminal: names come from students' files, and an escape sequence or a
    newline in one must be shown, not obeyed."""
    print(terminal_safe(line))


def run_export(args: argparse.Namespace) -> int:
    try:
        if not args.take.is_file():
            raise ExportError(f"The take {args.take} does not exist.")
        # Everything is checked before anything is written (a zip is unpacked only then).
        find_student(read_handin(args.handin, extract=False), args.student)
        explicit_rubric = load_rubric(args.rubric) if args.rubric is not None else None
        take_markers = _markers(args.markers, args.take, explicit_rubric)
        handin = read_handin(args.handin)
        student = find_student(handin, args.student)
        rubric = explicit_rubric or _default_rubric(handin)
        if rubric is not explicit_rubric and take_markers.source == "chapters":
            # Chapter titles are linked to criteria by name, which needs the rubric.
            take_markers = _markers(args.markers, args.take, rubric)
    except (ExportError, RubricError) as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    try:
        result = export_feedback_package(
            args.take,
            handin,
            student,
            take_markers.markers,
            take_markers.duration_ms,
            rubric=rubric,
            lang=args.lang,
            grade=args.grade,
            note=args.note,
            grade_practice=GradePractice(args.grade_practice),
        )
        plan = _maybe_zip(args, handin)
    except (ExportError, ValueError) as exc:
        return _fail(str(exc), EXIT_FAILED)
    if args.json:
        print(json.dumps(_result_json(result, take_markers, plan), ensure_ascii=False, indent=2))
    else:
        _print_result(result, take_markers, plan)
    return 0


def run_handin(args: argparse.Namespace) -> int:
    try:
        # Listing never writes: a zip is read in place.
        handin = read_handin(args.path, extract=not args.path.is_file() or args.moodle_zip)
    except ExportError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    try:
        plan = _maybe_zip(args, handin)
    except ExportError as exc:
        return _fail(str(exc), EXIT_FAILED)
    if args.json:
        data = _handin_json(handin)
        if plan is not None:
            data["moodle_zips"] = _plan_json(plan)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_handin(handin)
        if plan is not None:
            _print_plan(plan)
    return 0


def _default_rubric(handin: HandinFolder) -> Rubric | None:
    default = default_rubric_path(handin)
    return load_rubric(default) if default.is_file() else None


def _markers(option: str | None, take: Path, rubric: Rubric | None) -> TakeMarkers:
    if option is None:
        return read_take_markers(take, rubric)
    if option.lstrip().startswith("{"):
        return parse_markers_text(option, "--markers")
    path = Path(option)
    if not path.is_file():
        raise ExportError(f"The markers file {path} does not exist.")
    return parse_markers_json(path)


def _maybe_zip(args: argparse.Namespace, handin: HandinFolder) -> UploadPlan | None:
    if not args.moodle_zip:
        return None
    if not handin.layout.is_moodle:
        raise ExportError("--moodle-zip is only for Moodle hand-ins.")
    if args.zip_limit_mb <= 0:
        raise ExportError("--zip-limit-mb must be more than 0.")
    return build_moodle_zips(export_root_for(handin), int(args.zip_limit_mb * 1e6))


def _handin_json(handin: HandinFolder) -> dict[str, Any]:
    return {
        "source": str(handin.source),
        "root": str(handin.root),
        "layout": handin.layout.value,
        "assignment": handin.assignment_name,
        "course": handin.course,
        "platform_assignment_id": handin.platform_assignment_id,
        "students": [
            {
                "display_name": s.display_name,
                "key": s.key,
                "platform_id": s.platform_id,
                "late": s.late,
                "anonymous": s.anonymous,
                "files": [sub.relative_path for sub in s.submissions],
                "exported": [str(p) for p in handin.exported.get(s.key, [])],
            }
            for s in handin.students
        ],
        "unplaced": [{"path": u.relative_path, "reason": u.reason} for u in handin.unplaced],
    }


def _print_handin(handin: HandinFolder) -> None:
    _say(f"{handin.source}")
    _say(f"  layout:     {handin.layout.value}")
    course = f" ({handin.course})" if handin.course else ""
    _say(f"  assignment: {handin.assignment_name}{course}")
    _say(f"  students:   {len(handin.students)}")
    for s in handin.students:
        flags = [f for f, on in (("late", s.late), ("anonymous", s.anonymous)) if on]
        if handin.exported.get(s.key):
            flags.append("feedback exported")
        ident = f" [{s.platform_id}]" if s.platform_id else ""
        _say(f"    {s.display_name}{ident}" + (f" ({', '.join(flags)})" if flags else ""))
        for sub in s.submissions:
            _say(f"      {sub.relative_path}")
    if handin.unplaced:
        _say(f"  not placed: {len(handin.unplaced)}")
        for u in handin.unplaced:
            _say(f"    {u.relative_path}: {u.reason}")


def _result_json(
    result: ExportResult, take: TakeMarkers, plan: UploadPlan | None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "student": {"display_name": result.student.display_name, "key": result.student.key},
        "destination": result.destination.kind.value,
        "folder": str(result.destination.folder),
        "files": {
            "video": str(result.video),
            "chapters_vtt": str(result.chapters_vtt),
            "page": str(result.page),
            "sidecar": str(result.sidecar),
            "summary": str(result.summary),
        }
        | ({"captions_vtt": str(result.captions_vtt)} if result.captions_vtt else {}),
        "markers_from": take.source,
        "chapters": [
            {"start_ms": c.start_ms, "end_ms": c.end_ms, "title": c.title} for c in result.chapters
        ],
        "summary_text": result.summary_text,
        "messages": result.messages,
        "elapsed_s": round(result.elapsed_s, 3),
    }
    if plan is not None:
        data["moodle_zips"] = _plan_json(plan)
    return data


def _print_result(result: ExportResult, take: TakeMarkers, plan: UploadPlan | None) -> None:
    _say(f"Feedback for {result.student.display_name} ({result.elapsed_s:.2f} s):")
    for path in result.files:
        _say(f"  {path}")
    _say(f"Chapters (from {take.source}):")
    for c in result.chapters:
        _say(f"  {format_clock(c.start_ms):>7}  {c.title}")
    for message in result.messages:
        _say(message)
    if plan is not None:
        _print_plan(plan)


def _plan_json(plan: UploadPlan) -> dict[str, Any]:
    return {
        "zips": [
            {
                "path": str(z.path),
                "size_bytes": z.size_bytes,
                "students": [
                    {"display_name": s.display_name, "participant_id": s.participant_id}
                    for s in z.students
                ],
            }
            for z in plan.zips
        ],
        "too_large": [s.folder_name for s in plan.too_large],
        "index": str(plan.index) if plan.index else None,
        "messages": plan.messages,
    }


def _print_plan(plan: UploadPlan) -> None:
    _say("Moodle upload:")
    for message in plan.messages:
        _say(f"  {message}")
