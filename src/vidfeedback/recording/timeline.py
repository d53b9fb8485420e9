"""The one recording timeline: monotonic nanoseconds mapped to take time with pauses removed.

Every source stamps its events with time.monotonic_ns() where they happen; this is the only place
that turns such a stamp into a position in the video, so screen, audio, pointer and markers agree.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MonotonicNs = Callable[[], int]


@dataclass(frozen=True)
class Segment:
    """A stretch of recording between a start/resume and a pause/stop, in take time."""

    start_ns: int
    end_ns: int | None  # None while it is being recorded


class Timeline:
    """Thread-safe; the clock is injectable so pacing and pauses can be unit-tested."""

    def __init__(self, clock: MonotonicNs = time.monotonic_ns) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._origin_ns: int | None = None
        self._paused_at_ns: int | None = None
        self._segments: list[Segment] = []
        self._pauses_mono: list[tuple[int, int | None]] = []  # [paused at, resumed at)

    def now_ns(self) -> int:
        return self._clock()

    def start(self, at_ns: int | None = None) -> None:
        with self._lock:
            self._origin_ns = self._clock() if at_ns is None else at_ns
            self._segments = [Segment(0, None)]

    @property
    def origin_ns(self) -> int | None:
        """The monotonic stamp of take time 0, once started."""
        return self._origin_ns

    @property
    def started(self) -> bool:
        return self._origin_ns is not None

    @property
    def paused(self) -> bool:
        return self._paused_at_ns is not None

    def pause(self, at_ns: int | None = None) -> int:
        """Freeze take time; returns the take time (ns) at which it froze."""
        with self._lock:
            at = self._clock() if at_ns is None else at_ns
            if self._paused_at_ns is None:
                self._paused_at_ns = at
                self._pauses_mono.append((at, None))
                t = self._take_ns_locked(at)
                last = self._segments[-1]
                self._segments[-1] = Segment(last.start_ns, t)
            return self._take_ns_locked(self._paused_at_ns)

    def resume(self, at_ns: int | None = None) -> int:
        """Unfreeze: take time continues from where it froze, without a gap or a jump."""
        with self._lock:
            at = self._clock() if at_ns is None else at_ns
            if self._paused_at_ns is not None:
                self._paused_at_ns = None
                self._pauses_mono[-1] = (self._pauses_mono[-1][0], at)
                self._segments.append(Segment(self._take_ns_locked(at), None))
            return self._take_ns_locked(at)

    def take_ns(self, mono_ns: int) -> int:
        """Take time of a monotonic stamp. Stamps inside a pause map to the pause's start."""
        with self._lock:
            return self._take_ns_locked(mono_ns)

    def in_pause(self, mono_ns: int) -> bool:
        """Whether something stamped at mono_ns happened while paused (or after the stop).

        Audio arrives late (by the input latency), so it is judged by when it was captured."""
        with self._lock:
            for start, end in reversed(self._pauses_mono):
                if mono_ns >= start and (end is None or mono_ns < end):
                    return True
                if mono_ns >= start:
                    return False
            return False

    def elapsed_ns(self) -> int:
        return self.take_ns(self._clock())

    def segments(self) -> list[Segment]:
        with self._lock:
            return list(self._segments)

    def _take_ns_locked(self, mono_ns: int) -> int:
        if self._origin_ns is None:
            return 0
        # Only pauses that began before the stamp count: a block captured before a pause but
        # handled after the resume keeps its place. A stamp inside a pause maps to its start.
        paused_before_ns = 0
        for paused_at, resumed_at in self._pauses_mono:
            if mono_ns < paused_at:
                break
            if resumed_at is None or mono_ns < resumed_at:
                mono_ns = paused_at
                break
            paused_before_ns += resumed_at - paused_at
        return max(0, mono_ns - self._origin_ns - paused_before_ns)
