from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.fakes import ScriptedRecorder
from vidfeedback.model import MarkerKind, Rubric
from vidfeedback.ui import i18n
from vidfeedback.ui.i18n import Translations, resolve_language, translations_dir
from vidfeedback.ui.qt import QApplication, QLocale
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
    """Every string in the UI code is in both .ts files, translated, and compiled."""
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
    for lang in ("en", "nb"):
        ts = translations_dir() / f"vidfeedback_{lang}.ts"
        have = _messages(ts)
        assert wanted <= {(c, s) for c, s, _m in have}, (
            f"{lang}: run scripts/update_translations.sh"
        )
        unfinished = [(c, s) for c, s, m in have if not _translated(m)]
        assert unfinished == [], f"{lang} has untranslated strings"
        qm = ts.with_suffix(".qm")
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm.name} is older than its .ts"


def test_norwegian_system_locale_gets_bokmal() -> None:
    nb = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    assert resolve_language(Language.SYSTEM, nb) is Language.NORWEGIAN_BOKMAL
    sv = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert resolve_language(Language.SYSTEM, sv) is Language.ENGLISH
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
