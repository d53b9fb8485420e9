"""Hotkeys as people write them ("Ctrl+Shift+1", Qt's portable key names) and as the engine's
listener takes them ("<ctrl>+<shift>+1", pynput's names); the settings set them with a
key-sequence field, so nobody types angle brackets.

Shift on a digit key gives a symbol, and which one depends on the keyboard ("!" everywhere,
"@" on a US keyboard and '"' on a Nordic one for 2): the symbol is turned back into its digit
with the current keyboard's map, which the engine's listener uses too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from vidfeedback.recording import Combo, HotkeyError, shifted_digit_symbols

from .qt import QKeyCombination, QKeySequence, Qt

# Qt's names in the order people write them.
_QT_MODIFIERS = (
    ("ctrl", "Ctrl", Qt.KeyboardModifier.ControlModifier),
    ("shift", "Shift", Qt.KeyboardModifier.ShiftModifier),
    ("alt", "Alt", Qt.KeyboardModifier.AltModifier),
    ("cmd", "Meta", Qt.KeyboardModifier.MetaModifier),
)
# Where the current keyboard cannot be asked (no X server): a US keyboard's shifted digits.
US_SHIFTED_DIGITS = dict(zip("!@#$%^&*()", "1234567890", strict=True))


def display_text(combo: str) -> str:
    """'<ctrl>+<shift>+<f9>' → 'Ctrl+Shift+F9'; text that is no hotkey is shown as it is."""
    try:
        parsed = Combo.parse(combo)
    except HotkeyError:
        return combo
    names = [qt for ours, qt, _flag in _QT_MODIFIERS if ours in parsed.modifiers]
    key = parsed.key
    key = key.upper() if len(key) == 1 or (key[:1] == "f" and key[1:].isdigit()) else key.title()
    return "+".join([*names, key])


def key_sequence(combo: str) -> QKeySequence:
    return QKeySequence.fromString(display_text(combo), QKeySequence.SequenceFormat.PortableText)


def engine_combo(
    sequence: QKeySequence,
    shifted_digits: Callable[[], Mapping[str, str]] = shifted_digit_symbols,
) -> str | None:
    """The listener's text for the first combination of a key sequence; None when it cannot be
    a global hotkey (no Ctrl, Alt or Meta: it would swallow typing; or a key it cannot hear)."""
    if sequence.isEmpty():
        return None
    combination: QKeyCombination = sequence[0]  # type: ignore[index]  # stubs lack []
    mods = combination.keyboardModifiers()
    names = [ours for ours, _qt, flag in _QT_MODIFIERS if mods & flag]
    if not set(names) & {"ctrl", "alt", "cmd"}:
        return None
    key_text = QKeySequence(combination.key()).toString(QKeySequence.SequenceFormat.PortableText)
    if "shift" in names and len(key_text) == 1 and not key_text.isalnum():
        digits = dict(shifted_digits()) or US_SHIFTED_DIGITS
        key_text = digits.get(key_text, key_text)
    if len(key_text) == 1 and key_text.isalnum():
        key = key_text.lower()
    elif key_text[:1] == "F" and key_text[1:].isdigit():
        key = f"<{key_text.lower()}>"
    else:
        return None
    return "+".join([*(f"<{n}>" for n in names), key])
