# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's key and mouse helpers carry no type hints)
from __future__ import annotations

from pathlib import Path

import numpy as np
from pytestqt.qtbot import QtBot

from vidfeedback.recording.capture.microphone import InputDevice
from vidfeedback.recording.capture.windows import WindowInfo
from vidfeedback.ui.capture_picker import CapturePicker
from vidfeedback.ui.mic_check import MicCheckDialog, peak_dbfs
from vidfeedback.ui.qt import QDialog, QGuiApplication, QRect, Qt
from vidfeedback.ui.recovery_prompt import RecoveryChoice, RecoveryPrompt
from vidfeedback.ui.settings import AudioMode, CaptureChoice, CaptureKind
from vidfeedback.workspace.current_take import CurrentTake


def test_mic_check_without_a_microphone_says_so(qtbot: QtBot) -> None:
    def no_devices() -> list[InputDevice]:
        return []

    dialog = MicCheckDialog("", list_devices=no_devices)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and "No microphone" in dialog.error.text()
    assert not dialog.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.no_audio_button, Qt.MouseButton.LeftButton)
    assert dialog.choice.mode is AudioMode.NO_AUDIO
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_peak_level_in_dbfs() -> None:
    assert abs(peak_dbfs(np.full(480, 0.5, np.float32)) - (-6.02)) < 0.01
    assert peak_dbfs(np.zeros(480, np.float32)) == -60.0


def test_capture_picker_remembers_and_picks(qtbot: QtBot) -> None:
    windows = [WindowInfo("Essay.docx – Writer", (100, 50, 900, 700))]
    picker = CapturePicker(CaptureChoice(), windows=lambda: windows)
    qtbot.addWidget(picker)
    assert picker.screen_radio.isChecked()
    whole = picker.current_choice()
    g = QGuiApplication.primaryScreen().geometry()
    assert whole.kind is CaptureKind.MONITOR and whole.rect_px == (0, 0, g.width(), g.height())
    picker.window_radio.setChecked(True)
    choice = picker.current_choice()
    assert (choice.kind, choice.rect_px, choice.window_title) == (
        CaptureKind.WINDOW,
        (100, 50, 900, 700),
        "Essay.docx – Writer",
    )
    assert "Essay.docx" in picker.summary.text()
    # A region chosen on the overlay becomes the choice.
    picker.drag_region()
    assert picker._overlay is not None
    picker._overlay.chosen.emit(QRect(10, 20, 300, 201))
    assert picker.current_choice() == CaptureChoice(CaptureKind.REGION, 1, (10, 20, 300, 200))
    with qtbot.waitSignal(picker.accepted):
        picker.buttons.accepted.emit()
    assert picker.choice.kind is CaptureKind.REGION

    # Next time the remembered region is preselected.
    again = CapturePicker(picker.choice, windows=lambda: windows)
    qtbot.addWidget(again)
    assert again.region_radio.isChecked()
    assert again.current_choice().rect_px == (10, 20, 300, 200)


def test_capture_picker_keeps_the_window_id(qtbot: QtBot) -> None:
    """Two windows with the same title: the one chosen is the one followed, and offered again."""
    windows = [
        WindowInfo("Untitled – Writer", (0, 0, 600, 400), 0x400003),
        WindowInfo("Untitled – Writer", (700, 50, 500, 500), 0x600007),
    ]
    picker = CapturePicker(CaptureChoice(), windows=lambda: windows)
    qtbot.addWidget(picker)
    picker.window_box.setCurrentIndex(1)
    choice = picker.current_choice()
    assert (choice.kind, choice.rect_px, choice.window_id) == (
        CaptureKind.WINDOW,
        (700, 50, 500, 500),
        0x600007,
    )
    again = CapturePicker(choice, windows=lambda: windows)
    qtbot.addWidget(again)
    assert again.window_radio.isChecked() and again.window_box.currentIndex() == 1
    # Remembered from an earlier run (no id): the first window with its title.
    by_title = CapturePicker(
        CaptureChoice(CaptureKind.WINDOW, 1, (1, 2, 300, 200), "Untitled – Writer"),
        windows=lambda: windows,
    )
    qtbot.addWidget(by_title)
    assert by_title.current_choice().window_id == 0x400003


def test_region_without_a_drag_cannot_start(qtbot: QtBot) -> None:
    picker = CapturePicker(CaptureChoice(), windows=lambda: [])
    qtbot.addWidget(picker)
    assert not picker.window_radio.isEnabled()  # no windows found: not offered
    picker.region_radio.setChecked(True)
    assert "Drag a region first" in picker.summary.text()


def test_recovery_prompt_choices(qtbot: QtBot, tmp_path: Path) -> None:
    take = CurrentTake(str(tmp_path), "1040211", "Kari Nordmann", str(tmp_path / "t.mp4"))
    prompt = RecoveryPrompt(take)
    qtbot.addWidget(prompt)
    assert "Kari Nordmann" in prompt.text()
    prompt.show()
    with qtbot.waitSignal(prompt.finished):
        prompt.recover_button.click()
    assert prompt.choice() is RecoveryChoice.RECOVER
    later = RecoveryPrompt(take)
    qtbot.addWidget(later)
    later.show()
    with qtbot.waitSignal(later.finished):
        qtbot.keyClick(later, Qt.Key.Key_Escape)
    assert later.choice() is RecoveryChoice.LATER
