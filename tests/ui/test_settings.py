from __future__ import annotations

from pathlib import Path

from vidfeedback.model import GradePractice
from vidfeedback.recording.capture.hotkeys import DEFAULT_HOTKEYS, HotkeyAction
from vidfeedback.ui.recent import RecentAssignments
from vidfeedback.ui.settings import (
    AppSettings,
    AudioMode,
    CaptureChoice,
    CaptureKind,
    Language,
    OpenStudentFile,
)


def test_fresh_settings_have_the_documented_defaults(tmp_path: Path) -> None:
    s = AppSettings(tmp_path / "settings.ini")
    assert s.language is Language.SYSTEM
    assert (s.target_min_s, s.target_max_s) == (300, 600)  # 5–10 minutes
    assert s.countdown_s == 3
    assert s.audio_mode is AudioMode.MICROPHONE and s.audio_device_name == ""
    assert s.capture == CaptureChoice()
    assert s.grade_practice is GradePractice.NO_GRADE
    assert s.open_student_file is OpenStudentFile.ON_RECORD
    assert s.hotkeys.bindings == DEFAULT_HOTKEYS
    assert s.recent == []


def test_settings_persist_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    s = AppSettings(path)
    s.language = Language.NORWEGIAN_BOKMAL
    s.capture = CaptureChoice(CaptureKind.REGION, 1, (10, 20, 640, 480))
    s.target_min_s, s.target_max_s = 120, 240
    s.audio_device_name = "USB headset"
    s.set_hotkey(HotkeyAction.FEED_UP, "<ctrl>+<alt>+u")
    s.grade_practice = GradePractice.IN_VIDEO
    s.sync()

    again = AppSettings(path)
    assert again.language is Language.NORWEGIAN_BOKMAL
    assert again.capture == CaptureChoice(CaptureKind.REGION, 1, (10, 20, 640, 480))
    assert (again.target_min_s, again.target_max_s) == (120, 240)
    assert again.audio_device_name == "USB headset"
    assert again.hotkeys.bindings[HotkeyAction.FEED_UP] == "<ctrl>+<alt>+u"
    assert again.hotkeys.bindings[HotkeyAction.FEED_BACK] == DEFAULT_HOTKEYS[HotkeyAction.FEED_BACK]
    assert again.grade_practice is GradePractice.IN_VIDEO


def test_hand_edited_nonsense_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[ui]\nlanguage=klingon\n[record]\ncountdown_s=soon\ntarget_min_s=900\n"
        "target_max_s=60\n[capture]\nkind=region\nrect=1,2,x,4\n",
        encoding="utf-8",
    )
    s = AppSettings(path)
    assert s.language is Language.SYSTEM
    assert s.countdown_s == 3
    assert s.target_max_s >= s.target_min_s  # never an empty target range
    assert s.capture.kind is CaptureKind.MONITOR  # a region without a rectangle is no region


def test_recent_assignments_newest_first_without_duplicates(tmp_path: Path) -> None:
    s = AppSettings(tmp_path / "settings.ini")
    recent = RecentAssignments(s)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    recent.add(a)
    recent.add(b)
    recent.add(a)
    assert recent.paths() == [a.resolve(), b.resolve()]
    b.rmdir()  # a folder that is gone stays listed (the menu shows it as missing)
    assert recent.paths() == [a.resolve(), b.resolve()]
