"""Screen grabs with mss. An mss instance belongs to the thread that made it (XShm), so the
grabber is created inside the capture thread.

Each grab is stamped when its pixels were read. On X11 with MIT-SHM the server reads them
between the moment our request leaves and the moment its reply arrives, so the stamp is the middle
of that round trip (the middle of the server's copy, for a whole screen: its rows are read one
after the other). Both ends are taken where no other thread can hold us up: the first just before
the call that writes the request out, the second after the reply. When the round trip is longer
than a grab takes, someone waited, and the server's own clock, asked in the same flush
(capture/server_time.py), says when it read the pixels. Measured against a screen clock on a
loaded machine (benchmarks/sync_under_load.py): a stamp at the reply was up to 30 ms late (our
thread waited for a core or the GIL), and once the server itself read 13 ms after the request.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

import mss
import numpy as np

from vidfeedback.recording.capture.region import Region, RegionError
from vidfeedback.recording.capture.server_time import ServerClock

# The longest round trip a grab can take when nothing holds us up: the server's reply latency
# plus its copy of the pixels (1.75 ms for 1920 x 1080 here; allow for a machine ~2x slower).
ROUND_TRIP_BASE_NS = 2_000_000
ROUND_TRIP_NS_PER_PIXEL = 2


def read_time(
    sent_ns: int, replied_ns: int, pixels: int, server_ms: int | None = None
) -> tuple[int, bool]:
    """When a grab's pixels were read, from when its request left and its reply was taken in,
    and the server's clock when it handled the grab (capture/server_time.py) if known; and
    whether that is known rather than guessed.

    A round trip no longer than a grab of that size takes: its middle (the middle of the copy,
    for a whole screen). A longer one: someone waited, us or the server, and the server's clock
    says when it read them (to the millisecond it counts in); without it, the round trip cut to
    that length, a guess: the pixels may have been read anywhere in it."""
    longest_ns = ROUND_TRIP_BASE_NS + ROUND_TRIP_NS_PER_PIXEL * pixels
    round_trip_ns = replied_ns - sent_ns
    if round_trip_ns <= longest_ns:
        return sent_ns + round_trip_ns // 2, True
    if server_ms is not None:
        server_ns = server_ms * 1_000_000 + 500_000  # the middle of its millisecond
        if sent_ns - 1_000_000 <= server_ns <= replied_ns + 1_000_000:  # else not our clock
            return min(max(server_ns, sent_ns), replied_ns), True
    return sent_ns + longest_ns // 2, False


Pixels = np.ndarray[Any, np.dtype[np.uint8]]
Box = tuple[int, int, int, int]  # x0, y0, x1, y1 within the area, end exclusive


class ScreenError(Exception):
    """The screen cannot be captured; the message says why and what to do."""


def _open(backend: str = "default") -> Any:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        raise ScreenError(
            "there is no display to record (DISPLAY is not set); start vidfeedback from the "
            "desktop session you want to record"
        )
    try:
        return mss.MSS(backend=backend)
    except Exception as exc:  # mss raises its own ScreenShotError and OSErrors
        raise ScreenError(f"the screen cannot be captured: {exc}") from exc


def monitors() -> list[Region]:
    """Index 0 is the whole virtual screen, 1.. the physical monitors (mss's convention)."""
    with _open() as sct:
        return [Region(m["left"], m["top"], m["width"], m["height"]) for m in sct.monitors]


def resolve_region(region: Region | None, monitor: int) -> Region:
    """The region to record, checked against the screen and cropped to even size."""
    screens = monitors()
    if region is None:
        if not 1 <= monitor < len(screens):
            raise RegionError(
                f"there is no monitor {monitor}; monitors 1 to {len(screens) - 1} are available"
            )
        region = screens[monitor]
    region.check_inside(screens[0])
    return region.even()


def grab_area(region: Region) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """One grab of an area (BGRA), on a connection of its own: for the odd still picture taken
    outside the capture thread (what is under a window about to be shown)."""
    with _open() as sct:
        shot = sct.grab(
            {"left": region.x, "top": region.y, "width": region.width, "height": region.height}
        )
        return np.frombuffer(shot.raw, np.uint8).reshape(shot.height, shot.width, 4).copy()


class ScreenGrabber:
    def __init__(self, region: Region, backend: str = "default") -> None:
        """backend: mss's choice on Linux ("xgetimage" forces the path without shared memory)."""
        self.region = region
        self._sct = _open(backend)
        self._area = {
            "left": region.x,
            "top": region.y,
            "width": region.width,
            "height": region.height,
        }
        self._shm: Any = None
        self._stamps_unsure = 0

    def move_to(self, region: Region) -> None:
        """Grab another area of the same size from the next grab on (the picture size of a take
        cannot change)."""
        if (region.width, region.height) != (self.region.width, self.region.height):
            raise ValueError(f"a moved region keeps its size: {self.region} -> {region}")
        self.region = region
        self._area = {**self._area, "left": region.x, "top": region.y}

    def grab(self, box: Box | None = None) -> tuple[Pixels, int]:
        """The area's pixels (BGRA), or those of box (x0, y0, x1, y1 within the area), and the
        monotonic time (ns) at which they were read. With shared memory they are a read-only
        view of the segment, valid until the next grab (no 8 MB copy per grab): copy what is
        kept, and keep no view past close()."""
        pieces, read_ns = self.grab_boxes([box] if box is not None else [None])
        return pieces[0], read_ns

    def grab_boxes(self, boxes: Sequence[Box | None]) -> tuple[list[Pixels], int]:
        """Several boxes (None: the whole area) read at one moment where the backend allows
        (with shared memory: one round trip), and when; views valid until the next grab. Their
        total must not exceed the whole area."""
        areas = [self._box_area(box) for box in boxes]
        if self._shm is None:
            self._shm = _xshm_reader(self._sct)
        if self._shm is not None:
            pieces, read_ns, sure = self._shm(areas)
            self._stamps_unsure += not sure
            return pieces, read_ns
        # Another backend: one call per box, each read somewhere inside its call; the last
        # call's end is the closest stamp that is never early.
        views: list[Pixels] = []
        for area in areas:
            raw = self._sct.grab(area).raw
            views.append(np.frombuffer(raw, np.uint8).reshape(area["height"], area["width"], 4))
        return views, time.monotonic_ns()

    def _box_area(self, box: Box | None) -> dict[str, int]:
        area = self._area
        if box is None:
            return area
        x0, y0, x1, y1 = box
        return {"left": area["left"] + x0, "top": area["top"] + y0} | {
            "width": x1 - x0,
            "height": y1 - y0,
        }

    @property
    def stamps_unsure(self) -> int:
        """Grabs whose stamp is a guess (read_time()); a grab without shared memory is
        stamped at its end, late but never early, and not counted."""
        return self._stamps_unsure

    @property
    def shared_memory(self) -> bool:
        """True once grabs go through shared memory: stamped from their round trip (or the
        server's clock), several boxes in one."""
        return self._shm is not None

    def close(self) -> None:
        self._sct.close()


def _xshm_reader(sct: Any) -> Any:
    """mss's XShmGetImage path split into request and reply, so the stamps can be taken there;
    None where that path is not in use (another platform, a remote display, another mss)."""
    impl = getattr(sct, "_impl", None)
    try:
        from mss.linux.base import ALL_PLANES  # Linux only
        from mss.linux.xcbgen import ImageFormat
        from mss.linux.xcbhelpers import LIB, Connection
        from mss.linux.xshmgetimage import MSSImplXShmGetImage, ShmStatus
    except ImportError:
        return None
    if not isinstance(impl, MSSImplXShmGetImage) or impl.shm_status is not ShmStatus.AVAILABLE:
        return None  # mss itself finds out (on the first grab) whether MIT-SHM works
    conn, buf, shmseg = impl.conn, getattr(impl, "_buf", None), getattr(impl, "_shmseg", None)
    if conn is None or buf is None or shmseg is None:
        return None
    # A function object of our own (indexing makes a new one): mss declares no xcb_flush.
    flush = LIB.xcb["xcb_flush"]
    flush.argtypes = [ctypes.POINTER(Connection)]
    flush.restype = ctypes.c_int
    server_clock = ServerClock.open(conn, Connection)

    def read(areas: list[dict[str, int]]) -> tuple[list[Pixels], int, bool]:
        """Several areas read at one moment: each request writes into its own part of the
        segment and all go out in one flush, so the server reads them back to back and one
        round trip stamps them all (read one after the other, a busy Python thread made them up
        to 48 ms apart). The caller keeps their total within the segment."""
        total = sum(area["width"] * area["height"] * 4 for area in areas)
        if total > len(buf):
            raise ValueError(f"{len(areas)} areas of {total} bytes exceed the segment")
        cookies = []
        offset = 0
        for area in areas:
            w, h = area["width"], area["height"]
            # xcb only queues the requests; the flush writes them.
            cookies.append(
                LIB.shm.xcb_shm_get_image(
                    conn,
                    impl.drawable,
                    area["left"],
                    area["top"],
                    w,
                    h,
                    ALL_PLANES,
                    ImageFormat.ZPixmap,
                    shmseg,
                    offset,
                )
            )
            offset += w * h * 4
        asked = server_clock.ask() if server_clock is not None else None
        # Nothing between this stamp and the write lets go of the GIL: no other thread slips in.
        sent_ns = time.monotonic_ns()
        flush(conn)
        replies = [cookie.reply(conn) for cookie in cookies]
        replied_ns = time.monotonic_ns()
        server_ms = server_clock.answer(asked) if server_clock and asked else None
        read_ns, sure = read_time(sent_ns, replied_ns, offset // 4, server_ms)
        views: list[Pixels] = []
        offset = 0
        for area, reply in zip(areas, replies, strict=True):
            if reply.depth != impl.drawable_depth:
                raise ScreenError(f"the screen's colour depth changed to {reply.depth}")
            w, h = area["width"], area["height"]
            views.append(np.frombuffer(buf, np.uint8, w * h * 4, offset).reshape(h, w, 4))
            offset += w * h * 4
        return views, read_ns, sure

    return read
