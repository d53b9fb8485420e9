"""The ALSA plugins PortAudio loads to list devices are given back, and the microphone still
records through ALSA's default device (PulseAudio here) afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from support.realstack import virtual_microphone

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="alsa-lib")

_PROBE = textwrap.dedent(
    """
    import json, sys, time

    def plugins():
        with open("/proc/self/maps") as f:
            return len({l.split()[-1] for l in f if "libasound_module_" in l})

    import sounddevice as sd
    listed = plugins()
    from vidfeedback.recording.capture import microphone  # releases them on import
    released = plugins()
    blocks = []
    with sd.InputStream(samplerate=48000, channels=1, dtype="float32", device="default",
                        callback=lambda data, frames, t, status: blocks.append(frames)):
        time.sleep(3.0)  # a new PulseAudio stream takes about a second to start
    devices = [d["name"] for d in sd.query_devices()]
    print(json.dumps({"listed": listed, "released": released, "after_open": plugins(),
                      "samples": sum(blocks), "devices": devices}))
    """
)


def test_probed_plugins_are_unloaded_and_the_microphone_still_records() -> None:
    with virtual_microphone() as mic:
        out = subprocess.run(
            [sys.executable, "-c", _PROBE],
            env={**os.environ, **mic.env()},
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    if got["listed"] <= 1:
        pytest.skip("no ALSA plugins beyond the one in use are installed here")
    # Listing opened every plugin the configuration names; after the release at most the one
    # still in use stays, and opening the default device loads only what it needs.
    assert got["released"] < got["listed"], got
    assert got["after_open"] < got["listed"], got
    # Over a second of sound at 48 kHz came through, and the device list PortAudio made is kept.
    assert got["samples"] > 48_000, got
    assert "default" in got["devices"], got
