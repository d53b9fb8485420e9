"""Global hotkeys through pynput, working while another program (the student's document) has focus.

Defaults are Ctrl+Shift combinations: Ctrl+Alt types characters on Nordic keyboards (AltGr).
With Shift held, X11 reports the shifted symbol ("!" for the 1 key on a US layout, but the same
key gives "!" on a Norwegian one too, and "2" gives '"' or "@"), so digit keys are matched by the
symbols the current layout puts on them, read from the X server, not by a hard-coded table.
"""

from __future__ import annotations

import enum
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vidfeedback.recording.capture.listeners import start_listener


class HotkeyAction(enum.Enum):
    FEED_UP = "feed_up"
    FEED_BACK = "feed_back"
    FEED_FORWARD = "feed_forward"
    PAUSE_RESUME = "pause_resume"
    STOP = "stop"
    NEXT_CRITERION = "next_criterion"
    TOGGLE_PEN = "toggle_pen"
    CLEAR_PEN = "clear_pen"
    TOGGLE_HIGHLIGHTER = "toggle_highlighter"


DEFAULT_HOTKEYS: dict[HotkeyAction, str] = {
    HotkeyAction.FEED_UP: "<ctrl>+<shift>+1",
    HotkeyAction.FEED_BACK: "<ctrl>+<shift>+2",
    HotkeyAction.FEED_FORWARD: "<ctrl>+<shift>+3",
    HotkeyAction.PAUSE_RESUME: "<ctrl>+<shift>+<f9>",
    HotkeyAction.STOP: "<ctrl>+<shift>+<f10>",
    HotkeyAction.NEXT_CRITERION: "<ctrl>+<shift>+4",
    HotkeyAction.TOGGLE_PEN: "<ctrl>+<shift>+5",
    HotkeyAction.CLEAR_PEN: "<ctrl>+<shift>+6",
    HotkeyAction.TOGGLE_HIGHLIGHTER: "<ctrl>+<shift>+7",
}

_MODIFIERS = {"ctrl", "shift", "alt", "cmd"}


class HotkeyError(ValueError):
    pass


@dataclass(frozen=True)
class Combo:
    modifiers: frozenset[str]
    key: str  # "1", "a", "f9", ...

    @classmethod
    def parse(cls, text: str) -> Combo:
        parts = [p.strip().lower().strip("<>") for p in text.split("+") if p.strip()]
        if not parts:
            raise HotkeyError(f"empty hotkey {text!r}")
        *mods, key = parts
        unknown = set(mods) - _MODIFIERS
        if unknown or key in _MODIFIERS:
            raise HotkeyError(f"{text!r} is not a hotkey like <ctrl>+<shift>+1")
        return cls(frozenset(mods), key)


@dataclass
class HotkeyMap:
    bindings: dict[HotkeyAction, str] = field(default_factory=lambda: dict(DEFAULT_HOTKEYS))

    def combos(self) -> dict[Combo, HotkeyAction]:
        return {Combo.parse(text): action for action, text in self.bindings.items()}


def shifted_digit_symbols() -> dict[str, str]:
    """Map the symbol Shift gives on each digit key to that digit, for the current X layout."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return {}
    try:
        from Xlib import XK
        from Xlib import display as xdisplay
    except ImportError:
        return {}
    result: dict[str, str] = {}
    try:
        d = xdisplay.Display()
    except Exception:  # no X connection: hotkeys will fail visibly when the listener starts
        return {}
    try:
        for digit in "0123456789":
            keycode = d.keysym_to_keycode(XK.string_to_keysym(digit))
            if not keycode:
                continue
            shifted = d.keycode_to_keysym(keycode, 1)
            if 0 < shifted < 0x100:
                result[chr(shifted)] = digit
            elif shifted & 0xFF000000 == 0x01000000:
                result[chr(shifted & 0x00FFFFFF)] = digit
    finally:
        d.close()
    return result


class HotkeyListener:
    """Calls on_action(action, press_mono_ns) from pynput's thread; stamps at the key press."""

    def __init__(self, hotkeys: HotkeyMap, on_action: Callable[[HotkeyAction, int], None]) -> None:
        self._combos = hotkeys.combos()
        self._on_action = on_action
        self._held: set[str] = set()
        self._digit_of_symbol = shifted_digit_symbols()
        self._listener: Any = None

    def start(self) -> None:
        from pynput import keyboard

        self._keyboard = keyboard
        self._listener = keyboard.Listener(on_press=self._press, on_release=self._release)
        start_listener(self._listener, "hotkey")

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def _modifier(self, key: Any) -> str | None:
        k = self._keyboard.Key
        groups = {
            "ctrl": (k.ctrl, k.ctrl_l, k.ctrl_r),
            "shift": (k.shift, k.shift_l, k.shift_r),
            "alt": (k.alt, k.alt_l, k.alt_r, k.alt_gr),
            "cmd": (k.cmd, k.cmd_l, k.cmd_r),
        }
        for name, keys in groups.items():
            if key in keys:
                return name
        return None

    def _token(self, key: Any) -> str | None:
        name = getattr(key, "name", None)
        if name is not None:  # a special key such as f9
            return str(name)
        char = getattr(key, "char", None)
        vk = getattr(key, "vk", None)
        if char:
            if char in self._digit_of_symbol:
                return self._digit_of_symbol[char]
            if len(char) == 1 and ord(char) < 32:  # Ctrl+letter arrives as a control code
                return chr(ord(char) + 96)
            return str(char).lower()
        if vk is not None and 0x30 <= vk <= 0x39:  # Windows virtual-key codes for digits
            return chr(vk)
        return None

    def _press(self, key: Any) -> None:
        t_ns = time.monotonic_ns()
        mod = self._modifier(key)
        if mod is not None:
            self._held.add(mod)
            return
        token = self._token(key)
        if token is None:
            return
        action = self._combos.get(Combo(frozenset(self._held), token))
        if action is not None:
            self._on_action(action, t_ns)

    def _release(self, key: Any) -> None:
        mod = self._modifier(key)
        if mod is not None:
            self._held.discard(mod)
