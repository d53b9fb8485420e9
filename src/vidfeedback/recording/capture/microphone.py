"""The microphone, through sounddevice (PortAudio).

Blocks arrive on PortAudio's thread; the callback only copies and stamps them. A block's last
sample was captured just before it arrived, so its first sample is stamped "arrival − block
length" on the monotonic clock. The arrival is the time PortAudio took before it called us
(time_info.currentTime), not the time our Python code first runs: in between, the callback waits
for the GIL, 5 ms and more while the encoders hold it. See _callback for why neither PortAudio's
ADC time nor its reported input latency is used.
"""

from __future__ import annotations

import queue
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import sounddevice as sd

from vidfeedback.recording.capture.alsa_plugins import release_probed_plugins
from vidfeedback.recording.media import Samples
from vidfeedback.takes.format import SAMPLE_RATE_HZ

STARTUP_SETTLE_S = 0.5
BLOCK_SAMPLES = 1024  # 21 ms: short enough for a live level meter, long enough to be cheap
# PortAudio's currentTime older than this when our callback runs is not a time we understand.
MAX_CALLBACK_WAIT_NS = 500_000_000

# Importing sounddevice made PortAudio list the devices, loading every ALSA plugin to probe it;
# the list is kept, the plugins need not be (alsa_plugins.py: 12 MB per recording process).
release_probed_plugins()


class MicrophoneError(Exception):
    """The microphone cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    default_samplerate: float
    is_default: bool


@dataclass(frozen=True)
class AudioBlock:
    samples: Samples
    first_sample_mono_ns: int
    overflow: bool


def list_input_devices() -> list[InputDevice]:
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise MicrophoneError(f"the sound system cannot list microphones: {exc}") from exc
    return [
        InputDevice(i, str(d["name"]), float(d["default_samplerate"]), i == default_in)
        for i, d in enumerate(devices)
        if int(d["max_input_channels"]) > 0
    ]


def resolve_device(choice: str | int) -> InputDevice:
    """A device by index, by (part of) its name, or "default"."""
    devices = list_input_devices()
    if not devices:
        raise MicrophoneError(
            "no microphone was found; plug one in (or check the sound settings) and try again, "
            "or record without sound with --audio-device none"
        )
    names = ", ".join(f"{d.index}: {d.name}" for d in devices)
    if choice == "default":
        return next((d for d in devices if d.is_default), devices[0])
    if isinstance(choice, int) or choice.isdigit():
        idx = int(choice)
        for d in devices:
            if d.index == idx:
                return d
        raise MicrophoneError(f"there is no microphone number {idx}; the microphones are: {names}")
    exact = [d for d in devices if d.name == choice]
    partial = [d for d in devices if choice.casefold() in d.name.casefold()]
    found = exact or partial
    if len(found) == 1 or exact:
        return found[0]
    if not found:
        raise MicrophoneError(f"no microphone is called {choice!r}; the microphones are: {names}")
    raise MicrophoneError(f"{choice!r} matches several microphones ({names}); be more precise")


def portaudio_time_ns(current_s: float, mono_ns: int, wall_ns: int) -> int | None:
    """PortAudio's time_info.currentTime on the monotonic clock, given both clocks read now.
    PortAudio 19.6 on ALSA reads the wall clock (CLOCK_REALTIME), later versions the monotonic
    one; None if it is neither (0 where a host API does not say), or not just before now."""
    if current_s <= 0:
        return None
    current_ns = round(current_s * 1e9)
    for wall_minus_mono_ns in (wall_ns - mono_ns, 0):
        taken_ns = current_ns - wall_minus_mono_ns
        if 0 <= mono_ns - taken_ns <= MAX_CALLBACK_WAIT_NS:
            return taken_ns
    return None


class Microphone:
    """One input stream; blocks go into a bounded queue that the audio stage drains."""

    def __init__(self, device: InputDevice, queue_blocks: int = 200) -> None:
        self.device = device
        self.blocks: queue.Queue[AudioBlock] = queue.Queue(maxsize=queue_blocks)
        self.queue_overflows = 0  # blocks lost because the audio stage fell behind
        self.last_block_mono_ns = 0
        self.first_block_mono_ns = 0
        # The first block with a sample that is not exactly 0.0. A microphone always hears some
        # noise; PulseAudio's fallback when the microphone is gone (the monitor of its null
        # sink, "auto_null.monitor") delivers blocks of exact zeros at the same pace.
        self.first_sound_mono_ns = 0
        self._stream: sd.InputStream | None = None

    def open(self) -> None:
        # A reopened stream starts from nothing: stamps from the stream before it would make
        # the wait below return at once for a device that delivers nothing.
        self.first_block_mono_ns = 0
        self.first_sound_mono_ns = 0
        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                samplerate=SAMPLE_RATE_HZ,
                channels=1,
                dtype="float32",
                blocksize=BLOCK_SAMPLES,
                callback=self._callback,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise MicrophoneError(
                f"the microphone {self.device.name!r} could not be opened: {exc}"
            ) from exc

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except sd.PortAudioError:
                pass  # the device may already be gone; nothing left to release

    @property
    def active(self) -> bool:
        return self._stream is not None and bool(self._stream.active)

    def wait_until_flowing(self, timeout_s: float) -> bool:
        """PulseAudio can take a couple of seconds to deliver the first block, and then delivers
        a burst of buffered blocks; wait until blocks arrive at their steady pace."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.first_block_mono_ns:
                time.sleep(STARTUP_SETTLE_S)
                return True
            time.sleep(0.01)
        return False

    def wait_until_sounding(self, timeout_s: float) -> bool:
        """True once a block with sound (any sample not exactly 0.0) has arrived: a microphone,
        not the silent fallback source PulseAudio offers when the microphone is gone."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.first_sound_mono_ns:
                return True
            time.sleep(0.01)
        return False

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        now_ns = time.monotonic_ns()
        arrival_ns = portaudio_time_ns(time_info.currentTime, now_ns, time.time_ns())
        if arrival_ns is None:
            arrival_ns = now_ns
        duration_ns = frames * 1_000_000_000 // SAMPLE_RATE_HZ
        # Measured against a PulseAudio pipe source whose samples are written on a steady clock
        # (benchmarks/sync_under_load.py): "arrival − block" is scattered 0-30 ms late by how the
        # host API batches callbacks, and the least delayed block of half a second lands within
        # about 1 ms of the truth; the aligner steers by that one. Taken when our code runs instead
        # of from PortAudio, every block was 5 ms late or more once another thread of ours was
        # busy (the GIL's switch interval), and the sound went 5 ms late under load.
        # PortAudio's input latency (stream.latency, 43 ms here) is the buffer's capacity, not
        # the delay a block really waits: subtracting it put the sound 43 ms early. Its ADC time
        # (inputBufferAdcTime) is smooth but drifts 35-75 ppm against the sample clock through
        # the ALSA pulse plugin, which would hide the drift we must correct.
        first_ns = arrival_ns - duration_ns
        if not self.first_block_mono_ns:
            self.first_block_mono_ns = now_ns
        if not self.first_sound_mono_ns and np.any(indata[:, 0]):
            self.first_sound_mono_ns = now_ns
        self.last_block_mono_ns = now_ns
        block = AudioBlock(
            np.array(indata[:, 0], dtype=np.float32), first_ns, bool(status.input_overflow)
        )
        try:
            self.blocks.put_nowait(block)
        except queue.Full:
            self.queue_overflows += 1
