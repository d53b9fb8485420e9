"""`vidfeedback edit`: trim and cut a finished take into a new file, without the window.

    vidfeedback edit TAKE.mp4 --out OUT.mp4 [--trim-start S] [--trim-end S] [--cut FROM-TO]...
                     [--voice clean|as_recorded] [--json]

Times are seconds of TAKE. The take is only read; OUT (and OUT's markers file) must not exist.
Exit status as the other commands: 0 done, 1 the writing failed (nothing half-made is left),
2 bad input (nothing was started).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

from vidfeedback.errors import VidfeedbackError
from vidfeedback.export.edited_take import EditResult, edit_take, source_duration_ms
from vidfeedback.export.voice import VoiceMode, sound_filter
from vidfeedback.takes.edit import EditError, EditPlan
from vidfeedback.takes.markers_file import read_markers_sidecar

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: seconds must be 0 or more")
    return value


def _cut(text: str) -> tuple[float, float]:
    start, sep, end = text.partition("-")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r}: give a cut as FROM-TO in seconds, e.g. 62-75")
    a, b = _seconds(start.strip()), _seconds(end.strip())
    if b <= a:
        raise argparse.ArgumentTypeError(f"{text!r}: the cut ends before it starts")
    return a, b


def add_subcommand(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    edit = subparsers.add_parser(
        "edit",
        help="trim and cut a finished take into a new file",
        description="Write TAKE without the trimmed ends and the cut stretches. Pictures are "
        "copied, not re-encoded, except a few around each cut; the chapters and the markers "
        "file move with the cuts. TAKE is not changed.",
    )
    edit.add_argument("take", type=Path, help="the finished take (MP4)")
    edit.add_argument("--out", type=Path, required=True, help="the new MP4 (must not exist)")
    edit.add_argument(
        "--trim-start",
        type=_seconds,
        default=0.0,
        metavar="S",
        help="seconds left out at the start",
    )
    edit.add_argument(
        "--trim-end", type=_seconds, default=0.0, metavar="S", help="seconds left out at the end"
    )
    edit.add_argument(
        "--cut",
        type=_cut,
        action="append",
        default=[],
        metavar="FROM-TO",
        help="a stretch to leave out, in seconds of TAKE (repeatable)",
    )
    edit.add_argument(
        "--voice",
        choices=[m.value for m in VoiceMode],
        default=VoiceMode.CLEAN.value,
        help="clean: lower the room's noise and level the voice to -16 LUFS (default); "
        "as_recorded: the sound as it was",
    )
    edit.add_argument("--json", action="store_true", help="print the result as JSON")
    edit.set_defaults(func=run)


def _warn(message: str) -> None:
    print(f"vidfeedback: {message}", file=sys.stderr, flush=True)


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def run(args: argparse.Namespace) -> int:
    take: Path = args.take.absolute()
    out: Path = args.out.absolute()
    if not take.is_file():
        _warn(f"{take} does not exist")
        return EXIT_BAD_INPUT
    if out.suffix.lower() != ".mp4":
        _warn(f"--out must be an .mp4 file, not {out.name}")
        return EXIT_BAD_INPUT
    if out.exists() or out == take:
        _warn(f"{out} exists; give a new name (nothing is ever overwritten)")
        return EXIT_BAD_INPUT
    if not out.parent.is_dir():
        _warn(f"the folder {out.parent} does not exist")
        return EXIT_BAD_INPUT
    try:
        duration_ms = source_duration_ms(take)
        timeline = read_markers_sidecar(take)
        if timeline is not None and 0 < timeline.duration_ms <= duration_ms:
            # The take's own length: the file's sound runs on to the end of its last AAC frame.
            duration_ms = timeline.duration_ms
        plan = EditPlan.build(
            duration_ms,
            _ms(args.trim_start),
            _ms(args.trim_end),
            [(_ms(a), _ms(b)) for a, b in args.cut],
        )
    except EditError as exc:
        _warn(str(exc))
        return EXIT_BAD_INPUT
    mode = VoiceMode(args.voice)
    started = time.monotonic()
    try:
        result = edit_take(take, out, plan, sound_filter(mode))
    except EditError as exc:
        _warn(str(exc))
        return EXIT_BAD_INPUT if exc.code.value in _BAD_INPUT_CODES else EXIT_FAILED
    except (VidfeedbackError, OSError) as exc:
        _warn(f"the edited take could not be written: {exc}; {take.name} is unchanged")
        return EXIT_FAILED
    elapsed_s = time.monotonic() - started
    report = _report(result, plan, mode, elapsed_s)
    if args.json:
        print(json.dumps(report, ensure_ascii=False), flush=True)
    else:
        print(
            f"{out}: {result.duration_ms / 1000:.3f} s (from {duration_ms / 1000:.3f} s), "
            f"{len(result.chapters)} chapters, written in {elapsed_s:.2f} s",
            flush=True,
        )
    for chapter in result.dropped_chapters:
        _warn(f"the chapter {chapter.title!r} at {chapter.start_ms / 1000:.1f} s was cut away")
    return EXIT_OK


_BAD_INPUT_CODES = {"output_exists", "edit_not_copyable", "take_unreadable", "take_empty"}


def _report(
    result: EditResult, plan: EditPlan, mode: VoiceMode, elapsed_s: float
) -> dict[str, Any]:
    return {
        "event": "edited",
        "path": str(result.path),
        "duration_ms": result.duration_ms,
        "source_duration_ms": plan.source_ms,
        "kept_ms": [list(r) for r in plan.kept],
        "voice": mode.value,
        "chapters": [
            {"start_ms": c.start_ms, "end_ms": c.end_ms, "title": c.title} for c in result.chapters
        ],
        "dropped_chapters": [
            {"start_ms": c.start_ms, "title": c.title} for c in result.dropped_chapters
        ],
        "markers": [{"kind": m.kind.value, "t_ms": m.t_ms} for m in result.markers],
        "dropped_markers": [{"kind": m.kind.value, "t_ms": m.t_ms} for m in result.dropped_markers],
        "video_packets_copied": result.video_packets_copied,
        "video_frames_reencoded": result.video_frames_reencoded,
        "seconds": round(elapsed_s, 3),
    }
