"""`vidfeedback upload`: return the exported feedback of a hand-in to Canvas or Moodle.

    vidfeedback upload PATH --lms canvas|moodle --url BASE_URL --assignment ID [--course ID]
                       [--student ID]... [--dry-run] [--json]

The token comes from the environment variable VIDFEEDBACK_LMS_TOKEN or the operating system's
credential store (saved by the app). Progress goes to stderr, the result to stdout. Exit status:
0 every chosen student returned (or already returned, or skipped as unmatched and listed);
1 some upload failed or the run was stopped (run it again: it resumes); 2 bad input, nothing sent.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from vidfeedback.errors import VidfeedbackError
from vidfeedback.export.handin import find_student, read_handin
from vidfeedback.export.safe_write import ExportError
from vidfeedback.lms.canvas import CanvasAssignment, CanvasClient, parse_assignment_url
from vidfeedback.lms.credentials import token_for
from vidfeedback.lms.errors import LmsError
from vidfeedback.lms.moodle import MoodleClient, parse_site_url
from vidfeedback.lms.returns import StudentReturn, open_ledger, overview
from vidfeedback.lms.transport import RetryPolicy, Transport, check_url
from vidfeedback.lms.upload import (
    CanvasDriver,
    Driver,
    Event,
    MoodleDriver,
    Outcome,
    Phase,
    RunReport,
    run_returns,
)
from vidfeedback.model import HandinFolder

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def add_subcommand(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    up = subparsers.add_parser(
        "upload",
        help="return the exported feedback of a hand-in to Canvas or Moodle",
        description="Upload each exported student's video (with its chapters/captions and page) "
        "and the summary as the comment; the grade only when the grade practice puts it in the "
        "LMS. Resumes where it stopped and never posts a file twice. Token: "
        "VIDFEEDBACK_LMS_TOKEN or the credential store.",
    )
    up.add_argument("path", type=Path, help="the hand-in folder or zip the feedback was made for")
    up.add_argument("--lms", choices=("canvas", "moodle"), required=True)
    up.add_argument(
        "--url",
        required=True,
        help="the site's address (https), or the assignment's address copied from the browser",
    )
    up.add_argument(
        "--assignment",
        help="Canvas: assignment id; Moodle: the id in the assignment's address "
        "(mod/assign/view.php?id=…), default: the number at the end of the download's name",
    )
    up.add_argument("--course", help="Canvas: course id (when --url is only the site)")
    up.add_argument(
        "--student",
        action="append",
        default=[],
        help="only this student (id, key or name); may be repeated",
    )
    up.add_argument("--dry-run", action="store_true", help="match and list, send nothing")
    up.add_argument("--json", action="store_true", help="print the result as JSON")
    up.set_defaults(func=run_upload)


def terminal_safe(text: str) -> str:
    """Names come from students' files: no control characters reach the terminal."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _say(line: str) -> None:
    print(terminal_safe(line), file=sys.stderr, flush=True)


def run_upload(args: argparse.Namespace) -> int:
    cancel = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        cancel.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    try:
        handin = read_handin(args.path)
        items = _chosen(handin, args.student)
        ledger = open_ledger(handin)
        if ledger is None:
            raise ExportError(f"There is no exported feedback for {args.path} yet.")
        policy = RetryPolicy()
        with Transport("Canvas" if args.lms == "canvas" else "Moodle", policy, cancel) as http:
            driver = _driver(args, handin, http, policy, cancel)
            report = run_returns(
                items, driver, ledger, dry_run=args.dry_run, on_event=_progress_printer()
            )
    except (VidfeedbackError, ExportError) as exc:
        _say(f"vidfeedback: {exc}")
        return EXIT_BAD_INPUT
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1), flush=True)
    else:
        _print_report(report)
    return EXIT_OK if report.ok else EXIT_FAILED


def _chosen(handin: HandinFolder, wanted: list[str]) -> list[StudentReturn]:
    rows = overview(handin, open_ledger(handin)).students
    if wanted:
        keys = [find_student(handin, w).key for w in wanted]
        return [r for k in dict.fromkeys(keys) for r in rows if r.student.key == k]
    return [r for r in rows if r.package is not None]


def _driver(
    args: argparse.Namespace,
    handin: HandinFolder,
    http: Transport,
    policy: RetryPolicy,
    cancel: threading.Event,
) -> Driver:
    if args.lms == "canvas":
        where = _canvas_target(args)
        token = token_for("canvas", where.base_url)
        return CanvasDriver(CanvasClient(where, token, http), policy, cancel)
    base, cmid_in_url = parse_site_url(args.url)
    cmid = args.assignment or cmid_in_url or handin.platform_assignment_id
    if not cmid or not str(cmid).isdigit():
        raise LmsError(
            "Which Moodle assignment? Give --assignment (the id in the assignment's address, "
            "mod/assign/view.php?id=…) or paste that address as --url."
        )
    token = token_for("moodle", base)
    return MoodleDriver(MoodleClient(base, token, http), str(cmid), handin.layout, policy, cancel)


def _canvas_target(args: argparse.Namespace) -> CanvasAssignment:
    if "/courses/" in args.url:
        where = parse_assignment_url(args.url)
        return CanvasAssignment(
            where.base_url, args.course or where.course_id, args.assignment or where.assignment_id
        )
    base = check_url(args.url, "the Canvas site's address").rstrip("/")
    if not (args.course and args.assignment):
        raise LmsError(
            "Which Canvas assignment? Give --course and --assignment, or paste the assignment's "
            "address (…/courses/N/assignments/M) as --url."
        )
    return CanvasAssignment(base, str(args.course), str(args.assignment))


def _progress_printer() -> Any:
    last: dict[str, int] = {}

    def on_event(event: Event) -> None:
        # One line per student and phase, and one per tenth of its bytes: readable in a log.
        if event.phase is Phase.UPLOADING and event.total_bytes:
            tenth = event.done_bytes * 10 // event.total_bytes
            if last.get(event.key) == tenth:
                return
            last[event.key] = tenth
            _say(f"{event.name}: {event.done_bytes / 1e6:.1f} of {event.total_bytes / 1e6:.1f} MB")
        elif event.phase in (Phase.POSTING, Phase.DONE, Phase.FAILED, Phase.SKIPPED):
            _say(f"{event.name}: {event.phase.value}")

    return on_event


_WORDS = {
    Outcome.RETURNED: "returned",
    Outcome.ALREADY_RETURNED: "already returned, nothing sent",
    Outcome.WOULD_RETURN: "would be returned (dry run)",
    Outcome.SKIPPED: "skipped",
    Outcome.FAILED: "FAILED",
    Outcome.STOPPED: "not tried",
}


def _print_report(report: RunReport) -> None:
    print(terminal_safe(report.target.describe()))
    for o in report.outcomes:
        line = f"  {o.name}: {_WORDS[o.outcome]}"
        if o.user_id and o.outcome in (Outcome.RETURNED, Outcome.WOULD_RETURN):
            line += f" (user {o.user_id}, {len(o.files)} files, {o.size_bytes / 1e6:.1f} MB"
            line += ", grade posted)" if o.grade_posted else ")"
        if o.reason:
            line += f" - {o.reason}"
        print(terminal_safe(line))
    totals = ", ".join(f"{report.count(k)} {v}" for k, v in _WORDS.items() if report.count(k))
    print(terminal_safe(f"{totals}."))
    if report.problem is not None:
        print(terminal_safe(f"Stopped: {report.problem.message}"))
