"""Timeline: monotonic stamps to take time, with pauses removed, on an injected clock."""

from __future__ import annotations

import pytest

from vidfeedback.recording.timeline import Segment, Timeline

MS = 1_000_000
S = 1_000_000_000
ORIGIN = 7 * S  # the monotonic clock never starts at 0


class FakeClock:
    def __init__(self, now_ns: int = ORIGIN) -> None:
        self.now_ns = now_ns

    def __call__(self) -> int:
        return self.now_ns

    def advance(self, ns: int) -> None:
        self.now_ns += ns


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timeline(clock: FakeClock) -> Timeline:
    return Timeline(clock=clock)


def test_before_start_everything_is_at_zero(timeline: Timeline, clock: FakeClock) -> None:
    assert not timeline.started
    assert timeline.take_ns(clock() + 5 * S) == 0
    assert timeline.elapsed_ns() == 0
    assert timeline.segments() == []


def test_start_uses_the_clock_and_take_time_follows_it(
    timeline: Timeline, clock: FakeClock
) -> None:
    timeline.start()
    assert timeline.started
    assert not timeline.paused
    clock.advance(1234 * MS)
    assert timeline.elapsed_ns() == 1234 * MS
    assert timeline.take_ns(ORIGIN + 500 * MS) == 500 * MS
    assert timeline.now_ns() == ORIGIN + 1234 * MS


def test_start_at_an_explicit_stamp(timeline: Timeline) -> None:
    timeline.start(at_ns=ORIGIN + 2 * S)
    assert timeline.take_ns(ORIGIN + 3 * S) == S
    # A stamp from before the start is clamped, never negative.
    assert timeline.take_ns(ORIGIN) == 0


def test_pause_and_resume_keep_take_time_continuous(timeline: Timeline, clock: FakeClock) -> None:
    timeline.start()
    clock.advance(3 * S)
    frozen = timeline.pause()
    assert frozen == 3 * S
    assert timeline.paused

    clock.advance(10 * S)  # the pause: take time does not move
    assert timeline.elapsed_ns() == 3 * S

    resumed = timeline.resume()
    assert resumed == frozen  # no jump back, no gap forward
    assert not timeline.paused
    assert timeline.elapsed_ns() == 3 * S

    clock.advance(1 * MS)
    assert timeline.elapsed_ns() == 3 * S + 1 * MS  # and it runs on at the normal rate
    clock.advance(2 * S)
    assert timeline.elapsed_ns() == 5 * S + 1 * MS


def test_stamps_inside_the_current_pause_map_to_the_pause_start(
    timeline: Timeline, clock: FakeClock
) -> None:
    timeline.start()
    clock.advance(4 * S)
    timeline.pause()
    assert timeline.take_ns(ORIGIN + 4 * S) == 4 * S
    assert timeline.take_ns(ORIGIN + 4 * S + 1) == 4 * S
    assert timeline.take_ns(ORIGIN + 60 * S) == 4 * S
    # Stamps from before the pause still map where they were.
    assert timeline.take_ns(ORIGIN + 4 * S - 1) == 4 * S - 1
    assert timeline.take_ns(ORIGIN + 1 * S) == 1 * S


def test_several_pauses_add_up(timeline: Timeline) -> None:
    timeline.start(at_ns=ORIGIN)
    assert timeline.pause(at_ns=ORIGIN + 1 * S) == 1 * S
    assert timeline.resume(at_ns=ORIGIN + 3 * S) == 1 * S
    assert timeline.pause(at_ns=ORIGIN + 5 * S) == 3 * S
    assert timeline.resume(at_ns=ORIGIN + 9 * S) == 3 * S
    assert timeline.take_ns(ORIGIN + 10 * S) == 4 * S


def test_repeated_pause_and_resume_are_idempotent(timeline: Timeline) -> None:
    timeline.start(at_ns=ORIGIN)
    assert timeline.pause(at_ns=ORIGIN + 2 * S) == 2 * S
    # A second pause does not restart the pause: it reports the first freeze.
    assert timeline.pause(at_ns=ORIGIN + 5 * S) == 2 * S
    assert timeline.resume(at_ns=ORIGIN + 6 * S) == 2 * S
    # A resume while running changes nothing.
    assert timeline.resume(at_ns=ORIGIN + 7 * S) == 3 * S
    assert timeline.take_ns(ORIGIN + 8 * S) == 4 * S
    assert timeline.segments() == [Segment(0, 2 * S), Segment(2 * S, None)]


def test_in_pause(timeline: Timeline) -> None:
    timeline.start(at_ns=ORIGIN)
    timeline.pause(at_ns=ORIGIN + 2 * S)
    timeline.resume(at_ns=ORIGIN + 4 * S)
    timeline.pause(at_ns=ORIGIN + 6 * S)
    timeline.resume(at_ns=ORIGIN + 7 * S)

    assert not timeline.in_pause(ORIGIN + 1 * S)
    assert not timeline.in_pause(ORIGIN + 2 * S - 1)
    assert timeline.in_pause(ORIGIN + 2 * S)  # [paused at, resumed at)
    assert timeline.in_pause(ORIGIN + 3 * S)
    assert not timeline.in_pause(ORIGIN + 4 * S)
    assert not timeline.in_pause(ORIGIN + 5 * S)
    assert timeline.in_pause(ORIGIN + 6 * S + 500 * MS)
    assert not timeline.in_pause(ORIGIN + 7 * S)
    assert not timeline.in_pause(ORIGIN + 100 * S)


def test_in_pause_after_the_stop(timeline: Timeline) -> None:
    """The stop is a pause that is never resumed: whatever comes after it is out."""
    timeline.start(at_ns=ORIGIN)
    assert not timeline.in_pause(ORIGIN + 100 * S)  # no pause yet
    timeline.pause(at_ns=ORIGIN + 5 * S)
    assert not timeline.in_pause(ORIGIN + 5 * S - 1)
    assert timeline.in_pause(ORIGIN + 5 * S)
    assert timeline.in_pause(ORIGIN + 1000 * S)


def test_segments(timeline: Timeline) -> None:
    timeline.start(at_ns=ORIGIN)
    assert timeline.segments() == [Segment(0, None)]
    timeline.pause(at_ns=ORIGIN + 2 * S)
    assert timeline.segments() == [Segment(0, 2 * S)]
    timeline.resume(at_ns=ORIGIN + 10 * S)
    assert timeline.segments() == [Segment(0, 2 * S), Segment(2 * S, None)]
    timeline.pause(at_ns=ORIGIN + 13 * S)
    assert timeline.segments() == [Segment(0, 2 * S), Segment(2 * S, 5 * S)]
    # A copy: changing it does not change the timeline.
    timeline.segments().clear()
    assert len(timeline.segments()) == 2


def test_stamps_from_before_a_finished_pause_keep_their_take_time(timeline: Timeline) -> None:
    timeline.start(at_ns=ORIGIN)
    timeline.pause(at_ns=ORIGIN + 10 * S)
    timeline.resume(at_ns=ORIGIN + 20 * S)
    # An audio block or key press captured before the pause but handled after the resume.
    assert timeline.take_ns(ORIGIN + 9 * S) == 9 * S
    # "Stamps inside a pause map to the pause's start" — also once the pause is over.
    assert timeline.take_ns(ORIGIN + 15 * S) == 10 * S
