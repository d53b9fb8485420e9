"""DeadlinePacer on a fake clock whose sleep moves the clock: no real time passes."""

from __future__ import annotations

import random

import pytest

from vidfeedback.recording.capture.pacing import DeadlinePacer

MS = 1_000_000
START = 5_000 * MS


class FakeTime:
    """A monotonic clock and a sleep that advances it, optionally oversleeping."""

    def __init__(self, now_ns: int = START, oversleep_ns: int = 0) -> None:
        self.now_ns = now_ns
        self.oversleep_ns = oversleep_ns
        self.sleeps: list[int] = []

    def clock(self) -> int:
        return self.now_ns

    def sleep(self, duration_ns: int) -> None:
        self.sleeps.append(duration_ns)
        self.now_ns += duration_ns + self.oversleep_ns

    def work(self, duration_ns: int) -> None:
        self.now_ns += duration_ns


def make_pacer(fake: FakeTime, fps: float = 100) -> DeadlinePacer:
    return DeadlinePacer(fps, clock=fake.clock, sleep=fake.sleep)


@pytest.mark.parametrize("fps", [0, -30])
def test_fps_must_be_positive(fps: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        DeadlinePacer(fps)


@pytest.mark.parametrize(("fps", "period_ns"), [(100, 10 * MS), (30, 33_333_333), (25, 40 * MS)])
def test_period(fps: float, period_ns: int) -> None:
    assert DeadlinePacer(fps).period_ns == period_ns


def test_first_tick_is_now_without_sleeping() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake)
    assert pacer.wait_next() == START
    assert fake.sleeps == []
    # The second tick sleeps exactly to start + one period.
    assert pacer.wait_next() == START + 10 * MS
    assert fake.sleeps == [10 * MS]
    assert fake.now_ns == START + 10 * MS


def test_deadlines_do_not_drift_under_per_tick_work() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake, fps=30)
    rng = random.Random(1)
    pacer.wait_next()
    for n in range(1, 3001):
        fake.work(rng.randrange(0, 25 * MS))  # less than a period: never late
        deadline = pacer.wait_next()
        assert deadline == START + n * pacer.period_ns
        assert fake.now_ns == deadline
    # 100 s at 30 fps: a sleep(1/fps) pacer would be off by the sum of all the work (~36 s).
    assert fake.now_ns == START + 3000 * 33_333_333
    assert pacer.missed_ticks == 0
    assert pacer.late_ticks == 0
    assert all(s > 0 for s in fake.sleeps)


def test_oversleeping_does_not_accumulate() -> None:
    """Each sleep overshoots by 2 ms; the next deadline is still on the absolute schedule."""
    fake = FakeTime(oversleep_ns=2 * MS)
    pacer = make_pacer(fake)
    pacer.wait_next()
    for n in range(1, 1001):
        fake.work(1 * MS)
        assert pacer.wait_next() == START + n * 10 * MS
    # Always 2 ms behind, never 2 ms × 1000 ticks.
    assert fake.now_ns == START + 1000 * 10 * MS + 2 * MS
    assert fake.sleeps[-1] == 10 * MS - 1 * MS - 2 * MS
    assert pacer.missed_ticks == 0
    assert pacer.late_ticks == 0


def test_whole_missed_periods_are_skipped_and_counted() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake)
    pacer.wait_next()
    fake.work(35 * MS)  # the deadlines at 10 and 20 ms have passed completely
    assert pacer.wait_next() == START + 30 * MS
    assert pacer.missed_ticks == 2
    assert pacer.late_ticks == 0  # 5 ms after the 30 ms deadline is not more than half a period
    assert fake.sleeps == []
    # Back on schedule: the next tick is the 40 ms one.
    assert pacer.wait_next() == START + 40 * MS
    assert fake.sleeps == [5 * MS]


def test_late_ticks_are_counted() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake)
    pacer.wait_next()
    fake.work(17 * MS)  # 7 ms after the 10 ms deadline: late, but not a whole period
    assert pacer.wait_next() == START + 10 * MS
    assert pacer.late_ticks == 1
    assert pacer.missed_ticks == 0
    assert fake.sleeps == []
    assert pacer.wait_next() == START + 20 * MS
    assert fake.sleeps == [3 * MS]


def test_slightly_late_ticks_are_neither_late_nor_missed() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake)
    pacer.wait_next()
    for n in range(1, 11):
        fake.work(10 * MS + 4 * MS if n == 1 else 9 * MS)
        assert pacer.wait_next() == START + n * 10 * MS
    assert pacer.late_ticks == 0
    assert pacer.missed_ticks == 0


def test_counters_accumulate() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake)
    pacer.wait_next()
    fake.work(47 * MS)  # deadlines 10, 20, 30 missed; 40 served 7 ms late
    assert pacer.wait_next() == START + 40 * MS
    assert (pacer.missed_ticks, pacer.late_ticks) == (3, 1)
    fake.work(26 * MS)  # now 73: deadlines 50 and 60 missed, 70 served 3 ms late (not late)
    assert pacer.wait_next() == START + 70 * MS
    assert (pacer.missed_ticks, pacer.late_ticks) == (5, 1)
    fake.work(16 * MS)  # now 89: deadline 80 served 9 ms late
    assert pacer.wait_next() == START + 80 * MS
    assert (pacer.missed_ticks, pacer.late_ticks) == (5, 2)


def test_reset_starts_the_schedule_anew_from_now() -> None:
    fake = FakeTime()
    pacer = make_pacer(fake)
    pacer.wait_next()
    pacer.wait_next()
    assert fake.now_ns == START + 10 * MS
    fake.work(12_345 * MS + 3)  # a pause: without the reset this would be ~1234 missed ticks
    pacer.reset()
    restart = fake.now_ns
    assert pacer.wait_next() == restart
    assert pacer.wait_next() == restart + 10 * MS
    assert pacer.wait_next() == restart + 20 * MS
    assert pacer.missed_ticks == 0
    assert pacer.late_ticks == 0
