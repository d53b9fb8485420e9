"""Which parts of the screen changed, from the X server itself (the DAMAGE extension).

Without it the recorder grabs the whole area 30 times a second and compares it with the last
grab to find what changed: 8 MB copied by the X server and compared per grab at 1080p, mostly to
find out that nothing did. The server knows: every drawing request damages a rectangle, and a
pointer move damages nothing (the pointer is not drawn into the screen's pixels). With a damage
object on the root window, a still screen costs no grab at all, typing grabs a strip, and a
scroll the scrolled window.

The watch uses a connection of its own (python-xlib) and lives in the capture thread. Damage is
reported as rectangles added to the damaged region since it was last emptied (DeltaRectangles),
so a burst of drawing in one place sends one event, not one per request. take() empties the
region and reads the rectangles reported before that, so anything drawn later is reported
again next time: nothing falls between two calls.
"""

from __future__ import annotations

import os
import sys
from typing import Any

ScreenBox = tuple[int, int, int, int]  # x0, y0, x1, y1 in screen pixels, end exclusive


class DamageUnavailable(Exception):
    """No damage reports here (not X11, no DAMAGE extension): compare whole grabs instead."""


class DamageWatch:
    def __init__(self, display_name: str | None = None) -> None:
        if not sys.platform.startswith("linux"):
            raise DamageUnavailable("damage reports are an X11 feature")
        name = display_name or os.environ.get("DISPLAY")
        if not name:
            raise DamageUnavailable("there is no X display")
        try:
            from Xlib import display as xdisplay
            from Xlib.error import DisplayError, XError
            from Xlib.ext import damage
        except ImportError as exc:
            raise DamageUnavailable(f"python-xlib is missing: {exc}") from exc
        try:
            self._display: Any = xdisplay.Display(name)
        except (DisplayError, OSError) as exc:
            raise DamageUnavailable(f"the display {name} cannot be opened: {exc}") from exc
        try:
            if not self._display.has_extension("DAMAGE"):
                raise DamageUnavailable("the X server has no DAMAGE extension")
            self._display.damage_query_version()  # required before any other damage request
            self._damage = self._display.screen().root.damage_create(
                damage.DamageReportDeltaRectangles
            )
            self._display.sync()
            info = self._display.query_extension("DAMAGE")
            self._notify = info.first_event + damage.DamageNotifyCode
        except XError as exc:
            self._display.close()
            raise DamageUnavailable(f"the X server refused a damage object: {exc}") from exc
        except DamageUnavailable:
            self._display.close()
            raise
        self.events = 0
        # Rectangles reported around the last emptying of the region (see take()).
        self._carried: list[ScreenBox] = []

    def take(self) -> list[ScreenBox]:
        """The rectangles damaged since the last call (they may overlap). Costs one round trip
        to the server only when something was reported; nothing at all otherwise."""
        d = self._display
        if not d.pending_events() and not self._carried:
            return []
        boxes = self._read_reports()  # all sent before the region is emptied below
        # Empty the damaged region, then read every report sent before that: the round trip of
        # sync() guarantees they have all arrived.
        d.damage_subtract(self._damage, 0, 0)
        d.sync()
        # These were sent while the request to empty the region was on its way: before it (then
        # they are gone from the region) or after it (then the region still holds them, and
        # further drawing there is never reported: the region does not grow). Which, nobody can
        # tell, so they are handed out again next time, and the region emptied again. Without
        # this, a window that draws without pause (a video, a clock) went unreported after a
        # few ticks whenever another thread delayed this one between the two requests.
        late = self._read_reports()
        out = list(dict.fromkeys(self._carried + boxes + late))
        self._carried = late
        return out

    def _read_reports(self) -> list[ScreenBox]:
        d = self._display
        boxes: list[ScreenBox] = []
        while d.pending_events():
            event = d.next_event()
            if event.type != self._notify:
                continue
            self.events += 1
            a = event.area
            boxes.append((a.x, a.y, a.x + a.width, a.y + a.height))
        return boxes

    def close(self) -> None:
        try:
            self._display.damage_destroy(self._damage)
            self._display.sync()
        finally:
            self._display.close()


def open_damage_watch() -> DamageWatch | None:
    try:
        return DamageWatch()
    except DamageUnavailable:
        return None
