"""The pictures between the compositor and the video encoder: at most a fixed number out at once,
and no more of them kept in memory than the encoder's steady pace needs.

A picture is yuv420p as x264 takes it (3 MB at 1080p). While the encoder keeps up, one or two go
round. A scroll makes x264 slower for a few frames and more are out at once; each of those, had
it stayed allocated, would stay resident for the rest of the take (a 10-minute take grew by 5 MB
this way, one burst at a time). So a picture coming back beyond the few kept is freed: glibc maps
a block this large on its own (malloc_policy) and gives it back at once. A burst pays a fresh
mapping and its page faults for each extra picture, well under a millisecond.
"""

from __future__ import annotations

import threading

import av

# Enough for a steady encoder: one being composed while one is encoded.
KEPT_FRAMES = 2


class FramePool:
    def __init__(self, width: int, height: int, limit: int, kept: int = KEPT_FRAMES) -> None:
        if not 1 <= kept <= limit:
            raise ValueError("kept must be between 1 and limit")
        self._width = width
        self._height = height
        self._kept = kept
        self._budget = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self._free: list[av.VideoFrame] = []  # last in, first out: the warmest picture first
        self._out = 0
        # Written under the lock. used_max goes into the take's stats; allocated says how often a
        # burst had to make a picture (the kept ones, plus one per burst picture).
        self.used_max = 0  # most pictures out at once
        self.allocated = 0

    def take(self, block: bool = False) -> av.VideoFrame | None:
        """A picture to compose into, or None when `limit` are out (the encoder is behind)."""
        if not self._budget.acquire(blocking=block):
            return None
        with self._lock:
            self._out += 1
            self.used_max = max(self.used_max, self._out)
            if self._free:
                return self._free.pop()
            self.allocated += 1
        return av.VideoFrame(self._width, self._height, "yuv420p")

    def give_back(self, frame: av.VideoFrame) -> None:
        """The encoder is done with the picture (x264 has copied it)."""
        with self._lock:
            self._out -= 1
            if len(self._free) < self._kept:
                self._free.append(frame)
            # else it is dropped here, and freed with the last reference
        self._budget.release()

    def clear(self) -> None:
        """Free the kept pictures (the take has stopped)."""
        with self._lock:
            self._free.clear()
