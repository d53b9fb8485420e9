"""Top-level windows on screen (X11), for "record a window": titles and rectangles, top-most first.

A window is recorded as the rectangle it had when chosen; the engine records regions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WindowInfo:
    title: str
    rect_px: tuple[int, int, int, int]


def list_windows(exclude_pid: int | None = None) -> list[WindowInfo]:
    """Visible top-level windows; empty where the X server cannot be asked (Wayland, macOS)."""
    if not os.environ.get("DISPLAY"):
        return []
    try:
        from Xlib import X, display  # local: only X11 sessions need it
        from Xlib.error import XError
    except ImportError:
        return []
    try:
        d = display.Display()
    except Exception:  # no usable X connection: offer no windows rather than fail the dialog
        return []
    try:
        root = d.screen().root
        net_list = d.intern_atom("_NET_CLIENT_LIST_STACKING")
        net_name = d.intern_atom("_NET_WM_NAME")
        net_pid = d.intern_atom("_NET_WM_PID")
        utf8 = d.intern_atom("UTF8_STRING")
        prop = root.get_full_property(net_list, X.AnyPropertyType)
        if prop is not None:
            windows: list[Any] = [d.create_resource_object("window", w) for w in prop.value]
        else:  # no window manager: the root's mapped children are the top-level windows
            windows = list(root.query_tree().children)
        found: list[WindowInfo] = []
        for w in reversed(windows):
            try:
                attrs = w.get_attributes()
                if attrs.map_state != X.IsViewable:
                    continue
                if exclude_pid is not None:
                    pid = w.get_full_property(net_pid, X.AnyPropertyType)
                    if pid is not None and int(pid.value[0]) == exclude_pid:
                        continue
                geom = w.get_geometry()
                pos = w.translate_coords(root, 0, 0)
                name_prop = w.get_full_property(net_name, utf8)
                title = (
                    name_prop.value.decode("utf-8", "replace")
                    if name_prop is not None
                    else str(w.get_wm_name() or "")
                )
                if geom.width < 32 or geom.height < 32 or not title:
                    continue
                found.append(WindowInfo(title, (-pos.x, -pos.y, geom.width, geom.height)))
            except XError:
                continue  # the window went away while we looked
        return found
    finally:
        d.close()


def compositing_manager_running(display_name: str | None) -> bool:
    """Whether an X11 compositing manager owns the screen's _NET_WM_CM_Sn selection (EWMH), so
    see-through windows are shown see-through. False where the X server cannot be asked."""
    if not display_name:
        return False
    try:
        from Xlib import X, display  # local: only X11 sessions need it
    except ImportError:
        return False
    try:
        d = display.Display(display_name)
    except Exception:  # no usable X connection: assume the plainest desktop
        return False
    try:
        atom = d.intern_atom(f"_NET_WM_CM_S{d.get_default_screen()}")
        return bool(d.get_selection_owner(atom) != X.NONE)
    finally:
        d.close()
