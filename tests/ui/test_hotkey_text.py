# mypy: disable-error-code="no-untyped-call"
"""Hotkeys as people write them, set with a key-sequence field."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vidfeedback.recording.capture.hotkeys import DEFAULT_HOTKEYS, HotkeyAction
from vidfeedback.ui.hotkey_text import display_text, engine_combo, key_sequence
from vidfeedback.ui.qt import QKeyCombination, QKeySequence, Qt
from vidfeedback.ui.settings import AppSettings
from vidfeedback.ui.settings_dialog import SettingsDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NORDIC = dict(zip('!"#¤%&/()=', "1234567890", strict=True))
US = dict(zip("!@#$%^&*()", "1234567890", strict=True))


def _pressed(key: Qt.Key, mods: Qt.KeyboardModifier = CTRL_SHIFT) -> QKeySequence:
    return QKeySequence(QKeyCombination(mods, key))


def test_hotkeys_are_shown_as_people_write_them() -> None:
    assert display_text("<ctrl>+<shift>+1") == "Ctrl+Shift+1"
    assert display_text("<ctrl>+<shift>+<f10>") == "Ctrl+Shift+F10"
    assert display_text("<shift>+<ctrl>+a") == "Ctrl+Shift+A"
    assert display_text("<ctrl>+<hyper>+x") == "<ctrl>+<hyper>+x"  # not one: as it is
    assert key_sequence("<ctrl>+<shift>+<f9>") == QKeySequence("Ctrl+Shift+F9")


def test_a_pressed_combination_becomes_the_listeners_text() -> None:
    # Shift+2 gives '"' on a Nordic keyboard and '@' on a US one: both are the digit 2.
    assert engine_combo(_pressed(Qt.Key.Key_QuoteDbl), lambda: NORDIC) == "<ctrl>+<shift>+2"
    assert engine_combo(_pressed(Qt.Key.Key_At), lambda: US) == "<ctrl>+<shift>+2"
    assert engine_combo(_pressed(Qt.Key.Key_Exclam), dict) == "<ctrl>+<shift>+1"  # no X: US
    assert engine_combo(QKeySequence("Ctrl+Shift+F10"), dict) == "<ctrl>+<shift>+<f10>"
    assert engine_combo(QKeySequence("Ctrl+Alt+U"), dict) == "<ctrl>+<alt>+u"
    # Without Ctrl, Alt or Meta it would swallow the teacher's typing; some keys it cannot hear.
    assert engine_combo(QKeySequence("Shift+A"), dict) is None
    assert engine_combo(QKeySequence("Ctrl+Space"), dict) is None
    assert engine_combo(QKeySequence(), dict) is None
    # Each default survives the round trip through the field.
    for combo in DEFAULT_HOTKEYS.values():
        assert engine_combo(key_sequence(combo), dict) == combo


def test_settings_set_hotkeys_with_a_key_sequence_field(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    edit = dialog.hotkey_edits[HotkeyAction.FEED_UP]
    assert edit.keySequence().toString() == "Ctrl+Shift+1"
    dialog.show()
    qtbot.waitExposed(dialog)
    edit.clear()
    edit.setFocus()
    qtbot.keyClick(
        edit, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: edit.keySequence().toString() == "Ctrl+Alt+U", timeout=3000)
    # Twice the same: said, nothing saved.
    dialog.hotkey_edits[HotkeyAction.STOP].setKeySequence(QKeySequence("Ctrl+Alt+U"))
    dialog._save()
    assert dialog.hotkey_error.text() == "“Ctrl+Alt+U” is used twice."
    assert settings.hotkeys.bindings[HotkeyAction.FEED_UP] == "<ctrl>+<shift>+1"
    # Not a possible hotkey.
    dialog.hotkey_edits[HotkeyAction.STOP].setKeySequence(QKeySequence("Shift+S"))
    dialog._save()
    assert dialog.hotkey_error.text().startswith("“Shift+S” cannot be a hotkey")
    dialog.hotkey_edits[HotkeyAction.STOP].setKeySequence(QKeySequence("Ctrl+Shift+F10"))
    dialog._save()
    assert settings.hotkeys.bindings[HotkeyAction.FEED_UP] == "<ctrl>+<alt>+u"
    assert settings.hotkeys.bindings[HotkeyAction.STOP] == "<ctrl>+<shift>+<f10>"
