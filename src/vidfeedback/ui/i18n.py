"""Translations: English source strings, Norwegian bokmål from resources/translations.

Every user-visible string goes through tr()/QCoreApplication.translate so lupdate finds it.
Marker names use the words teachers use (see the product notes), not literal translations.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from vidfeedback.model import GradePractice, MarkerKind
from vidfeedback.workspace.work_state import StudentStatus

from .qt import QCoreApplication, QLocale, QTranslator
from .settings import Language

SUPPORTED_LANGUAGES = (Language.ENGLISH, Language.NORWEGIAN_BOKMAL)


def translations_dir() -> Path:
    return Path(str(resources.files("vidfeedback.resources").joinpath("translations")))


def resolve_language(choice: Language, system_locale: QLocale | None = None) -> Language:
    """The language to show: the teacher's choice, else the system's if we have it, else English."""
    if choice is not Language.SYSTEM:
        return choice
    locale = system_locale if system_locale is not None else QLocale.system()
    # Norwegian (no/nb/nn) systems get bokmål until nynorsk is translated: closer than English.
    if locale.language() in (
        QLocale.Language.NorwegianBokmal,
        QLocale.Language.NorwegianNynorsk,
    ):
        return Language.NORWEGIAN_BOKMAL
    return Language.ENGLISH


class Translations:
    """Owns the installed translator so the language can be switched while the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = Language.ENGLISH

    def apply(self, choice: Language) -> Language:
        language = resolve_language(choice)
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if language is not Language.ENGLISH:
            translator = QTranslator(self._app)
            qm = translations_dir() / f"vidfeedback_{language.value}.qm"
            if not translator.load(str(qm)):
                raise FileNotFoundError(f"translation not found: {qm}")
            self._app.installTranslator(translator)
            self._translator = translator
        self.language = language
        return language


def language_name(language: Language) -> str:
    names = {
        Language.SYSTEM: QCoreApplication.translate("Language", "Same as the system"),
        # Language names are shown in their own language so a teacher can always find theirs.
        Language.ENGLISH: "English",
        Language.NORWEGIAN_BOKMAL: "Norsk (bokmål)",
    }
    return names[language]


def marker_name(kind: MarkerKind) -> str:
    """Short name for buttons and chapter titles."""
    if kind is MarkerKind.FEED_UP:
        return QCoreApplication.translate("Marker", "Feed up")
    if kind is MarkerKind.FEED_BACK:
        return QCoreApplication.translate("Marker", "Feed back")
    return QCoreApplication.translate("Marker", "Feed forward")


def marker_question(kind: MarkerKind) -> str:
    """The feedback question the marker answers (Hattie & Timperley), for tooltips."""
    if kind is MarkerKind.FEED_UP:
        return QCoreApplication.translate("Marker", "Where am I going?")
    if kind is MarkerKind.FEED_BACK:
        return QCoreApplication.translate("Marker", "How am I going?")
    return QCoreApplication.translate("Marker", "Where to next?")


def status_name(status: StudentStatus) -> str:
    if status is StudentStatus.NOT_STARTED:
        return QCoreApplication.translate("Status", "Not started")
    if status is StudentStatus.RECORDED:
        return QCoreApplication.translate("Status", "Recorded")
    return QCoreApplication.translate("Status", "Exported")


def grade_practice_name(practice: GradePractice) -> str:
    if practice is GradePractice.NO_GRADE:
        return QCoreApplication.translate("Grade", "No grade")
    if practice is GradePractice.LMS_ONLY:
        return QCoreApplication.translate("Grade", "Grade in the LMS only")
    return QCoreApplication.translate("Grade", "Grade said in the video")


def format_clock(ms: int) -> str:
    """m:ss, or h:mm:ss past an hour; same in every language."""
    total_s = max(0, ms) // 1000
    h, rest = divmod(total_s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
