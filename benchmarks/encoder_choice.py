"""x264 settings measured offline on what the recorder's encoder gets in the benchmark session.

    .venv/bin/python benchmarks/encoder_choice.py prepare TAKE.mp4   # once: frames to a raw file
    .venv/bin/python benchmarks/encoder_choice.py run [--repeats 2] [--only NAME ...]
    .venv/bin/python benchmarks/encoder_choice.py instructions --only NAME ... --out FILE

The input: a take of `benchmarks/record_benchmark.py --minutes 2 --repeats 1 --sync-seconds 0
--no-docs --keep DIR` (DIR/r1-vidfeedback/vidfeedback.mp4), decoded to yuv420p frames with their
times. That is a lossy copy of what the encoder got, but with the same frames: the same mix of
pointer-only, typing and scroll frames, the recorder's own skipping of unchanged ticks and its
variable frame timing.

Each variant is `VideoEncoder` (recording/encoding.py) with one x264 setting changed, run in a
fresh process, variants interleaved (A B C … A B C …), so a load spike on the shared machine
falls on different variants in different rounds. Measured per variant:

* cpu_s_per_min: the encoding process's user+sys (wait4) minus that of a process that does
  everything but encode (start-up, reading the frames), per minute of take; and
  encode_cpu_s_per_min: the thread CPU time inside the encode calls alone (x264 runs on the
  calling thread with one thread), which is less exposed to start-up noise;
* per frame class (from the input: unchanged, pointer-only, small change such as typing, scroll
  or new page): median CPU ms per frame inside encode;
* p99_ms: wall time of one encode call, 99th percentile;
* mb_per_min: the video stream's bytes per minute of take;
* psnr_y_db / ssim_y: the luma of what a player shows against the input, at every 1/30 s;
* x264_rss_mb: peak RSS of the process minus that of the no-encode process (x264's memory);
* packets_per_frame: must stay one packet out per frame in (no frame delay), keyframes and the
  longest stretch without one (seeking).

CPU time on the shared machine varies by ±15 % between rounds; `instructions` counts what x264
executes per frame under valgrind (callgrind), which no other process can change.

Results go to benchmarks/results/encoder-choice.json; docs/benchmark.md ("x264 settings, second
pass") has the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np

from vidfeedback.recording.encoding import VideoEncoder, VideoSettings

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "encoder-choice.json"
DEFAULT_WORK = Path("/tmp/vf-encoder-choice")
TICK_NS = 1_000_000_000 // 30
MB_PX = 16
# An input frame counts as "pointer-only" when at most 64 of its 8160 macroblocks changed: the
# pointer left one place and arrived at another (2 × ~15 macroblocks), plus the few blocks the
# lossy copy refined. A scroll or a new page changes a quarter of the screen or more; anything
# in between (typing, the blocks refined after a scroll, a flash) is a "partial change".
POINTER_MAX_MBS = 64
SCROLL_SHARE = 0.25

# One change at a time against the shipped settings; None removes the setting. "threads" is the
# codec context's thread count (with slices), not an x264 parameter.
VARIANTS: dict[str, dict[str, str | None]] = {
    "shipped": {},
    "subme=1": {"subme": "1"},
    "subme=0": {"subme": "0"},
    "weightp=0": {"weightp": "0"},
    "scenecut=0": {"scenecut": "0"},
    "no-deblock": {"no-deblock": "1"},
    "deblock=-2,-2": {"deblock": "-2,-2"},
    "partitions=none": {"partitions": "none"},
    "aq-mode=0": {"aq-mode": "0"},
    "chroma-me=0": {"chroma-me": "0"},
    "psy=0": {"psy": "0"},
    "trellis=0": {"trellis": "0"},
    "no-fast-pskip": {"no-fast-pskip": "1"},
    "qp=23": {"qp": "23"},
    # Combinations: x264 keeps a half-size "lowres" copy of every frame when rate control is CRF
    # or scenecut or weightp is on (encoder.c, b_have_lowres); all three off skip it.
    "scenecut=0 weightp=0": {"scenecut": "0", "weightp": "0"},
    "qp=23 scenecut=0 weightp=0": {"qp": "23", "scenecut": "0", "weightp": "0"},
    # Constant QP has no AQ (x264 turns it off), which spends more bits on flat paper: a higher
    # QP brings the size back.
    "qp=24 scenecut=0 weightp=0": {"qp": "24", "scenecut": "0", "weightp": "0"},
    "qp=25 scenecut=0 weightp=0": {"qp": "25", "scenecut": "0", "weightp": "0"},
    "qp=26 scenecut=0 weightp=0": {"qp": "26", "scenecut": "0", "weightp": "0"},
    "qp=25": {"qp": "25"},
    # Keyframes hold most of the bytes and set the picture until the next one: a lower QP for
    # them (ipratio) and a higher one for the rest, to get AQ's size back without AQ.
    "qp=27 ipratio=1.6 scenecut=0 weightp=0": {
        "qp": "27",
        "ipratio": "1.6",
        "scenecut": "0",
        "weightp": "0",
    },
    "qp=28 ipratio=1.8 scenecut=0 weightp=0": {
        "qp": "28",
        "ipratio": "1.8",
        "scenecut": "0",
        "weightp": "0",
    },
    "qp=28 ipratio=2.0 scenecut=0 weightp=0": {
        "qp": "28",
        "ipratio": "2.0",
        "scenecut": "0",
        "weightp": "0",
    },
    # subme 0 and 1 also make x264 compare blocks by SAD instead of SATD, in its half-size
    # analysis too, which moves the scene-cut decisions: fewer new pages become keyframes.
    "subme=0 scenecut=60": {"subme": "0", "scenecut": "60"},
    "subme=0 scenecut=80": {"subme": "0", "scenecut": "80"},
    "subme=0 crf=22": {"subme": "0", "crf": "22"},
    "no-deblock crf=22.8": {"no-deblock": "1", "crf": "22.8"},
    "aq-strength=0.8": {"aq-strength": "0.8"},
    "aq-strength=1.3": {"aq-strength": "1.3"},
    "no-deblock aq-strength=1.3": {"no-deblock": "1", "aq-strength": "1.3"},
    "weightp=0 no-deblock": {"weightp": "0", "no-deblock": "1"},
    "subme=0 qp=24 scenecut=0 weightp=0": {
        "subme": "0",
        "qp": "24",
        "scenecut": "0",
        "weightp": "0",
    },
    "subme=0 qp=25 scenecut=0 weightp=0": {
        "subme": "0",
        "qp": "25",
        "scenecut": "0",
        "weightp": "0",
    },
}


@dataclass(frozen=True)
class Input:
    width: int
    height: int
    take_ns: list[int]
    classes: list[str]
    changed_mbs: list[int]

    @property
    def frame_bytes(self) -> int:
        return self.width * self.height * 3 // 2

    @property
    def take_min(self) -> float:
        return (self.take_ns[-1] + TICK_NS) / 60e9

    @staticmethod
    def load(work: Path) -> Input:
        data = json.loads((work / "frames.json").read_text())
        return Input(
            data["width"], data["height"], data["take_ns"], data["classes"], data["changed_mbs"]
        )


def _luma(frame: av.VideoFrame) -> np.ndarray:
    plane = frame.planes[0]
    rows = np.frombuffer(memoryview(plane), np.uint8).reshape(frame.height, plane.line_size)
    luma: np.ndarray = rows[:, : frame.width]
    return luma


def _changed_mbs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Which macroblocks differ (the frame padded to whole macroblocks, as x264 codes it)."""
    h, w = a.shape
    rows, cols = -(-h // MB_PX), -(-w // MB_PX)
    padded = np.zeros((rows * MB_PX, cols * MB_PX), bool)
    padded[:h, :w] = a != b
    return np.asarray(padded.reshape(rows, MB_PX, cols, MB_PX).any(axis=(1, 3)))


def _classify(changed: np.ndarray) -> str:
    """changed: a boolean map of macroblocks that differ from the previous frame."""
    count = int(changed.sum())
    if count == 0:
        return "unchanged"
    if count <= POINTER_MAX_MBS:
        return "pointer-only"
    if count >= SCROLL_SHARE * changed.size:
        return "scroll or new page"
    return "partial change"


def prepare(take: Path, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    take_ns: list[int] = []
    classes: list[str] = []
    changed_mbs: list[int] = []
    previous: np.ndarray | None = None
    with av.open(str(take)) as container, (work / "frames.yuv").open("wb") as out:
        stream = container.streams.video[0]
        width, height = stream.codec_context.width, stream.codec_context.height
        for frame in container.decode(stream):
            if frame.format.name != "yuv420p":
                raise SystemExit(f"{take}: {frame.format.name}, expected yuv420p")
            assert frame.pts is not None and frame.time_base is not None
            take_ns.append(round(frame.pts * frame.time_base * 1_000_000_000))
            for index, plane in enumerate(frame.planes):
                w, h = (width, height) if index == 0 else (width // 2, height // 2)
                rows = np.frombuffer(memoryview(plane), np.uint8).reshape(h, plane.line_size)
                out.write(np.ascontiguousarray(rows[:, :w]).tobytes())
            luma = _luma(frame).copy()
            if previous is None:
                classes.append("first")
                changed_mbs.append(luma.size // MB_PX**2)
            else:
                diff = _changed_mbs(luma, previous)
                classes.append(_classify(diff))
                changed_mbs.append(int(diff.sum()))
            previous = luma
    start = take_ns[0]
    info = {
        "source": str(take),
        "width": width,
        "height": height,
        "take_ns": [t - start for t in take_ns],
        "classes": classes,
        "changed_mbs": changed_mbs,
    }
    (work / "frames.json").write_text(json.dumps(info))
    counts = {c: classes.count(c) for c in sorted(set(classes))}
    print(f"{len(take_ns)} frames over {(take_ns[-1] - start) / 1e9:.1f} s: {counts}")


def _x264_params(encoder: VideoEncoder, change: dict[str, str | None]) -> dict[str, str]:
    options = dict(encoder.stream.codec_context.options)
    params: dict[str, str] = {}
    for item in options.get("x264-params", "").split(":"):
        if item:
            key, _, value = item.partition("=")
            params[key] = value
    for key, setting in change.items():
        if key == "threads":
            continue
        if key == "crf" and setting is not None:
            options["crf"] = setting  # FFmpeg's crf option wins over one in x264-params
            continue
        if setting is None:
            params.pop(key, None)
        else:
            params[key] = setting
    options["x264-params"] = ":".join(f"{k}={v}" for k, v in params.items())
    return options


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def worker(work: Path, variant: str, out: Path | None, result: Path, frames: int | None) -> None:
    """One variant in this process; out=None reads the frames without encoding (the baseline);
    frames: only the first so many."""
    inp = Input.load(work)
    take_ns = inp.take_ns[:frames]
    frame = av.VideoFrame(inp.width, inp.height, "yuv420p")
    planes = [memoryview(p).cast("B") for p in frame.planes]  # type: ignore[arg-type]
    container = None
    encoder = None
    x264_params = ""
    if out is not None:
        container = av.open(str(out), "w", format="mp4")
        encoder = VideoEncoder(container, VideoSettings(inp.width, inp.height, 30))
        ctx = encoder.stream.codec_context
        ctx.options = _x264_params(encoder, VARIANTS[variant])
        x264_params = ctx.options.get("x264-params") or ""
        threads = VARIANTS[variant].get("threads")
        if threads is not None:
            ctx.thread_count = int(threads)
    cpu_ns: list[int] = []
    wall_ns: list[int] = []
    packets_per_frame: list[int] = []
    with (work / "frames.yuv").open("rb", buffering=0) as src:
        for frame_ns in take_ns:
            for plane in planes:
                if src.readinto(plane) != len(plane):
                    raise SystemExit("frames.yuv is shorter than frames.json says")
            if encoder is None or container is None:
                continue
            t_cpu, t_wall = time.thread_time_ns(), time.perf_counter_ns()
            packets = encoder.encode(frame, frame_ns)
            wall_ns.append(time.perf_counter_ns() - t_wall)
            cpu_ns.append(time.thread_time_ns() - t_cpu)
            packets_per_frame.append(len(packets))
            for packet in packets:
                container.mux(packet)
    if encoder is not None and container is not None:
        late = encoder.flush()
        for packet in late:
            container.mux(packet)
        packets_per_frame.append(len(late))
        container.close()
    result.write_text(
        json.dumps(
            {
                "cpu_ns": cpu_ns,
                "wall_ns": wall_ns,
                "packets_per_frame": packets_per_frame,
                "vm_hwm_kb": _status_kb("VmHWM"),
                "x264_params": x264_params,
            }
        )
    )


def _run_worker(work: Path, variant: str, encode: bool, tag: str) -> dict[str, Any]:
    out = work / f"{_slug(variant)}.mp4"
    result = work / f"{_slug(variant)}-{tag}.json"
    args = [sys.executable, __file__, "worker", "--work", str(work), "--variant", variant]
    if encode:
        args += ["--out", str(out)]
    args += ["--result", str(result)]
    proc = subprocess.Popen(args)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{variant}: worker failed ({status})")
    data: dict[str, Any] = json.loads(result.read_text())
    data["process_cpu_s"] = usage.ru_utime + usage.ru_stime
    data["peak_rss_kb"] = usage.ru_maxrss
    return data


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9=.,-]+", "_", name).strip("_")


SSIM_C1 = 0.01**2 * 255**2 * 64**2
SSIM_C2 = 0.03**2 * 255**2 * 64 * 63


class _FrameQuality:
    """Luma SSE and SSIM (FFmpeg's: 8×8 windows every 4 pixels, from 4×4 block sums) of one
    reference against one decoded picture, updated row by row: most frames change a pointer's
    few rows, and recomputing only those keeps the analysis of a variant to seconds."""

    def __init__(self, height: int, width: int) -> None:
        self.rows_sse = np.zeros(height, np.int64)
        # Per 4×4 block: sum a, sum b, sum a²+b², sum ab.
        self.blocks = np.zeros((4, height // 4, width // 4), np.int64)
        self.window_rows_ssim = np.zeros(height // 4 - 1)
        self.windows_per_row = width // 4 - 1
        self.ref: np.ndarray | None = None
        self.got: np.ndarray | None = None

    def update(self, ref: np.ndarray, got: np.ndarray) -> tuple[float, float]:
        """The new frame pair; returns (mean squared error, mean SSIM)."""
        if self.ref is None or self.got is None:
            changed = np.ones(ref.shape[0], bool)
        else:
            changed = (ref != self.ref).any(axis=1) | (got != self.got).any(axis=1)
        self.ref, self.got = ref, got
        block_rows = np.flatnonzero(changed.reshape(-1, 4).any(axis=1))
        for start, stop in _runs(block_rows):
            a = ref[start * 4 : stop * 4].astype(np.int32)
            b = got[start * 4 : stop * 4].astype(np.int32)
            d = a - b
            self.rows_sse[start * 4 : stop * 4] = (d * d).sum(axis=1)
            for i, x in enumerate((a, b, a * a + b * b, a * b)):
                self.blocks[i, start:stop] = _block_sums(x)
            lo, hi = max(start - 1, 0), min(stop, len(self.window_rows_ssim))
            self.window_rows_ssim[lo:hi] = self._ssim_rows(lo, hi)
        mse = float(self.rows_sse.sum()) / ref.size
        ssim = float(self.window_rows_ssim.sum()) / (
            len(self.window_rows_ssim) * self.windows_per_row
        )
        return mse, ssim

    def _ssim_rows(self, lo: int, hi: int) -> np.ndarray:
        x = self.blocks[:, lo : hi + 1].astype(np.float64)
        s1, s2, ss, s12 = x[:, :-1, :-1] + x[:, 1:, :-1] + x[:, :-1, 1:] + x[:, 1:, 1:]
        var = ss * 64 - s1 * s1 - s2 * s2
        covar = s12 * 64 - s1 * s2
        ssim = (2 * s1 * s2 + SSIM_C1) * (2 * covar + SSIM_C2)
        ssim /= (s1 * s1 + s2 * s2 + SSIM_C1) * (var + SSIM_C2)
        result: np.ndarray = ssim.sum(axis=1)
        return result


def _block_sums(x: np.ndarray) -> np.ndarray:
    h, w = x.shape
    rows = x.reshape(h // 4, 4, w).sum(axis=1)
    result: np.ndarray = rows.reshape(h // 4, w // 4, 4).sum(axis=2)
    return result


def _runs(indices: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive runs of sorted indices as (start, stop)."""
    if len(indices) == 0:
        return []
    breaks = np.flatnonzero(np.diff(indices) > 1)
    starts = np.concatenate(([indices[0]], indices[breaks + 1]))
    stops = np.concatenate((indices[breaks] + 1, [indices[-1] + 1]))
    return list(zip(starts.tolist(), stops.tolist(), strict=True))


def quality(work: Path, inp: Input, video: Path) -> dict[str, Any]:
    """PSNR-Y and SSIM-Y of what a player shows against the input, at every 1/30 s."""
    ticks = np.arange(0, inp.take_ns[-1] + TICK_NS, TICK_NS)
    shown = np.searchsorted(np.asarray(inp.take_ns), ticks, side="right") - 1
    weights = np.bincount(shown, minlength=len(inp.take_ns))
    mse = np.zeros(len(inp.take_ns))
    ssim = np.zeros(len(inp.take_ns))
    keyframe_ns: list[int] = []
    y_bytes = inp.width * inp.height
    meter = _FrameQuality(inp.height, inp.width)
    decoded = 0
    with av.open(str(video)) as container, (work / "frames.yuv").open("rb") as src:
        stream = container.streams.video[0]
        video_bytes = 0
        for packet in container.demux(stream):
            video_bytes += packet.size
        container.seek(0)
        for i, frame in enumerate(container.decode(stream)):
            if frame.key_frame:
                keyframe_ns.append(inp.take_ns[i])
            ref = np.frombuffer(src.read(inp.frame_bytes)[:y_bytes], np.uint8)
            mse[i], ssim[i] = meter.update(ref.reshape(inp.height, inp.width), _luma(frame).copy())
            decoded = i + 1
    if decoded != len(inp.take_ns):
        raise SystemExit(f"{video}: {decoded} frames, input has {len(inp.take_ns)}")
    psnr = 10 * np.log10(255**2 / np.maximum(mse, 1e-10))
    end_ns = inp.take_ns[-1] + TICK_NS
    gaps = np.diff(np.asarray([*keyframe_ns, end_ns])) / 1e9
    return {
        "mb_per_min": video_bytes / 1e6 / inp.take_min,
        "psnr_y_db": float(np.average(psnr, weights=weights)),
        "psnr_y_of_mean_mse_db": float(10 * np.log10(255**2 / np.average(mse, weights=weights))),
        "psnr_y_worst_db": float(psnr[weights > 0].min()),
        "ssim_y": float(np.average(ssim, weights=weights)),
        "keyframes": len(keyframe_ns),
        "longest_without_keyframe_s": float(gaps.max()),
    }


def x264_options(video: Path) -> str:
    """The options x264 says it used, from the SEI it writes into the first frame."""
    head = video.read_bytes()[:200_000]
    found = re.search(rb"options: ([ -~]+)", head)
    return found.group(1).decode() if found else ""


def summarise(inp: Input, runs: list[dict[str, Any]], base: list[dict[str, Any]]) -> dict[str, Any]:
    base_cpu = statistics.median(r["process_cpu_s"] for r in base)
    base_rss_kb = statistics.median(r["peak_rss_kb"] for r in base)
    per_class: dict[str, float] = {}
    classes = np.asarray(inp.classes)
    cpu_all = np.asarray([r["cpu_ns"] for r in runs], dtype=np.float64)  # runs × frames
    cpu_frame = np.median(cpu_all, axis=0)
    for name in sorted(set(inp.classes)):
        per_class[name] = float(np.median(cpu_frame[classes == name]) / 1e6)
    walls = np.concatenate([np.asarray(r["wall_ns"]) for r in runs]) / 1e6
    cpu_runs = [(r["process_cpu_s"] - base_cpu) / inp.take_min for r in runs]
    enc_runs = [sum(r["cpu_ns"]) / 1e9 / inp.take_min for r in runs]
    # Load from others only ever adds to a frame's time: the least over the rounds, frame by
    # frame, is the steadiest estimate of what the encoder itself needs.
    floor = float(cpu_all.min(axis=0).sum()) / 1e9 / inp.take_min
    return {
        "cpu_s_per_min": statistics.median(cpu_runs),
        "cpu_s_per_min_runs": cpu_runs,
        "encode_cpu_s_per_min": statistics.median(enc_runs),
        "encode_cpu_s_per_min_runs": enc_runs,
        "encode_cpu_s_per_min_floor": floor,
        "cpu_ms_per_frame_by_class": per_class,
        "p99_ms": float(np.percentile(walls, 99)),
        "x264_rss_mb": (statistics.median(r["peak_rss_kb"] for r in runs) - base_rss_kb) / 1024,
        "packets_per_frame": sorted(set(p for r in runs for p in r["packets_per_frame"][:-1])),
        "packets_at_flush": runs[0]["packets_per_frame"][-1],
    }


def run(work: Path, names: Sequence[str], repeats: int, out: Path) -> None:
    inp = Input.load(work)
    runs: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    base: list[dict[str, Any]] = []
    load_at_start = os.getloadavg()
    for round_ in range(repeats):
        base.append(_run_worker(work, "shipped", encode=False, tag=f"base{round_}"))
        for name in names:
            runs[name].append(_run_worker(work, name, encode=True, tag=f"r{round_}"))
            print(
                f"round {round_ + 1}/{repeats} {name}: {runs[name][-1]['process_cpu_s']:.2f} CPU-s",
                flush=True,
            )
    summary: dict[str, Any] = {}
    for name in names:
        video = work / f"{_slug(name)}.mp4"
        row = summarise(inp, runs[name], base)
        row.update(quality(work, inp, video))
        row["x264_options"] = x264_options(video)
        row["x264_params"] = runs[name][0]["x264_params"]
        summary[name] = row
        print(name, json.dumps({k: v for k, v in row.items() if k != "x264_options"}))
    classes = {c: inp.classes.count(c) for c in sorted(set(inp.classes))}
    payload = {
        "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "input": {
            "source": json.loads((work / "frames.json").read_text())["source"],
            "frames": len(inp.take_ns),
            "take_s": inp.take_min * 60,
            "classes": classes,
        },
        "machine": {
            "cpu": platform.processor() or platform.machine(),
            "cores": os.cpu_count(),
            "load_at_start": load_at_start,
            "load_at_end": os.getloadavg(),
        },
        "repeats": repeats,
        "baseline": {
            "process_cpu_s": [r["process_cpu_s"] for r in base],
            "peak_rss_kb": [r["peak_rss_kb"] for r in base],
        },
        "variants": summary,
        "raw": {
            n: [
                {k: v for k, v in r.items() if k not in ("cpu_ns", "wall_ns", "packets_per_frame")}
                for r in rs
            ]
            for n, rs in runs.items()
        },
    }
    out.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"wrote {out}")


def instructions(work: Path, names: Sequence[str], frames: int, out: Path) -> None:
    """Instructions x264 executes per frame (valgrind's callgrind, one dump per encode call): a
    count no other process on the machine can change, for the first `frames` frames."""
    inp = Input.load(work)
    classes = np.asarray(inp.classes[:frames])
    summary: dict[str, Any] = {}
    for name in names:
        dumps = work / "callgrind" / _slug(name)
        dumps.mkdir(parents=True, exist_ok=True)
        for old in dumps.glob("cg.out*"):
            old.unlink()
        args = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=x264_encoder_encode",
            "--dump-after=x264_encoder_encode",
            f"--callgrind-out-file={dumps / 'cg.out'}",
            sys.executable,
            __file__,
            "worker",
            "--work",
            str(work),
            "--variant",
            name,
            "--out",
            str(dumps / "video.mp4"),
            "--result",
            str(dumps / "result.json"),
            "--frames",
            str(frames),
        ]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        per_dump: list[tuple[int, int]] = []
        for dump in dumps.glob("cg.out.*"):
            text = dump.read_text(errors="replace")
            part = re.search(r"^part: (\d+)", text, re.MULTILINE)
            total = re.search(r"^(?:totals|summary): (\d+)", text, re.MULTILINE)
            if part and total:
                per_dump.append((int(part.group(1)), int(total.group(1))))
        # One dump per encode call in order; a flush or exit may add a last, near-empty one.
        counts = np.asarray([n for _, n in sorted(per_dump)][:frames], dtype=np.float64)
        if len(counts) != frames:
            raise SystemExit(f"{name}: {len(counts)} callgrind dumps for {frames} frames")
        by_class = {
            c: float(np.median(counts[classes == c]) / 1e6) for c in sorted(set(classes.tolist()))
        }
        summary[name] = {
            "frames": frames,
            "instructions_total_g": float(counts.sum() / 1e9),
            "minstr_per_frame_by_class": by_class,
        }
        print(name, json.dumps(summary[name]), flush=True)
    out.write_text(json.dumps(summary, indent=1) + "\n")
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p_prepare = sub.add_parser("prepare", help="decode a take into the raw input")
    p_prepare.add_argument("take", type=Path)
    p_prepare.add_argument("--work", type=Path, default=DEFAULT_WORK)
    p_run = sub.add_parser("run", help="measure the variants")
    p_run.add_argument("--work", type=Path, default=DEFAULT_WORK)
    p_run.add_argument("--repeats", type=int, default=2)
    p_run.add_argument("--only", nargs="+", choices=sorted(VARIANTS), help="these variants")
    p_run.add_argument("--out", type=Path, default=RESULTS)
    p_instr = sub.add_parser("instructions", help="count x264's instructions (valgrind)")
    p_instr.add_argument("--work", type=Path, default=DEFAULT_WORK)
    p_instr.add_argument("--frames", type=int, default=180)
    p_instr.add_argument("--only", nargs="+", choices=sorted(VARIANTS), required=True)
    p_instr.add_argument("--out", type=Path, required=True)
    p_worker = sub.add_parser("worker", help=argparse.SUPPRESS)
    p_worker.add_argument("--work", type=Path, required=True)
    p_worker.add_argument("--variant", required=True, choices=sorted(VARIANTS))
    p_worker.add_argument("--out", type=Path)
    p_worker.add_argument("--result", type=Path, required=True)
    p_worker.add_argument("--frames", type=int)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.take, args.work)
    elif args.command == "run":
        run(args.work, args.only or list(VARIANTS), args.repeats, args.out)
    elif args.command == "instructions":
        instructions(args.work, args.only, args.frames, args.out)
    else:
        worker(args.work, args.variant, args.out, args.result, args.frames)


if __name__ == "__main__":
    main()
