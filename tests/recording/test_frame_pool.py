"""The frame pool: a bounded number of pictures out, and only the kept ones held after a burst."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

from vidfeedback.recording.frame_pool import FramePool


def test_no_more_than_the_limit_are_out_at_once() -> None:
    pool = FramePool(64, 32, limit=3, kept=2)
    frames = [pool.take() for _ in range(3)]
    assert all(f is not None for f in frames)
    assert pool.take() is None  # the encoder is behind: the caller drops a frame
    assert pool.used_max == 3
    first = frames[0]
    assert first is not None
    pool.give_back(first)
    assert pool.take() is not None


def test_after_a_burst_only_the_kept_pictures_stay() -> None:
    pool = FramePool(64, 32, limit=6, kept=2)
    burst = [pool.take() for _ in range(5)]
    for frame in burst:
        assert frame is not None
        pool.give_back(frame)
    assert pool.allocated == 5
    again = [pool.take() for _ in range(5)]
    # The first two given back were kept (last in, first out); the other three were freed.
    reused = [f for f in again if any(f is b for b in burst)]
    assert [id(f) for f in reused] == [id(burst[1]), id(burst[0])]
    assert pool.allocated == 8
    assert pool.used_max == 5


def test_a_steady_encoder_reuses_one_picture() -> None:
    pool = FramePool(64, 32, limit=8)
    for _ in range(100):
        frame = pool.take()
        assert frame is not None
        pool.give_back(frame)
    assert pool.allocated == 1
    assert pool.used_max == 1


def test_a_blocking_take_waits_for_a_picture_to_come_back() -> None:
    pool = FramePool(64, 32, limit=1, kept=1)
    out = pool.take()
    assert out is not None
    got: list[object] = []
    waiter = threading.Thread(target=lambda: got.append(pool.take(block=True)))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive() and not got  # still waiting: nothing came back
    pool.give_back(out)
    waiter.join(5)
    assert got == [out]


def test_kept_must_fit_the_limit() -> None:
    with pytest.raises(ValueError):
        FramePool(64, 32, limit=2, kept=3)


# In a fresh process with the engine's malloc policy: a burst of six 1080p pictures, each written
# all over as the compositor does, then given back. What the pool does not keep leaves RSS.
_PROBE = textwrap.dedent(
    """
    import numpy as np
    from vidfeedback.recording.frame_pool import FramePool
    from vidfeedback.recording.malloc_policy import keep_large_blocks_out_of_the_heap
    keep_large_blocks_out_of_the_heap()
    def rss_kb():
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmRSS"))
    pool = FramePool(1920, 1080, limit=8, kept=2)
    warm = [pool.take(), pool.take()]
    for frame in warm:
        for plane in frame.planes:
            np.frombuffer(memoryview(plane), np.uint8)[:] = 1
        pool.give_back(frame)
    before = rss_kb()
    burst = [pool.take() for _ in range(6)]
    for frame in burst:
        for plane in frame.planes:
            np.frombuffer(memoryview(plane), np.uint8)[:] = 1
    during = rss_kb()
    for frame in burst:
        pool.give_back(frame)
    del burst, frame, plane  # a plane holds its picture's buffer
    print(during - before, rss_kb() - before)
    """
)


@pytest.mark.skipif(
    not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"), reason="glibc's malloc"
)
def test_a_burst_gives_its_memory_back() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    during_kb, after_kb = int(out[0]), int(out[1])
    frame_kb = 1920 * 1080 * 3 // 2 // 1024  # 3 MB
    # Four pictures beyond the two warm ones were touched, and are all given back.
    assert during_kb >= 3.5 * frame_kb, out
    assert after_kb <= 0.5 * frame_kb, out
