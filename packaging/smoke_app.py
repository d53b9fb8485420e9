"""Start an installed vidfeedback on the built-in demo for a moment, offscreen, and check that it
came up whole: the Norwegian translation loaded, the window icon rendered, the demo assignment
opened with its students and rubric. Then stop it.

Usage: python packaging/smoke_app.py [--timeout S] -- COMMAND [ARG ...]
COMMAND starts the app, e.g. `/tmp/venv/bin/vidfeedback`. Exits 0 when all is well, 1 otherwise
(with the app's output). Used by packaging/build.sh and tests/test_packaging.py.

The app is followed through its automation log (VIDFEEDBACK_TEST_AUTOMATION=1, one JSON object per
line on stdout; see src/vidfeedback/ui/automation.py). The app has no "quit after start" switch,
and needs none: once the demo is shown and the app has run on for a moment, it is terminated.
Its settings, state and data go to a throwaway folder, never the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, TextIO

# The demo assignment packaged in src/vidfeedback/resources/demo.
DEMO_STUDENTS = {"Alex Berg", "Maja Lind", "Sam Okafor"}
# How long the app must keep running after the demo is shown.
SETTLE_S = 1.5


class SmokeFailed(Exception):
    pass


def _pump(stream: TextIO, lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _next_event(lines: queue.Queue[str | None], deadline: float, seen: list[str]) -> dict[str, Any]:
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SmokeFailed("timed out waiting for the app")
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            raise SmokeFailed("timed out waiting for the app") from None
        if line is None:
            raise SmokeFailed("the app exited")
        seen.append(line.rstrip("\n"))
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue  # not an automation line
        if isinstance(event, dict):
            return event


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailed(message)


def _wait_for(
    name: str, lines: queue.Queue[str | None], deadline: float, seen: list[str]
) -> dict[str, Any]:
    while True:
        event = _next_event(lines, deadline, seen)
        if event.get("event") == "error":
            raise SmokeFailed(f"the app reported an error: {event.get('message')}")
        if event.get("event") == name:
            return event


def smoke(command: list[str], timeout_s: float) -> None:
    if os.sep in command[0]:  # the app runs in a throwaway folder: keep a relative path working
        command = [str(Path(command[0]).absolute()), *command[1:]]
    with tempfile.TemporaryDirectory(prefix="vidfeedback-smoke-") as tmp:
        home = Path(tmp)
        config = home / "config"
        # Norwegian, so that a wheel without its .qm translation fails to start.
        (config / "vidfeedback").mkdir(parents=True)
        (config / "vidfeedback" / "settings.ini").write_text("[ui]\nlanguage=nb\n", "utf-8")
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            VIDFEEDBACK_TEST_AUTOMATION="1",
            XDG_CONFIG_HOME=str(config),
            XDG_STATE_HOME=str(home / "state"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            PYTHONUNBUFFERED="1",
        )
        proc = subprocess.Popen(
            command,
            cwd=tmp,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert proc.stdout is not None and proc.stderr is not None
        lines: queue.Queue[str | None] = queue.Queue()
        errors: list[str] = []
        threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        err_reader = threading.Thread(target=lambda: errors.extend(proc.stderr or []), daemon=True)
        err_reader.start()
        seen: list[str] = []
        try:
            deadline = time.monotonic() + timeout_s
            started = _wait_for("started", lines, deadline, seen)
            _check(started.get("language") == "nb", f"Norwegian did not load: {started}")
            _check(started.get("icon") is True, f"no window icon: {started}")
            _check(started.get("platform") == "offscreen", f"wrong platform: {started}")
            shown = _wait_for("assignment", lines, deadline, seen)
            _check(shown.get("demo") is True, f"not the demo: {shown}")
            names = {s.get("name") for s in shown.get("students", [])}
            _check(names == DEMO_STUDENTS, f"demo students: {sorted(map(str, names))}")
            _check(bool(shown.get("criteria")), "the demo has no rubric criteria")
            time.sleep(SETTLE_S)
            _check(proc.poll() is None, f"the app exited with {proc.returncode}")
        except SmokeFailed as exc:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=10)
            err_reader.join(timeout=5)
            output = "\n".join(seen) + "\n" + "".join(errors)
            raise SmokeFailed(f"{exc}\n--- app output ---\n{output}") from None
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        err_reader.join(timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait (60)")
    parser.add_argument("command", nargs="+", help="the command that starts the app")
    args = parser.parse_args(argv)
    try:
        smoke(list(args.command), args.timeout)
    except SmokeFailed as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed: the app started offscreen in Norwegian with its icon and the demo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
