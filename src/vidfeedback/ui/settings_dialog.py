"""Settings: language, devices, hotkeys, capture area, target length, countdown, grade practice,
the captions' speech recognition model."""

from __future__ import annotations

from pathlib import Path

from vidfeedback.captions.models import ModelSize
from vidfeedback.model import GradePractice, MarkerKind
from vidfeedback.recording import (
    DEFAULT_HOTKEYS,
    Combo,
    HotkeyAction,
    MicrophoneError,
    list_input_devices,
)

from . import i18n
from .capture_picker import describe_capture
from .hotkey_text import display_text, engine_combo, key_sequence
from .qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .settings import AppSettings, AudioMode, Language, OpenStudentFile, VoiceMode


def hotkey_action_name(action: HotkeyAction) -> str:
    names = {
        HotkeyAction.FEED_UP: i18n.marker_name(MarkerKind.FEED_UP),
        HotkeyAction.FEED_BACK: i18n.marker_name(MarkerKind.FEED_BACK),
        HotkeyAction.FEED_FORWARD: i18n.marker_name(MarkerKind.FEED_FORWARD),
        HotkeyAction.PAUSE_RESUME: QCoreApplication.translate("Hotkeys", "Pause / resume"),
        HotkeyAction.STOP: QCoreApplication.translate("Hotkeys", "Stop"),
        HotkeyAction.NEXT_CRITERION: QCoreApplication.translate("Hotkeys", "Next criterion"),
        HotkeyAction.TOGGLE_PEN: QCoreApplication.translate("Hotkeys", "Pen on / off"),
        HotkeyAction.CLEAR_PEN: QCoreApplication.translate("Hotkeys", "Clear drawings"),
        HotkeyAction.TOGGLE_HIGHLIGHTER: QCoreApplication.translate(
            "Hotkeys", "Highlighter on / off"
        ),
    }
    return names[action]


class SettingsDialog(QDialog):
    capture_change_requested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        tabs = QTabWidget(self)

        # --- general ------------------------------------------------------------------------------
        general = QWidget(self)
        gf = QFormLayout(general)
        self.language_box = QComboBox(general)
        for language in Language:
            self.language_box.addItem(i18n.language_name(language), language)
        self.language_box.setCurrentIndex(self.language_box.findData(settings.language))
        gf.addRow(self._label(self.tr("&Language:"), self.language_box), self.language_box)
        self.target_min = QSpinBox(general)
        self.target_min.setRange(1, 120)
        self.target_min.setSuffix(self.tr(" min"))
        self.target_min.setValue(max(1, settings.target_min_s // 60))
        self.target_max = QSpinBox(general)
        self.target_max.setRange(1, 120)
        self.target_max.setSuffix(self.tr(" min"))
        self.target_max.setValue(max(1, settings.target_max_s // 60))
        gf.addRow(self._label(self.tr("Target length, &from:"), self.target_min), self.target_min)
        gf.addRow(self._label(self.tr("Target length, &to:"), self.target_max), self.target_max)
        self.countdown = QSpinBox(general)
        self.countdown.setRange(0, 10)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setValue(settings.countdown_s)
        gf.addRow(self._label(self.tr("&Countdown:"), self.countdown), self.countdown)
        self.practice_box = QComboBox(general)
        for practice in GradePractice:
            self.practice_box.addItem(i18n.grade_practice_name(practice), practice)
        self.practice_box.setCurrentIndex(self.practice_box.findData(settings.grade_practice))
        gf.addRow(self._label(self.tr("&Grade practice:"), self.practice_box), self.practice_box)
        self.open_file = QCheckBox(
            self.tr("&Open the student's file when recording starts"), general
        )
        self.open_file.setChecked(settings.open_student_file is OpenStudentFile.ON_RECORD)
        gf.addRow(self.open_file)
        tabs.addTab(general, self.tr("General"))

        # --- devices ------------------------------------------------------------------------------
        devices = QWidget(self)
        df = QFormLayout(devices)
        self.record_sound = QCheckBox(self.tr("Record &sound"), devices)
        self.record_sound.setChecked(settings.audio_mode is AudioMode.MICROPHONE)
        df.addRow(self.record_sound)
        self.clean_voice = QCheckBox(
            self.tr("C&lean and level the voice in the exported video"), devices
        )
        self.clean_voice.setToolTip(
            self.tr(
                "Lowers fan, keyboard and room noise between phrases and brings the voice to an "
                "even loudness"
            )
        )
        self.clean_voice.setChecked(settings.voice is VoiceMode.CLEAN)
        df.addRow(self.clean_voice)
        self.mic_box = QComboBox(devices)
        self.mic_box.addItem(self.tr("System default"), "")
        try:
            for d in list_input_devices():
                self.mic_box.addItem(d.name, d.name)
        except MicrophoneError:
            pass  # shown as "System default" only; the mic check explains the problem
        self.mic_box.setCurrentIndex(max(0, self.mic_box.findData(settings.audio_device_name)))
        df.addRow(self._label(self.tr("&Microphone:"), self.mic_box), self.mic_box)
        self.fps = QSpinBox(devices)
        self.fps.setRange(5, 60)
        self.fps.setValue(settings.fps)
        df.addRow(self._label(self.tr("&Frames per second:"), self.fps), self.fps)
        self.capture_label = QLabel(describe_capture(settings.capture), devices)
        capture_button = QPushButton(self.tr("C&hange…"), devices)
        capture_button.clicked.connect(self.capture_change_requested.emit)
        df.addRow(self.tr("What to record:"), self.capture_label)
        df.addRow("", capture_button)
        tabs.addTab(devices, self.tr("Devices"))

        # --- hotkeys ------------------------------------------------------------------------------
        hotkeys = QWidget(self)
        hf = QFormLayout(hotkeys)
        hf.addRow(
            QLabel(
                self.tr(
                    "These work while another program has focus. Click a field and press the "
                    "keys, for example Ctrl+Shift+1."
                ),
                hotkeys,
            )
        )
        self.hotkey_edits: dict[HotkeyAction, QKeySequenceEdit] = {}
        current = settings.hotkeys.bindings
        for action in HotkeyAction:
            edit = QKeySequenceEdit(key_sequence(current.get(action, DEFAULT_HOTKEYS[action])))
            edit.setParent(hotkeys)
            edit.setMaximumSequenceLength(1)  # one combination, as the listener takes them
            self.hotkey_edits[action] = edit
            hf.addRow(self._label(hotkey_action_name(action) + ":", edit), edit)
        self.hotkey_error = QLabel(hotkeys)
        self.hotkey_error.setStyleSheet("color: #b71c1c;")
        hf.addRow(self.hotkey_error)
        reset = QPushButton(self.tr("&Reset hotkeys"), hotkeys)
        reset.clicked.connect(self._reset_hotkeys)
        hf.addRow(reset)
        tabs.addTab(hotkeys, self.tr("Hotkeys"))

        # --- captions -----------------------------------------------------------------------------
        captions = QWidget(self)
        cf = QFormLayout(captions)
        self.captions_size = QComboBox(captions)
        sizes = {
            ModelSize.TINY: self.tr("Tiny: fastest, makes the most mistakes"),
            ModelSize.BASE: self.tr("Base: recommended, ready before the next take"),
            ModelSize.SMALL: self.tr("Small: more accurate, needs a fast computer"),
            ModelSize.MEDIUM: self.tr("Medium: accurate, slow"),
            ModelSize.LARGE: self.tr("Large: most accurate, very slow"),
        }
        for size, text in sizes.items():
            self.captions_size.addItem(text, size)
        self.captions_size.setCurrentIndex(self.captions_size.findData(settings.captions_size))
        cf.addRow(
            self._label(self.tr("Speech recognition &model:"), self.captions_size),
            self.captions_size,
        )
        self.models_folder = QLineEdit(captions)
        self.models_folder.setPlaceholderText(self.tr("None: a model is downloaded when needed"))
        folder = settings.captions_models_folder
        self.models_folder.setText(str(folder) if folder else "")
        choose = QPushButton(self.tr("C&hoose…"), captions)
        choose.clicked.connect(self._choose_models_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.models_folder, 1)
        folder_row.addWidget(choose)
        cf.addRow(self._label(self.tr("School's models &folder:"), self.models_folder), folder_row)
        cf.addRow(
            QLabel(
                self.tr(
                    "Captions are made on this computer while you review; the model size "
                    "applies to the next take's captions."
                ),
                captions,
            )
        )
        self.captions_error = QLabel(captions)
        self.captions_error.setStyleSheet("color: #b71c1c;")
        cf.addRow(self.captions_error)
        tabs.addTab(captions, self.tr("Captions"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _reset_hotkeys(self) -> None:
        for action, edit in self.hotkey_edits.items():
            edit.setKeySequence(key_sequence(DEFAULT_HOTKEYS[action]))

    def _choose_models_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("School's models folder"), self.models_folder.text()
        )
        if folder:
            self.models_folder.setText(folder)

    def refresh_capture(self) -> None:
        self.capture_label.setText(describe_capture(self._settings.capture))

    def _save(self) -> None:
        combos: dict[Combo, HotkeyAction] = {}
        chosen: dict[HotkeyAction, str] = {}
        for action, edit in self.hotkey_edits.items():
            shown = edit.keySequence().toString(QKeySequence.SequenceFormat.NativeText)
            text = engine_combo(edit.keySequence())
            if text is None:
                self.hotkey_error.setText(
                    self.tr(
                        "“{text}” cannot be a hotkey: use Ctrl, Alt or Meta with a letter, a "
                        "digit or F1–F12."
                    ).format(text=shown)
                )
                self.tabs.setCurrentIndex(2)
                edit.setFocus()
                return
            combo = Combo.parse(text)
            if combo in combos:
                self.hotkey_error.setText(
                    self.tr("“{text}” is used twice.").format(text=display_text(text))
                )
                self.tabs.setCurrentIndex(2)
                edit.setFocus()
                return
            combos[combo] = action
            chosen[action] = text
        folder_text = self.models_folder.text().strip()
        models_folder = Path(folder_text).expanduser() if folder_text else None
        if models_folder is not None and not models_folder.is_dir():
            self.captions_error.setText(
                self.tr(
                    "There is no folder {path}: choose another, or leave the field empty."
                ).format(path=folder_text)
            )
            self.tabs.setCurrentIndex(3)
            self.models_folder.setFocus()
            return
        s = self._settings
        size = self.captions_size.currentData()
        if isinstance(size, ModelSize):
            s.captions_size = size
        s.captions_models_folder = models_folder
        language = self.language_box.currentData()
        if isinstance(language, Language):
            s.language = language
        low, high = sorted((self.target_min.value(), self.target_max.value()))
        s.target_min_s = low * 60
        s.target_max_s = high * 60
        s.countdown_s = self.countdown.value()
        practice = self.practice_box.currentData()
        if isinstance(practice, GradePractice):
            s.grade_practice = practice
        s.open_student_file = (
            OpenStudentFile.ON_RECORD if self.open_file.isChecked() else OpenStudentFile.NEVER
        )
        s.audio_mode = AudioMode.MICROPHONE if self.record_sound.isChecked() else AudioMode.NO_AUDIO
        s.audio_device_name = str(self.mic_box.currentData() or "")
        s.voice = VoiceMode.CLEAN if self.clean_voice.isChecked() else VoiceMode.AS_RECORDED
        s.fps = self.fps.value()
        for action, text in chosen.items():
            s.set_hotkey(action, text)
        s.sync()
        self.accept()
