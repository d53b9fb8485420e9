"""Microphone check before the first take: choose the device, watch the level, say something.

It opens the same microphone class the recorder uses, so what it shows is what will be recorded.
"""

from __future__ import annotations

import math
import queue
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from vidfeedback.errors import ErrorCode
from vidfeedback.recording import (
    InputDevice,
    Microphone,
    MicrophoneError,
    list_input_devices,
)

from .level_meter import FLOOR_DBFS, SPEECH_DBFS, LevelMeter
from .problems import problem_text
from .qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .settings import AudioMode

METER_INTERVAL_MS = 50
HEARD_BLOCKS = 3  # a few loud blocks in a row, so a click of the mouse is not taken for speech


@dataclass(frozen=True)
class MicChoice:
    mode: AudioMode
    device_name: str  # "" = system default


def microphone_signature(
    device_name: str, devices: Callable[[], list[InputDevice]] = list_input_devices
) -> str:
    """What a passed microphone check is remembered by: the device it heard (for the system
    default, which device that is now). "" when that device is not there, so a changed or
    missing microphone is checked again."""
    try:
        found = devices()
    except MicrophoneError:
        return ""
    if device_name:
        return f"device:{device_name}" if any(d.name == device_name for d in found) else ""
    default = next((d for d in found if d.is_default), found[0] if found else None)
    return f"default:{default.name}" if default is not None else ""


def peak_dbfs(samples: np.ndarray) -> float:
    if samples.size == 0:
        return FLOOR_DBFS
    peak = float(np.max(np.abs(samples)))
    return 20 * math.log10(peak) if peak > 1e-6 else FLOOR_DBFS


class MicCheckDialog(QDialog):
    voice_heard = Signal()

    def __init__(
        self,
        device_name: str,
        parent: QWidget | None = None,
        list_devices: Callable[[], list[InputDevice]] = list_input_devices,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("micCheck")
        self.setWindowTitle(self.tr("Microphone check"))
        self._list_devices = list_devices
        self._mic: Microphone | None = None
        self._loud_blocks = 0
        self.heard = False
        self.choice = MicChoice(AudioMode.MICROPHONE, device_name)

        self.device_box = QComboBox(self)
        self.device_box.setAccessibleName(self.tr("Microphone"))
        self.meter = LevelMeter(self)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("micPrompt")
        self.prompt.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("micError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()

        form = QFormLayout()
        device_label = QLabel(self.tr("&Microphone:"), self)
        device_label.setBuddy(self.device_box)
        form.addRow(device_label, self.device_box)
        form.addRow(self.tr("Level:"), self.meter)

        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.no_audio_button = QPushButton(self.tr("Record &without sound"), self)
        self.buttons.addButton(self.no_audio_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button = QPushButton(self.tr("&Look again"), self)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_microphone)
        self.buttons.rejected.connect(self.reject)
        self.no_audio_button.clicked.connect(self._accept_no_audio)
        self.retry_button.clicked.connect(self.refresh_devices)
        self.continue_button.setDefault(True)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check that your voice is heard before you record. Say something: the bar "
                "should move."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.prompt)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(METER_INTERVAL_MS)
        self._timer.timeout.connect(self._drain)
        self.refresh_devices(preferred=device_name)
        self.device_box.currentIndexChanged.connect(self._device_changed)

    # --- devices ------------------------------------------------
    def refresh_devices(self, preferred: str | None = None) -> None:
        self._close_mic()
        self.device_box.blockSignals(True)
        self.device_box.clear()
        try:
            devices = self._list_devices()
        except MicrophoneError as exc:
            devices = []
            self._show_error(
                problem_text(ErrorCode.MIC_CANNOT_OPEN, {"device": self.tr("System default")}),
                str(exc),
            )
        if not devices:
            self._show_error(
                self.tr(
                    "No microphone was found. Plug one in and choose Look again, or record "
                    "without sound."
                )
            )
            self.continue_button.setEnabled(False)
            self.device_box.setEnabled(False)
            self.device_box.blockSignals(False)
            self.no_audio_button.setFocus()
            return
        self.error.hide()
        self.continue_button.setEnabled(True)
        self.device_box.setEnabled(True)
        self.device_box.addItem(self.tr("System default"), "")
        for d in devices:
            self.device_box.addItem(d.name, d.name)
        wanted = preferred if preferred is not None else str(self.device_box.currentData() or "")
        index = max(0, self.device_box.findData(wanted))
        self.device_box.setCurrentIndex(index)
        self.device_box.blockSignals(False)
        self._open_selected()

    def _device_changed(self, _index: int) -> None:
        self._open_selected()

    def _open_selected(self) -> None:
        self._close_mic()
        self.heard = False
        self._loud_blocks = 0
        self.prompt.setText(self.tr("Say something…"))
        name = str(self.device_box.currentData() or "")
        try:
            devices = self._list_devices()
            if name:
                device = next((d for d in devices if d.name == name), None)
            else:
                device = next((d for d in devices if d.is_default), devices[0] if devices else None)
            if device is None:
                self._show_error(self.tr("This microphone is gone. Choose another one."))
                return
            mic = Microphone(device)
            mic.open()
        except MicrophoneError as exc:
            label = self.device_box.currentText() or name
            self._show_error(problem_text(ErrorCode.MIC_CANNOT_OPEN, {"device": label}), str(exc))
            return
        self.error.hide()
        self._mic = mic
        self._timer.start()

    def _show_error(self, text: str, detail: str = "") -> None:
        self.error.setText(text)
        self.error.setToolTip(detail)  # the sound system's own words
        self.error.show()

    def _drain(self) -> None:
        mic = self._mic
        if mic is None:
            return
        level = FLOOR_DBFS
        while True:
            try:
                block = mic.blocks.get_nowait()
            except queue.Empty:
                break
            block_dbfs = peak_dbfs(block.samples)
            level = max(level, block_dbfs)
            self._loud_blocks = self._loud_blocks + 1 if block_dbfs > SPEECH_DBFS else 0
            if self._loud_blocks >= HEARD_BLOCKS and not self.heard:
                self.heard = True
                self.prompt.setText(self.tr("We can hear you. Choose Continue when you are ready."))
                self.voice_heard.emit()
        self.meter.set_level_dbfs(level)

    def _close_mic(self) -> None:
        self._timer.stop()
        mic, self._mic = self._mic, None
        if mic is not None:
            mic.close()

    # --- results ------------------------------------------------
    def _accept_microphone(self) -> None:
        self.choice = MicChoice(AudioMode.MICROPHONE, str(self.device_box.currentData() or ""))
        self.accept()

    def _accept_no_audio(self) -> None:
        self.choice = MicChoice(AudioMode.NO_AUDIO, "")
        self.accept()

    def done(self, result: int) -> None:
        # The recorder opens the device next; release it first (some devices allow one user).
        self._close_mic()
        super().done(result)
