"""WebVTT chapter files: written beside the video for players and LMSs, read back in tests."""

from __future__ import annotations

import re

from vidfeedback.captions.vtt import vtt_time
from vidfeedback.export.text_safety import one_line
from vidfeedback.model import Chapter


class WebVTTError(ValueError):
    pass


def vtt_timestamp(t_ms: int) -> str:
    # One WebVTT time format for chapters and captions: captions/vtt.py owns it.
    return vtt_time(t_ms)


def _escape(text: str) -> str:
    # Cue text is a tiny markup language; "-->" or a blank line would end the cue early, and a
    # NUL or other control character is not allowed in a WebVTT file at all.
    flat = one_line(text)
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def chapters_to_webvtt(chapters: list[Chapter]) -> str:
    lines = ["WEBVTT", ""]
    for i, ch in enumerate(chapters, 1):
        # A zero-length cue is legal but many players skip it; chapters at the very end keep a
        # visible millisecond.
        end_ms = max(ch.end_ms, ch.start_ms + 1)
        lines += [
            f"chapter-{i}",
            f"{vtt_timestamp(ch.start_ms)} --> {vtt_timestamp(end_ms)}",
            _escape(ch.title),
            "",
        ]
    return "\n".join(lines)


_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_CUE_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}(?:\s.*)?$")


def _ms(groups: tuple[str | None, ...]) -> int:
    h, m, s, ms = groups
    return ((int(h or 0) * 60 + int(m or 0)) * 60 + int(s or 0)) * 1000 + int(ms or 0)


def parse_webvtt(text: str) -> list[Chapter]:
    """The cues of a WebVTT file as chapters (strict enough to catch what browsers reject)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks = text.split("\n\n")
    header = blocks[0].split("\n", 1)[0]
    if not (header == "WEBVTT" or header.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise WebVTTError("missing WEBVTT header")
    chapters = []
    for block in blocks[1:]:
        lines = [ln for ln in block.split("\n") if ln != ""]
        if not lines or lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        if "-->" not in lines[0]:
            lines = lines[1:]  # cue identifier
        if not lines:
            raise WebVTTError(f"cue without timing: {block!r}")
        m = _CUE_TIMING.match(lines[0])
        if m is None:
            raise WebVTTError(f"bad cue timing: {lines[0]!r}")
        start, end = _ms(m.groups()[:4]), _ms(m.groups()[4:])
        if end < start:
            raise WebVTTError(f"cue ends before it starts: {lines[0]!r}")
        chapters.append(Chapter(start, end, _unescape("\n".join(lines[1:]))))
    return chapters
