"""Every frame of a take is stamped when its pixels were read, checked frame by frame against a
clock on the screen (support/screen_clock.py): a strip of blocks showing a counter redrawn every
2 ms, each redraw's time logged. The counter a frame shows says when the recorder read it; the
frame's time in the file, mapped back through the take's t=0, says when the recorder claims it
did. Like a video playing in the document, the clock damages the screen every 2 ms, so every
capture tick grabs it.

How the stamps hold on a loaded machine is measured, not asserted here: benchmarks/
sync_under_load.py."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

import pytest

from e2e.recording import base_env, start_recording
from support.av_errors import picture_errors
from support.realstack import xvfb
from support.screen_clock import ClockPlace
from support.timing_truth import timing_truth

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CLOCK_PLACE = ClockPlace(1600, 32)  # on the 16-pixel grid, away from the pointer
TAKE_S = 6
# The truth is good to about a millisecond (a 2 ms redraw and its round trip); a stamp taken
# before the grab instead of at it is 1-2 ms early on a quiet machine (the damage round trip
# and the grab itself), which moves the median past this.
MEDIAN_MS = 0.8
MOST_MS = 2.0  # 95 % of the frames
ANY_MS = 6.0  # every frame: room for a hiccup of the shared test machine, nothing more
BEYOND_MS = 2.0  # outside the interval in which the pixels were certainly read
# Frames allowed outside it by more than BEYOND_MS (never by more than ANY_MS). One full-suite
# run had one: 3.4 ms early, 80 ms into the take, in a tick that started 14 ms late while the
# recorder was still starting up. 37 runs of this test since (12 beside three busy processes)
# stayed within 1.3 ms; the take's stats count the grabs stamped by a guess, printed below.
HICCUPS = 1


def test_every_frame_is_stamped_when_its_pixels_were_read(tmp_path: Path) -> None:
    out = tmp_path / "clock.mp4"
    with (
        xvfb() as display,
        timing_truth(display, CLOCK_PLACE, 0.5, tmp_path / "truth.npz") as truth,
    ):
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env |= display.env() | truth.env()
        take = start_recording(base_env(env), out, "--duration", str(TAKE_S), "--no-hotkeys")
        result = take.finish()
        log = truth.finish()
    assert result["complete"]

    frames, repeats, unreadable = picture_errors(out, take.started_mono_ns, log, CLOCK_PLACE)
    assert unreadable == 0
    # Every tick grabs the clock, so nearly every frame is new: a frame that repeats the one
    # before it holds no newly read pixels and its stamp places nothing.
    assert len(frames) >= 20 * TAKE_S, (len(frames), len(repeats))
    # Measured where the truth is tight; every frame is bounded by the interval in which its
    # pixels were certainly read (the next redraw held up by a busy X server widens it). How many
    # are tight depends on the machine: 97-98 % when quiet, 85 % in one full-suite run.
    tight = [f for f in frames if f.tight]
    assert len(tight) >= 0.8 * len(frames), (len(tight), len(frames))
    errors_ms = sorted(abs(f.error_ms) for f in tight)
    median_ms = statistics.median(f.error_ms for f in tight)
    most_ms = errors_ms[int(0.95 * len(errors_ms))]
    beyond = max(frames, key=lambda f: abs(f.beyond_ms))
    outside = [f for f in frames if abs(f.beyond_ms) > BEYOND_MS]
    unsure = result["stats"]["grab_stamps_unsure"]
    print(
        f"{len(frames)} frames ({len(repeats)} repeats, {len(frames) - len(tight)} with a loose"
        f" truth): stamp − read median {median_ms:+.2f} ms, 95 % within {most_ms:.2f} ms,"
        f" worst {errors_ms[-1]:.2f} ms; outside the truth by {beyond.beyond_ms:+.2f} ms at most;"
        f" {unsure} grabs stamped by a guess"
    )
    assert abs(median_ms) <= MEDIAN_MS
    assert most_ms <= MOST_MS
    assert errors_ms[-1] <= ANY_MS
    assert abs(beyond.beyond_ms) <= ANY_MS, (beyond, unsure)
    assert len(outside) <= HICCUPS, (outside, unsure)
