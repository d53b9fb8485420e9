"""The command line: `vidfeedback [PATH]` opens the app; sub-commands drive the same back end
without a window, which keeps every feature scriptable and testable."""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from vidfeedback import __version__

if TYPE_CHECKING:
    from vidfeedback.errors import ErrorCode
    from vidfeedback.takes.continuation import ContinueFrom

SUBCOMMANDS = ("record", "recover", "export", "handin", "upload", "captions", "edit")
EXIT_OK = 0
EXIT_FAILED = 1  # something went wrong during the work; what was recorded is kept
EXIT_BAD_INPUT = 2  # nothing was started


# libx264's CRF scale for 8-bit video is 0-51, but 0 is lossless, which needs a profile the
# take's High profile is not; 51 is the worst quality that still decodes.
CRF_RANGE = (1, 51)
# The take uses names longer than --out's: its hidden folder ".NAME.vftake", the markers file
# "STEM.markers.json" and hidden temporaries ".STEM.markers.json.XXXXXXXX.part" (+24 bytes).
_LONGEST_COMPANION_EXTRA_BYTES = 24


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text!r}")
    return value


def _crf(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    low, high = CRF_RANGE
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"must be from {low} (best) to {high} (smallest file), not {value}; 23 is the default"
        )
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def out_path_problem(out: Path) -> str | None:
    """Why --out cannot be a take's final file, or None; checked before anything starts, so
    that a bad name gives a sentence and not a traceback or a take folder left behind."""
    name_bytes = len(out.name.encode("utf-8", errors="surrogateescape"))
    try:
        name_max = os.pathconf(out.parent, "PC_NAME_MAX") if out.parent.is_dir() else 255
        path_max = os.pathconf(out.parent, "PC_PATH_MAX") if out.parent.is_dir() else 4096
    except (OSError, ValueError):
        name_max, path_max = 255, 4096
    allowed = name_max - _LONGEST_COMPANION_EXTRA_BYTES
    if name_bytes > allowed:
        return (
            f"the file name in --out is {name_bytes} bytes long; this folder allows "
            f"{allowed} for a take (its working files need longer names). Choose a shorter name."
        )
    if len(str(out).encode("utf-8", errors="surrogateescape")) + 40 > path_max:
        return "the path in --out is too long for this file system; choose a shorter one"
    return None


def _joined_negative_values(argv: list[str]) -> list[str]:
    """ "--region -10,0,800,600" as "--region=-10,0,800,600": argparse takes a value that starts
    with "-" and is not a plain number for an option, but a region left of the primary monitor
    has a negative X."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--region" and i + 1 < len(argv) and argv[i + 1][:2].lstrip("-").isdigit():
            out.append(f"{arg}={argv[i + 1]}")
            i += 2
            continue
        out.append(arg)
        i += 1
    return out


def _audio_device(text: str) -> str | int | None:
    if text.lower() == "none":
        return None
    return int(text) if text.isdigit() else text


def build_parser(wanted: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `wanted` only what that sub-command needs: the other commands'
    modules import the export, LMS and speech stacks (httpx, ssl, keyring: 15 MB), which a
    recording process would otherwise carry for the whole take."""
    parser = argparse.ArgumentParser(
        prog="vidfeedback",
        description="Record spoken screencast feedback on students' hand-ins. "
        "Without a sub-command, opens the app (with a demo assignment if no PATH is given).",
    )
    parser.add_argument("--version", action="version", version=f"vidfeedback {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    rec = sub.add_parser("record", help="record one take without the window")
    rec.add_argument("--out", required=True, type=Path, help="the MP4 file to write")
    where = rec.add_mutually_exclusive_group()
    where.add_argument("--region", help="X,Y,WIDTH,HEIGHT of the screen area to record")
    where.add_argument(
        "--monitor", type=_non_negative_int, default=1, help="monitor number (default 1)"
    )
    rec.add_argument("--fps", type=int, default=30, help="frames per second (default 30)")
    rec.add_argument(
        "--duration", type=_positive_seconds, help="stop after this many seconds (above 0)"
    )
    rec.add_argument(
        "--audio-device",
        type=_audio_device,
        default="default",
        help="microphone name (or part of it), number, 'default' or 'none'",
    )
    rec.add_argument(
        "--crf", type=_crf, default=23, help="H.264 quality 1-51, lower is better (default 23)"
    )
    rec.add_argument("--no-hotkeys", action="store_true", help="do not listen for global hotkeys")
    rec.add_argument(
        "--continue-from",
        type=Path,
        metavar="TAKE",
        help="a finished take to continue: what it holds after its last pause is left out and "
        "the new recording follows the rest (--out is a new file; TAKE is not changed)",
    )
    rec.add_argument(
        "--from-pause-ms",
        type=_non_negative_int,
        metavar="MS",
        help="with --continue-from: the pause to continue from (default: the last one)",
    )
    rec.add_argument(
        "--from-end",
        action="store_true",
        help="with --continue-from: keep all of TAKE and add the new recording after its end "
        "(continue after a stop or a recovery)",
    )
    rec.set_defaults(func=_cmd_record)

    recv = sub.add_parser("recover", help="finish a take that was interrupted")
    recv.add_argument(
        "path", type=Path, help="the take's MP4 path, its .vftake folder, or a folder"
    )
    recv.add_argument("--out", type=Path, help="where to write the final MP4")
    recv.set_defaults(func=_cmd_recover)

    if wanted in (None, "edit"):
        from vidfeedback.cli.edit import add_subcommand as add_edit

        add_edit(sub)
    if wanted in (None, "export", "handin"):
        from vidfeedback.cli.export import add_subcommands

        add_subcommands(sub)
    if wanted in (None, "upload"):
        from vidfeedback.cli.upload import add_subcommand as add_upload

        add_upload(sub)
    if wanted in (None, "captions"):
        from vidfeedback.cli.captions import add_subcommand as add_captions

        add_captions(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if not args_in or (args_in[0] not in SUBCOMMANDS and not args_in[0].startswith("-")):
        return _run_app(args_in)
    parser = build_parser(args_in[0] if args_in[0] in SUBCOMMANDS else None)
    args = parser.parse_args(_joined_negative_values(args_in))
    if args.command is None:
        return _run_app([])
    from vidfeedback.logs import setup_logging

    setup_logging()  # the log file only: stdout carries the command's own JSON
    result: int = args.func(args)
    return result


def _run_app(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else None
    if path is not None and not path.exists():
        print(f"vidfeedback: {path} does not exist; give a hand-in folder or zip", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        from vidfeedback.ui.app import run_app
    except ImportError as exc:
        print(f"vidfeedback: the app cannot start: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return run_app(path, argv[1:])


def _warn(message: str) -> None:
    print(f"vidfeedback: {message}", file=sys.stderr, flush=True)


def _cmd_record(args: argparse.Namespace) -> int:
    from vidfeedback.recording.capture.region import Region, RegionError
    from vidfeedback.recording.recorder import (
        EventKind,
        Recorder,
        RecorderConfig,
        RecorderError,
        RecorderEvent,
    )

    try:
        region = Region.parse(args.region) if args.region else None
    except RegionError as exc:
        _warn(str(exc))
        return EXIT_BAD_INPUT
    if not 1 <= args.fps <= 120:
        _warn("--fps must be between 1 and 120")
        return EXIT_BAD_INPUT
    out_problem = out_path_problem(args.out.absolute())
    if out_problem is not None:
        _warn(out_problem)
        return EXIT_BAD_INPUT
    if args.from_pause_ms is not None and args.continue_from is None:
        _warn("--from-pause-ms goes with --continue-from")
        return EXIT_BAD_INPUT
    if args.from_end and (args.continue_from is None or args.from_pause_ms is not None):
        _warn("--from-end goes with --continue-from, and not with --from-pause-ms")
        return EXIT_BAD_INPUT
    continue_from = None
    if args.continue_from is not None:
        pause_ms = args.from_pause_ms
        if args.from_end:
            pause_ms = _end_ms(args.continue_from.absolute())
            if pause_ms is None:
                return EXIT_BAD_INPUT
        continue_from = _continue_from(args.continue_from.absolute(), pause_ms)
        if continue_from is None:
            return EXIT_BAD_INPUT
    done = threading.Event()

    def on_event(event: RecorderEvent) -> None:
        if event.kind in (EventKind.STOP_REQUESTED, EventKind.ERROR):
            if event.message:
                _warn(event.message)
            done.set()
        elif event.kind is EventKind.WARNING:
            _warn(event.message)
        elif event.kind is EventKind.MARKER and event.marker is not None:
            _warn(f"marker {event.marker.kind.value} at {event.marker.t_ms / 1000:.1f} s")

    config = RecorderConfig(
        out_path=args.out.absolute(),
        region=region,
        monitor=args.monitor,
        fps=args.fps,
        audio_device=args.audio_device,
        crf=args.crf,
        global_hotkeys=not args.no_hotkeys,
        continue_from=continue_from,
    )
    recorder = Recorder(config, on_event)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        recorder.prepare()
        recorder.start()
    except RecorderError as exc:
        _warn(str(exc))
        return EXIT_BAD_INPUT
    _warn(f"recording to {config.out_path} (Ctrl+Shift+F10 or Ctrl+C stops)")
    # Print take time 0 on the monotonic clock, so a script driving us can line its actions up
    # with the take (stamping here instead would be late by the start-up of the threads).
    print(json.dumps({"event": "started", "mono_ns": recorder.timeline.origin_ns}), flush=True)
    deadline = time.monotonic() + args.duration if args.duration else None
    while not done.is_set():
        remaining = None if deadline is None else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            break
        done.wait(0.1 if remaining is None else min(0.1, remaining))
    t0 = time.monotonic()
    take = recorder.stop()
    finish_s = time.monotonic() - t0
    print(
        json.dumps(
            {
                "event": "finished",
                "path": str(take.path),
                "complete": take.complete,
                "duration_ms": take.duration_ms,
                "finish_s": round(finish_s, 3),
                "markers": [
                    {
                        "kind": m.kind.value,
                        "t_ms": m.t_ms,
                        "criterion_id": m.criterion_id,
                        "label": m.label,
                    }
                    for m in take.markers
                ],
                "pauses_ms": list(take.pauses_ms),
                "stats": take.stats.as_dict(),
                "message": take.message,
                "problems": [p.code.value for p in take.problems],
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    if take.message:  # the take stopped by itself, or its final file could not be written
        _warn(take.message)
        return EXIT_FAILED
    return EXIT_OK


def _end_ms(take: Path) -> int | None:
    """Where a finished take ends: its markers file says, else the file itself."""
    from vidfeedback.export.edited_take import source_duration_ms
    from vidfeedback.takes.edit import EditError
    from vidfeedback.takes.markers_file import read_markers_sidecar

    if not take.is_file():
        _warn(f"the take to continue, {take}, does not exist")
        return None
    timeline = read_markers_sidecar(take)
    if timeline is not None and timeline.duration_ms > 0:
        return timeline.duration_ms
    try:
        return source_duration_ms(take)
    except EditError as exc:
        _warn(str(exc))
        return None


def _continue_from(take: Path, pause_ms: int | None) -> ContinueFrom | None:
    from vidfeedback.takes.continuation import ContinueFrom
    from vidfeedback.takes.markers_file import read_markers_sidecar

    if pause_ms is None:
        timeline = read_markers_sidecar(take)
        if timeline is None or not timeline.pauses_ms:
            _warn(f"{take} has no pause to continue from; give --from-pause-ms or record again")
            return None
        pause_ms = timeline.pauses_ms[-1]
    return ContinueFrom(take, pause_ms)


def _cmd_recover(args: argparse.Namespace) -> int:
    from vidfeedback.errors import os_error_code
    from vidfeedback.takes.finish import FinishError
    from vidfeedback.takes.recovery import RecoveryError, recover_take, resolve_take_dir

    out = args.out.absolute() if args.out is not None else None
    if out is not None:
        if not out.parent.is_dir():
            _warn(
                f"the folder {out.parent} does not exist; give --out a path in a folder that does"
            )
            return EXIT_BAD_INPUT
        out_problem = out_path_problem(out)
        if out_problem is not None:
            _warn(out_problem)
            return EXIT_BAD_INPUT
    try:
        take_dir = resolve_take_dir(args.path.absolute())
        final = recover_take(take_dir, out)
    except (RecoveryError, FinishError, OSError) as exc:
        params = getattr(exc, "params", {})
        where = Path(
            getattr(exc, "filename", None)
            or params.get("path")
            or (out.parent if out else args.path)
        )
        advice = _recover_advice(os_error_code(exc), where)
        if advice is not None:
            _warn(f"the recovered video could not be written: {advice}; the take is kept")
            return EXIT_FAILED
        if isinstance(exc, OSError):
            _warn(f"the recovered video could not be written ({exc.strerror}); the take is kept")
            return EXIT_FAILED
        _warn(str(exc))
        return EXIT_BAD_INPUT
    if final.markers_clamped:
        _warn(
            f"{final.markers_clamped} marker(s) pressed in the last moment before the "
            "interruption were moved to a second before the end of the recovered video"
        )
    if final.journal_lines_skipped:
        lines = ", ".join(str(n) for n in final.journal_lines_skipped)
        _warn(f"journal line(s) {lines} could not be read and were left out; the rest is kept")
    print(
        json.dumps(
            {
                "event": "recovered",
                "path": str(final.path),
                "duration_ms": final.duration_ms,
                "markers": [{"kind": m.kind.value, "t_ms": m.t_ms} for m in final.markers],
                "markers_clamped": final.markers_clamped,
                "journal_lines_skipped": list(final.journal_lines_skipped),
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    return EXIT_OK


def _recover_advice(code: ErrorCode | None, where: Path) -> str | None:
    from vidfeedback.errors import ErrorCode

    if code is ErrorCode.DISK_FULL:
        return f"the disk is full at {where}. Free some space, or give --out a path on another disk"
    if code is ErrorCode.FOLDER_GONE:
        return f"the folder {where} does not exist; give --out a path in a folder that does"
    if code in (ErrorCode.NO_PERMISSION, ErrorCode.FOLDER_READ_ONLY):
        return f"{where} cannot be written to; give --out a path in a folder you can write to"
    if code is ErrorCode.NAME_TOO_LONG:
        return "the name is too long for this disk; give --out a shorter name"
    return None
