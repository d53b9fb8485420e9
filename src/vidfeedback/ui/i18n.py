"""Translations: English source strings; Norwegian bokmål and nynorsk and Swedish from
resources/translations, with Qt's own words (Cancel, Yes, No, …) from Qt's translations.

Every user-visible string goes through tr()/QCoreApplication.translate so lupdate finds it.
Marker names use the words teachers use (see the product notes), not literal translations.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from vidfeedback.model import GradePractice, MarkerKind
from vidfeedback.workspace.work_state import StudentStatus

from .qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from .settings import Language

SUPPORTED_LANGUAGES = (
    Language.ENGLISH,
    Language.NORWEGIAN_BOKMAL,
    Language.NORWEGIAN_NYNORSK,
    Language.SWEDISH,
)


def translations_dir() -> Path:
    return Path(str(resources.files("vidfeedback.resources").joinpath("translations")))


def resolve_language(choice: Language, system_locale: QLocale | None = None) -> Language:
    """The language to show: the teacher's choice, else the system's if we have it, else English."""
    if choice is not Language.SYSTEM:
        return choice
    locale = system_locale if system_locale is not None else QLocale.system()
    # Qt reads a plain "no" (Norwegian, no written standard named) as bokmål, as most do.
    by_locale = {
        QLocale.Language.NorwegianBokmal: Language.NORWEGIAN_BOKMAL,
        QLocale.Language.NorwegianNynorsk: Language.NORWEGIAN_NYNORSK,
        QLocale.Language.Swedish: Language.SWEDISH,
    }
    return by_locale.get(locale.language(), Language.ENGLISH)


def qt_translation_file(language: Language) -> Path | None:
    """Qt's own words (the standard buttons Cancel, Yes, No, Save…, "Show Details…"): Qt ships
    nynorsk and Swedish; it has no bokmål, so ours (the same few words) is in our resources."""
    if language is Language.ENGLISH:
        return None
    if language is Language.NORWEGIAN_BOKMAL:
        return translations_dir() / "qtbase_nb.qm"
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder / f"qtbase_{language.value}.qm"


class Translations:
    """Owns the installed translator so the language can be switched while the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = Language.ENGLISH

    def apply(self, choice: Language) -> Language:
        language = resolve_language(choice)
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        if language is not Language.ENGLISH:
            qt_qm = qt_translation_file(language)
            # Qt's file first: a translator installed later is asked first, so the app's own
            # words win where both have one.
            for qm in (qt_qm, translations_dir() / f"vidfeedback_{language.value}.qm"):
                if qm is None:
                    continue
                translator = QTranslator(self._app)
                if not translator.load(str(qm)):
                    raise FileNotFoundError(f"translation not found: {qm}")
                self._app.installTranslator(translator)
                self._translators.append(translator)
        self.language = language
        return language


def language_name(language: Language) -> str:
    names = {
        Language.SYSTEM: QCoreApplication.translate("Language", "Same as the system"),
        # Language names are shown in their own language so a teacher can always find theirs.
        Language.ENGLISH: "English",
        Language.NORWEGIAN_BOKMAL: "Norsk (bokmål)",
        Language.NORWEGIAN_NYNORSK: "Norsk (nynorsk)",
        Language.SWEDISH: "Svenska",
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
