"""Drive `vidfeedback record` as a subprocess on the real stack and line its take up with ours."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support.realstack import XDisplay, xdotool

ROOT = Path(__file__).resolve().parents[2]
VIDFEEDBACK = str(ROOT / ".venv" / "bin" / "vidfeedback")
# prepare() waits up to 5 s for the microphone and 5 s for each listener; the rest is start-up.
START_TIMEOUT_S = 60.0


@dataclass
class Take:
    process: subprocess.Popen[str]
    started_mono_ns: int
    events: list[dict[str, Any]] = field(default_factory=list)
    stderr: str = ""

    def take_s(self, mono_ns: int) -> float:
        """Seconds since the recorder's t=0 (same CLOCK_MONOTONIC in both processes)."""
        return (mono_ns - self.started_mono_ns) / 1e9

    def finish(self, timeout_s: float = 60) -> dict[str, Any]:
        out, err = self.process.communicate(timeout=timeout_s)
        self.stderr = err
        for line in out.splitlines():
            if line.startswith("{"):
                self.events.append(json.loads(line))
        finished = [e for e in self.events if e.get("event") == "finished"]
        assert finished, f"no result from the recorder; stderr:\n{err}"
        return finished[-1]


def start_recording(env: dict[str, str], out: Path, *args: str) -> Take:
    proc = subprocess.Popen(
        [VIDFEEDBACK, "record", "--out", str(out), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = _first_line(proc, START_TIMEOUT_S)
    if not line:
        if proc.poll() is None:
            proc.kill()  # stuck before "started": say so with what it wrote, don't hang
        _, err = proc.communicate(timeout=30)
        raise AssertionError(f"the recorder did not start (exit {proc.returncode}): {err}")
    started = json.loads(line)
    assert started["event"] == "started"
    return Take(proc, int(started["mono_ns"]))


def _first_line(proc: subprocess.Popen[str], timeout_s: float) -> str:
    """The recorder's first stdout line, or "" if none comes in time or it exits first."""
    stdout = proc.stdout
    assert stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout_s)
    return lines[0] if lines else ""


def key(display: XDisplay, combo: str) -> int:
    """Press a key combination; returns the monotonic time just before the press."""
    t = time.monotonic_ns()
    xdotool(display, "key", combo)
    return t


def sleep_until(take: Take, take_s: float) -> None:
    delay = take.started_mono_ns / 1e9 + take_s - time.monotonic()
    if delay > 0:
        time.sleep(delay)


def env_without(env: dict[str, str], *names: str) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in names}


def base_env(real_env: dict[str, str]) -> dict[str, str]:
    return {**real_env, "PYTHONFAULTHANDLER": "1", "PATH": os.environ.get("PATH", "")}
