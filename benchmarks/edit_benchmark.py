"""Editing benchmark: write an edited 10-minute take (two cuts, both ends trimmed), and the voice
processing's cost per minute.

    .venv/bin/python benchmarks/edit_benchmark.py [--minutes 10] [--repeats 3] [--size 1920x1080]

The take is synthesized with the engine's own encoders (tests/support/synthetic_take.py: a page
of text scrolling now and then, a moving pointer, a picture every 200 ms, keyframes every 10 s)
so the run needs no screen. Each edit is timed next to a reference on the same file, one after
the other: `ffmpeg -c copy` of the whole take (a stream copy, the least any edit can cost).

Results: benchmarks/results/edit_latest.json and the table in docs/editing.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.synthetic_take import TakeSpec, make_take
from support.voice_stimulus import RATE_HZ, make_stimulus
from vidfeedback.export.edited_take import write_edited_take
from vidfeedback.export.voice import VoiceMode, clean_voice, sound_filter
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.edit import EditPlan
from vidfeedback.takes.finish import read_chapters


def _stream_copy_s(take: Path, folder: Path) -> float:
    out = folder / "copy.mp4"
    out.unlink(missing_ok=True)
    t0 = time.monotonic()
    subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(take), "-map", "0:v", "-map", "0:a", "-c", "copy",
         "-movflags", "+faststart", str(out)],
        check=True,
    )  # fmt: skip
    return time.monotonic() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "edit_latest.json"
    )
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    total_s = args.minutes * 60
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": platform.platform(),
        "minutes": args.minutes,
        "size": args.size,
    }
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # The voice: the stimulus (speech with a fan, keyboard and room under it), repeated.
        stim = make_stimulus(folder)
        repeats = int(np.ceil(total_s * RATE_HZ / len(stim.mixed)))
        sound = np.tile(stim.mixed, repeats)[: int(total_s * RATE_HZ)]
        t0 = time.monotonic()
        take = make_take(
            folder / "take.mp4",
            TakeSpec(
                total_s,
                width=width,
                height=height,
                sound=sound,
                flashes_s=[total_s * 0.66],
                markers=[
                    Marker(MarkerKind.FEED_UP, 5_000),
                    Marker(MarkerKind.FEED_BACK, round(total_s * 330)),
                    Marker(MarkerKind.FEED_FORWARD, round(total_s * 750)),
                ],
            ),
        )
        results["synthesis_s"] = time.monotonic() - t0
        results["take_mb"] = take.stat().st_size / 1e6
        source_ms = round(total_s * 1000)
        plan = EditPlan.build(
            source_ms,
            3_217,
            4_111,
            [(round(source_ms * 0.2) + 370, round(source_ms * 0.3) + 910),
             (round(source_ms * 0.5) + 555, round(source_ms * 0.5) + 7_203)],
        )  # fmt: skip
        chapters = read_chapters(take)
        for mode in (VoiceMode.AS_RECORDED, VoiceMode.CLEAN):
            runs: list[dict[str, float]] = []
            for i in range(args.repeats):
                copy_s = _stream_copy_s(take, folder)
                out = folder / f"edited_{mode.value}_{i}.mp4"
                t0 = time.monotonic()
                result = write_edited_take(take, out, plan, chapters, sound_filter(mode))
                edit_s = time.monotonic() - t0
                runs.append({"edit_s": edit_s, "stream_copy_s": copy_s, **result.timings_s})
                results[f"reencoded_frames_{mode.value}"] = result.video_frames_reencoded
                results[f"copied_packets_{mode.value}"] = result.video_packets_copied
                out.unlink()
            results[mode.value] = {
                "runs": runs,
                "edit_s_median": statistics.median(r["edit_s"] for r in runs),
                "ratio_to_stream_copy_median": statistics.median(
                    r["edit_s"] / r["stream_copy_s"] for r in runs
                ),
            }
        # The voice alone, per minute of sound (CPU seconds and wall seconds).
        c0, w0 = time.process_time(), time.monotonic()
        clean_voice(sound, RATE_HZ)
        minutes = len(sound) / RATE_HZ / 60
        results["voice_cpu_s_per_min"] = (time.process_time() - c0) / minutes
        results["voice_wall_s_per_min"] = (time.monotonic() - w0) / minutes
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    for mode in (VoiceMode.AS_RECORDED, VoiceMode.CLEAN):
        r = results[mode.value]
        print(
            f"{mode.value:12} edit {r['edit_s_median']:.2f} s "
            f"({r['ratio_to_stream_copy_median']:.1f}x ffmpeg -c copy)"
        )
    print(
        f"voice: {results['voice_cpu_s_per_min']:.2f} CPU s / min, "
        f"{results['voice_wall_s_per_min']:.2f} s / min"
    )


if __name__ == "__main__":
    main()
