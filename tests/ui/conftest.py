"""Widget tests: real widgets on Qt's offscreen platform (no X server needed). Screens that
capture the screen or listen for global keys are covered by the end-to-end test on Xvfb."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from vidfeedback.ui.app import QUIET_LOGGING_RULES
from vidfeedback.ui.qt import QLoggingCategory

# Only this directory's tests run in-process Qt; the e2e app gets its own platform (xcb).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
QLoggingCategory.setFilterRules(QUIET_LOGGING_RULES)


# The offscreen platform has no window manager: it says so when a window asks to be raised or
# activated. Those calls matter on real desktops; only these messages are let through here.
# It has no GPU either: the first video widget drawn in a test process says so (once, so
# which test sees it depends on the order).
OFFSCREEN_LIMITS = (
    r"This plugin does not support "
    r"(raise\(\)|propagateSizeHints\(\)|requestActivate\(\)|setting window masks)"
    r"|No RHI backend\. Using CPU conversion"
)
HERE = Path(__file__).parent
SAID = "Your introduction states the question clearly. Next time, add a source."


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["vidfeedback-tests", "-platform", "offscreen"]


@pytest.fixture(scope="session")
def small_take(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 4-second H.264/AAC MP4 for the review screen's player."""
    path = tmp_path_factory.mktemp("take") / "take.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=320x240:rate=15",
            "-f",
            "lavfi",
            "-i",
            "sine=f=440",
            "-t",
            "4",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            str(path),
        ],
        check=True,
    )
    return path


@pytest.fixture
def spoken_take(tmp_path: Path) -> Path:
    """A take in which espeak says SAID, for the captions."""
    wav, padded = tmp_path / "said.wav", tmp_path / "padded.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), SAID], check=True)
    subprocess.run(["sox", str(wav), str(padded), "pad", "1", "2"], check=True)
    take = tmp_path / "take.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=white:size=320x240:rate=10",
         "-i", str(padded), "-shortest", "-c:v", "libx264", "-c:a", "aac", "-ar", "48000",
         str(take)],
        check=True,
    )  # fmt: skip
    return take
