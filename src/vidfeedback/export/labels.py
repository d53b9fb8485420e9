"""The words the exported files use, in the four UI languages.

The UI passes its own (possibly teacher-edited) marker-kind labels; these are the defaults.
Norwegian teachers say *tilbakemelding* (feed back) and *framovermelding* (feed forward). For feed
up there is no settled one-word term in Norwegian or Swedish schools; "Mål" (the goal, what the
criteria ask for) is what teachers say when they point at the criteria, and it keeps chapter
titles short ("Mål: Kildebruk"). The page shows the full question as the group heading.
"""

from __future__ import annotations

from typing import Literal, get_args

from vidfeedback.model import MarkerKind

Lang = Literal["en", "nb", "nn", "sv"]
LANGUAGES: tuple[str, ...] = get_args(Lang)

KIND_LABELS: dict[str, dict[MarkerKind, str]] = {
    "en": {
        MarkerKind.FEED_UP: "Feed up",
        MarkerKind.FEED_BACK: "Feed back",
        MarkerKind.FEED_FORWARD: "Feed forward",
    },
    "nb": {
        MarkerKind.FEED_UP: "Mål",
        MarkerKind.FEED_BACK: "Tilbakemelding",
        MarkerKind.FEED_FORWARD: "Framovermelding",
    },
    "nn": {
        MarkerKind.FEED_UP: "Mål",
        MarkerKind.FEED_BACK: "Tilbakemelding",
        MarkerKind.FEED_FORWARD: "Framovermelding",
    },
    "sv": {
        MarkerKind.FEED_UP: "Mål",
        MarkerKind.FEED_BACK: "Återkoppling",
        MarkerKind.FEED_FORWARD: "Framåtkoppling",
    },
}

KIND_QUESTIONS: dict[str, dict[MarkerKind, str]] = {
    "en": {
        MarkerKind.FEED_UP: "Where am I going?",
        MarkerKind.FEED_BACK: "How am I going?",
        MarkerKind.FEED_FORWARD: "Where to next?",
    },
    "nb": {
        MarkerKind.FEED_UP: "Hvor skal jeg?",
        MarkerKind.FEED_BACK: "Hvor er jeg nå?",
        MarkerKind.FEED_FORWARD: "Hva er neste steg?",
    },
    "nn": {
        MarkerKind.FEED_UP: "Kvar skal eg?",
        MarkerKind.FEED_BACK: "Kvar er eg no?",
        MarkerKind.FEED_FORWARD: "Kva er neste steg?",
    },
    "sv": {
        MarkerKind.FEED_UP: "Vart är jag på väg?",
        MarkerKind.FEED_BACK: "Var befinner jag mig?",
        MarkerKind.FEED_FORWARD: "Hur kommer jag dit?",
    },
}

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "feedback": "Feedback",
        "lead": "Start",
        "feedback_on": "Feedback on “{assignment}”",
        "for_student": "For {student}",
        "chapters": "Chapters",
        "criteria": "Assessment criteria",
        "note": "Note from your teacher",
        "grade": "Grade",
        "video_length": "Video length {duration}",
        "no_chapters": "This video has no chapters.",
        "no_video": "The video could not be played here. Open {file} in a video player.",
        "made_with": "Made with vidfeedback {version}",
        "transcript": "Transcript",
        "search_transcript": "Search the transcript",
        "transcript_matches": "{count} of {total} lines",
        "captions_track": "Captions ({language})",
    },
    "nb": {
        "feedback": "Tilbakemelding",
        "lead": "Start",
        "feedback_on": "Tilbakemelding på «{assignment}»",
        "for_student": "Til {student}",
        "chapters": "Kapitler",
        "criteria": "Vurderingskriterier",
        "note": "Notat fra læreren",
        "grade": "Karakter",
        "video_length": "Videoen varer {duration}",
        "no_chapters": "Denne videoen har ingen kapitler.",
        "no_video": "Videoen kan ikke spilles av her. Åpne {file} i en videospiller.",
        "made_with": "Laget med vidfeedback {version}",
        "transcript": "Transkripsjon",
        "search_transcript": "Søk i transkripsjonen",
        "transcript_matches": "{count} av {total} linjer",
        "captions_track": "Teksting ({language})",
    },
    "nn": {
        "feedback": "Tilbakemelding",
        "lead": "Start",
        "feedback_on": "Tilbakemelding på «{assignment}»",
        "for_student": "Til {student}",
        "chapters": "Kapittel",
        "criteria": "Vurderingskriterium",
        "note": "Notat frå læraren",
        "grade": "Karakter",
        "video_length": "Videoen varer {duration}",
        "no_chapters": "Denne videoen har ingen kapittel.",
        "no_video": "Videoen kan ikkje spelast av her. Opna {file} i ein videospelar.",
        "made_with": "Laga med vidfeedback {version}",
        "transcript": "Transkripsjon",
        "search_transcript": "Søk i transkripsjonen",
        "transcript_matches": "{count} av {total} linjer",
        "captions_track": "Teksting ({language})",
    },
    "sv": {
        "feedback": "Återkoppling",
        "lead": "Början",
        "feedback_on": "Återkoppling på ”{assignment}”",
        "for_student": "Till {student}",
        "chapters": "Kapitel",
        "criteria": "Bedömningskriterier",
        "note": "Anteckning från läraren",
        "grade": "Betyg",
        "video_length": "Videon är {duration} lång",
        "no_chapters": "Den här videon har inga kapitel.",
        "no_video": "Videon kan inte spelas upp här. Öppna {file} i en videospelare.",
        "made_with": "Gjord med vidfeedback {version}",
        "transcript": "Transkription",
        "search_transcript": "Sök i transkriptionen",
        "transcript_matches": "{count} av {total} rader",
        "captions_track": "Undertexter ({language})",
    },
}


# Each spoken language by its own name, as a student looks for it in a player's captions menu.
LANGUAGE_NAMES = {"en": "English", "nb": "norsk bokmål", "nn": "norsk nynorsk", "sv": "svenska"}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def text(lang: str, key: str, **values: str) -> str:
    return _TEXTS[check_lang(lang)][key].format(**values)


def kind_labels(lang: str, overrides: dict[MarkerKind, str] | None = None) -> dict[MarkerKind, str]:
    labels = dict(KIND_LABELS[check_lang(lang)])
    if overrides:
        labels.update({k: v for k, v in overrides.items() if v.strip()})
    return labels


def format_clock(t_ms: int) -> str:
    """4:05 or 1:02:03, as a student reads a video timestamp."""
    total_s = max(t_ms, 0) // 1000
    h, rest = divmod(total_s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
