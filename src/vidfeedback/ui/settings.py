"""Persistent settings (devices, hotkeys, capture area, target length, language, recent files).

Stored in an INI file through QSettings so the file is readable and the tests can seed it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from vidfeedback.captions.models import DEFAULT_SIZE, ModelSize
from vidfeedback.export.voice import VoiceMode as VoiceMode  # the dialog takes it from here
from vidfeedback.model import GradePractice
from vidfeedback.recording import DEFAULT_HOTKEYS, HotkeyAction, HotkeyMap

from .qt import QSettings

MAX_RECENT = 8

E = TypeVar("E", bound=enum.Enum)


class Language(enum.Enum):
    SYSTEM = "system"
    ENGLISH = "en"
    NORWEGIAN_BOKMAL = "nb"
    NORWEGIAN_NYNORSK = "nn"
    SWEDISH = "sv"


class CaptureKind(enum.Enum):
    MONITOR = "monitor"
    WINDOW = "window"
    REGION = "region"


class OpenStudentFile(enum.Enum):
    """Whether starting a recording opens the student's file in its default program."""

    ON_RECORD = "on_record"
    NEVER = "never"


class AudioMode(enum.Enum):
    MICROPHONE = "microphone"
    NO_AUDIO = "none"


@dataclass(frozen=True)
class CaptureChoice:
    """What to record. A window is remembered as its title and its rectangle when it was chosen
    (the recording follows it from there, keeping that size), and, for this run of the app, its
    window id."""

    kind: CaptureKind = CaptureKind.MONITOR
    monitor_index: int = 1  # mss numbering: 1 is the first monitor
    # x, y, width, height in screen pixels; for a monitor its rectangle when chosen, None = the
    # first monitor as it is at recording time
    rect_px: tuple[int, int, int, int] | None = None
    window_title: str = ""
    # The X window id: it names a window only while that window exists, so it is kept in memory,
    # never in the settings file (after a restart the window is looked up by its title).
    window_id: int = 0


def _as_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _as_enum(cls: type[E], value: object, default: E) -> E:
    try:
        return cls(str(value))
    except ValueError:
        return default


class AppSettings:
    """Typed access to the settings file; every value has a default so a fresh install works."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._window_id = 0  # the chosen window's id, for this run only (see CaptureChoice)

    def sync(self) -> None:
        self._qs.sync()

    def _get(self, key: str, default: object) -> object:
        value: object = self._qs.value(key, default)
        return value

    # --- language ------------------------------------------------
    @property
    def language(self) -> Language:
        return _as_enum(Language, self._get("ui/language", "system"), Language.SYSTEM)

    @language.setter
    def language(self, value: Language) -> None:
        self._qs.setValue("ui/language", value.value)

    # --- devices ------------------------------------------------
    @property
    def audio_mode(self) -> AudioMode:
        return _as_enum(AudioMode, self._get("audio/mode", "microphone"), AudioMode.MICROPHONE)

    @audio_mode.setter
    def audio_mode(self, value: AudioMode) -> None:
        self._qs.setValue("audio/mode", value.value)

    @property
    def audio_device_name(self) -> str:
        """Empty means the system default input (device indexes change between runs; names
        do not)."""
        return str(self._get("audio/device", ""))

    @audio_device_name.setter
    def audio_device_name(self, value: str) -> None:
        self._qs.setValue("audio/device", value)

    # --- recording ------------------------------------------------
    @property
    def countdown_s(self) -> int:
        return max(0, _as_int(self._get("record/countdown_s", 3), 3))

    @countdown_s.setter
    def countdown_s(self, value: int) -> None:
        self._qs.setValue("record/countdown_s", int(value))

    @property
    def target_min_s(self) -> int:
        return max(0, _as_int(self._get("record/target_min_s", 300), 300))

    @target_min_s.setter
    def target_min_s(self, value: int) -> None:
        self._qs.setValue("record/target_min_s", int(value))

    @property
    def target_max_s(self) -> int:
        return max(self.target_min_s, _as_int(self._get("record/target_max_s", 600), 600))

    @target_max_s.setter
    def target_max_s(self, value: int) -> None:
        self._qs.setValue("record/target_max_s", int(value))

    @property
    def fps(self) -> int:
        return min(60, max(5, _as_int(self._get("record/fps", 30), 30)))

    @fps.setter
    def fps(self, value: int) -> None:
        self._qs.setValue("record/fps", int(value))

    @property
    def grade_practice(self) -> GradePractice:
        return _as_enum(
            GradePractice, self._get("record/grade_practice", "no_grade"), GradePractice.NO_GRADE
        )

    @grade_practice.setter
    def grade_practice(self, value: GradePractice) -> None:
        self._qs.setValue("record/grade_practice", value.value)

    @property
    def voice(self) -> VoiceMode:
        """Clean and level the voice in the exported video (on unless turned off)."""
        return _as_enum(VoiceMode, self._get("export/voice", "clean"), VoiceMode.CLEAN)

    @voice.setter
    def voice(self, value: VoiceMode) -> None:
        self._qs.setValue("export/voice", value.value)

    @property
    def open_student_file(self) -> OpenStudentFile:
        return _as_enum(
            OpenStudentFile, self._get("record/open_file", "on_record"), OpenStudentFile.ON_RECORD
        )

    @open_student_file.setter
    def open_student_file(self, value: OpenStudentFile) -> None:
        self._qs.setValue("record/open_file", value.value)

    # --- capture ------------------------------------------------
    @property
    def capture(self) -> CaptureChoice:
        kind = _as_enum(CaptureKind, self._get("capture/kind", "monitor"), CaptureKind.MONITOR)
        rect_text = str(self._get("capture/rect", ""))
        rect: tuple[int, int, int, int] | None = None
        parts = [p for p in rect_text.replace(" ", "").split(",") if p]
        if len(parts) == 4 and all(p.lstrip("-").isdigit() for p in parts):
            x, y, w, h = (int(p) for p in parts)
            if w > 0 and h > 0:
                rect = (x, y, w, h)
        if rect is None:
            kind = CaptureKind.MONITOR  # a whole monitor is the safe default
        return CaptureChoice(
            kind=kind,
            monitor_index=max(1, _as_int(self._get("capture/monitor", 1), 1)),
            rect_px=rect,
            window_title=str(self._get("capture/window_title", "")),
            window_id=self._window_id if kind is CaptureKind.WINDOW else 0,
        )

    @capture.setter
    def capture(self, value: CaptureChoice) -> None:
        self._qs.setValue("capture/kind", value.kind.value)
        self._qs.setValue("capture/monitor", value.monitor_index)
        rect = ",".join(str(v) for v in value.rect_px) if value.rect_px else ""
        self._qs.setValue("capture/rect", rect)
        self._qs.setValue("capture/window_title", value.window_title)
        self._window_id = value.window_id

    @property
    def capture_screens(self) -> str:
        """The screen layout the capture was chosen on (see main_window.screen_layout); ""
        when never chosen. The choice is asked again when the layout differs."""
        return str(self._get("capture/screens", ""))

    @capture_screens.setter
    def capture_screens(self, value: str) -> None:
        self._qs.setValue("capture/screens", value)

    @property
    def mic_checked(self) -> str:
        """The microphone a passed check heard (mic_check.microphone_signature), "" if none."""
        return str(self._get("audio/checked", ""))

    @mic_checked.setter
    def mic_checked(self, value: str) -> None:
        self._qs.setValue("audio/checked", value)

    # --- hotkeys ------------------------------------------------
    @property
    def hotkeys(self) -> HotkeyMap:
        """The engine's global hotkeys with the teacher's changes (its defaults otherwise)."""
        return HotkeyMap(
            {
                action: str(self._get(f"hotkeys/{action.value}", default))
                for action, default in DEFAULT_HOTKEYS.items()
            }
        )

    def set_hotkey(self, action: HotkeyAction, combo: str) -> None:
        self._qs.setValue(f"hotkeys/{action.value}", combo)

    # --- captions --------------------------------------------------------------------------
    @property
    def captions_size(self) -> ModelSize:
        """The speech recognition model's size (docs/captions.md: base is the largest whose
        10-minute take is captioned between two takes on 2 cores)."""
        return _as_enum(ModelSize, self._get("captions/size", DEFAULT_SIZE.value), DEFAULT_SIZE)

    @captions_size.setter
    def captions_size(self, value: ModelSize) -> None:
        self._qs.setValue("captions/size", value.value)

    @property
    def captions_models_folder(self) -> Path | None:
        """The school's folder of speech recognition models, if one was chosen."""
        raw = str(self._get("captions/models_folder", "") or "")
        return Path(raw) if raw else None

    @captions_models_folder.setter
    def captions_models_folder(self, value: Path | None) -> None:
        self._qs.setValue("captions/models_folder", str(value) if value else "")

    # --- returning the feedback ------------------------------------------------------------
    @property
    def zip_limit_mb(self) -> int:
        """The course's upload limit for Moodle's feedback zips (Moodle's default site limit
        is often 100 MB)."""
        return max(1, _as_int(self._get("returns/zip_limit_mb", 100), 100))

    @zip_limit_mb.setter
    def zip_limit_mb(self, value: int) -> None:
        self._qs.setValue("returns/zip_limit_mb", int(value))

    # --- recent assignments -----------------------------------------------------------------
    @property
    def recent(self) -> list[Path]:
        raw = self._get("recent/paths", "")
        items = raw if isinstance(raw, list) else [p for p in str(raw).split("\n") if p]
        return [Path(str(p)) for p in items]

    @recent.setter
    def recent(self, paths: list[Path]) -> None:
        # One string with newlines: QSettings' INI list handling differs between types and
        # platforms, a newline cannot appear in a path we offer in the menu.
        self._qs.setValue("recent/paths", "\n".join(str(p) for p in paths[:MAX_RECENT]))
