"""A captions track inside the final MP4: MPEG-4 Timed Text (mov_text, the subtitle format MP4
players know), language-tagged, written in the same stream-copy remux as the chapters.

Only the text is encoded (a mov_text sample is a 16-bit length and the UTF-8 text); picture and
sound are copied as they are. FFmpeg's mov_text encoder is opened only to produce the track's
sample description (the default style), which it builds from an ASS header.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import av
import av.container

SUBTITLE_TIME_BASE = Fraction(1, 1000)
# ISO 639-2/T, what the MP4 language field holds.
MP4_LANGUAGE = {"nb": "nob", "nn": "nno", "no": "nor", "sv": "swe", "en": "eng", "da": "dan"}
# The smallest ASS header FFmpeg's mov_text encoder accepts: one default style, white text.
_ASS_HEADER = (
    "[Script Info]\r\nScriptType: v4.00+\r\nPlayResX: 384\r\nPlayResY: 288\r\n\r\n"
    "[V4+ Styles]\r\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, "
    "OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, "
    "Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\r\n"
    "Style: Default,Arial,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,0"
    "\r\n\r\n[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, "
    "Effect, Text\r\n"
).encode("ascii")
_MAX_SAMPLE_BYTES = 0xFFFF


@dataclass(frozen=True)
class TimedText:
    start_ms: int
    end_ms: int
    text: str  # lines separated by "\n"


@dataclass(frozen=True)
class SubtitleTrack:
    lang: str  # "nb", "nn", "sv", "en" (or an ISO 639-2 code)
    texts: tuple[TimedText, ...]
    title: str = "Captions"

    @property
    def mp4_language(self) -> str:
        return MP4_LANGUAGE.get(self.lang, self.lang if len(self.lang) == 3 else "und")


def add_subtitle_stream(out: av.container.OutputContainer, track: SubtitleTrack) -> Any:
    stream = out.add_stream("mov_text")
    stream.time_base = SUBTITLE_TIME_BASE
    stream.codec_context.subtitle_header = _ASS_HEADER
    stream.metadata["language"] = track.mp4_language
    stream.metadata["handler_name"] = track.title
    return stream


def _sample(text: str) -> bytes:
    body = text.replace("\r\n", "\n").encode("utf-8")[: _MAX_SAMPLE_BYTES - 2]
    return struct.pack(">H", len(body)) + body


class SubtitleFeeder:
    """Hands the muxer each caption just before the first media packet at or after its start,
    so the file stays interleaved in time like the media it describes."""

    def __init__(self, stream: Any, texts: Sequence[TimedText]) -> None:
        self._stream = stream
        self._pending: Iterator[TimedText] = iter(
            sorted((t for t in texts if t.end_ms > t.start_ms), key=lambda t: t.start_ms)
        )
        self._next: TimedText | None = next(self._pending, None)
        self._last_end_ms = 0

    def _packet(self, t: TimedText) -> av.Packet[Any]:
        start_ms = max(t.start_ms, self._last_end_ms)  # never overlap: players show one sample
        end_ms = max(t.end_ms, start_ms + 1)
        self._last_end_ms = end_ms
        packet = av.Packet(_sample(t.text))
        packet.stream = self._stream
        packet.time_base = SUBTITLE_TIME_BASE
        packet.pts = packet.dts = start_ms
        packet.duration = end_ms - start_ms
        return packet

    def due(self, t_s: float) -> Iterator[av.Packet[Any]]:
        while self._next is not None and self._next.start_ms / 1000 <= t_s:
            yield self._packet(self._next)
            self._next = next(self._pending, None)

    def rest(self) -> Iterator[av.Packet[Any]]:
        while self._next is not None:
            yield self._packet(self._next)
            self._next = next(self._pending, None)
