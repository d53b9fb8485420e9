"""Top-level windows on screen (X11), for "record a window": titles, rectangles and ids, top-most
first, and where a chosen window is now.

The engine records regions. While recording a window, the session asks a WindowWatch where the
window is a few times a second and moves the recorded region with it (Recorder.move_region).
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from typing import Any, Protocol

RectPx = tuple[int, int, int, int]


@dataclass(frozen=True)
class WindowInfo:
    title: str
    rect_px: RectPx
    window_id: int = 0  # the X window id; 0 where there is none


class WindowState(enum.Enum):
    SHOWN = "shown"
    HIDDEN = "hidden"  # minimised (or on another virtual desktop)
    GONE = "gone"  # closed, or never found


@dataclass(frozen=True)
class WindowPlace:
    state: WindowState
    rect_px: RectPx | None = None  # SHOWN: where the window is now, in screen pixels


class WindowSource(Protocol):
    """Where the window being recorded is now (the session's view of a WindowWatch)."""

    @property
    def title(self) -> str: ...
    def place(self) -> WindowPlace: ...
    def close(self) -> None: ...


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
                found.append(WindowInfo(title, (-pos.x, -pos.y, geom.width, geom.height), w.id))
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


class WindowWatch:
    """Where one top-level window is now, asked by its X window id over a connection kept open
    for the take: three round trips to the X server, well under a millisecond on a local one.

    A window that was closed (or an id of 0: not found) is GONE; an unmapped one, or one the
    window manager marks hidden (_NET_WM_STATE_HIDDEN: minimised), is HIDDEN. The position is the
    window's own (client) area, as list_windows() gives it, also under a reparenting window
    manager."""

    def __init__(self, window_id: int, title: str, display: Any) -> None:
        self._id = window_id
        self._title = title
        self._display = display
        self._window = display.create_resource_object("window", window_id) if window_id else None
        self._root = display.screen().root
        self._net_state = display.intern_atom("_NET_WM_STATE")
        self._hidden = display.intern_atom("_NET_WM_STATE_HIDDEN")

    @property
    def title(self) -> str:
        return self._title

    def place(self) -> WindowPlace:
        from Xlib import X
        from Xlib.error import ConnectionClosedError, XError

        if self._window is None or self._display is None:
            return WindowPlace(WindowState.GONE)
        try:
            attrs = self._window.get_attributes()
            if attrs.map_state != X.IsViewable:
                return WindowPlace(WindowState.HIDDEN)
            state = self._window.get_full_property(self._net_state, X.AnyPropertyType)
            if state is not None and self._hidden in state.value:
                return WindowPlace(WindowState.HIDDEN)
            geom = self._window.get_geometry()
            pos = self._window.translate_coords(self._root, 0, 0)
        except XError:
            return WindowPlace(WindowState.GONE)  # destroyed since the last look
        except ConnectionClosedError:
            self._window = None  # the X server went away: nothing more to follow
            return WindowPlace(WindowState.GONE)
        return WindowPlace(WindowState.SHOWN, (-pos.x, -pos.y, geom.width, geom.height))

    def close(self) -> None:
        if self._display is not None:
            display, self._display = self._display, None
            try:
                display.close()
            except Exception:  # an X server that went away cannot be closed politely
                return


def watch_window(window_id: int, title: str) -> WindowWatch | None:
    """A watch on the window with this id, or, when the id is 0 or no longer a window (the
    choice was remembered from an earlier run of the app), on the top-most window with this
    title; one that finds nothing reports GONE. None where the X server cannot be asked (not
    X11): the window is then recorded where it was chosen."""
    if not os.environ.get("DISPLAY"):
        return None
    try:
        from Xlib import display as xdisplay  # local: only X11 sessions need it
        from Xlib.error import XError
    except ImportError:
        return None
    try:
        d = xdisplay.Display()
    except Exception:  # no usable X connection: do not follow
        return None
    found = window_id
    if window_id:
        try:
            d.create_resource_object("window", window_id).get_attributes()
        except XError:
            found = 0  # closed since it was chosen
    if not found:
        same = [w for w in list_windows() if w.title == title]
        found = same[0].window_id if same else 0
    return WindowWatch(found, title, d)
