"""Recording benchmark: vidfeedback against ffmpeg x11grab on the same scripted teacher session.

    .venv/bin/python benchmarks/record_benchmark.py [--minutes M] [--repeats N] [--quick]

Each run stands up a fresh Xvfb (1920×1080) and virtual microphone, opens a long student text
full screen (document_window.py), and plays a deterministic, seeded session: the pointer moving
several times a second, a scroll every few seconds, some typing, speech into the microphone, and
every few seconds a screen flash together with a beep. The same session is recorded once by
`vidfeedback record` and once by the reference ffmpeg command, one after the other (A B A B …)
because the machine has only two shared cores and running both at once would make each steal
the other's CPU. A final short run records with both at once, only to measure audio–video sync
differentially (the paplay start latency is unknown but shared by both recorders there).

Results: benchmarks/results/latest.json (raw) and a table in docs/benchmark.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

import vidfeedback

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from document_window import FLASH_PROBE, STRIP_X  # noqa: E402

from support import realstack as rs  # noqa: E402

WIDTH, HEIGHT, FPS, CRF = 1920, 1080, 30, 23
RESULTS_DIR = REPO / "benchmarks" / "results"
DOC_PATH = REPO / "docs" / "benchmark.md"
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024

BEEP_HZ = 1000.0
BEEP_S = 0.15
BEEP_AMPLITUDE = 0.6
FLASH_ON_S = 0.4
# Speech keeps this far away from every beep so that the beep is the only sound in the window
# where its onset is searched for.
SPEECH_CLEARANCE_BEFORE_S = 1.5
SPEECH_CLEARANCE_AFTER_S = 1.0
# The beep is searched for from this long before to this long after its flash in the file:
# covers paplay's unknown start latency (0.1–0.2 s here) plus any sync error worth reporting.
BEEP_SEARCH_S = (-0.4, 0.9)
SETTLE_S = 0.5  # recorder running before the session starts, so both capture its first second

SENTENCES = (
    "Her har du fått med deg hovedpoenget i oppgaven, og det er bra.",
    "Se på dette avsnittet: påstanden mangler en kilde.",
    "Tabellen er tydelig, men du bør forklare hva tallene betyr.",
    "Tenk på hvordan du kan knytte konklusjonen tilbake til problemstillingen.",
    "Språket er stort sett godt, men pass på lange setninger.",
    "Dette er et godt eksempel, prøv å bruke flere slike.",
    "Metoden er beskrevet kort, skriv litt mer om utvalget.",
    "Til slutt: husk litteraturlisten og sidetall i henvisningene.",
)
COMMENTS = (
    " Kilde?",
    " Godt poeng.",
    " Utdyp dette.",
    " Fint eksempel her.",
)


# --- the scripted session --------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    t_s: float
    kind: str  # "xdotool" or "window" (a command line for document_window.py)
    args: tuple[str, ...]


@dataclass(frozen=True)
class SessionPlan:
    duration_s: float
    actions: list[Action]
    flash_times_s: list[float]
    speech_times_s: list[float]


def plan_session(duration_s: float, seed: int) -> SessionPlan:
    """Everything the teacher does, as timed actions: the same list for every recorder."""
    rng = random.Random(seed)
    actions: list[Action] = []
    # Pointer: a smooth wandering path over the text, 6 updates a second, never into the strip
    # with the flash window (the recorders draw the pointer and it would spoil the flash probe).
    phase_x, phase_y = rng.uniform(0, 6.28), rng.uniform(0, 6.28)
    t = 0.0
    while t < duration_s:
        x = 150 + (STRIP_X - 350) * (0.5 + 0.5 * math.sin(2 * math.pi * t / 11.0 + phase_x))
        y = 80 + (HEIGHT - 200) * (0.5 + 0.5 * math.sin(2 * math.pi * t / 7.3 + phase_y))
        x += rng.uniform(-15, 15)
        y += rng.uniform(-15, 15)
        actions.append(Action(t, "xdotool", ("mousemove", str(int(x)), str(int(y)))))
        t += 1 / 6
    # Scrolling: mostly the wheel down a few notches every ~3 s, now and then back up or a page.
    t = 2.0
    while t < duration_s:
        r = rng.random()
        if r < 0.12:
            actions.append(Action(t, "xdotool", ("key", "Page_Down")))
        elif r < 0.25:
            actions.append(Action(t, "xdotool", ("click", "--repeat", "2", "4")))
        else:
            notches = str(rng.randint(1, 3))
            actions.append(
                Action(t, "xdotool", ("click", "--repeat", notches, "--delay", "40", "5"))
            )
        t += rng.uniform(2.0, 4.0)
    # Typing: click into the text where the pointer is and type a short comment every ~20 s.
    t = 9.0
    while t < duration_s - 3:
        comment = rng.choice(COMMENTS)
        actions.append(Action(t, "xdotool", ("click", "1", "type", "--delay", "70", comment)))
        t += rng.uniform(15.0, 25.0)
    # Flash + beep: regularly, the first soon so short runs get several.
    period = min(15.0, max(4.0, duration_s / 4))
    flashes = [f for f in np.arange(3.0, duration_s - 1.5, period).tolist()]
    for f in flashes:
        actions.append(Action(f, "window", ("flash on",)))
        actions.append(Action(f + FLASH_ON_S, "window", ("flash off",)))
    # Speech fills the gaps between beeps.
    speech_times: list[float] = []
    bounds = [0.0, *flashes, duration_s]
    for a, b in itertools.pairwise(bounds):
        start = a + (SPEECH_CLEARANCE_AFTER_S if a > 0 else 0.5)
        if b - SPEECH_CLEARANCE_BEFORE_S - start > 2.0:
            speech_times.append(start)
    actions.sort(key=lambda act: act.t_s)
    return SessionPlan(duration_s, actions, flashes, speech_times)


def render_stimulus(plan: SessionPlan, work: Path, speech_clips: list[np.ndarray]) -> Path:
    """The one WAV played by the single paplay: speech in the gaps, a beep at every flash.

    Short playback streams into a null sink sometimes never start, hence one long file."""
    beep = rs.tone(BEEP_HZ, BEEP_S, BEEP_AMPLITUDE)
    placements: list[tuple[float, np.ndarray]] = [(f, beep) for f in plan.flash_times_s]
    bounds = [*plan.flash_times_s, plan.duration_s]
    for i, start in enumerate(plan.speech_times_s):
        # Fill this gap with sentences up to the clearance before the next beep.
        end = next(b for b in bounds if b > start) - SPEECH_CLEARANCE_BEFORE_S
        t = start
        k = i
        while True:
            clip = speech_clips[k % len(speech_clips)]
            if t + len(clip) / rs.SAMPLE_RATE_HZ > end:
                break
            placements.append((t, clip * 0.8))
            t += len(clip) / rs.SAMPLE_RATE_HZ + 0.6
            k += 1
    return rs.write_wav(work / "stimulus.wav", rs.timeline(plan.duration_s + 1.0, placements))


def render_speech(work: Path) -> list[np.ndarray]:
    return [rs.speech(text, work / f"speech{i}.wav") for i, text in enumerate(SENTENCES)]


class DocumentApp:
    """document_window.py running on the display, commanded over its stdin."""

    def __init__(self, display: rs.XDisplay, seed: int) -> None:
        env = {**os.environ, **display.env(), "QT_QPA_PLATFORM": "xcb"}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("document_window.py")),
                "--seed",
                str(seed),
                "--width",
                str(display.width),
                "--height",
                str(display.height),
            ],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"document window did not start: {line!r}")

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self.send("quit")
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def play_session(
    plan: SessionPlan,
    display: rs.XDisplay,
    mic: rs.VirtualMicrophone,
    app: DocumentApp,
    stimulus: Path,
) -> float:
    """Run the plan in real time; returns how late the worst action was (s), as a sanity check.

    xdotool runs are started without waiting (a typed comment takes seconds) and reaped as
    they finish, so a slow one never delays the flashes."""
    env = {**os.environ, **display.env()}
    running: list[subprocess.Popen[bytes]] = []
    player = mic.play(stimulus)
    t0 = time.monotonic()
    worst_late = 0.0
    for action in plan.actions:
        delay = t0 + action.t_s - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        worst_late = max(worst_late, time.monotonic() - t0 - action.t_s)
        if action.kind == "window":
            app.send(action.args[0])
        else:
            running.append(
                subprocess.Popen(
                    ["xdotool", *action.args],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        running = [p for p in running if p.poll() is None]
    remaining = t0 + plan.duration_s - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)
    for p in running:
        p.wait(10)
    player.terminate()
    player.wait(5)
    return worst_late


# --- recorders and their measurement ---------------------------------------------------------


def _proc_cpu_s(pid: int) -> float | None:
    """user+sys of the process (all threads) and its reaped children, from /proc/<pid>/stat."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    # fields[11..14] are utime, stime, cutime, cstime (stat fields 14–17).
    return sum(int(v) for v in fields[11:15]) / CLK_TCK


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    todo = [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo.extend(int(c) for c in task.read_text().split())
    return out


def _rss_kb(pid: int) -> int:
    """Resident memory of the process and everything it has started (a recorder may fork)."""
    total = 0
    for p in _descendants(pid):
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE_KB
    return total


def memory_split_mb(pid: int) -> dict[str, float]:
    """Where the recorder's resident memory is (its own process; /proc/PID/smaps_rollup):
    anonymous (heaps, buffers, encoder frames), and the rest (libraries' pages and shared
    memory such as the XShm segment); PSS shares pages mapped by other processes too."""
    fields: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss", "Anonymous") and rest.strip().endswith("kB"):
                fields[name.lower()] = round(int(rest.split()[0]) / 1024, 1)
    if "rss" in fields and "anonymous" in fields:
        fields["files_and_shared"] = round(fields["rss"] - fields["anonymous"], 1)
    return fields


class Sampler(threading.Thread):
    """Samples RSS and CPU of a recorder once a second while it runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.t0 = time.monotonic()
        self.samples: list[tuple[float, int, float]] = []  # (t_s, rss_kb, cpu_s)
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            cpu = _proc_cpu_s(self.pid)
            if cpu is None:
                break
            self.samples.append((round(time.monotonic() - self.t0, 2), _rss_kb(self.pid), cpu))
            self._halt.wait(1.0)

    def stop(self) -> None:
        self._halt.set()
        self.join(5)


@dataclass
class RecorderRun:
    name: str
    out_path: Path
    proc: subprocess.Popen[bytes]
    log_path: Path
    sampler: Sampler
    ready_at: float = 0.0
    cpu_at_ready_s: float = 0.0
    cpu_at_stop_s: float = 0.0
    stop_sent_at: float = 0.0
    exited_at: float = 0.0
    exit_code: int = 0
    cpu_total_s: float = 0.0
    max_rss_kb_rusage: int = 0
    memory_at_stop_mb: dict[str, float] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)

    def wait_ready(self, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited early; see {self.log_path}")
            if self._is_ready():
                self.ready_at = time.monotonic()
                self.cpu_at_ready_s = _proc_cpu_s(self.proc.pid) or 0.0
                return
            time.sleep(0.02)
        raise TimeoutError(f"{self.name} did not start; see {self.log_path}")

    def _is_ready(self) -> bool:
        if self.name == "vidfeedback":
            return any(e.get("event") == "started" for e in self.events)
        # ffmpeg's first progress line: inputs and output are open and frames are flowing.
        return "frame=" in self.log_path.read_text(errors="replace")

    def stop(self, timeout_s: float = 120) -> None:
        self.cpu_at_stop_s = _proc_cpu_s(self.proc.pid) or 0.0
        self.memory_at_stop_mb = memory_split_mb(self.proc.pid)
        self.stop_sent_at = time.monotonic()
        self.proc.send_signal(signal.SIGINT)
        deadline = time.monotonic() + timeout_s
        # wait4 gives this one child's rusage (it and its reaped children), which
        # RUSAGE_CHILDREN cannot: that would also count the xdotool and paplay runs.
        while True:
            pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                self.proc.kill()
                pid, status, usage = os.wait4(self.proc.pid, 0)
                break
            time.sleep(0.005)
        self.exited_at = time.monotonic()
        self.exit_code = os.waitstatus_to_exitcode(status)
        self.proc.returncode = self.exit_code
        self.cpu_total_s = usage.ru_utime + usage.ru_stime
        self.max_rss_kb_rusage = usage.ru_maxrss
        self.sampler.stop()


def _read_events(run: RecorderRun) -> None:
    assert run.proc.stdout is not None
    for raw in run.proc.stdout:
        with contextlib.suppress(ValueError):
            event = json.loads(raw)
            if isinstance(event, dict):
                run.events.append(event)


def start_vidfeedback(out: Path, display: rs.XDisplay, mic: rs.VirtualMicrophone) -> RecorderRun:
    log = out.with_suffix(".log")
    env = {**os.environ, **display.env(), **mic.env(), "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vidfeedback",
            "record",
            "--out",
            str(out),
            "--monitor",
            "1",
            "--fps",
            str(FPS),
            "--audio-device",
            "default",
            "--crf",
            str(CRF),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=log.open("wb"),
    )
    run = RecorderRun("vidfeedback", out, proc, log, Sampler(proc.pid))
    threading.Thread(target=_read_events, args=(run,), daemon=True).start()
    run.sampler.start()
    return run


def start_ffmpeg(out: Path, display: rs.XDisplay, mic: rs.VirtualMicrophone) -> RecorderRun:
    log = out.with_suffix(".log")
    env = {**os.environ, **mic.env()}
    # The reference command from the issue. -thread_queue_size on the (small) audio input only
    # keeps pulse from losing audio while x264 is busy; it is not given to x11grab, where it
    # would let raw 8 MB frames pile up in memory. -nostdin: it must not read our terminal.
    cmd = [
        "ffmpeg",
        "-nostdin",
        "-hide_banner",
        "-y",
        "-f",
        "x11grab",
        "-framerate",
        str(FPS),
        "-video_size",
        f"{WIDTH}x{HEIGHT}",
        "-i",
        f"{display.name}.0+0,0",
        "-thread_queue_size",
        "512",
        "-f",
        "pulse",
        "-i",
        f"{mic.sink}.monitor",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-crf",
        str(CRF),
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        str(out),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    run = RecorderRun("ffmpeg", out, proc, log, Sampler(proc.pid))
    run.sampler.start()
    return run


# --- analysis -----------------------------------------------------------------------------


def flash_onsets(path: Path) -> list[float]:
    """Presentation times of the frames where the flash window first appears.

    Only the probe square's mean luma is kept per frame, so a 10-minute 1080p file fits in
    memory; the luma plane is read straight from the decoded frame without colour conversion."""
    import av

    x, y, w, h = FLASH_PROBE
    onsets: list[float] = []
    dark = False
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        time_base = stream.time_base
        assert time_base is not None
        for frame in container.decode(stream):
            if frame.pts is None:
                continue
            s = frame.width / WIDTH
            plane = frame.planes[0]
            luma = np.frombuffer(memoryview(plane), dtype=np.uint8).reshape(-1, plane.line_size)
            probe = luma[int(y * s) : int((y + h) * s), int(x * s) : int((x + w) * s)]
            now_dark = float(probe.mean()) < 100
            if now_dark and not dark:
                onsets.append(float(frame.pts * time_base))
            dark = now_dark
    return onsets


def keyframe_times(path: Path) -> tuple[list[float], float]:
    """Times of the video's keyframes (where a seek can start decoding) and the video's end."""
    import av

    times: list[float] = []
    end = 0.0
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for packet in container.demux(stream):
            if packet.pts is None or packet.time_base is None:
                continue
            t = float(packet.pts * packet.time_base)
            end = max(end, t + float((packet.duration or 0) * packet.time_base))
            if packet.is_keyframe:
                times.append(t)
    return sorted(times), end


def video_description(probe: dict[str, Any]) -> str:
    """Codec, profile, pixel format and colour matrix of the first video stream (ffprobe)."""
    streams = probe.get("streams", [])
    assert isinstance(streams, list)
    video: dict[str, Any] = next((s for s in streams if s.get("codec_type") == "video"), {})
    parts = [video.get(k) for k in ("codec_name", "profile", "pix_fmt", "color_space")]
    return " ".join(str(p) for p in parts if p)


def beep_onset(audio: np.ndarray, around_s: float) -> float | None:
    """The first sample of the beep near a flash: the first crossing of 30 % of the loudest
    sample in the search window (high enough to ignore AAC pre-echo, low enough to be within a
    fraction of a millisecond of the tone's start)."""
    lo = max(0, int((around_s + BEEP_SEARCH_S[0]) * rs.SAMPLE_RATE_HZ))
    hi = min(len(audio), int((around_s + BEEP_SEARCH_S[1]) * rs.SAMPLE_RATE_HZ))
    window = np.abs(audio[lo:hi])
    if len(window) == 0 or window.max() < 0.1:
        return None
    first = int(np.argmax(window > 0.3 * window.max()))
    return (lo + first) / rs.SAMPLE_RATE_HZ


def av_offsets_ms(path: Path, expected_flashes: int, audio_shift_s: float = 0.0) -> dict[str, Any]:
    """Beep onset minus flash onset (ms) for every flash: positive means audio is late.

    This includes paplay's unknown start latency, which is why only differences between
    recorders of the same paplay run mean anything. audio_shift_s is where the file's audio
    really starts on its video timeline (see ffmpeg_input_starts)."""
    onsets = flash_onsets(path)
    audio = rs.decode_audio(path)
    offsets: list[float | None] = []
    for f in onsets:
        b = beep_onset(audio, f - audio_shift_s)
        offsets.append(None if b is None else round((b + audio_shift_s - f) * 1000, 1))
    found = [(f, o) for f, o in zip(onsets, offsets, strict=True) if o is not None]
    # A sync error that grows through the take is a clock problem, not a start-up one; the
    # slope of offset against time tells them apart.
    slope = None
    if len(found) >= 3 and found[-1][0] - found[0][0] > 10:
        fit = np.polyfit([f for f, _ in found], [o for _, o in found], 1)
        slope = round(float(fit[0]) * 60, 1)
    return {
        "flash_onsets_s": [round(t, 3) for t in onsets],
        "expected_flashes": expected_flashes,
        "audio_shift_s": round(audio_shift_s, 4),
        "offsets_ms": offsets,
        "offset_drift_ms_per_min": slope,
    }


def ffmpeg_input_starts(log: Path) -> tuple[float, float] | None:
    """The wall-clock start of ffmpeg's screen and microphone inputs, from its log.

    ffmpeg shifts every input file to start at zero on its own, so the time between opening
    x11grab and opening pulse (a few hundred ms) is lost and the reference's audio is early by
    that much in its MP4. Putting it back measures what ffmpeg captured rather than how it
    lined its inputs up."""
    starts = re.findall(
        r"^Input #(\d+), (\w+), from .*\n\s+Duration: .*?start: ([\d.]+)",
        log.read_text(errors="replace"),
        flags=re.M,
    )
    by_format = {fmt: float(t) for _, fmt, t in starts}
    if "x11grab" in by_format and "pulse" in by_format:
        return by_format["x11grab"], by_format["pulse"]
    return None


def _median(values: Sequence[float | None]) -> float | None:
    clean = [v for v in values if v is not None]
    return round(statistics.median(clean), 2) if clean else None


def ffmpeg_frame_stats(log: Path) -> dict[str, int]:
    """ffmpeg's own count of duplicated (capture fell behind) and dropped frames."""
    text = log.read_text(errors="replace")
    frames = re.findall(r"frame=\s*(\d+).*?dup=\s*(\d+)\s+drop=\s*(\d+)", text)
    if not frames:
        frames = [(m, "0", "0") for m in re.findall(r"frame=\s*(\d+)", text)]
    if not frames:
        return {}
    f, d, dr = frames[-1]
    return {"frames_encoded": int(f), "frames_dup": int(d), "frames_dropped": int(dr)}


def summarize_run(run: RecorderRun, expected_flashes: int) -> dict[str, Any]:
    probe = rs.ffprobe(run.out_path)
    fmt = probe["format"]
    assert isinstance(fmt, dict)
    duration_s = float(fmt["duration"])
    minutes = duration_s / 60
    size = run.out_path.stat().st_size
    samples = run.sampler.samples
    rss_mb = [(t, kb / 1024) for t, kb, _ in samples if t >= 0]
    rel_ready = run.ready_at - run.sampler.t0
    rel_stop = run.stop_sent_at - run.sampler.t0
    # While recording only: a sample taken during the finish (the remux of a 10-minute take
    # briefly holds a few MB more) says nothing about memory growing through the take.
    recording = [(t, mb) for t, mb in rss_mb if rel_ready <= t <= rel_stop]
    at_60 = next((mb for t, mb in recording if t - rel_ready >= 60), None)
    end = recording[-1][1] if recording else None
    cpu_recording = run.cpu_at_stop_s - run.cpu_at_ready_s
    record_wall = run.stop_sent_at - run.ready_at
    result: dict[str, Any] = {
        "recorder": run.name,
        "exit_code": run.exit_code,
        "duration_s": round(duration_s, 3),
        "size_bytes": size,
        "mb_per_min": round(size / 1e6 / minutes, 3),
        "cpu_total_s": round(run.cpu_total_s, 2),
        "cpu_total_per_min": round(run.cpu_total_s / minutes, 2),
        "cpu_recording_s": round(cpu_recording, 2),
        "cpu_recording_per_min": round(cpu_recording / (record_wall / 60), 2),
        "startup_s": round(rel_ready, 2),
        "stop_s": round(rel_stop, 2),
        "finish_wall_s": round(run.exited_at - run.stop_sent_at, 3),
        "rss_peak_mb": round(max((mb for _, mb in rss_mb), default=0.0), 1),
        "rss_peak_mb_rusage": round(run.max_rss_kb_rusage / 1024, 1),
        "rss_at_1min_mb": None if at_60 is None else round(at_60, 1),
        "rss_end_mb": None if end is None else round(end, 1),
        "rss_samples": [(t, round(mb, 1)) for t, mb in rss_mb],
        "memory_at_stop_mb": run.memory_at_stop_mb,
        "video": video_description(probe),
    }
    keys, video_end = keyframe_times(run.out_path)
    # A seek decodes from the keyframe before the target: the longest stretch without one
    # (up to the end of the video) is what the slowest seek has to decode.
    result["keyframes"] = len(keys)
    result["keyframe_max_gap_s"] = (
        round(max(b - a for a, b in itertools.pairwise([*keys, video_end])), 2) if keys else None
    )
    if run.name == "vidfeedback":
        finished = next((e for e in run.events if e.get("event") == "finished"), None)
        result["finished_event"] = finished
        if finished:
            stats = finished.get("stats", {})
            result["finish_s"] = finished.get("finish_s")
            for key in (
                "frames_captured",
                "frames_encoded",
                "frames_unchanged_skipped",
                "frames_late",
                "frames_dropped",
                "late_percent",
                "dropped_percent",
                "audio_overflows",
                "audio_inserted_silence_ms",
                "audio_dropped_ms",
                "audio_smooth_corrections",
                "audio_video_offset_ms",
                "change_source",
                "grabs_full",
                "grabs_partial",
                "ticks_without_grab",
                "grab_stamps_unsure",
                "pixels_converted",
                "scrolls_moved",
                "pool_frames_used_max",
            ):
                result[key] = stats.get(key)
    else:
        result.update(ffmpeg_frame_stats(run.log_path))
        result["finish_s"] = result["finish_wall_s"]
    shift = 0.0
    if run.name == "ffmpeg":
        starts = ffmpeg_input_starts(run.log_path)
        if starts is not None:
            shift = starts[1] - starts[0]
        result["ffmpeg_audio_start_after_video_s"] = round(shift, 4)
    result["sync"] = av_offsets_ms(run.out_path, expected_flashes, shift)
    result["av_offset_drift_ms_per_min"] = result["sync"]["offset_drift_ms_per_min"]
    result["av_offset_median_ms"] = _median(result["sync"]["offsets_ms"])
    return result


# --- runs --------------------------------------------------------------------------------


@contextlib.contextmanager
def stage() -> Iterator[tuple[rs.XDisplay, rs.VirtualMicrophone]]:
    with rs.xvfb(WIDTH, HEIGHT) as display, rs.virtual_microphone() as mic:
        yield display, mic


RECORDERS = ("vidfeedback", "ffmpeg")


def run_once(
    names: list[str], plan: SessionPlan, stimulus: Path, work: Path, tag: str, seed: int
) -> list[dict[str, Any]]:
    """One session recorded by the named recorders (normally one; both for the sync run)."""
    starters = {"vidfeedback": start_vidfeedback, "ffmpeg": start_ffmpeg}
    outs: dict[str, Path] = {}
    for name in names:
        # vidfeedback refuses to overwrite its MP4 or sidecars, and a kept folder may hold an
        # older run: every recording gets a fresh folder of its own.
        folder = work / f"{tag}-{name}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        outs[name] = folder / f"{name}.mp4"
    with stage() as (display, mic):
        app = DocumentApp(display, seed)
        runs: list[RecorderRun] = []
        try:
            for name in names:
                runs.append(starters[name](outs[name], display, mic))
            for run in runs:
                run.wait_ready()
            time.sleep(SETTLE_S)
            late = play_session(plan, display, mic, app, stimulus)
            for run in runs:
                run.stop()
        finally:
            for run in runs:
                if run.proc.poll() is None and run.proc.returncode is None:
                    with contextlib.suppress(ChildProcessError):
                        run.proc.kill()
                        run.proc.wait()
            app.close()
    results = []
    for run in runs:
        print(f"  {tag} {run.name}: analysing", file=sys.stderr, flush=True)
        summary = summarize_run(run, len(plan.flash_times_s))
        summary["run"] = tag
        summary["script_worst_late_s"] = round(late, 3)
        results.append(summary)
        brief = {
            k: summary.get(k)
            for k in (
                "duration_s",
                "cpu_total_s",
                "cpu_recording_per_min",
                "mb_per_min",
                "rss_peak_mb",
                "finish_s",
                "frames_late",
                "frames_dropped",
                "frames_dup",
                "av_offset_median_ms",
            )
        }
        print(f"  {tag} {run.name}: {json.dumps(brief)}", file=sys.stderr, flush=True)
    return results


def machine_info() -> dict[str, Any]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with contextlib.suppress(OSError, ValueError):
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    ffmpeg_version = subprocess.run(
        ["ffmpeg", "-version"], capture_output=True, text=True, check=False
    ).stdout.splitlines()[0]
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    import av

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "mem_gb": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyav": av.__version__,
        "ffmpeg": ffmpeg_version,
        "git_commit": commit,
        # The recorder runs `python -m vidfeedback` with this environment: PYTHONPATH=OTHER/src
        # records another checkout (e.g. the code before a change) with this script.
        "vidfeedback_package": str(Path(vidfeedback.__file__).parent),
        "loadavg_start": os.getloadavg(),
    }


def aggregate(results: list[dict[str, Any]], sync: list[dict[str, Any]]) -> dict[str, Any]:
    def med(name: str, key: str) -> float | None:
        values = [r[key] for r in results if r["recorder"] == name and r.get(key) is not None]
        return round(statistics.median(values), 3) if values else None

    keys = (
        "duration_s",
        "cpu_total_s",
        "cpu_total_per_min",
        "cpu_recording_per_min",
        "mb_per_min",
        "size_bytes",
        "rss_peak_mb",
        "rss_at_1min_mb",
        "rss_end_mb",
        "finish_s",
        "startup_s",
        "frames_late",
        "frames_dropped",
        "late_percent",
        "dropped_percent",
        "frames_dup",
        "keyframes",
        "keyframe_max_gap_s",
        "av_offset_median_ms",
        "av_offset_drift_ms_per_min",
        "audio_dropped_ms",
        "audio_smooth_corrections",
        "audio_overflows",
        "audio_inserted_silence_ms",
    )
    summary: dict[str, Any] = {
        name: {k: med(name, k) for k in keys} for name in ("vidfeedback", "ffmpeg")
    }
    for name in ("vidfeedback", "ffmpeg"):
        summary[name]["video"] = next(
            (r.get("video") for r in results if r["recorder"] == name), None
        )
    vf, ff = summary["vidfeedback"], summary["ffmpeg"]

    def ratio(key: str) -> float | None:
        a, b = vf.get(key), ff.get(key)
        return round(a / b, 3) if a is not None and b else None

    summary["ratios"] = {
        k: ratio(k)
        for k in ("cpu_total_per_min", "cpu_recording_per_min", "mb_per_min", "rss_peak_mb")
    }
    seq_vf, seq_ff = vf["av_offset_median_ms"], ff["av_offset_median_ms"]
    summary["av_offset_sequential_diff_ms"] = (
        None if seq_vf is None or seq_ff is None else round(seq_vf - seq_ff, 1)
    )
    if len(sync) == 2:
        a = next(r for r in sync if r["recorder"] == "vidfeedback")["sync"]
        b = next(r for r in sync if r["recorder"] == "ffmpeg")["sync"]
        pairs = (
            [
                x - y
                for x, y in zip(a["offsets_ms"], b["offsets_ms"], strict=False)
                if x is not None and y is not None
            ]
            if len(a["offsets_ms"]) == len(b["offsets_ms"])
            else []
        )
        # ffmpeg's MP4 as written has its audio early by the gap between opening its two
        # inputs (see ffmpeg_input_starts); both comparisons are kept.
        shift_ms = 1000 * float(b.get("audio_shift_s", 0.0))
        summary["av_offset_simultaneous"] = {
            "per_flash_diff_ms": [round(p, 1) for p in pairs],
            "median_diff_ms": _median(pairs),
            "median_diff_vs_ffmpeg_file_as_written_ms": (
                None if _median(pairs) is None else round(float(_median(pairs) or 0) + shift_ms, 1)
            ),
            "vidfeedback_offsets_ms": a["offsets_ms"],
            "ffmpeg_offsets_ms": b["offsets_ms"],
            "ffmpeg_audio_shift_ms": round(shift_ms, 1),
            "flashes_found": [len(a["offsets_ms"]), len(b["offsets_ms"])],
        }
    return summary


# --- report --------------------------------------------------------------------------------


def _fmt(v: Any, digits: int = 2) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def markdown(report: dict[str, Any]) -> str:
    s = report["summary"]
    vf, ff, ratios = s["vidfeedback"], s["ffmpeg"], s["ratios"]
    m = report["machine"]
    sim = s.get("av_offset_simultaneous", {})
    sim_diff = sim.get("median_diff_ms")

    def verdict(ok: bool | None) -> str:
        return "–" if ok is None else ("met" if ok else "**missed**")

    cpu_ratio = ratios["cpu_total_per_min"]
    size_ratio = ratios["mb_per_min"]
    late = vf["late_percent"]
    gap = vf.get("keyframe_max_gap_s")
    dropped = vf["frames_dropped"]
    growth = (
        None
        if vf["rss_at_1min_mb"] is None or vf["rss_end_mb"] is None
        else round(vf["rss_end_mb"] - vf["rss_at_1min_mb"], 1)
    )
    lines = [
        f"Measured {report['date']} with `{report['command']}` — {report['minutes']} min per "
        f"recording, {report['repeats']} × (vidfeedback, ffmpeg) back to back, medians shown; "
        f"sync run {report['sync_seconds']} s with both recording at once.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores (shared), {m['mem_gb']} GB, Linux "
        f"{m['kernel']}, Python {m['python']}, PyAV {m['pyav']}, {m['ffmpeg']}; vidfeedback at "
        f"`{m['git_commit']}` plus the working tree. Load average at start "
        f"{', '.join(f'{x:.2f}' for x in m['loadavg_start'])}.",
        "",
        "| measure | vidfeedback | ffmpeg x11grab | ratio | target | |",
        "|---|---|---|---|---|---|",
        f"| CPU s per recorded minute (whole process) | {_fmt(vf['cpu_total_per_min'])} | "
        f"{_fmt(ff['cpu_total_per_min'])} | {_fmt(cpu_ratio)} | ≤ 0.35× | "
        f"{verdict(None if cpu_ratio is None else cpu_ratio <= 0.35)} |",
        f"| CPU s per minute while recording (no start-up/finish) | "
        f"{_fmt(vf['cpu_recording_per_min'])} | {_fmt(ff['cpu_recording_per_min'])} | "
        f"{_fmt(ratios['cpu_recording_per_min'])} | | |",
        f"| CPU s total | {_fmt(vf['cpu_total_s'])} | {_fmt(ff['cpu_total_s'])} | | | |",
        f"| MB per minute | {_fmt(vf['mb_per_min'], 3)} | {_fmt(ff['mb_per_min'], 3)} | "
        f"{_fmt(size_ratio)} | ≤ 1× | "
        f"{verdict(None if size_ratio is None else size_ratio <= 1.0)} |",
        f"| recorded duration s | {_fmt(vf['duration_s'])} | {_fmt(ff['duration_s'])} | | | |",
        f"| video stream | {_fmt(vf.get('video'))} | {_fmt(ff.get('video'))} | | | |",
        f"| keyframes | {_fmt(vf.get('keyframes'), 0)} | {_fmt(ff.get('keyframes'), 0)} | | | |",
        f"| longest stretch without a keyframe, s (slowest seek) | "
        f"{_fmt(vf.get('keyframe_max_gap_s'))} | {_fmt(ff.get('keyframe_max_gap_s'))} | | ≤ 10.5 | "
        f"{verdict(None if gap is None else gap <= 10.5)} |",
        f"| late frames (% of captured) | {_fmt(vf['frames_late'], 0)} "
        f"({_fmt(late)} %) | dup {_fmt(ff['frames_dup'], 0)} | | ≤ 1 % | "
        f"{verdict(None if late is None else late <= 1.0)} |",
        f"| dropped frames | {_fmt(dropped, 0)} | {_fmt(ff['frames_dropped'], 0)} | | 0 | "
        f"{verdict(None if dropped is None else dropped == 0)} |",
        f"| finish s (stop → file complete) | {_fmt(vf['finish_s'], 3)} | "
        f"{_fmt(ff['finish_s'], 3)} | | ≤ 1 s at 10 min | "
        f"{verdict(None if vf['finish_s'] is None else vf['finish_s'] <= 1.0)} |",
        f"| peak RSS MB | {_fmt(vf['rss_peak_mb'], 1)} | {_fmt(ff['rss_peak_mb'], 1)} | "
        f"{_fmt(ratios['rss_peak_mb'])} | ≤ 150 | "
        f"{verdict(None if vf['rss_peak_mb'] is None else vf['rss_peak_mb'] <= 150)} |",
        f"| RSS MB at 1 min → end | {_fmt(vf['rss_at_1min_mb'], 1)} → "
        f"{_fmt(vf['rss_end_mb'], 1)} | {_fmt(ff['rss_at_1min_mb'], 1)} → "
        f"{_fmt(ff['rss_end_mb'], 1)} | | flat | "
        f"{verdict(None if growth is None else growth <= 10)} |",
        f"| beep − flash in file, ms (includes paplay latency) | "
        f"{_fmt(vf['av_offset_median_ms'], 1)} | {_fmt(ff['av_offset_median_ms'], 1)} | | | |",
        f"| A/V offset vs ffmpeg, sequential runs, ms | "
        f"{_fmt(s['av_offset_sequential_diff_ms'], 1)} | 0 | | \\|x\\| ≤ 40 | "
        f"(paplay latency differs run to run) |",
        f"| A/V offset vs ffmpeg, simultaneous run, ms | {_fmt(sim_diff, 1)} | 0 | | "
        f"\\|x\\| ≤ 40 | {verdict(None if sim_diff is None else abs(sim_diff) <= 40)} |",
        "",
        "Per-flash differences in the simultaneous run (ms): "
        f"{', '.join(_fmt(x, 1) for x in sim.get('per_flash_diff_ms', [])) or '–'}; "
        "against ffmpeg's file as written (without putting back the "
        f"{_fmt(sim.get('ffmpeg_audio_shift_ms'), 0)} ms between its opening x11grab and pulse): "
        f"{_fmt(sim.get('median_diff_vs_ffmpeg_file_as_written_ms'), 1)} ms. "
        "Drift of beep − flash through a take (ms per minute, median of runs): vidfeedback "
        f"{_fmt(vf['av_offset_drift_ms_per_min'], 1)}, ffmpeg "
        f"{_fmt(ff['av_offset_drift_ms_per_min'], 1)}.",
        "",
    ]
    return "\n".join(lines)


def update_doc(section: str, minutes: float) -> None:
    """Replace this duration's results section in docs/benchmark.md, keeping everything else."""
    begin = f"<!-- results {minutes:g} min: begin -->"
    end = f"<!-- results {minutes:g} min: end -->"
    text = DOC_PATH.read_text() if DOC_PATH.exists() else "# Recording benchmark\n"
    block = f"{begin}\n### {minutes:g}-minute recordings\n\n{section}{end}"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC_PATH.write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=2.0, help="per recording (default 2)")
    parser.add_argument(
        "--repeats", type=int, default=2, help="vidfeedback/ffmpeg pairs, alternated (default 2)"
    )
    parser.add_argument(
        "--sync-seconds",
        type=float,
        default=45.0,
        help="length of the simultaneous sync run (0 skips it; default 45)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke test: 20 s, one pair, short sync run, docs untouched",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep recordings and logs in this folder")
    parser.add_argument("--no-docs", action="store_true", help="do not update docs/benchmark.md")
    parser.add_argument(
        "--only",
        choices=RECORDERS,
        help="record with this recorder alone (e.g. a 10-minute memory run); no ratios",
    )
    parser.add_argument(
        "--results",
        metavar="NAME",
        help="also write the raw results to benchmarks/results/NAME.json (kept apart from the "
        "<M>min.json of the documented runs)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.minutes, args.repeats, args.sync_seconds, args.no_docs = 1 / 3, 1, 15.0, True
    for tool in ("Xvfb", "xdotool", "ffmpeg", "paplay", "pulseaudio", "espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"record_benchmark: {tool} is not installed", file=sys.stderr)
            return 2

    duration_s = args.minutes * 60
    command = "benchmarks/record_benchmark.py " + " ".join(
        a for a in (argv if argv is not None else sys.argv[1:])
    )
    machine = machine_info()
    work = args.keep or Path(tempfile.mkdtemp(prefix="vf-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        clips = render_speech(work)
        plan = plan_session(duration_s, args.seed)
        stimulus = render_stimulus(plan, work, clips)
        results: list[dict[str, Any]] = []
        for i in range(args.repeats):
            for name in (args.only,) if args.only else RECORDERS:
                print(
                    f"run {i + 1}/{args.repeats}: {name}, {duration_s:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
                results.extend(run_once([name], plan, stimulus, work, f"r{i + 1}", args.seed))
        sync: list[dict[str, Any]] = []
        if args.sync_seconds > 0:
            print(f"sync run: both at once, {args.sync_seconds:.0f} s", file=sys.stderr, flush=True)
            sync_plan = plan_session(args.sync_seconds, args.seed + 1)
            (work / "sync").mkdir(exist_ok=True)
            sync_stimulus = render_stimulus(sync_plan, work / "sync", clips)
            sync = run_once(
                ["vidfeedback", "ffmpeg"], sync_plan, sync_stimulus, work, "sync", args.seed + 1
            )
        machine["loadavg_end"] = os.getloadavg()
        report = {
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "command": ".venv/bin/python " + command.strip(),
            "minutes": round(args.minutes, 3),
            "repeats": args.repeats,
            "sync_seconds": args.sync_seconds,
            "machine": machine,
            "summary": aggregate(results, sync),
            "runs": results,
            "sync_runs": sync,
        }
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    (RESULTS_DIR / "latest.json").write_text(payload)
    if args.results:
        (RESULTS_DIR / f"{args.results}.json").write_text(payload)
    elif not args.quick and not args.only:
        (RESULTS_DIR / f"{args.minutes:g}min.json").write_text(payload)
    section = markdown(report)
    print(section)
    if not args.no_docs and not args.only:
        update_doc(section, args.minutes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
