"""A known truth for A/V timing that holds on a loaded machine: a screen clock (screen_clock.py)
and a microphone whose samples are written at known times, both driven by a helper process whose
threads run at real-time priority (SCHED_FIFO), and a PulseAudio server raised to the real-time
priority a desktop gives it (rtkit). On a teacher's machine the sound card's clock and PulseAudio
are not slowed by a busy CPU, and neither are these: only the recorder under test competes with
the load.

The microphone is a PulseAudio pipe source; the helper writes it CHUNK_SAMPLES at a time on
absolute deadlines, and every BEEP_EVERY_S the chunk starts a chirp. The deadlines are the sound
card's clock: a chunk's last sample counts as captured at its deadline (a card hands over a block
when its last sample is in), so a chirp's first sample was captured one chunk before its chunk's
deadline. A write that is late is caught up, never skipped: a card delivers late, it does not
lose time (how late the writes were is logged).

Run by the parent as `python -m support.timing_truth DISPLAY FIFO LOG X Y BEEP_EVERY_S TWIN`
(TWIN: "X,Y" of a second copy of the clock, or "-"); it
prints "ready <scheduler>" once both threads run, and writes LOG (npz) and exits when its stdin
closes or says "stop".
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from support.realstack import SAMPLE_RATE_HZ, XDisplay, pipe_source_server
from support.screen_clock import PERIOD_NS, ClockLog, ClockPlace, ScreenClock

CHUNK_SAMPLES = 96  # 2 ms: the uncertainty of "when" for a chirp's first sample
CHUNK_NS = CHUNK_SAMPLES * 1_000_000_000 // SAMPLE_RATE_HZ
CHIRP_S = 0.020
# Later than this the write was blocked (nobody reads the pipe yet), not merely late.
RESTART_LATE_NS = 100_000_000
FIFO_PRIORITY = 50  # above PulseAudio's (rtkit gives it 5..20), below the kernel's own threads
PULSE_RR_PRIORITY = 10
TESTS = Path(__file__).resolve().parents[1]


def chirp() -> np.ndarray[Any, np.dtype[np.float32]]:
    """500 Hz to 6 kHz in 20 ms, faded in and out over 1 ms: one sharp correlation peak after
    AAC (a pure tone's peak repeats every period), and little pre-echo."""
    n = int(CHIRP_S * SAMPLE_RATE_HZ)
    t = np.arange(n) / SAMPLE_RATE_HZ
    f0, f1 = 500.0, 6000.0
    phase = 2 * np.pi * (f0 * t + (f1 - f0) * t**2 / (2 * CHIRP_S))
    fade = np.minimum(1.0, np.minimum(t, CHIRP_S - t) / 0.001)
    return (0.6 * fade * np.sin(phase)).astype(np.float32)


@dataclass
class TruthLog:
    clock: ClockLog
    chirp_first_sample_ns: np.ndarray[Any, np.dtype[np.int64]]
    restarts: int  # the sample clock started again after a write blocked (before the take)
    worst_clock_late_ns: int  # the latest a redraw was sent after its deadline
    scheduler: str
    slow_chunks: np.ndarray[Any, np.dtype[np.int64]]  # (deadline, written how late) ns, > 1 ms

    def worst_chunk_late_ms(self, from_ns: int, to_ns: int) -> float:
        """The latest a chunk was written after its deadline between two times (a take)."""
        rows = self.slow_chunks[
            (self.slow_chunks[:, 0] >= from_ns) & (self.slow_chunks[:, 0] <= to_ns)
        ]
        return float(rows[:, 1].max()) / 1e6 if len(rows) else 0.0


class TruthRun:
    def __init__(self, process: subprocess.Popen[str], log_path: Path, pulse_env: dict[str, str]):
        self._process = process
        self._log_path = log_path
        self.pulse_env = pulse_env
        self.scheduler = ""
        self.pulse_scheduler = ""

    def env(self) -> dict[str, str]:
        return self.pulse_env

    def finish(self) -> TruthLog:
        assert self._process.stdin is not None
        self._process.stdin.write("stop\n")
        self._process.stdin.flush()
        self._process.wait(30)
        with np.load(self._log_path) as z:
            return TruthLog(
                ClockLog(z["counters"], z["sent_ns"], z["synced_ns"]),
                z["chirps_ns"],
                int(z["restarts"]),
                int(z["worst_clock_late_ns"]),
                self.scheduler,
                z["slow_chunks"],
            )


@contextlib.contextmanager
def timing_truth(
    display: XDisplay,
    place: ClockPlace,
    beep_every_s: float,
    log_path: Path,
    twin: ClockPlace | None = None,
) -> Iterator[TruthRun]:
    """A pipe-source microphone and the helper process that writes it and runs the screen clock;
    use .env() for the recorder's PulseAudio, and finish() once the take is done. twin: a second
    copy of the clock, so that every frame is grabbed in two pieces."""
    with pipe_source_server("vf-truth-") as (pulse, fifo):
        raised = subprocess.run(
            ["chrt", "-a", "-r", "-p", str(PULSE_RR_PRIORITY), str(pulse.process.pid)],
            capture_output=True,
            text=True,
            check=False,
        )
        pulse_env = {"PULSE_SERVER": pulse.server, "PULSE_RUNTIME_PATH": str(pulse.runtime)}
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "support.timing_truth",
                display.name,
                str(fifo),
                str(log_path),
                str(place.x),
                str(place.y),
                str(beep_every_s),
                f"{twin.x},{twin.y}" if twin is not None else "-",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(TESTS)},
        )
        run = TruthRun(proc, log_path, pulse_env)
        run.pulse_scheduler = "SCHED_RR" if raised.returncode == 0 else raised.stderr.strip()
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().split()
            if not line or line[0] != "ready":
                raise RuntimeError(f"the timing truth helper did not start: {line}")
            run.scheduler = line[1]
            yield run
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()


# --- the helper process -----------------------------------------------------------------------


def _real_time() -> str:
    """SCHED_FIFO for the calling thread (Linux schedules threads, not processes)."""
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(FIFO_PRIORITY))
        return "SCHED_FIFO"
    except (PermissionError, AttributeError):
        return "normal"


def _sleep_until(deadline_ns: int) -> None:
    left = deadline_ns - time.monotonic_ns()
    if left > 0:
        time.sleep(left / 1e9)


class _Helper:
    def __init__(
        self, display_name: str, fifo: Path, places: list[ClockPlace], beep_every_s: float
    ):
        self._display_name = display_name
        self._fifo = fifo
        self._places = places
        self._beep_every_ns = round(beep_every_s * 1e9)
        self._stop = threading.Event()
        self._ready = threading.Barrier(3)
        self.schedulers: list[str] = []
        self.counters: list[int] = []
        self.sent: list[int] = []
        self.synced: list[int] = []
        self.worst_clock_late_ns = 0
        self.chirps: list[int] = []
        self.restarts = 0
        self.slow_chunks: list[tuple[int, int]] = []  # deadline, written how late (ns)

    def run_clock(self) -> None:
        self.schedulers.append(_real_time())
        clock = ScreenClock(self._display_name, self._places)
        self._ready.wait()
        t0 = time.monotonic_ns()
        n = 0
        while not self._stop.is_set():
            deadline = t0 + n * PERIOD_NS
            _sleep_until(deadline)
            sent, synced = clock.draw(n)
            self.worst_clock_late_ns = max(self.worst_clock_late_ns, sent - deadline)
            self.counters.append(n)
            self.sent.append(sent)
            self.synced.append(synced)
            # A missed redraw is skipped, not caught up in a burst; the log says which ran.
            n = max(n + 1, (time.monotonic_ns() - t0) // PERIOD_NS)
        clock.close()

    def run_microphone(self) -> None:
        self.schedulers.append(_real_time())
        sound = chirp()
        fd = os.open(self._fifo, os.O_WRONLY)
        self._ready.wait()
        t0 = time.monotonic_ns()
        next_beep_ns = t0 + self._beep_every_ns
        n = 0
        left = np.zeros(0, np.float32)
        try:
            while not self._stop.is_set():
                deadline = t0 + n * CHUNK_NS
                _sleep_until(deadline)
                late = time.monotonic_ns() - deadline
                if late > RESTART_LATE_NS:
                    # Only before anyone records (PulseAudio leaves the pipe unread and the
                    # write blocks): start the sample clock again rather than burst the gap.
                    self.restarts += 1
                    t0, n = time.monotonic_ns(), 0
                    deadline, late = t0, 0
                chunk = np.zeros(CHUNK_SAMPLES, np.float32)
                starts = not len(left) and deadline >= next_beep_ns
                if starts:
                    left = sound
                    next_beep_ns = max(next_beep_ns, deadline) + self._beep_every_ns
                take = left[:CHUNK_SAMPLES]
                chunk[: len(take)] = take
                left = left[len(take) :]
                os.write(fd, chunk.tobytes())
                written_late = time.monotonic_ns() - deadline
                if written_late > 1_000_000:
                    self.slow_chunks.append((deadline, written_late))
                if starts:
                    # On the sample clock, whenever the write got through: a sound card's
                    # samples are captured on its clock, however late they are handed over.
                    self.chirps.append(deadline - CHUNK_NS)
                n += 1
        except BrokenPipeError:
            pass  # PulseAudio went first: the end of the run
        finally:
            os.close(fd)

    def main(self) -> None:
        threads = [
            threading.Thread(target=self.run_clock, daemon=True),
            threading.Thread(target=self.run_microphone, daemon=True),
        ]
        for t in threads:
            t.start()
        self._ready.wait()
        scheduler = "SCHED_FIFO" if all(s == "SCHED_FIFO" for s in self.schedulers) else "normal"
        print("ready", scheduler, flush=True)
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        self._stop.set()
        for t in threads:
            t.join(5)


def main(argv: list[str]) -> None:
    display_name, fifo, log, x, y, beep_every_s, twin = argv
    places = [ClockPlace(int(x), int(y))]
    if twin != "-":
        tx, ty = twin.split(",")
        places.append(ClockPlace(int(tx), int(ty)))
    helper = _Helper(display_name, Path(fifo), places, float(beep_every_s))
    helper.main()
    np.savez(
        log,
        counters=np.array(helper.counters, np.int64),
        sent_ns=np.array(helper.sent, np.int64),
        synced_ns=np.array(helper.synced, np.int64),
        chirps_ns=np.array(helper.chirps, np.int64),
        restarts=helper.restarts,
        worst_clock_late_ns=helper.worst_clock_late_ns,
        slow_chunks=np.array(helper.slow_chunks, np.int64).reshape(-1, 2),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
