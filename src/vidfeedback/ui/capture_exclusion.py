"""Keeping the app's own windows (toolbar, countdown, planned points) out of the student's video.

Each platform has its own way, and X11 has none:
- Windows 10 2004 and later: SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE) leaves the
  window out of every screen grab (BitBlt of the desktop, which mss uses, included); the teacher
  still sees it.
- macOS: an NSWindow whose sharingType is NSWindowSharingNone is left out of
  CGWindowListCreateImage, which mss uses.
- X11 (and Xvfb): a grab of the root window holds whatever is on top. The engine hides such a
  window in the picture instead (Recorder.set_masked_rects: the pixels that were under it).

exclude_from_capture() tries the system's way and says what it did, so the session masks only
where it has to.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import enum
import sys
from typing import Any

from .qt import QWidget

WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0


class CaptureExclusion(enum.Enum):
    SYSTEM = "system"  # the window system leaves the window out of screen grabs
    MASK = "mask"  # it cannot: the recording must hide the window's area itself


def exclude_from_capture(widget: QWidget) -> CaptureExclusion:
    """Ask the window system to leave this top-level window out of screen grabs."""
    if sys.platform == "win32":
        return _windows_affinity(int(widget.winId()))
    if sys.platform == "darwin":
        return _macos_sharing_none(int(widget.winId()))
    return CaptureExclusion.MASK


def _windows_affinity(hwnd: int) -> CaptureExclusion:
    user32: Any = getattr(ctypes, "windll").user32  # noqa: B009 (Windows only; mypy on Linux)
    # Windows before 10 2004 does not know the flag and returns FALSE: mask there.
    ok = user32.SetWindowDisplayAffinity(
        ctypes.c_void_p(hwnd), ctypes.c_uint(WDA_EXCLUDEFROMCAPTURE)
    )
    return CaptureExclusion.SYSTEM if ok else CaptureExclusion.MASK


def _macos_sharing_none(nsview: int) -> CaptureExclusion:
    """[[view window] setSharingType:NSWindowSharingNone] through the Objective-C runtime (Qt's
    winId() on macOS is the window's NSView)."""
    path = ctypes.util.find_library("objc")
    if path is None:
        return CaptureExclusion.MASK
    objc = ctypes.cdll.LoadLibrary(path)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    window = send(ctypes.c_void_p(nsview), objc.sel_registerName(b"window"))
    if not window:
        return CaptureExclusion.MASK
    # objc_msgSend must be called through a pointer of the method's own type (arm64 passes
    # variadic arguments differently).
    address = ctypes.cast(send, ctypes.c_void_p).value
    if address is None:
        return CaptureExclusion.MASK
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(address)
    set_sharing(window, objc.sel_registerName(b"setSharingType:"), NS_WINDOW_SHARING_NONE)
    return CaptureExclusion.SYSTEM
