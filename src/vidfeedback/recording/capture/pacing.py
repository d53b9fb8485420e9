"""Absolute-deadline pacing: tick n is due at start + n / fps, never sleep(1 / fps), so small
delays do not accumulate into drift, and ticks that could not be kept are counted, not hidden."""

from __future__ import annotations

import time
from collections.abc import Callable

SleepNs = Callable[[int], None]


def _sleep_ns(duration_ns: int) -> None:
    time.sleep(duration_ns / 1e9)


class DeadlinePacer:
    def __init__(
        self,
        fps: float,
        clock: Callable[[], int] = time.monotonic_ns,
        sleep: SleepNs = _sleep_ns,
    ) -> None:
        if fps <= 0:
            raise ValueError("fps must be positive")
        self.period_ns = round(1e9 / fps)
        self._clock = clock
        self._sleep = sleep
        self._start_ns: int | None = None
        self._tick = 0
        self.missed_ticks = 0  # deadlines that had passed completely before we got to them
        self.late_ticks = 0  # ticks served after their deadline by more than half a period

    def reset(self) -> None:
        """Start the schedule anew from now (after a pause, for example)."""
        self._start_ns = None
        self._tick = 0

    def wait_next(self) -> int:
        """Sleep until the next deadline and return the deadline's monotonic time (ns).

        If we are behind by whole periods, those ticks are skipped and counted as missed."""
        now = self._clock()
        if self._start_ns is None:
            self._start_ns = now
            self._tick = 0
            return now
        self._tick += 1
        deadline = self._start_ns + self._tick * self.period_ns
        if now >= deadline + self.period_ns:
            behind = (now - deadline) // self.period_ns
            self.missed_ticks += behind
            self._tick += behind
            deadline = self._start_ns + self._tick * self.period_ns
        if now < deadline:
            self._sleep(deadline - now)
        elif now - deadline > self.period_ns // 2:
            self.late_ticks += 1
        return deadline
