"""Making text from teachers and students safe to put into a file, a page or a terminal.

Chapter titles, notes, student and file names reach files a student opens (the CRLF summary, the
WebVTT chapters, the HTML page, the MP4's chapter track) and the teacher's terminal. A newline in
a one-line field breaks the summary's lines or forges a cue; a NUL byte ends strings early in
some players; an unclosed right-to-left override (U+202E) reverses the text that follows it on
the page; an escape sequence in a file name can rewrite the terminal. One place decides what
each kind of text may hold, so every writer (the captions' too) cleans it the same way.
"""

from __future__ import annotations

import re
import unicodedata

# Embeddings and overrides are closed by PDF, isolates by PDI (Unicode bidi algorithm, UAX #9).
_EMBEDDING_OPENERS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_PDF = "\u202c"
_PDI = "\u2069"
BIDI_CONTROLS = frozenset(
    {*_EMBEDDING_OPENERS, *_ISOLATE_OPENERS, _PDF, _PDI, "\u200e", "\u200f", "\u061c"}
)
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = _PDI

# Everything that some program treats as the end of a line.
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 and C1 controls and DEL: invisible, and NUL or ESC do harm in files and terminals.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t]+")


def one_line(text: str) -> str:
    """Text for a field that is one line (a chapter title, a name, a grade).

    Line breaks and tabs become one space, other control characters go, bidi controls are
    balanced, and the result is NFC and stripped.
    """
    flat = _LINE_BREAKS.sub(" ", unicodedata.normalize("NFC", text))
    flat = _CONTROLS.sub("", flat)
    return balance_bidi(_SPACES.sub(" ", flat).strip())


def multi_line(text: str, newline: str = "\n") -> str:
    """Text that may hold lines (a note): every kind of line break becomes `newline`, other
    control characters go, each line is balanced for bidi and loses trailing spaces, and blank
    lines at either end are dropped."""
    lines = _LINE_BREAKS.split(unicodedata.normalize("NFC", text))
    cleaned = [balance_bidi(_CONTROLS.sub("", ln.replace("\t", " ")).rstrip()) for ln in lines]
    while cleaned and not cleaned[0].strip():
        cleaned.pop(0)
    while cleaned and not cleaned[-1].strip():
        cleaned.pop()
    return newline.join(cleaned)


def balance_bidi(text: str) -> str:
    """Drop bidi terminators that close nothing and close what is left open at the end, so that
    the text cannot change the direction of what follows it nor end an isolate around it."""
    out: list[str] = []
    stack: list[str] = []  # openers still open, innermost last
    for ch in text:
        if ch in _EMBEDDING_OPENERS or ch in _ISOLATE_OPENERS:
            stack.append(ch)
        elif ch == _PDF:
            # A PDF never closes past an isolate (UAX #9, rule X7).
            if not stack or stack[-1] not in _EMBEDDING_OPENERS:
                continue
            stack.pop()
        elif ch == _PDI:
            if not any(o in _ISOLATE_OPENERS for o in stack):
                continue
            # A PDI also closes the embeddings opened inside its isolate (rule X6a).
            while stack and stack[-1] not in _ISOLATE_OPENERS:
                stack.pop()
                out.append(_PDF)
            stack.pop()
        out.append(ch)
    for opener in reversed(stack):
        out.append(_PDI if opener in _ISOLATE_OPENERS else _PDF)
    return "".join(out)


def isolated(text: str) -> str:
    """Balanced text inside a first-strong isolate, for places where markup cannot isolate it
    (an HTML attribute, a tooltip): its direction neither leaks out nor takes what follows."""
    return f"{FIRST_STRONG_ISOLATE}{balance_bidi(text)}{POP_DIRECTIONAL_ISOLATE}"


def terminal_safe(text: str) -> str:
    """Text from a file name or a file for printing on a terminal: control characters (ESC,
    newline, NUL, C1) and bidi controls are shown as Python escapes ("\\x1b", "\\n", "\\u202e")
    instead of acting; everything else is printed as it is."""
    return "".join(_visible(ch) for ch in text)


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{code:02x}")
    if ch in BIDI_CONTROLS or ch in "\u2028\u2029":
        return f"\\u{code:04x}"
    return ch
