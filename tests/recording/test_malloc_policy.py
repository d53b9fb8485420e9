"""The fixed mmap threshold: a large block freed is given back to the system at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from vidfeedback.recording.malloc_policy import keep_large_blocks_out_of_the_heap

pytestmark = pytest.mark.skipif(
    not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"), reason="glibc's malloc"
)

# In a fresh process: free one 8 MB block (glibc then raises its threshold to 8 MB), then
# allocate and free another and see how much of it stays resident.
_PROBE = textwrap.dedent(
    """
    import ctypes, sys
    from vidfeedback.recording.malloc_policy import keep_large_blocks_out_of_the_heap
    if sys.argv[1] == "policy":
        keep_large_blocks_out_of_the_heap()
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = (ctypes.c_void_p,)
    def rss_kb():
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmRSS"))
    size = 8 << 20
    first = libc.malloc(size)
    ctypes.memset(first, 1, size)
    libc.free(first)
    before = rss_kb()
    second = libc.malloc(size)
    ctypes.memset(second, 1, size)
    libc.free(second)
    print(rss_kb() - before)
    """
)


def _kept_kb(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True
    )
    return int(out.stdout)


def test_a_freed_picture_buffer_does_not_stay_in_the_heap() -> None:
    # Without the policy the second block comes from the heap and stays (the reason for it).
    assert _kept_kb("default") > 6_000
    assert _kept_kb("policy") < 1_000


def test_it_reports_that_it_applied() -> None:
    assert keep_large_blocks_out_of_the_heap() is True
