"""How the C heap treats the engine's large, short-lived buffers.

glibc serves blocks above its mmap threshold (128 KiB at start) with mmap and gives them back on
free, but each time such a block is freed it raises the threshold to that block's size (up to
32 MiB). After the first 8 MB picture buffer came and went, every later one came from a thread's
heap, and a heap keeps what was freed: a recording held ~10 MB more than it used (measured with
/proc/PID/smaps: 162 -> 152 MB at 30 s of the benchmark session). A fixed threshold turns that
adjustment off. The cost is a page-fault pass over each large block, which the engine makes only
a few times a second.
"""

from __future__ import annotations

import ctypes
import os

MMAP_THRESHOLD_BYTES = 1 << 20
_M_MMAP_THRESHOLD = -3  # glibc's malloc.h


def keep_large_blocks_out_of_the_heap() -> bool:
    """Set glibc's mmap threshold once for the process; False where the C library is not glibc
    (other allocators do not adjust a threshold this way)."""
    try:
        libc = os.confstr("CS_GNU_LIBC_VERSION") or ""
    except (AttributeError, ValueError, OSError):
        libc = ""  # not a POSIX system, or one that does not know the name
    if not libc.startswith("glibc"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
