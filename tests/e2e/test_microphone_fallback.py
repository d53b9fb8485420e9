"""The microphone unplugged and plugged in again during a take, on a real PulseAudio server.

When its source goes, PulseAudio offers the stream its fallback, the monitor of the null sink
(auto_null.monitor), which delivers exact zeros at a microphone's pace. That is not the
microphone coming back; the real one coming back is."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from e2e.recording import base_env, sleep_until, start_recording
from support.realstack import SAMPLE_RATE_HZ, XDisplay, _pulseaudio_server

pytestmark = pytest.mark.e2e

PIPE_SOURCE = (
    "module-pipe-source source_name=usbmic file={runtime}/usbmic.fifo "
    f"rate={SAMPLE_RATE_HZ} channels=1 format=float32le"
)


class PluggableMicrophone:
    """A pipe source fed with a microphone's faint noise; unplug() unloads it, plug() loads it
    again and makes it the default source, as a USB microphone does."""

    def __init__(self, pactl: object, runtime: Path) -> None:
        self._pactl = pactl
        self.fifo = runtime / "usbmic.fifo"
        self._stop = threading.Event()
        self._plugged = threading.Event()
        self._thread = threading.Thread(target=self._feed, name="usbmic", daemon=True)
        self.module_id = ""

    def pactl(self, *args: str) -> str:
        return self._pactl(*args)  # type: ignore[operator, no-any-return]

    def plug(self) -> None:
        loaded = self.pactl("list", "short", "modules")
        if "module-pipe-source" not in loaded:
            self.pactl("load-module", *PIPE_SOURCE.format(runtime=self.fifo.parent).split())
            loaded = self.pactl("list", "short", "modules")
        self.module_id = next(
            ln.split()[0] for ln in loaded.splitlines() if "module-pipe-source" in ln
        )
        self.pactl("set-default-source", "usbmic")
        self._plugged.set()

    def unplug(self) -> None:
        self._plugged.clear()
        self.pactl("unload-module", self.module_id)

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _feed(self) -> None:
        rng = np.random.default_rng(1)
        chunk_s = 0.005
        while not self._stop.is_set():
            if not self._plugged.wait(0.05) or not self.fifo.exists():
                continue
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.01)
                continue
            try:
                next_s = time.monotonic()
                while self._plugged.is_set() and not self._stop.is_set():
                    noise = (rng.standard_normal(int(SAMPLE_RATE_HZ * chunk_s)) * 1e-3).astype(
                        np.float32
                    )
                    with contextlib.suppress(BlockingIOError):
                        os.write(fd, noise.tobytes())
                    next_s += chunk_s
                    time.sleep(max(0.0, next_s - time.monotonic()))
            except OSError:
                pass  # unplugged while writing: the pipe's reader is gone
            finally:
                os.close(fd)


@contextlib.contextmanager
def pluggable_microphone() -> Iterator[tuple[PluggableMicrophone, dict[str, str]]]:
    # Only the microphone and module-always-sink's auto_null: the fallback is auto_null.monitor.
    with _pulseaudio_server("vf-usbmic-", PIPE_SOURCE) as pulse:
        mic = PluggableMicrophone(pulse.pactl, pulse.runtime)
        mic.start()
        mic.plug()
        try:
            yield mic, {"PULSE_SERVER": pulse.server, "PULSE_RUNTIME_PATH": str(pulse.runtime)}
        finally:
            mic.close()


def test_the_fallback_source_is_not_the_microphone_coming_back(
    x_display: XDisplay, tmp_path: Path
) -> None:
    with pluggable_microphone() as (mic, pulse_env):
        env = base_env({**os.environ, **x_display.env(), **pulse_env})
        out = tmp_path / "replugged.mp4"
        take = start_recording(env, out, "--region", "0,0,320,240", "--duration", "14")
        said: list[tuple[float, str]] = []  # (take time, line) of what the recorder says

        def read_stderr() -> None:
            assert take.process.stderr is not None
            for line in take.process.stderr:
                said.append((take.take_s(time.monotonic_ns()), line.strip()))

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        sleep_until(take, 2.0)
        mic.unplug()
        sleep_until(take, 7.0)  # two reopen attempts meet only auto_null.monitor
        assert "auto_null.monitor" in mic.pactl("get-default-source")
        mic.plug()
        plugged_s = take.take_s(time.monotonic_ns())
        assert take.process.stdout is not None
        finished = json.loads(take.process.stdout.read().strip().splitlines()[-1])
        take.process.wait(30)
        reader.join(10)
        take.process.stdout.close()
        take.process.stderr.close()  # type: ignore[union-attr]
    assert finished["event"] == "finished" and finished["complete"], finished
    stopped = [t for t, line in said if "microphone stopped" in line]
    back = [t for t, line in said if "microphone is back" in line]
    assert len(stopped) == 1, said  # no second "stopped" without a gap in the sound
    assert len(back) == 1, said
    assert 2.0 < stopped[0] < 4.0, said
    assert back[0] > plugged_s, said  # not the fallback source at ~4 s
