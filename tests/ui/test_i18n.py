from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder
from vidfeedback.model import MarkerKind, Rubric
from vidfeedback.ui import i18n
from vidfeedback.ui.i18n import Translations, resolve_language, translations_dir
from vidfeedback.ui.qt import QApplication, QLocale, QMessageBox
from vidfeedback.ui.record_toolbar import RecordToolbar
from vidfeedback.ui.settings import Language

UI_DIR = Path(i18n.__file__).parent


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete"):
        return False
    return bool((translation.text or "").strip())


def test_translations_are_complete_and_up_to_date(tmp_path: Path) -> None:
    """Every string in the UI code is in every .ts file, translated, and compiled."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(Path(__import__("sys").executable).parent / "pyside6-lupdate"),
            *map(str, sorted(UI_DIR.glob("*.py"))),
            "-ts",
            str(fresh),
            "-silent",
        ],
        check=True,
    )
    wanted = {(c, s) for c, s, _m in _messages(fresh)}
    assert len(wanted) > 150
    for lang in ("en", "nb", "nn", "sv"):
        ts = translations_dir() / f"vidfeedback_{lang}.ts"
        have = _messages(ts)
        assert wanted <= {(c, s) for c, s, _m in have}, (
            f"{lang}: run scripts/update_translations.sh"
        )
        unfinished = [(c, s) for c, s, m in have if not _translated(m)]
        assert unfinished == [], f"{lang} has untranslated strings"
        qm = ts.with_suffix(".qm")
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm.name} is older than its .ts"


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}|%\d", text))


def test_translations_keep_every_placeholder_and_mnemonic() -> None:
    """A translation that drops {name} would show a hole; one that drops the & of a button
    leaves it without its Alt key."""
    for lang in ("nb", "nn", "sv"):
        for context, source, message in _messages(translations_dir() / f"vidfeedback_{lang}.ts"):
            text = message.findtext("translation") or ""
            assert _fields(text) == _fields(source), (lang, context, source, text)
            has_mnemonic = re.search(r"&[^&\s]", source) is not None
            assert has_mnemonic == (re.search(r"&[^&\s]", text) is not None), (lang, source, text)


def test_the_system_locale_picks_the_language() -> None:
    nb = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    assert resolve_language(Language.SYSTEM, nb) is Language.NORWEGIAN_BOKMAL
    nn = QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway)
    assert resolve_language(Language.SYSTEM, nn) is Language.NORWEGIAN_NYNORSK
    sv = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert resolve_language(Language.SYSTEM, sv) is Language.SWEDISH
    finnish_swede = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    assert resolve_language(Language.SYSTEM, finnish_swede) is Language.SWEDISH
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert resolve_language(Language.SYSTEM, de) is Language.ENGLISH
    assert resolve_language(Language.ENGLISH, nb) is Language.ENGLISH


def test_switching_to_norwegian_uses_the_teachers_terms(qtbot: QtBot, qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        translations.apply(Language.NORWEGIAN_BOKMAL)
        assert i18n.marker_name(MarkerKind.FEED_FORWARD) == "Framovermelding"
        assert i18n.marker_name(MarkerKind.FEED_BACK) == "Tilbakemelding"
        toolbar = RecordToolbar(ScriptedRecorder(), Rubric(), 300, 600)
        qtbot.addWidget(toolbar)
        assert toolbar.stop_button.text() == "Stopp"
        assert toolbar.marker_buttons[MarkerKind.FEED_UP].text() == "Mål"
        assert "Hvor skal jeg?" in toolbar.marker_buttons[MarkerKind.FEED_UP].toolTip()
    finally:
        translations.apply(Language.ENGLISH)
    assert i18n.marker_name(MarkerKind.FEED_FORWARD) == "Feed forward"


def test_nynorsk_and_swedish_use_the_teachers_terms(qtbot: QtBot, qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        translations.apply(Language.NORWEGIAN_NYNORSK)
        assert i18n.marker_name(MarkerKind.FEED_FORWARD) == "Framovermelding"
        assert i18n.marker_question(MarkerKind.FEED_UP) == "Kvar skal eg?"
        toolbar = RecordToolbar(ScriptedRecorder(), Rubric(), 300, 600)
        qtbot.addWidget(toolbar)
        assert toolbar.pause_button.text() == "Pause"
        translations.apply(Language.SWEDISH)
        assert i18n.marker_name(MarkerKind.FEED_BACK) == "Återkoppling"
        assert i18n.marker_name(MarkerKind.FEED_FORWARD) == "Framåtkoppling"
        assert i18n.marker_question(MarkerKind.FEED_FORWARD) == "Hur kommer jag dit?"
        assert i18n.language_name(Language.SYSTEM) == "Samma som systemet"
    finally:
        translations.apply(Language.ENGLISH)


def test_qts_own_buttons_are_translated(qtbot: QtBot, qapp: QApplication) -> None:
    """Yes, No, Cancel and "Show Details…" come from Qt: its translations for nynorsk and
    Swedish, ours for bokmål (Qt has none)."""
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    wanted = {
        Language.ENGLISH: ["&Yes", "&No", "Cancel", "Show Details..."],
        Language.NORWEGIAN_BOKMAL: ["&Ja", "&Nei", "Avbryt", "Vis detaljer …"],
        Language.NORWEGIAN_NYNORSK: ["&Ja", "&Nei", "Avbryt", "Vis detaljar\u00a0…"],
        Language.SWEDISH: ["&Ja", "&Nej", "Avbryt", "Visa detaljer..."],
    }
    translations = Translations(qapp)
    try:
        for language, texts in wanted.items():
            translations.apply(language)
            box = QMessageBox(QMessageBox.Icon.Question, "t", "?", buttons)
            box.setDetailedText("details")
            qtbot.addWidget(box)
            got = [
                box.button(b).text()  # type: ignore[union-attr]
                for b in (
                    QMessageBox.StandardButton.Yes,
                    QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.Cancel,
                )
            ]
            details = next(
                b.text()
                for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole
            )
            assert [*got, details] == texts, language
    finally:
        translations.apply(Language.ENGLISH)
