"""Bad input and accidents: a clear message, a non-zero exit, and nothing lost."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.recording import VIDFEEDBACK, base_env, env_without, key, sleep_until, start_recording
from support.realstack import XDisplay, ffprobe, virtual_microphone, xdotool

pytestmark = pytest.mark.e2e


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [VIDFEEDBACK, "record", *args], env=env, capture_output=True, text=True, timeout=60
    )


@contextlib.contextmanager
def _tmpfs(path: Path, size: str, read_only: bool = False) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a real small or read-only file system needs root")
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.strip()}")
    try:
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_killed_take_is_recovered_with_every_marker(
    x_display: XDisplay, real_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "killed.mp4"
    take = start_recording(base_env(real_env), out, "--region", "0,0,800,600")
    presses = []
    for i, combo in enumerate(["ctrl+shift+1", "ctrl+shift+2", "ctrl+shift+3"]):
        sleep_until(take, 1.0 + i)
        xdotool(x_display, "mousemove", str(100 + 50 * i), "200")
        presses.append(take.take_s(key(x_display, combo)))
    sleep_until(take, 4.5)  # killed_at_s below
    take.process.send_signal(signal.SIGKILL)
    take.process.communicate(timeout=10)
    assert not out.exists()
    take_dir = tmp_path / ".killed.mp4.vftake"
    assert (take_dir / "media.mp4").exists()

    done = subprocess.run(
        [VIDFEEDBACK, "recover", str(out)],
        env=base_env(real_env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    probe = ffprobe(out)
    # The promise: a kill costs at most the last second (fragments and the held frame).
    killed_at_s = 4.5
    for stream in probe["streams"]:
        if stream["codec_type"] in ("video", "audio"):
            assert float(stream["duration"]) >= killed_at_s - 1.0, (
                stream["codec_type"],
                stream["duration"],
            )
    chapters = probe["chapters"]
    titled = {c["tags"]["title"]: float(c["start_time"]) for c in chapters}
    for title, t_s in zip(["Feed up", "Feed back", "Feed forward"], presses, strict=True):
        assert titled[title] == pytest.approx(t_s, abs=0.3)
    assert not take_dir.exists()  # finished: the working folder is gone, the video is there


def test_missing_output_folder(real_env: dict[str, str], tmp_path: Path) -> None:
    done = _run(base_env(real_env), "--out", str(tmp_path / "nope" / "a.mp4"), "--duration", "1")
    assert done.returncode == 2
    assert "does not exist" in done.stderr


def test_existing_file_is_never_overwritten(real_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "a.mp4"
    out.write_bytes(b"the teacher's own file")
    done = _run(base_env(real_env), "--out", str(out), "--duration", "1")
    assert done.returncode == 2
    assert "exists already" in done.stderr
    assert out.read_bytes() == b"the teacher's own file"


def test_region_outside_the_screen(real_env: dict[str, str], tmp_path: Path) -> None:
    done = _run(
        base_env(real_env),
        "--out",
        str(tmp_path / "a.mp4"),
        "--region",
        "1800,900,400,400",
        "--duration",
        "1",
    )
    assert done.returncode == 2
    assert "outside the screen" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_audio_device(real_env: dict[str, str], tmp_path: Path) -> None:
    done = _run(
        base_env(real_env),
        "--out",
        str(tmp_path / "a.mp4"),
        "--audio-device",
        "Nonexistent USB mic",
        "--duration",
        "1",
    )
    assert done.returncode == 2
    assert "no microphone is called" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_display(real_env: dict[str, str], tmp_path: Path) -> None:
    done = _run(
        env_without(base_env(real_env), "DISPLAY"),
        "--out",
        str(tmp_path / "a.mp4"),
        "--duration",
        "1",
    )
    assert done.returncode == 2
    assert "no display" in done.stderr


def test_read_only_folder(real_env: dict[str, str], tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "1m", read_only=True) as folder:
        done = _run(base_env(real_env), "--out", str(folder / "a.mp4"), "--duration", "1")
        assert done.returncode == 2
        assert "read-only" in done.stderr


def test_disk_full_during_take_keeps_what_was_recorded(
    x_display: XDisplay, real_env: dict[str, str], tmp_path: Path
) -> None:
    with _tmpfs(tmp_path / "small", "400k") as folder:
        out = folder / "full.mp4"
        take = start_recording(
            base_env(real_env), out, "--region", "0,0,1280,720", "--duration", "30", "--crf", "10"
        )
        # Busy pointer: every frame changes, so the small disk fills within seconds.
        deadline = time.monotonic() + 25
        while take.process.poll() is None and time.monotonic() < deadline:
            for i in range(10):
                # A failed move (the recorder stopping under us) is no reason to stop moving.
                with contextlib.suppress(subprocess.CalledProcessError):
                    xdotool(x_display, "mousemove", str(100 + 97 * i), str(100 + 53 * i))
        result = take.finish()
        # The whole message on failure: pytest cuts a long string short in its own report, and
        # one full-suite run failed here with a message nobody could read.
        assert take.process.returncode == 1, take.stderr
        assert "disk is full" in take.stderr, take.stderr
        take_dir = folder / ".full.mp4.vftake"
        assert result["complete"] is False
        assert (take_dir / "media.mp4").stat().st_size > 100_000  # the recording so far is kept
        assert "recover" in result["message"]


def test_microphone_unplugged_mid_take_goes_on_with_silence(
    x_display: XDisplay, tmp_path: Path
) -> None:
    with virtual_microphone() as mic:
        env = base_env({**os.environ, **x_display.env(), **mic.env()})
        out = tmp_path / "unplugged.mp4"
        take = start_recording(env, out, "--region", "0,0,640,480", "--duration", "6")
        sleep_until(take, 2.0)
        mic.process.send_signal(signal.SIGKILL)  # the sound server, and with it the microphone
        result = take.finish()
    assert result["complete"], result["message"]
    assert "microphone stopped" in take.stderr
    probe = ffprobe(out)
    streams = {s["codec_type"]: s for s in probe["streams"]}
    assert float(streams["audio"]["duration"]) == pytest.approx(6.0, abs=0.3)
    assert float(streams["video"]["duration"]) == pytest.approx(6.0, abs=0.3)
    assert result["stats"]["audio_inserted_silence_ms"] > 2500
