"""The X server's own clock, read on the grabber's connection: the SYNC extension's SERVERTIME
counter, which X.Org servers (Xorg, Xvfb, Xwayland) keep in whole milliseconds of the same
CLOCK_MONOTONIC our stamps use.

Asked for right after a grab, in the same flush, the server answers with the time it handled
that grab, whoever was slow afterwards or before: our thread waiting for a core or the GIL to take
the reply in, or the server itself waiting for a core before it read the pixels. On a loaded
machine both happen (benchmarks/sync_under_load.py); the round trip alone cannot tell which.

libxcb-sync is called through ctypes, as mss calls libxcb; None wherever it is missing or the
server has no SERVERTIME, and the grabber goes without.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
from typing import Any


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class ServerClock:
    def __init__(self, lib: Any, free: Any, conn: Any, counter: int) -> None:
        self._lib = lib
        self._free = free
        self._conn = conn
        self._counter = counter

    @classmethod
    def open(cls, conn: Any, connection_type: Any) -> ServerClock | None:
        """conn: an xcb connection (mss's), connection_type: its ctypes structure type."""
        name = ctypes.util.find_library("xcb-sync") or "libxcb-sync.so.1"
        try:
            lib = ctypes.CDLL(name)
            libc = ctypes.CDLL(ctypes.util.find_library("c"))
        except OSError:
            return None
        conn_p = ctypes.POINTER(connection_type)
        err_p = ctypes.POINTER(ctypes.c_void_p)
        for request, args in (
            ("xcb_sync_initialize", [conn_p, ctypes.c_uint8, ctypes.c_uint8]),
            ("xcb_sync_list_system_counters", [conn_p]),
            ("xcb_sync_query_counter", [conn_p, ctypes.c_uint32]),
        ):
            getattr(lib, request).argtypes = args
            getattr(lib, request).restype = _Cookie
            getattr(lib, f"{request}_reply").argtypes = [conn_p, _Cookie, err_p]
            getattr(lib, f"{request}_reply").restype = ctypes.c_void_p
        libc.free.argtypes = [ctypes.c_void_p]
        libc.free.restype = None
        clock = cls(lib, libc.free, conn, 0)
        # The extension must be told our version before anything else is asked of it.
        if clock._reply("xcb_sync_initialize", lib.xcb_sync_initialize(conn, 3, 1), 32) is None:
            return None
        listing = clock._reply(
            "xcb_sync_list_system_counters", lib.xcb_sync_list_system_counters(conn), None
        )
        counter = _find_counter(listing, b"SERVERTIME") if listing is not None else None
        if counter is None:
            return None
        clock._counter = counter
        return clock

    def ask(self) -> _Cookie:
        """Queue the question (sent with the next flush); answer() takes the reply."""
        cookie: _Cookie = self._lib.xcb_sync_query_counter(self._conn, self._counter)
        return cookie

    def answer(self, cookie: _Cookie) -> int | None:
        """The server's time (ms of CLOCK_MONOTONIC) when it handled the question."""
        raw = self._reply("xcb_sync_query_counter", cookie, 16)
        if raw is None:
            return None
        hi, lo = struct.unpack_from("=iI", raw, 8)
        return int((hi << 32) | lo)

    def _reply(self, request: str, cookie: _Cookie, size: int | None) -> bytes | None:
        """The reply's bytes (size, or all of them by its length field), or None on an error."""
        error = ctypes.c_void_p()
        reply = getattr(self._lib, f"{request}_reply")(self._conn, cookie, ctypes.byref(error))
        if error.value:
            self._free(error)
        if not reply:
            return None
        try:
            if size is None:
                (length,) = struct.unpack("=I", ctypes.string_at(reply + 4, 4))
                size = 32 + 4 * length
            return ctypes.string_at(reply, size)
        finally:
            self._free(reply)


def _find_counter(listing: bytes, name: bytes) -> int | None:
    """A system counter's id in a ListSystemCounters reply: after the 32-byte header, per counter
    its id (4), resolution (8), name length (2) and name, padded to 4 bytes."""
    (count,) = struct.unpack_from("=I", listing, 8)
    offset = 32
    for _ in range(count):
        if offset + 14 > len(listing):
            return None
        counter, _hi, _lo, name_len = struct.unpack_from("=IiIH", listing, offset)
        if listing[offset + 14 : offset + 14 + name_len] == name:
            return int(counter)
        offset += (14 + name_len + 3) // 4 * 4
    return None
