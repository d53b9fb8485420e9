"""Stand up the real parts a teacher's machine has, headless: an X screen, a microphone, a voice,
hands and a player. Used by the end-to-end tests and the benchmark; nothing here is a fake."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

SAMPLE_RATE_HZ = 48_000


def _wait_for(predicate: object, timeout_s: float, what: str) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise TimeoutError(f"{what} did not come up within {timeout_s} s")


@dataclass
class XDisplay:
    name: str
    width: int
    height: int
    process: subprocess.Popen[bytes]

    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.name}


def _read_display_number(fd: int, timeout_s: float) -> int:
    """The display number Xvfb writes to its -displayfd once it accepts connections."""
    deadline = time.monotonic() + timeout_s
    text = b""
    while not text.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise TimeoutError(f"Xvfb did not come up within {timeout_s} s")
        chunk = os.read(fd, 16)
        if not chunk:
            raise RuntimeError("Xvfb exited before it took a display number")
        text += chunk
    return int(text)


@contextlib.contextmanager
def xvfb(
    width: int = 1920, height: int = 1080, without: tuple[str, ...] = ()
) -> Iterator[XDisplay]:
    """A real X server in memory, with the RECORD extension pynput's listeners need; `without`
    names extensions to leave out (e.g. DAMAGE, to test what works without it).

    Xvfb picks a free display number itself (-displayfd): test sessions running side by side
    never start two servers for the same number, as a look at /tmp/.X*-lock beforehand could."""
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "+extension",
                "RECORD",
                "-ac",
                # A black root window: the default weave pattern averages mid-grey, which a test
                # looking for a bright flash could mistake for one.
                "-br",
                # No reset when the last client disconnects: a test that only makes short
                # connections (xdotool, a keymap lookup) would otherwise race the reset and be
                # refused now and then ("Connection reset by peer" on about one connect in five).
                "-noreset",
                *(arg for name in without for arg in ("-extension", name)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_fd,),
        )
    finally:
        os.close(write_fd)
    try:
        try:
            name = f":{_read_display_number(read_fd, 15)}"
        finally:
            os.close(read_fd)
        yield XDisplay(name, width, height, proc)
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(5)
        if proc.poll() is None:
            proc.kill()


@dataclass
class VirtualMicrophone:
    """A PulseAudio server of our own with a null sink whose monitor is the default source:
    whatever is played into the sink is what the 'microphone' hears."""

    server: str
    sink: str
    runtime_dir: Path
    process: subprocess.Popen[bytes]

    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": self.server, "PULSE_RUNTIME_PATH": str(self.runtime_dir)}

    def pactl(self, *args: str) -> str:
        env = {**os.environ, **self.env()}
        out = subprocess.run(["pactl", *args], capture_output=True, text=True, env=env, check=True)
        return out.stdout

    def play(self, wav: Path) -> subprocess.Popen[bytes]:
        """Start playing a WAV file into the microphone; returns the running paplay."""
        env = {**os.environ, **self.env()}
        return subprocess.Popen(
            ["paplay", "-d", self.sink, str(wav)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


@dataclass
class _PulseServer:
    runtime: Path
    server: str  # what PULSE_SERVER says
    process: subprocess.Popen[bytes]

    def pactl(self, *args: str) -> str:
        env = {**os.environ, "PULSE_SERVER": self.server, "PULSE_RUNTIME_PATH": str(self.runtime)}
        out = subprocess.run(["pactl", *args], capture_output=True, text=True, env=env, check=True)
        return out.stdout


@contextlib.contextmanager
def _pulseaudio_server(prefix: str, module: str) -> Iterator[_PulseServer]:
    """A PulseAudio server of our own in a fresh runtime folder, with `module` loaded (its
    `{runtime}` placeholder filled in), ready for pactl; stopped and removed afterwards."""
    runtime = Path(tempfile.mkdtemp(prefix=prefix))
    socket_path = runtime / "native"
    env = {
        **os.environ,
        "PULSE_RUNTIME_PATH": str(runtime),
        "PULSE_STATE_PATH": str(runtime / "state"),
        "HOME": str(runtime),
    }
    proc = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disallow-exit",
            "--system=no",
            "--log-target=stderr",
            f"--load=module-native-protocol-unix socket={socket_path} auth-anonymous=1",
            f"--load={module.format(runtime=runtime)}",
            "--load=module-always-sink",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pulse = _PulseServer(runtime, f"unix:{socket_path}", proc)
    try:
        _wait_for(socket_path.exists, 15, "PulseAudio")

        def ready() -> bool:
            try:
                pulse.pactl("info")
                return True
            except subprocess.CalledProcessError:
                return False

        _wait_for(ready, 15, "PulseAudio")
        yield pulse
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(5)
        if proc.poll() is None:
            proc.kill()
        shutil.rmtree(runtime, ignore_errors=True)


@contextlib.contextmanager
def virtual_microphone() -> Iterator[VirtualMicrophone]:
    sink = "vmic"
    module = f"module-null-sink sink_name={sink} rate={SAMPLE_RATE_HZ} channels=1 format=float32le"
    with _pulseaudio_server("vf-pulse-", module) as pulse:
        mic = VirtualMicrophone(pulse.server, sink, pulse.runtime, pulse.process)
        mic.pactl("set-default-sink", sink)
        mic.pactl("set-default-source", f"{sink}.monitor")
        yield mic


class InjectedMicrophone:
    """A PulseAudio server whose default source is a pipe that this process writes in real time,
    5 ms at a time: a sound written at a known monotonic time is, to the recorder, what a
    microphone picked up at that time. The reference for audio timing (paplay into a null sink
    starts 0.1-0.25 s after it is launched, by an amount nobody reports)."""

    CHUNK_SAMPLES = 240  # 5 ms: the uncertainty of "when" for an injected sound

    def __init__(self, server: str, runtime_dir: Path, fifo: Path) -> None:
        self.server = server
        self.runtime_dir = runtime_dir
        self._fifo = fifo
        self._pending: queue.Queue[tuple[np.ndarray, list[int], threading.Event]] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._write_loop, name="injected-mic", daemon=True)
        self.late_chunks = 0  # the writer missed its deadline by more than a chunk: time restarted

    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": self.server, "PULSE_RUNTIME_PATH": str(self.runtime_dir)}

    def inject(self, samples: np.ndarray, timeout_s: float = 5.0) -> int:
        """Send a sound into the microphone at the next chunk; returns the monotonic time (ns)
        at which its first sample was captured, as far as the recorder can know."""
        written: list[int] = []
        done = threading.Event()
        self._pending.put((samples.astype(np.float32), written, done))
        if not done.wait(timeout_s):
            raise TimeoutError("the injected microphone's writer is stuck")
        return written[0]

    def start(self) -> None:
        self._fd = os.open(self._fifo, os.O_WRONLY)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        os.close(self._fd)

    def _write_loop(self) -> None:
        chunk_ns = self.CHUNK_SAMPLES * 1_000_000_000 // SAMPLE_RATE_HZ
        sound = np.zeros(0, np.float32)
        t0 = time.monotonic_ns()
        n = 0
        while not self._stop.is_set():
            deadline = t0 + n * chunk_ns
            now = time.monotonic_ns()
            if deadline > now:
                time.sleep((deadline - now) / 1e9)
            elif now - deadline > chunk_ns:
                # Never catch up in a burst: a backlog in the pipe would delay every later sound.
                self.late_chunks += 1
                t0, n = now, 0
            chunk = np.zeros(self.CHUNK_SAMPLES, np.float32)
            started: tuple[list[int], threading.Event] | None = None
            if not len(sound):
                with contextlib.suppress(queue.Empty):
                    sound, written, done = self._pending.get_nowait()
                    started = (written, done)
            take = sound[: self.CHUNK_SAMPLES]
            chunk[: len(take)] = take
            sound = sound[len(take) :]
            try:
                os.write(self._fd, chunk.tobytes())
            except BrokenPipeError:
                # Once nothing records any more, PulseAudio stops reading the pipe and the write
                # blocks until close() stops the server: the end of the run, not an error.
                if self._stop.is_set():
                    return
                raise
            # The chunk's samples are the last 5 ms up to now, as a sound card delivers them.
            if started is not None:
                started[0].append(time.monotonic_ns() - chunk_ns)
                started[1].set()
            n += 1


@contextlib.contextmanager
def pipe_source_server(prefix: str) -> Iterator[tuple[_PulseServer, Path]]:
    """A PulseAudio server whose default source is a pipe (mono float32 at the take's rate):
    what is written into the returned FIFO is what a microphone picked up."""
    module = (
        "module-pipe-source source_name=injected file={runtime}/mic.fifo "
        f"rate={SAMPLE_RATE_HZ} channels=1 format=float32le"
    )
    with _pulseaudio_server(prefix, module) as pulse:
        fifo = pulse.runtime / "mic.fifo"
        _wait_for(fifo.exists, 15, "PulseAudio's pipe source")
        pulse.pactl("set-default-source", "injected")
        yield pulse, fifo


@contextlib.contextmanager
def injected_microphone() -> Iterator[InjectedMicrophone]:
    with pipe_source_server("vf-pipe-") as (pulse, fifo):
        mic = InjectedMicrophone(pulse.server, pulse.runtime, fifo)
        mic.start()
        try:
            yield mic
        finally:
            mic.close()


# --- stimuli -------------------------------------------------------------------------------


def speech(text: str, path: Path, voice: str = "nb") -> np.ndarray:
    """Render text with espeak-ng and return it as mono float32 at 48 kHz (also written to path)."""
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True)
    subprocess.run(
        ["sox", str(raw), "-r", str(SAMPLE_RATE_HZ), "-c", "1", "-b", "16", str(path)], check=True
    )
    raw.unlink()
    return read_wav(path)


def tone(freq_hz: float, duration_s: float, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(duration_s * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    return (amplitude * np.sin(2 * np.pi * freq_hz * t)).astype(np.float32)


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert w.getframerate() == SAMPLE_RATE_HZ and w.getnchannels() == 1
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    return (data.astype(np.float32) / 32768.0).copy()


def write_wav(path: Path, samples: np.ndarray) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE_HZ)
        w.writeframes(pcm.tobytes())
    return path


def timeline(total_s: float, placements: list[tuple[float, np.ndarray]]) -> np.ndarray:
    """One stimulus track: silence with each clip placed at its start time (seconds).

    Short streams into a null sink sometimes never start, so tests play one long file instead."""
    out = np.zeros(int(total_s * SAMPLE_RATE_HZ), dtype=np.float32)
    for start_s, clip in placements:
        i = int(start_s * SAMPLE_RATE_HZ)
        n = min(len(clip), len(out) - i)
        out[i : i + n] += clip[:n]
    return out


# --- hands -------------------------------------------------------------------------------


def xdotool(display: XDisplay, *args: str) -> str:
    env = {**os.environ, **display.env()}
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=True)
    return out.stdout


# --- a player ----------------------------------------------------------------------------


def ffprobe(path: Path) -> dict[str, Any]:
    """ffprobe's JSON: format, streams and chapters, as a player reads the file."""
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def decode_audio(path: Path) -> np.ndarray:
    """The file's audio as mono float32 at 48 kHz, decoded by ffmpeg."""
    out = subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-i",
            str(path),
            "-vn",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE_HZ),
            "-f",
            "f32le",
            "-",
        ],
        capture_output=True,
        check=True,
    )
    return np.frombuffer(out.stdout, dtype=np.float32).copy()


def decode_problems(path: Path) -> str:
    """What ffmpeg says when it decodes every frame and sample of the file ("" when clean).

    The encoder time base is the file's own: takes have a variable frame rate, and frames closer
    together than the nominal frame interval (a late grab, then an on-time one) would otherwise
    collide in the null muxer's frame-rate time base — a complaint about the check, not the file.
    """
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-enc_time_base", "1/90000", "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stderr.strip() if out.returncode == 0 else f"exit {out.returncode}: {out.stderr}"


def decode_frame_at(path: Path, t_s: float) -> np.ndarray:
    """The video frame a player shows at t_s (the last one that starts at or before it), as RGB.

    Only changed frames are encoded, so "the next frame after t_s" (what `ffmpeg -ss` gives) can
    be a second or more later than what is on screen at t_s."""
    import av  # local: tests that never decode need not pay the import

    shown: np.ndarray | None = None
    with av.open(str(path)) as container:
        for frame in container.decode(container.streams.video[0]):
            if frame.time is None:
                continue
            if frame.time > t_s + 1e-6:
                break
            shown = frame.to_ndarray(format="rgb24")
    assert shown is not None, f"no frame at or before {t_s} s in {path}"
    return shown


def video_frame_times(path: Path) -> list[tuple[float, np.ndarray]]:
    """Every decoded video frame's time with a small grey thumbnail (to find a flash)."""
    import av  # local: tests that never decode need not pay the import

    frames: list[tuple[float, np.ndarray]] = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            if frame.time is None:
                continue
            grey = frame.to_ndarray(format="gray")
            frames.append((frame.time, grey[::8, ::8].copy()))
    return frames


def stop_process(
    proc: subprocess.Popen[bytes], sig: int = signal.SIGINT, timeout_s: float = 20
) -> int:
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        return proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise


class Flash:
    """A white override-redirect window mapped over a rectangle: a screen flash that shows in the
    very next captured frame (repainting a big widget can take tens of ms longer)."""

    def __init__(
        self, display: XDisplay, x: int, y: int, width: int, height: int, white: bool = True
    ) -> None:
        from Xlib import X
        from Xlib import display as xdisplay

        self._d = xdisplay.Display(display.name)
        screen = self._d.screen()
        self._window = screen.root.create_window(
            x,
            y,
            width,
            height,
            0,
            screen.root_depth,
            X.InputOutput,
            X.CopyFromParent,
            background_pixel=screen.white_pixel,
            override_redirect=True,
        )

    def on(self) -> int:
        """Map the window; returns the monotonic time just after the server has it."""
        self._window.map()
        self._d.sync()
        return time.monotonic_ns()

    def off(self) -> None:
        self._window.unmap()
        self._d.sync()

    def close(self) -> None:
        self._window.destroy()
        self._d.close()


class ColourWindow:
    """A plain X window of one colour, with coloured patches inside (child windows) to make its
    content recognisable in a recording. No window manager is needed to move it (override-
    redirect): `xdotool windowmove` or move() place it exactly. With a title it is listed as a
    top-level window like a document the teacher has open."""

    def __init__(
        self,
        display: XDisplay,
        x: int,
        y: int,
        width: int,
        height: int,
        rgb: tuple[int, int, int],
        title: str = "",
    ) -> None:
        from Xlib import X
        from Xlib import display as xdisplay

        self._d = xdisplay.Display(display.name)
        self._closed = False
        screen = self._d.screen()
        self._depth = screen.root_depth
        self.window = screen.root.create_window(
            x,
            y,
            width,
            height,
            0,
            self._depth,
            X.InputOutput,
            X.CopyFromParent,
            background_pixel=_pixel(rgb),
            override_redirect=True,
        )
        if title:
            # WM_NAME is Latin-1; _NET_WM_NAME carries the real (UTF-8) title.
            self.window.set_wm_name(title.encode("latin-1", "replace").decode("latin-1"))
            self.window.change_property(
                self._d.intern_atom("_NET_WM_NAME"),
                self._d.intern_atom("UTF8_STRING"),
                8,
                title.encode(),
            )
        self.window.map()
        self._d.sync()

    @property
    def id(self) -> int:
        return int(self.window.id)

    def patch(self, x: int, y: int, width: int, height: int, rgb: tuple[int, int, int]) -> None:
        """A rectangle of another colour inside the window (it moves with the window)."""
        from Xlib import X

        child = self.window.create_window(
            x, y, width, height, 0, self._depth, X.InputOutput, X.CopyFromParent,
            background_pixel=_pixel(rgb),
        )  # fmt: skip
        child.map()
        self._d.sync()

    def move(self, x: int, y: int) -> None:
        self.window.configure(x=x, y=y)
        self._d.sync()

    def unmap(self) -> None:
        self.window.unmap()
        self._d.sync()

    def close(self) -> None:
        """Destroy the window (a document closed by the teacher); once is enough."""
        from Xlib.error import XError

        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(XError):
            self.window.destroy()
            self._d.sync()
        self._d.close()


def _pixel(rgb: tuple[int, int, int]) -> int:
    """An X pixel value for a colour on a 24-bit TrueColor screen (Xvfb's)."""
    r, g, b = rgb
    return (r << 16) | (g << 8) | b
