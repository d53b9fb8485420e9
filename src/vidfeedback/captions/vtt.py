"""The captions WebVTT file: the one owner of its format.

Beside a take it is `TAKE.captions.vtt`; it holds the recognised captions and, once the teacher
corrects a line, the corrected text (the file is the record of the corrections: an export reads
it as it is). The spoken language is in the header (`Language: nb`), which WebVTT parsers skip
and our reader uses; players learn it from the file name (`<video>.nb.vtt`) or the page's
`srclang`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.atomic_files import replace_file_atomically, write_new_bytes
from vidfeedback.captions.cues import Cue

CAPTIONS_SUFFIX = ".captions.vtt"
GENERATOR = "vidfeedback"
LANGUAGE_CODES = ("nb", "nn", "sv", "en")


class CaptionsFileError(ValueError):
    """The captions file cannot be read; says which line."""


@dataclass
class Captions:
    lang: str
    cues: list[Cue] = field(default_factory=list)
    model: str = ""  # which recognition model made them (for the record, not for the student)

    @property
    def words(self) -> list[str]:
        return [w for c in self.cues for w in c.text.split()]


def captions_path_for(take: Path) -> Path:
    """TAKE.mp4 -> TAKE.captions.vtt beside it."""
    return take.with_name(take.stem + CAPTIONS_SUFFIX)


def vtt_time(t_ms: int) -> str:
    t_ms = max(t_ms, 0)
    h, rest = divmod(t_ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _escape_line(line: str) -> str:
    # Cue text is markup: "<" starts a tag, "&" an entity; "-->" must not appear at all.
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape_line(line: str) -> str:
    line = re.sub(r"<[^>]*>", "", line)  # voice/class tags from other tools: keep the words
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", "\u00a0"), ("&amp;", "&")):
        line = line.replace(entity, char)
    return line


def captions_to_webvtt(captions: Captions) -> str:
    header = ["WEBVTT", "Kind: captions", f"Language: {captions.lang}", ""]
    if captions.model:
        header += [f"NOTE made by {GENERATOR} with {' '.join(captions.model.split())}", ""]
    body: list[str] = []
    for i, cue in enumerate(captions.cues, 1):
        lines = [_escape_line(ln) for ln in cue.text.split("\n") if ln.strip()]
        body += [
            f"cue-{i}",
            f"{vtt_time(cue.start_ms)} --> {vtt_time(max(cue.end_ms, cue.start_ms + 1))}",
            *(lines or ["\u00a0"]),  # an empty cue would end the block; keep its place
            "",
        ]
    return "\n".join(header + body)


_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{3})"
_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}(?:\s.*)?$")


def _ms(groups: tuple[str | None, ...]) -> int:
    h, m, s, ms = groups
    return ((int(h or 0) * 60 + int(m or 0)) * 60 + int(s or 0)) * 1000 + int(ms or 0)


def parse_captions(text: str, default_lang: str = "en") -> Captions:
    """Read a captions WebVTT text (ours, or one a teacher made elsewhere)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n{2,}", text.strip("\n"))
    first = blocks[0].split("\n")
    if not (first[0] == "WEBVTT" or first[0].startswith(("WEBVTT ", "WEBVTT\t"))):
        raise CaptionsFileError("the file does not start with WEBVTT")
    lang, model = default_lang, ""
    for line in first[1:]:
        key, _, value = line.partition(":")
        if key.strip().casefold() == "language" and value.strip():
            lang = value.strip()
    cues: list[Cue] = []
    for block in blocks[1:]:
        lines = block.split("\n")
        if lines[0].startswith("NOTE"):
            made = re.match(rf"NOTE made by {GENERATOR} with (.+)$", lines[0])
            if made:
                model = made.group(1)
            continue
        if lines[0].startswith(("STYLE", "REGION")):
            continue
        if "-->" not in lines[0]:
            lines = lines[1:]  # cue identifier
        if not lines:
            raise CaptionsFileError(f"a cue has no timing: {block!r}")
        timing = _TIMING.match(lines[0].strip())
        if timing is None:
            raise CaptionsFileError(f"a cue's timing cannot be read: {lines[0]!r}")
        start, end = _ms(timing.groups()[:4]), _ms(timing.groups()[4:])
        if end < start:
            raise CaptionsFileError(f"a cue ends before it starts: {lines[0]!r}")
        body = [_unescape_line(ln).strip() for ln in lines[1:]]
        cues.append(Cue(start, end, "\n".join(ln for ln in body if ln.strip("\u00a0 "))))
    return Captions(lang, cues, model)


def read_captions(path: Path) -> Captions:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CaptionsFileError(f"{path.name} is not UTF-8 text") from exc
    return parse_captions(text)


def write_captions(path: Path, captions: Captions, *, replace: bool = False) -> None:
    """Write atomically (a crash leaves the old file or the new one, never half of either).

    replace=False refuses an existing file (FileExistsError): the app never writes over a file
    it did not make. The review replaces its own captions file when the teacher corrects it."""
    data = captions_to_webvtt(captions).encode("utf-8")
    if replace:
        replace_file_atomically(path, data)
    else:
        write_new_bytes(path, data)  # FileExistsError if path appeared: nothing is overwritten
