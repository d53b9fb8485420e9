"""A/V timing of `vidfeedback record` on a quiet and on a loaded machine, side by side, measured
against a known truth (issue 15: "worst A/V error <= 10 ms on a loaded machine").

The truth (tests/support/timing_truth.py) runs at real-time priority, as a sound card and a
desktop's PulseAudio do: a screen clock redrawn every 2 ms (every frame says when its pixels were
read) and a pipe-source microphone that gets a chirp every --beep-every seconds at known times.
The recorder runs at normal priority; the load is --load busy loops at normal priority (and, with
--memory-hog, one process copying 64 MB buffers) on the shared 2-core machine. Takes alternate
quiet, loaded, quiet, loaded... so both see the same machine.

    .venv/bin/python benchmarks/sync_under_load.py --seconds 20 --load 4 --repeats 2

Errors (ms, positive = later in the file than it happened) per frame (picture), per chirp
(sound) and per chirp A/V (sound − picture around it), and per frame A/V (the nearest chirp's
sound − that frame's picture); raw results go to benchmarks/results/sync-under-load.json.
Picture errors are measured where the truth is tight (its interval at most 4 ms wide, which
excludes the few frames whose next clock redraw the X server held up); "picture_beyond_truth"
bounds every frame: how far its stamp lies outside the interval in which it was certainly read.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from e2e.recording import base_env, start_recording  # noqa: E402
from support.av_errors import TIGHT_TRUTH_MS, TakeErrors, summary, take_errors  # noqa: E402
from support.realstack import xvfb  # noqa: E402
from support.screen_clock import ClockPlace  # noqa: E402
from support.timing_truth import TruthLog, timing_truth  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "sync-under-load.json"
# On the 16-pixel grid of a 1920 x 1080 take, away from the pointer (Xvfb starts it mid-screen).
CLOCK_PLACE = ClockPlace(1600, 32)
# With --pieces 2: a second copy far from the first, so every frame is grabbed in two pieces.
TWIN_PLACE = ClockPlace(64, 1024)
BURN = "while True: pass"
# Reads and writes 128 MB a round: the memory bus a browser or a compile keeps busy.
MEMORY_HOG = (
    "import numpy as np\n"
    "a = np.ones(64 << 20, np.uint8); b = np.empty_like(a)\n"
    "while True: np.copyto(b, a); np.copyto(a, b)\n"
)


@contextlib.contextmanager
def load(busy_loops: int, memory_hog: bool) -> Iterator[None]:
    procs = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(busy_loops)]
    if memory_hog:
        procs.append(subprocess.Popen([sys.executable, "-c", MEMORY_HOG]))
    try:
        yield
    finally:
        for p in procs:
            p.kill()
        for p in procs:
            p.wait()


def one_take(
    seconds: float,
    busy_loops: int,
    memory_hog: bool,
    beep_every_s: float,
    work: Path,
    name: str,
    engine_src: Path | None,
    twin: ClockPlace | None,
) -> dict[str, Any]:
    out = work / f"{name}.mp4"
    with (
        xvfb() as display,
        timing_truth(display, CLOCK_PLACE, beep_every_s, work / f"{name}.npz", twin) as truth,
    ):
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env |= display.env() | truth.env()
        if engine_src is not None:
            env["PYTHONPATH"] = str(engine_src)  # ahead of the editable install's path
        with load(busy_loops, memory_hog):
            loadavg_before = os.getloadavg()[0]
            take = start_recording(base_env(env), out, "--duration", str(seconds), "--no-hotkeys")
            result = take.finish(timeout_s=seconds + 120)
            loadavg_after = os.getloadavg()[0]
        log = truth.finish()
        pulse_scheduler = truth.pulse_scheduler
    errors = take_errors(out, take.started_mono_ns, log, CLOCK_PLACE, seconds, twin)
    return report(
        name,
        busy_loops,
        memory_hog,
        result,
        log,
        pulse_scheduler,
        errors,
        take.started_mono_ns,
        seconds,
    ) | {"loadavg_1min": [round(loadavg_before, 2), round(loadavg_after, 2)]}


def report(
    name: str,
    busy_loops: int,
    memory_hog: bool,
    result: dict[str, Any],
    log: TruthLog,
    pulse_scheduler: str,
    errors: TakeErrors,
    origin_ns: int,
    seconds: float,
) -> dict[str, Any]:
    frames = errors.frames
    beeps = errors.beeps
    av_frames = errors.av_per_frame_ms()
    return {
        "take": name,
        "load_busy_loops": busy_loops,
        "memory_hog": memory_hog,
        "complete": result.get("complete"),
        "truth": {
            "helper": log.scheduler,
            "pulseaudio": pulse_scheduler,
            "sample_clock_restarts": log.restarts,
            "worst_chunk_write_late_ms_in_take": round(
                log.worst_chunk_late_ms(origin_ns, origin_ns + round(seconds * 1e9)), 2
            ),
            "worst_clock_redraw_late_ms": round(log.worst_clock_late_ns / 1e6, 2),
            "clock_redraws": len(log.clock.counters),
        },
        "frames": len(frames),
        "unreadable_frames": errors.unreadable_frames,
        "repeated_frames": len(errors.repeated_frames_s),
        "frames_outside_truth_interval": sum(not f.inside for f in frames),
        "picture": summary([f.error_ms for f in frames if f.tight]),
        "frames_loose_truth": sum(not f.tight for f in frames),
        "picture_beyond_truth": summary([f.beyond_ms for f in frames]),
        "pieces_apart": summary(
            [f.pieces_apart_ms for f in frames if f.pieces_apart_ms is not None]
        ),
        "truth_half_width": summary([f.half_width_ms for f in frames]),
        "sound": summary([b.sound_ms for b in beeps]),
        "av": summary([b.av_ms for b in beeps]),
        "av_per_frame": summary(av_frames),
        "missing_beeps": errors.missing_beeps,
        "beeps_raw": [asdict(b) for b in beeps],
        "frames_raw": [
            [
                round(f.take_s, 4),
                round(f.error_ms, 3),
                round(f.beyond_ms, 3),
                round(f.half_width_ms, 3),
                f.counter,
            ]
            for f in frames
        ],
        "av_per_frame_raw": [round(v, 3) for v in av_frames],
        "pieces_apart_raw": [
            round(f.pieces_apart_ms, 3) for f in frames if f.pieces_apart_ms is not None
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each take")
    parser.add_argument("--load", type=int, default=4, help="busy loops in the loaded takes")
    parser.add_argument("--memory-hog", action="store_true", help="add a memory-copying process")
    parser.add_argument("--repeats", type=int, default=1, help="quiet+loaded pairs")
    parser.add_argument("--beep-every", type=float, default=0.5, help="seconds between chirps")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--pieces",
        type=int,
        choices=(1, 2),
        default=1,
        help="2: a second copy of the clock, so each frame is grabbed in two pieces",
    )
    parser.add_argument("--label", default="", help="what the engine under test is")
    parser.add_argument(
        "--engine-src",
        type=Path,
        help="record with the vidfeedback package in this src folder (e.g. an older commit's)",
    )
    args = parser.parse_args()
    takes: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="vf-sync-load-") as tmp:
        for r in range(args.repeats):
            for busy in (0, args.load):
                hog = args.memory_hog and busy > 0
                name = f"r{r + 1}-{'loaded' if busy else 'quiet'}"
                started = time.monotonic()
                take = one_take(
                    args.seconds,
                    busy,
                    hog,
                    args.beep_every,
                    Path(tmp),
                    name,
                    args.engine_src,
                    TWIN_PLACE if args.pieces == 2 else None,
                )
                takes.append(take)
                print(
                    f"{name}: picture {take['picture']}, beyond {take['picture_beyond_truth']}, "
                    f"sound {take['sound']}, A/V {take['av']}, per frame {take['av_per_frame']}, "
                    f"unreadable {take['unreadable_frames']}, "
                    f"repeated {take['repeated_frames']}, "
                    f"outside {take['frames_outside_truth_interval']}, "
                    f"truth {take['truth']} ({time.monotonic() - started:.0f} s)",
                    flush=True,
                )
    by_condition: dict[str, dict[str, Any]] = {}
    for condition in ("quiet", "loaded"):
        mine = [t for t in takes if (t["load_busy_loops"] > 0) == (condition == "loaded")]
        by_condition[condition] = {
            "picture": summary(
                [f[1] for t in mine for f in t["frames_raw"] if f[3] <= TIGHT_TRUTH_MS]
            ),
            "picture_beyond_truth": summary([f[2] for t in mine for f in t["frames_raw"]]),
            "pieces_apart": summary([v for t in mine for v in t["pieces_apart_raw"]]),
            "sound": summary([b["sound_ms"] for t in mine for b in t["beeps_raw"]]),
            "av": summary([b["av_ms"] for t in mine for b in t["beeps_raw"]]),
            "av_per_frame": summary([v for t in mine for v in t["av_per_frame_raw"]]),
            "frames": sum(t["frames"] for t in mine),
            "frames_loose_truth": sum(t["frames_loose_truth"] for t in mine),
            "repeated_frames": sum(t["repeated_frames"] for t in mine),
            "seconds": args.seconds * len(mine),
        }
    doc = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "label": args.label,
        "engine_src": str(args.engine_src or REPO / "src"),
        "commit": subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip(),
        "seconds": args.seconds,
        "load_busy_loops": args.load,
        "memory_hog": args.memory_hog,
        "pieces": args.pieces,
        "cpus": os.cpu_count(),
        "summary": by_condition,
        "takes": takes,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=1) + "\n")
    print(json.dumps(by_condition, indent=1))


if __name__ == "__main__":
    main()
