"""Caption one take in the background: the worker process (worker.py) at idle priority, its
progress and result read from its stdout on a thread of ours. Qt-free: the review turns the
callbacks into signals.

A separate process, not a thread: recognition holds the CPU (and some of the GIL in its Python
parts) for minutes, and a process can be put at idle priority on its own, so the app and a new
recording stay smooth (docs/captions.md has the measurements).
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidfeedback.errors import ErrorCode, Problem


class JobState(enum.Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class JobResult:
    state: JobState
    captions: Path | None = None
    problem: Problem | None = None
    stats: dict[str, Any] = field(default_factory=dict)


def worker_command(
    media: Path, model_dir: Path, lang: str, out: Path, *, model_name: str = "", threads: int = 0
) -> list[str]:
    return [
        sys.executable, "-m", "vidfeedback.captions.worker", str(media),
        "--model-dir", str(model_dir), "--model-name", model_name or model_dir.name,
        "--lang", lang, "--out", str(out), "--threads", str(threads),
    ]  # fmt: skip


class CaptionJob:
    """Started on construction; on_progress(fraction) and on_finished(result) are called on the
    job's reader thread."""

    def __init__(
        self,
        media: Path,
        model_dir: Path,
        lang: str,
        out: Path,
        *,
        model_name: str = "",
        threads: int = 0,
        on_progress: Callable[[float], None] | None = None,
        on_finished: Callable[[JobResult], None] | None = None,
    ) -> None:
        self.media = media
        self.out = out
        self.fraction = 0.0
        self._on_progress = on_progress
        self._on_finished = on_finished
        self._cancelled = threading.Event()
        self._finished = threading.Event()
        self.result = JobResult(JobState.RUNNING)
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1"}
        self._process = subprocess.Popen(
            worker_command(media, model_dir, lang, out, model_name=model_name, threads=threads),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        self._thread = threading.Thread(target=self._read, name="caption-job", daemon=True)
        self._thread.start()

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def finished(self) -> bool:
        """The worker is done (result says how); safe to ask from any thread."""
        return self._finished.is_set()

    def listen(
        self,
        on_progress: Callable[[float], None] | None,
        on_finished: Callable[[JobResult], None] | None,
    ) -> None:
        """Report to these from now on (a review opened again for the same take). A job that
        finished meanwhile reports at once, so on_finished may come twice: take it as news."""
        self._on_progress = on_progress
        self._on_finished = on_finished
        if self._finished.is_set() and on_finished is not None:
            on_finished(self.result)

    def _read(self) -> None:
        assert self._process.stdout is not None and self._process.stderr is not None
        final: dict[str, Any] | None = None
        for line in self._process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if not isinstance(event, dict):
                continue
            if event.get("event") == "progress":
                self.fraction = float(event.get("fraction", 0.0))
                if self._on_progress:
                    self._on_progress(self.fraction)
            elif event.get("event") in ("done", "failed"):
                final = event
        errors = self._process.stderr.read()
        self._process.stdout.close()
        self._process.stderr.close()
        code = self._process.wait()
        self.result = self._result(final, code, errors)
        self._finished.set()
        if self._on_finished:
            self._on_finished(self.result)

    def _result(self, final: dict[str, Any] | None, exit_code: int, errors: str) -> JobResult:
        if self._cancelled.is_set():
            return JobResult(JobState.CANCELLED)
        if final is not None and final["event"] == "done":
            return JobResult(JobState.DONE, Path(final["path"]), stats=final)
        if final is not None:
            try:
                code = ErrorCode(final.get("code"))
            except ValueError:
                code = ErrorCode.CAPTIONS_FAILED
            params = {
                k: v for k, v in final.items() if k in ("path", "detail", "lang") and v is not None
            }
            return JobResult(JobState.FAILED, problem=Problem(code, params, final["message"]))
        tail = errors.strip().splitlines()[-1:] or [f"exit status {exit_code}"]
        return JobResult(
            JobState.FAILED,
            problem=Problem(ErrorCode.CAPTIONS_FAILED, {"detail": tail[0]}, tail[0]),
        )

    def wait(self, timeout_s: float | None = None) -> JobResult:
        if not self._finished.wait(timeout_s):
            raise TimeoutError("the captions are not done yet")
        self._thread.join()
        return self.result

    def pause(self) -> None:
        """Hold the worker still (SIGSTOP): for a recording that must not share the CPU's
        caches and cores with it. Its memory stays; resume() goes on where it stopped."""
        if self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._process.pid, signal.SIGCONT)

    def cancel(self) -> None:
        """Stop the worker (its output file is only written at the very end, atomically)."""
        self._cancelled.set()
        if self._process.poll() is None:
            self.resume()  # a stopped process does not act on SIGTERM until continued
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
        self._thread.join(10)
