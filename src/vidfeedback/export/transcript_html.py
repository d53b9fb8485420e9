"""The captions on the student's page: a <track> for the video and the transcript beside it.

The track carries the captions WebVTT inline as a data: URL rather than pointing at the .vtt
file beside the page: browsers treat every file:// URL as an origin of its own, so a page opened
from a download (the usual case: a student saves the feedback folder) could not load a track
file next to it (Chromium: "Unsafe attempt to load URL ... 'file:' URLs are treated as unique
security origins"). The .vtt file is still written beside the video for players and the LMS.

The transcript is plain HTML (readable and searchable without JavaScript); each line is a button
with data-start/data-end, so the page's script seeks on click and highlights the line being
spoken exactly as it does for chapters.
"""

from __future__ import annotations

import base64
import html

from vidfeedback.captions.vtt import Captions, captions_to_webvtt
from vidfeedback.export.labels import LANGUAGE_NAMES, format_clock, text


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def track_element(captions: Captions, page_lang: str) -> str:
    vtt = captions_to_webvtt(captions).encode("utf-8")
    src = "data:text/vtt;charset=utf-8;base64," + base64.b64encode(vtt).decode("ascii")
    language = LANGUAGE_NAMES.get(captions.lang, captions.lang)
    label = text(page_lang, "captions_track", language=language)
    return (
        f'<track kind="captions" default srclang="{_e(captions.lang)}" '
        f'label="{_e(label)}" src="{src}">'
    )


def transcript_section(captions: Captions, page_lang: str, duration_ms: int) -> str:
    if not captions.cues:
        return ""
    items = []
    for i, cue in enumerate(captions.cues):
        nxt = captions.cues[i + 1].start_ms if i + 1 < len(captions.cues) else duration_ms
        # Highlighted from its start until the next line starts: no flicker in the gaps.
        end_ms = max(cue.end_ms, nxt)
        words = " ".join(cue.text.split())
        items.append(
            f'<li><button type="button" class="cue" data-start="{cue.start_ms / 1000:.3f}" '
            f'data-end="{end_ms / 1000:.3f}"><span class="time">{format_clock(cue.start_ms)}'
            f'</span><span class="words" dir="auto">{_e(words)}</span></button></li>'
        )
    heading = _e(text(page_lang, "transcript"))
    search = _e(text(page_lang, "search_transcript"))
    template = _e(text(page_lang, "transcript_matches", count="{count}", total="{total}"))
    return (
        f'<aside class="transcript" id="transcript" lang="{_e(captions.lang)}" '
        f'aria-labelledby="transcript-heading">'
        f'<h2 id="transcript-heading" lang="{_e(page_lang)}">{heading}</h2>'
        f'<input type="search" id="transcript-search" placeholder="{search}" '
        f'aria-label="{search}" lang="{_e(page_lang)}" autocomplete="off">'
        f'<p class="matches" id="transcript-matches" aria-live="polite" '
        f'data-template="{template}" lang="{_e(page_lang)}"></p>'
        f'<ol id="transcript-lines">{"".join(items)}</ol></aside>'
    )
