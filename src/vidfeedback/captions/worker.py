"""The captioning worker: `python -m vidfeedback.captions.worker TAKE.mp4 --model-dir DIR
--lang nb --out TAKE.captions.vtt`, started by job.py after a take stops.

It lowers its own priority first (SCHED_IDLE where Linux has it, else nice 19), so it only uses
the CPU time the app and a new recording leave over. It reports on stdout, one JSON object a
line: {"event": "progress", "fraction": 0.4}, then {"event": "done", ...} or
{"event": "failed", "code": ..., "message": ...}.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# Only the standard library above: the priority is lowered before numpy, PyAV and CTranslate2
# are imported, because some of them start thread pools at import, and a thread keeps the
# policy it was created with.


def lower_priority() -> str:
    """Run only on CPU time nobody else wants; returns what was done (for the record).

    SCHED_IDLE, not just nice 19: a niced process still gets a share of the CPU against normal
    ones (about 1.5 % per competitor under CFS), an idle-class one only what is left over."""
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_IDLE"):
        try:
            # Every thread that exists already; threads started later inherit the policy.
            for task in os.listdir("/proc/self/task"):
                os.sched_setscheduler(int(task), os.SCHED_IDLE, os.sched_param(0))
            return "idle"
        except OSError:
            pass
    with contextlib.suppress(OSError):
        os.nice(19)
        return "nice19"
    return "normal"


def _say(event: dict[str, Any]) -> None:
    print(json.dumps(event), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vidfeedback.captions.worker")
    parser.add_argument("media", type=Path)
    parser.add_argument("--model-dir", type=Path, required=True)
    parser.add_argument("--model-name", default="")
    parser.add_argument("--lang", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--priority", choices=("low", "normal"), default="low")
    args = parser.parse_args(argv)
    priority = lower_priority() if args.priority == "low" else "normal"
    from vidfeedback.captions.cues import make_cues
    from vidfeedback.captions.transcribe import transcribe
    from vidfeedback.captions.vtt import Captions, write_captions
    from vidfeedback.errors import ErrorCode, VidfeedbackError

    started = time.perf_counter()
    last = [0.0]

    def progress(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            _say({"event": "progress", "fraction": round(fraction, 4)})

    try:
        result = transcribe(
            args.media, args.model_dir, args.lang, threads=args.threads, progress=progress
        )
        cues = make_cues(result.words, args.lang)
        name = args.model_name or args.model_dir.name
        write_captions(args.out, Captions(args.lang, cues, name))
    except FileExistsError:
        _say(
            {
                "event": "failed",
                "code": ErrorCode.CAPTIONS_EXIST.value,
                "message": f"{args.out} exists; it was left as it is",
            }
        )
        return 1
    except VidfeedbackError as exc:
        _say({"event": "failed", "code": exc.code.value, "message": str(exc), **exc.params})
        return 1
    _say(
        {
            "event": "done",
            "path": str(args.out),
            "cues": len(cues),
            "words": len(result.words),
            "audio_s": round(result.audio_s, 3),
            "compute_s": round(result.compute_s, 3),
            "load_s": round(result.load_s, 3),
            "total_s": round(time.perf_counter() - started, 3),
            "priority": priority,
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
