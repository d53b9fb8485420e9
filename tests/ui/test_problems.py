"""Back-end problems reach the teacher in their language: every error code has a sentence in
English and bokmål, and real failures show up translated on the screens that report them."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder
from vidfeedback.errors import ErrorCode, Problem
from vidfeedback.model import Rubric
from vidfeedback.recording.recorder import (
    EventKind,
    RecorderError,
    RecorderEvent,
    check_output_path,
)
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.i18n import Translations
from vidfeedback.ui.main_window import AppContext, MainWindow
from vidfeedback.ui.problems import describe, problem_template, problem_text
from vidfeedback.ui.qt import QApplication, QMessageBox, QRect
from vidfeedback.ui.rubric_editor import RubricEditor
from vidfeedback.ui.session import RecordingSession
from vidfeedback.ui.settings import AppSettings, Language
from vidfeedback.workspace.engine import make_recorder
from vidfeedback.workspace.paths import AppPaths

# A code's sentence may have variants chosen by a fact; each variant is checked.
VARIANTS: dict[ErrorCode, list[dict[str, str | int]]] = {
    ErrorCode.CONTINUE_SOUND_CHANGED: [{"with_sound": 1}, {"with_sound": 0}],
}


def _placeholders(template: str) -> set[str]:
    return {name for _t, name, _f, _c in string.Formatter().parse(template) if name}


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.apply(Language.NORWEGIAN_BOKMAL)
    try:
        yield translations
    finally:
        translations.apply(Language.ENGLISH)


@pytest.mark.parametrize("code", list(ErrorCode), ids=lambda c: c.value)
def test_every_code_has_a_sentence_in_english_and_bokmal(
    code: ErrorCode, qapp: QApplication
) -> None:
    translations = Translations(qapp)
    for params in VARIANTS.get(code, [{}]):
        english = problem_template(code, params)
        assert english.strip().endswith((".", "?")), english
        try:
            translations.apply(Language.NORWEGIAN_BOKMAL)
            norwegian = problem_template(code, params)
        finally:
            translations.apply(Language.ENGLISH)
        assert norwegian != english, f"{code.value} has no bokmål sentence"
        # The translation names the same facts, so none goes missing or shows as {x}.
        assert _placeholders(norwegian) == _placeholders(english), (english, norwegian)
        filled = problem_text(code, {k: "X" for k in _placeholders(english)} | params)
        assert "{" not in filled and "…" not in filled


def test_missing_facts_never_break_a_message() -> None:
    assert problem_text(ErrorCode.DISK_NEARLY_FULL) == (
        "The disk is nearly full: about … MB is left. Stop soon, or free some space."
    )


def test_an_unknown_exception_keeps_its_own_words() -> None:
    assert describe(ValueError("a bug")) == "a bug"


def test_a_taken_name_is_refused_in_bokmal(
    qtbot: QtBot, tmp_path: Path, bokmal: Translations
) -> None:
    """A real refusal from the engine's output check, reported through a session."""
    existing = tmp_path / "take.mp4"
    existing.write_bytes(b"student work")

    class Refusing(ScriptedRecorder):
        def prepare(self) -> None:
            check_output_path(existing)

    session = RecordingSession(
        lambda _on_event: Refusing(),
        Rubric(),
        QRect(100, 100, 400, 300),
        0,
        300,
        600,
        AutomationLog(Automation.OFF),
    )
    with qtbot.waitSignal(session.failed, timeout=3000) as failed:
        session.start()
    assert failed.args == [
        f"{existing} finnes allerede og ble latt være som den er. Velg et annet navn; "
        "ingenting ble tatt opp."
    ]
    assert existing.read_bytes() == b"student work"
    session.dispose()


def test_microphone_gone_reaches_the_toolbar_in_bokmal(qtbot: QtBot, bokmal: Translations) -> None:
    session = RecordingSession(
        lambda _on_event: ScriptedRecorder(),
        Rubric(),
        QRect(100, 100, 400, 300),
        0,
        300,
        600,
        AutomationLog(Automation.OFF),
    )
    with qtbot.waitSignal(session.started, timeout=3000):
        session.start()
    lost = Problem(ErrorCode.MIC_LOST, {"device": "USB"}, "the microphone stopped")
    session._bridge(RecorderEvent(EventKind.WARNING, str(lost), problem=lost))
    qtbot.waitUntil(lambda: bool(session.toolbar.notice.text()))
    assert session.toolbar.notice.text() == (
        "Mikrofonen stoppet. Opptaket fortsetter med stillhet: sjekk mikrofonen."
    )
    full = Problem(ErrorCode.DISK_NEARLY_FULL, {"path": "/x", "free_mb": 120}, "nearly full")
    session._bridge(RecorderEvent(EventKind.WARNING, str(full), problem=full))
    qtbot.waitUntil(lambda: "120 MB" in session.toolbar.notice.text())
    assert session.toolbar.notice.text().startswith("Disken er nesten full")
    session.stop()
    session.dispose()


def test_rubric_import_error_names_the_line_in_bokmal(
    qtbot: QtBot, tmp_path: Path, bokmal: Translations
) -> None:
    csv = tmp_path / "kriterier.csv"
    csv.write_text("Kriterium;Beskrivelse\nSpråk;Tydelig\nStruktur;God\nSpråk;Igjen\n", "utf-8")
    editor = RubricEditor(Rubric())
    qtbot.addWidget(editor)
    assert not editor.import_csv(csv)
    assert editor.last_error == (
        "Linje 4 i kriterier.csv: Kriteriet «Språk» står allerede på linje 2."
    )


def test_opening_a_missing_folder_says_so_in_bokmal(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real failure of the hand-in reader, through the worker thread, to the message box."""
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    settings = AppSettings(paths.settings_file)
    settings.language = Language.NORWEGIAN_BOKMAL
    translations = Translations(qapp)
    translations.apply(settings.language)
    shown: list[tuple[str, str]] = []

    def warning(_parent: Any, title: str, text: str, *_a: Any) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", warning)

    def recover(_d: Path, _o: Path, _p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
        raise AssertionError("nothing to recover here")

    ctx = AppContext(
        paths=paths,
        settings=settings,
        log=AutomationLog(Automation.OFF),
        make_recorder=make_recorder,
        recover=recover,
        apply_language=lambda: translations.apply(settings.language) and None,
        language_code=lambda: translations.language.value,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    missing = tmp_path / "8B norsk"
    try:
        window.open_path(missing)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        translations.apply(Language.ENGLISH)
    assert shown == [
        (
            "Kunne ikke åpne",
            f"{missing} finnes ikke. Velg innleveringsmappen eller zip-filen på nytt.",
        )
    ]


def test_recorder_errors_keep_plain_english_for_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "take.mp4").write_bytes(b"x")
    with pytest.raises(RecorderError) as info:
        check_output_path(tmp_path / "take.mp4")
    assert info.value.code is ErrorCode.OUTPUT_EXISTS
    assert info.value.params == {"path": str(tmp_path / "take.mp4")}
    assert str(info.value).endswith("exists already; choose another name (nothing was changed)")
