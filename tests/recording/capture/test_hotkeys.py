"""Hotkeys: Combo parsing, and the listener's matching of pynput key events to actions.

pynput.keyboard connects to the X server when it is imported, so the listener tests run on the
session's Xvfb (default US layout: Shift+1 gives "!").
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from support.realstack import XDisplay
from vidfeedback.recording.capture.hotkeys import (
    DEFAULT_HOTKEYS,
    Combo,
    HotkeyAction,
    HotkeyError,
    HotkeyListener,
    HotkeyMap,
    shifted_digit_symbols,
)

# --- Combo.parse and HotkeyMap: no X needed --------------------------------------------


@pytest.mark.parametrize(
    ("text", "modifiers", "key"),
    [
        ("<ctrl>+<shift>+1", {"ctrl", "shift"}, "1"),
        ("<ctrl>+<shift>+<f9>", {"ctrl", "shift"}, "f9"),
        (" <CTRL> + <Shift> + F10 ", {"ctrl", "shift"}, "f10"),
        ("ctrl+alt+a", {"ctrl", "alt"}, "a"),
        ("<cmd>+q", {"cmd"}, "q"),
        ("x", set(), "x"),
        ("<shift>+<ctrl>+2", {"ctrl", "shift"}, "2"),
    ],
)
def test_combo_parse(text: str, modifiers: set[str], key: str) -> None:
    assert Combo.parse(text) == Combo(frozenset(modifiers), key)


def test_combo_modifier_order_does_not_matter() -> None:
    assert Combo.parse("<ctrl>+<shift>+1") == Combo.parse("<shift>+<ctrl>+1")
    assert hash(Combo.parse("<ctrl>+<shift>+1")) == hash(Combo.parse("<shift>+<ctrl>+1"))


@pytest.mark.parametrize(
    "text",
    ["", "  ", "+", "<ctrl>+<shift>", "<ctrl>", "<hyper>+1", "<ctrl>+<super>+1", "a+b"],
)
def test_combo_parse_errors(text: str) -> None:
    with pytest.raises(HotkeyError):
        Combo.parse(text)


def test_hotkey_error_is_a_value_error() -> None:
    assert issubclass(HotkeyError, ValueError)


def test_default_hotkeys_are_distinct_and_cover_every_action() -> None:
    combos = HotkeyMap().combos()
    assert set(combos.values()) == set(HotkeyAction)
    assert len(combos) == len(HotkeyAction)
    assert combos[Combo(frozenset({"ctrl", "shift"}), "1")] is HotkeyAction.FEED_UP
    assert combos[Combo(frozenset({"ctrl", "shift"}), "f10")] is HotkeyAction.STOP


def test_hotkey_map_has_its_own_copy_of_the_defaults() -> None:
    a = HotkeyMap()
    a.bindings[HotkeyAction.STOP] = "<ctrl>+q"
    assert HotkeyMap().bindings == DEFAULT_HOTKEYS
    assert DEFAULT_HOTKEYS[HotkeyAction.STOP] == "<ctrl>+<shift>+<f10>"


def test_no_symbol_map_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert shifted_digit_symbols() == {}


# --- the listener, on Xvfb ---------------------------------------------------------------

Fired = list[tuple[HotkeyAction, int]]


class Keys:
    """pynput's Key and KeyCode, imported once DISPLAY points at Xvfb."""

    def __init__(self) -> None:
        from pynput.keyboard import Key, KeyCode

        self.Key: Any = Key
        self.KeyCode: Any = KeyCode

    def char(self, c: str) -> Any:
        return self.KeyCode.from_char(c)


@pytest.fixture
def keys(x_display: XDisplay, monkeypatch: pytest.MonkeyPatch) -> Keys:
    monkeypatch.setenv("DISPLAY", x_display.name)
    return Keys()


def make_listener(hotkeys: HotkeyMap, fired: Fired) -> HotkeyListener:
    """A listener whose _press/_release are fed by hand.

    start() would also begin pynput's X RECORD listener, whose stop() only takes effect at the
    next real X event; the matching logic needs just the keyboard module start() keeps."""
    from pynput import keyboard

    listener = HotkeyListener(hotkeys, lambda action, t_ns: fired.append((action, t_ns)))
    listener._keyboard = keyboard
    return listener


@pytest.fixture
def fired() -> Fired:
    return []


@pytest.fixture
def listener(keys: Keys, fired: Fired) -> HotkeyListener:
    return make_listener(HotkeyMap(), fired)


def tap(listener: HotkeyListener, *held_then_key: Any) -> None:
    """Press the keys in order, then release them in reverse, like a person."""
    for k in held_then_key:
        listener._press(k)
    for k in reversed(held_then_key):
        listener._release(k)


def actions(fired: Fired) -> list[HotkeyAction]:
    return [a for a, _ in fired]


def test_the_layout_lookup_maps_shifted_symbols_to_digits(listener: HotkeyListener) -> None:
    symbols = listener._digit_of_symbol
    assert symbols["!"] == "1"
    assert symbols["@"] == "2"
    assert symbols["#"] == "3"
    assert symbols[")"] == "0"
    assert sorted(symbols.values()) == list("0123456789")


def test_ctrl_shift_bang_is_the_1_hotkey(
    listener: HotkeyListener, keys: Keys, fired: Fired
) -> None:
    before = time.monotonic_ns()
    tap(listener, keys.Key.ctrl, keys.Key.shift, keys.char("!"))
    after = time.monotonic_ns()
    assert actions(fired) == [HotkeyAction.FEED_UP]
    assert before <= fired[0][1] <= after  # stamped at the press


@pytest.mark.parametrize(
    ("symbol", "action"),
    [
        ("@", HotkeyAction.FEED_BACK),
        ("#", HotkeyAction.FEED_FORWARD),
        ("$", HotkeyAction.NEXT_CRITERION),
        ("%", HotkeyAction.TOGGLE_PEN),
        ("^", HotkeyAction.CLEAR_PEN),
        ("1", HotkeyAction.FEED_UP),  # a layout or keypad that reports the digit itself
    ],
)
def test_shifted_digit_keys(
    listener: HotkeyListener, keys: Keys, fired: Fired, symbol: str, action: HotkeyAction
) -> None:
    tap(listener, keys.Key.ctrl_l, keys.Key.shift_l, keys.char(symbol))
    assert actions(fired) == [action]


@pytest.mark.parametrize(
    ("name", "action"), [("f9", HotkeyAction.PAUSE_RESUME), ("f10", HotkeyAction.STOP)]
)
def test_function_keys(
    listener: HotkeyListener, keys: Keys, fired: Fired, name: str, action: HotkeyAction
) -> None:
    tap(listener, keys.Key.ctrl, keys.Key.shift, getattr(keys.Key, name))
    assert actions(fired) == [action]


def test_right_hand_modifiers_count(listener: HotkeyListener, keys: Keys, fired: Fired) -> None:
    tap(listener, keys.Key.ctrl_r, keys.Key.shift_r, keys.Key.f9)
    assert actions(fired) == [HotkeyAction.PAUSE_RESUME]


def test_a_digit_key_known_only_by_its_virtual_key_code(
    listener: HotkeyListener, keys: Keys, fired: Fired
) -> None:
    tap(listener, keys.Key.ctrl, keys.Key.shift, keys.KeyCode.from_vk(0x33))
    assert actions(fired) == [HotkeyAction.FEED_FORWARD]


@pytest.mark.parametrize(
    "held",
    [
        ("ctrl",),
        ("shift",),
        (),
        ("ctrl", "shift", "alt"),
        ("ctrl", "alt"),
    ],
)
def test_other_modifier_sets_do_not_match(
    listener: HotkeyListener, keys: Keys, fired: Fired, held: tuple[str, ...]
) -> None:
    mods = [getattr(keys.Key, m) for m in held]
    tap(listener, *mods, keys.char("!"))
    tap(listener, *mods, keys.Key.f10)
    assert fired == []


def test_releasing_a_modifier_ends_the_combination(
    listener: HotkeyListener, keys: Keys, fired: Fired
) -> None:
    k = keys.Key
    listener._press(k.ctrl)
    listener._press(k.shift)
    listener._press(keys.char("@"))
    listener._release(keys.char("@"))
    listener._release(k.shift)
    listener._press(keys.char("2"))  # Ctrl alone now
    listener._release(keys.char("2"))
    listener._press(k.shift)
    listener._press(keys.char("@"))  # Ctrl+Shift again
    assert actions(fired) == [HotkeyAction.FEED_BACK, HotkeyAction.FEED_BACK]


def test_holding_the_modifiers_allows_repeated_hotkeys(
    listener: HotkeyListener, keys: Keys, fired: Fired
) -> None:
    k = keys.Key
    listener._press(k.ctrl)
    listener._press(k.shift)
    for c in "!#!":
        listener._press(keys.char(c))
        listener._release(keys.char(c))
    assert actions(fired) == [HotkeyAction.FEED_UP, HotkeyAction.FEED_FORWARD, HotkeyAction.FEED_UP]


def test_modifiers_alone_and_unknown_keys_fire_nothing(
    listener: HotkeyListener, keys: Keys, fired: Fired
) -> None:
    k = keys.Key
    tap(listener, k.ctrl, k.shift)
    tap(listener, k.ctrl, k.shift, keys.KeyCode.from_vk(0xFFFF))  # no char, no name
    tap(listener, k.ctrl, k.shift, keys.char("q"))
    tap(listener, k.ctrl, k.shift, k.f8)
    assert fired == []


def test_custom_letter_bindings(keys: Keys, fired: Fired) -> None:
    hotkeys = HotkeyMap({HotkeyAction.TOGGLE_PEN: "<ctrl>+<alt>+p", HotkeyAction.STOP: "<ctrl>+q"})
    listener = make_listener(hotkeys, fired)
    k = keys.Key
    tap(listener, k.ctrl, k.alt, keys.char("P"))  # case does not matter
    tap(listener, k.ctrl, keys.char("\x11"))  # Ctrl+Q as a control code (Windows)
    tap(listener, k.ctrl, k.shift, keys.char("q"))  # Shift is not part of the binding
    assert actions(fired) == [HotkeyAction.TOGGLE_PEN, HotkeyAction.STOP]


def test_stop_without_start_is_harmless(keys: Keys, fired: Fired) -> None:
    listener = make_listener(HotkeyMap(), fired)
    listener.stop()
    listener.stop()
    assert fired == []
