"""Importing a rubric from CSV as Excel (Norway, Sweden) and Google Sheets write it.

Columns: criterion, description, then optional level columns (for example low / medium / high
goal attainment) whose header cells name the levels. A header row is recognised by its first
cell; without one, the level columns are called "Level 1", "Level 2", ...
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from vidfeedback.errors import ErrorCode, VidfeedbackError
from vidfeedback.export.safe_write import nfc
from vidfeedback.model import Criterion, Rubric

_DELIMITERS = (";", ",", "\t")
_HEADER_WORDS = {
    "criterion", "criteria", "name", "kriterium", "kriterie", "kriterier", "vurderingskriterium",
    "vurderingskriterier", "vurderingskriterie", "bedömningskriterium",
    "bedömningskriterier", "kjennetegn", "mål", "kompetansemål", "kunskapskrav", "navn", "namn",
}  # fmt: skip
MAX_RUBRIC_BYTES = 1_000_000


class RubricError(VidfeedbackError):
    """A rubric file that cannot be read; line is 1-based (None when it concerns the file).

    `reason` is the plain English reason; `code` and `params` let the app word it."""

    default_code = ErrorCode.RUBRIC_INVALID

    def __init__(
        self,
        reason: str,
        line: int | None = None,
        path: Path | None = None,
        code: ErrorCode | None = None,
        **params: str | int,
    ) -> None:
        self.reason = reason
        self.line = line
        self.path = path
        where = path.name if path else "rubric"
        super().__init__(
            f"{where}, line {line}: {reason}" if line else f"{where}: {reason}",
            code,
            **({"detail": reason} if code is None else {}),
            **params,
        )


def decode_csv_bytes(data: bytes, path: Path | None = None) -> str:
    """UTF-8 (with or without Excel's BOM), UTF-16 with a BOM (Excel's "Unicode text"), else
    Windows-1252 (Excel's "CSV" in Norway/Sweden).

    A byte-order mark is a promise about the encoding: when the bytes after it break that
    promise the file is damaged or mislabelled, and guessing would show wrong letters without a
    word, so it is refused with the byte offset instead.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_declared(data[3:], "utf-8", "UTF-8", 3, path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return _decode_declared(data[2:], codec, "UTF-16", 2, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode_declared(body: bytes, codec: str, name: str, offset: int, path: Path | None) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        raise RubricError(
            f"the file is marked as {name} text but byte {at} is not {name}; save it again as "
            "CSV (UTF-8)",
            path=path,
        ) from exc


def load_rubric_csv(path: Path, title: str | None = None) -> Rubric:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RubricError(
            f"cannot read the file ({exc.strerror})",
            path=path,
            code=ErrorCode.RUBRIC_UNREADABLE,
            detail=str(exc.strerror),
        ) from exc
    return parse_rubric_csv(data, title if title is not None else nfc(path.stem), path)


def parse_rubric_csv(data: bytes, title: str = "", path: Path | None = None) -> Rubric:
    if len(data) > MAX_RUBRIC_BYTES:
        raise RubricError(
            "the file is too large to be a rubric", path=path, code=ErrorCode.RUBRIC_TOO_LARGE
        )
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RubricError(
            "this is not a text file (is it an .xlsx? Save as CSV)",
            path=path,
            code=ErrorCode.RUBRIC_NOT_TEXT,
        )
    text = decode_csv_bytes(data, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = _read_rows(text, _detect_delimiter(text), path)
    # Excel writes CRLF inside multi-line cells too; the app keeps plain "\n".
    rows = [(n, [nfc(c).replace("\r\n", "\n").strip() for c in cells]) for n, cells in rows]
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if not rows:
        raise RubricError("the file has no rows", path=path, code=ErrorCode.RUBRIC_EMPTY)
    first_line, first = rows[0]
    if first and first[0].casefold().rstrip(":") in _HEADER_WORDS:
        header = first
        body = rows[1:]
    else:
        width = max(len(cells) for _, cells in rows)
        header = ["", ""] + [f"Level {i}" for i in range(1, width - 1)]
        body = rows
    level_names = tuple(h or f"Level {i}" for i, h in enumerate(header[2:], 1))
    # Trailing empty header cells are what Excel leaves after a deleted column.
    while level_names and not header[1 + len(level_names)]:
        level_names = level_names[:-1]
    width = 2 + len(level_names)
    criteria: list[Criterion] = []
    seen: dict[str, int] = {}
    ids: set[str] = set()
    for line, cells in body:
        while len(cells) > width and not cells[-1]:
            cells = cells[:-1]
        if len(cells) > width:
            raise RubricError(
                f"{len(cells)} fields where the header has {width}; a field that contains the "
                "separator must be in double quotes",
                line,
                path,
                ErrorCode.RUBRIC_TOO_MANY_FIELDS,
                fields=len(cells),
                width=width,
            )
        name = cells[0]
        if not name:
            raise RubricError(
                "the criterion (first column) is empty",
                line,
                path,
                ErrorCode.RUBRIC_EMPTY_CRITERION,
            )
        key = name.casefold()
        if key in seen:
            raise RubricError(
                f"criterion “{name}” is already on line {seen[key]}",
                line,
                path,
                ErrorCode.RUBRIC_DUPLICATE,
                name=name,
                first_line=seen[key],
            )
        seen[key] = line
        description = cells[1] if len(cells) > 1 else ""
        levels = tuple(
            (level_names[i], cells[2 + i])
            for i in range(len(level_names))
            if 2 + i < len(cells) and cells[2 + i]
        )
        cid = unique_id(slug(name), ids)
        ids.add(cid)
        criteria.append(Criterion(cid, name, description, levels))
    if not criteria:
        raise RubricError(
            "the file has a header but no criteria",
            first_line,
            path,
            ErrorCode.RUBRIC_NO_CRITERIA,
        )
    return Rubric(title=title, criteria=criteria, level_names=level_names)


def _detect_delimiter(text: str) -> str:
    """The separator that splits the first non-empty line, outside quotes, into most fields.

    csv.Sniffer guesses from character frequencies and is fooled by commas inside Norwegian
    prose; counting fields with the real parser is not.
    """
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    best, best_fields = ",", 1
    for delim in _DELIMITERS:
        try:
            row = next(csv.reader([first], delimiter=delim, strict=False), [])
        except csv.Error:
            continue
        if len(row) > best_fields:
            best, best_fields = delim, len(row)
    return best


def _read_rows(text: str, delimiter: str, path: Path | None) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            reason, code = _explain_csv_error(str(exc))
            raise RubricError(reason, start, path, code) from exc
        rows.append((start, cells))
        # A quoted field may span lines; the next row starts after the last one read.
        start = reader.line_num + 1
    return rows


def _explain_csv_error(message: str) -> tuple[str, ErrorCode | None]:
    if "unexpected end of data" in message or "EOF" in message:
        return "a double quote opens a field that is never closed", ErrorCode.RUBRIC_UNCLOSED_QUOTE
    if "expected" in message and "after" in message:
        return (
            'a double quote inside a quoted field must be written twice ("")',
            ErrorCode.RUBRIC_QUOTE_IN_FIELD,
        )
    return f"not valid CSV ({message})", None


_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ß": "ss"})


def slug(name: str) -> str:
    """ "Språk og struktur" -> "sprak-og-struktur": stable ids for markers to link to."""
    text = nfc(name).casefold().translate(_TRANSLITERATE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "criterion"


def unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate
