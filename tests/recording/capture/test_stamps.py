"""The stamps of screen grabs and microphone blocks: what each piece of arithmetic makes of the
times it is given (measured against a real clock in benchmarks/sync_under_load.py and
tests/e2e/test_frame_stamps.py)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from support.realstack import xvfb
from vidfeedback.recording.capture.microphone import MAX_CALLBACK_WAIT_NS, portaudio_time_ns
from vidfeedback.recording.capture.screen import (
    ROUND_TRIP_BASE_NS,
    ROUND_TRIP_NS_PER_PIXEL,
    read_time,
)
from vidfeedback.recording.capture.server_time import ServerClock

MONO_NS = 5_000_000_000_000
WALL_NS = 1_796_017_630_000_000_000  # an epoch time in 2026


def test_a_grab_is_stamped_in_the_middle_of_its_round_trip() -> None:
    assert read_time(1_000_000, 1_400_000, 256 * 16)[0] == 1_200_000


def test_a_round_trip_longer_than_a_grab_can_take_is_cut() -> None:
    """The reply waited for us (a core, the GIL): the pixels were read near the request."""
    pixels = 1920 * 1080
    longest_ns = ROUND_TRIP_BASE_NS + ROUND_TRIP_NS_PER_PIXEL * pixels
    assert read_time(0, 30_000_000, pixels)[0] == longest_ns // 2
    assert read_time(0, 30_000_000, 256 * 16)[0] < 1_100_000


def test_portaudio_time_on_the_wall_clock_is_mapped_to_the_monotonic_one() -> None:
    """PortAudio 19.6 on ALSA: currentTime is CLOCK_REALTIME, taken 8 ms before our callback
    ran (it waited for the GIL)."""
    current_s = (WALL_NS - 8_000_000) / 1e9
    taken = portaudio_time_ns(current_s, MONO_NS, WALL_NS)
    assert taken is not None
    assert abs(taken - (MONO_NS - 8_000_000)) < 1_000  # a double holds epoch seconds to ~0.2 µs


def test_portaudio_time_on_the_monotonic_clock_is_taken_as_it_is() -> None:
    assert portaudio_time_ns((MONO_NS - 3_000_000) / 1e9, MONO_NS, WALL_NS) == MONO_NS - 3_000_000


def test_a_portaudio_time_that_is_missing_or_not_just_before_now_is_not_used() -> None:
    assert portaudio_time_ns(0.0, MONO_NS, WALL_NS) is None  # host APIs that do not say
    assert portaudio_time_ns((WALL_NS + 2_000_000) / 1e9, MONO_NS, WALL_NS) is None  # future
    too_old_s = (WALL_NS - MAX_CALLBACK_WAIT_NS - 1_000_000) / 1e9
    assert portaudio_time_ns(too_old_s, MONO_NS, WALL_NS) is None
    assert portaudio_time_ns(123.0, MONO_NS, WALL_NS) is None  # some other clock


def test_the_real_clocks_agree_with_the_mapping() -> None:
    mono_ns, wall_ns = time.monotonic_ns(), time.time_ns()
    taken = portaudio_time_ns(time.time() - 0.001, mono_ns, wall_ns)
    assert taken is not None and 0 <= mono_ns - taken < 50_000_000


def test_a_long_round_trip_is_placed_by_the_servers_clock() -> None:
    """The server read the pixels 13 ms after the request (it waited for a core): its clock
    says so, to the millisecond, where the cut round trip would have said 1 ms."""
    sent_ns = 10_000_000_000
    stamp = read_time(sent_ns, sent_ns + 20_000_000, 256 * 16, server_ms=10_013)[0]
    assert stamp == 10_013_500_000
    # Inside the round trip whatever the server says, and ignored when it is not our clock.
    assert read_time(sent_ns, sent_ns + 20_000_000, 256 * 16, server_ms=10_020)[0] == (
        sent_ns + 20_000_000
    )
    far = read_time(sent_ns, sent_ns + 20_000_000, 256 * 16, server_ms=99_000)[0]
    assert far == read_time(sent_ns, sent_ns + 20_000_000, 256 * 16)[0]
    # A short round trip keeps its middle (finer than the server's milliseconds).
    assert read_time(sent_ns, sent_ns + 400_000, 256 * 16, server_ms=10_000)[0] == sent_ns + 200_000


def test_only_a_long_round_trip_without_the_servers_time_is_a_guess() -> None:
    """Counted per take (grab_stamps_unsure): such a stamp may be early or late by up to the
    round trip, and the stats say how many frames that concerns."""
    sent_ns = 10_000_000_000
    strip = 256 * 16
    assert read_time(sent_ns, sent_ns + 400_000, strip, None)[1]  # short: its middle
    assert read_time(sent_ns, sent_ns + 20_000_000, strip, 10_013)[1]  # placed by the server
    assert not read_time(sent_ns, sent_ns + 20_000_000, strip, None)[1]
    assert not read_time(sent_ns, sent_ns + 20_000_000, strip, 99_000)[1]  # not our clock
    # A whole screen takes longer to copy: 5 ms is still a grab's own time.
    assert read_time(sent_ns, sent_ns + 5_000_000, 1920 * 1080, None)[1]


def test_the_servers_clock_is_ours_in_milliseconds(monkeypatch: pytest.MonkeyPatch) -> None:
    import mss
    from mss.linux.xcbhelpers import Connection

    with xvfb(320, 240) as display:
        monkeypatch.setenv("DISPLAY", display.name)
        with mss.MSS() as sct:
            sct.grab(sct.monitors[1])  # mss connects and sets up shared memory on the first grab
            impl: Any = sct._impl
            conn = impl.conn
            clock = ServerClock.open(conn, Connection)
            assert clock is not None
            for _ in range(5):
                before_ns = time.monotonic_ns()
                server_ms = clock.answer(clock.ask())
                after_ns = time.monotonic_ns()
                assert server_ms is not None
                assert before_ns // 1_000_000 <= server_ms <= after_ns // 1_000_000
