"""`vidfeedback captions TAKE.mp4`: captions for a finished take, made on this machine.

Writes TAKE.captions.vtt beside the take (never over an existing one: a teacher's corrections
live there); `vidfeedback export` then puts the captions into the package. The recognition runs
in the same idle-priority worker process as in the app.

Exit status (as the main CLI's): 0 done; 1 the recognition failed; 2 bad input, nothing started.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vidfeedback.captions.job import CaptionJob, JobState
from vidfeedback.captions.models import (
    DEFAULT_SIZE,
    DownloadError,
    ModelSize,
    download_model,
    entry_for,
    entry_named,
    find_model,
)
from vidfeedback.captions.vtt import LANGUAGE_CODES, captions_path_for

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def add_subcommand(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cap = subparsers.add_parser(
        "captions",
        help="make captions (TAKE.captions.vtt) for a finished take, offline",
        description="Recognise the speech in a take on this machine and write TAKE.captions.vtt "
        "beside it. The first use of a model downloads it once into the cache folder.",
    )
    cap.add_argument("take", type=Path, help="the finished take (MP4)")
    cap.add_argument(
        "--model",
        help="a catalogue name (e.g. nb-whisper-base, whisper-small) or a model folder; "
        f"default: the {DEFAULT_SIZE.value} model for the language",
    )
    cap.add_argument(
        "--size",
        choices=[s.value for s in ModelSize],
        default=DEFAULT_SIZE.value,
        help="model size when --model is not given",
    )
    cap.add_argument("--models-folder", type=Path, help="a school's folder of models (offline)")
    cap.add_argument("--lang", choices=LANGUAGE_CODES, default="en", help="the spoken language")
    cap.add_argument("--json", action="store_true", help="print the result as JSON")
    cap.set_defaults(func=run_captions)


def _say(text: str) -> None:
    print(f"vidfeedback: {text}", file=sys.stderr, flush=True)


def _model_folder(args: argparse.Namespace) -> tuple[Path, str] | None:
    name = args.model or entry_for(args.lang, ModelSize(args.size)).name
    found = find_model(name, models_folder=args.models_folder)
    if found is not None:
        # A folder is named by its last part: the captions file must not carry the teacher's
        # paths to the student.
        return found, found.name if Path(name).expanduser().is_dir() else name
    entry = entry_named(name)
    if entry is None:
        _say(f"{name} is neither a model folder nor a model this app knows")
        return None
    _say(f"downloading {entry.name} from {entry.repo} (once)")
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != last[0] and percent % 5 == 0:
            last[0] = percent
            _say(f"  {percent} % of {total / 1e6:.0f} MB")

    try:
        return download_model(entry, progress=progress), name
    except DownloadError as exc:
        _say(str(exc))
        return None


def run_captions(args: argparse.Namespace) -> int:
    take = args.take.absolute()
    if not take.is_file():
        _say(f"{take} does not exist")
        return EXIT_BAD_INPUT
    out = captions_path_for(take)
    if out.exists():
        _say(f"{out} exists (it holds the captions and any corrections); it was left alone")
        return EXIT_BAD_INPUT
    model = _model_folder(args)
    if model is None:
        return EXIT_BAD_INPUT
    folder, name = model
    last = [-1]

    def progress(fraction: float) -> None:
        percent = int(100 * fraction)
        if not args.json and percent // 10 != last[0]:
            last[0] = percent // 10
            _say(f"captions {percent} %")

    job = CaptionJob(take, folder, args.lang, out, model_name=name, on_progress=progress)
    try:
        result = job.wait()
    except KeyboardInterrupt:
        job.cancel()
        return EXIT_FAILED
    if result.state is not JobState.DONE:
        problem = result.problem
        _say(problem.message if problem else "the captions could not be made")
        code = problem.code.value if problem else "captions_failed"
        if args.json:
            print(json.dumps({"ok": False, "code": code, "message": str(problem)}))
        return EXIT_FAILED
    stats = result.stats
    if args.json:
        counts = {k: stats[k] for k in ("cues", "words", "audio_s", "compute_s")}
        done = {"ok": True, "captions": str(out), "model": name, "lang": args.lang, **counts}
        print(json.dumps(done))
    else:
        _say(f"{out.name}: {stats['cues']} captions, {stats['words']} words")
    return EXIT_OK
