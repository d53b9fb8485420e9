"""The native rubric file: TOML a teacher can read and edit, saved with the assignment.

See docs/export.md for the format. TOML because a person can read it, Python reads it without a
dependency (tomllib), and the writer below only ever needs strings, lists and tables.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from vidfeedback.export.rubric_csv import RubricError, slug
from vidfeedback.export.safe_write import nfc, replace_own_file
from vidfeedback.model import Criterion, HandinFolder, Rubric

RUBRIC_FORMAT = "vidfeedback-rubric"
RUBRIC_VERSION = 1
DEFAULT_RUBRIC_NAME = "vidfeedback.rubric.toml"


def default_rubric_path(handin: HandinFolder) -> Path:
    """Where the assignment's rubric lives: in the hand-in folder, next to the students."""
    return handin.root / DEFAULT_RUBRIC_NAME


def rubric_to_toml(rubric: Rubric) -> str:
    lines = [
        "# Rubric (vurderingskriterier) for vidfeedback. Edit freely; keep the quotes.",
        "# One [[criteria]] block per criterion; levels run from low to high.",
        f"format = {_q(RUBRIC_FORMAT)}",
        f"version = {RUBRIC_VERSION}",
        f"title = {_q(rubric.title)}",
        f"levels = {_list(rubric.level_names)}",
    ]
    for c in rubric.criteria:
        lines += ["", "[[criteria]]", f"id = {_q(c.id)}", f"name = {_q(c.name)}"]
        lines.append(f"description = {_q(c.description)}")
        if c.levels:
            lines.append("levels = [")
            lines += [f"  {{ name = {_q(n)}, description = {_q(d)} }}," for n, d in c.levels]
            lines.append("]")
    return "\n".join(lines) + "\n"


def rubric_from_toml(text: str, path: Path | None = None) -> Rubric:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_error_line(str(exc))
        raise RubricError(f"not a valid rubric file ({exc})", line, path) from exc
    if data.get("format") != RUBRIC_FORMAT:
        raise RubricError(f'not a vidfeedback rubric (no format = "{RUBRIC_FORMAT}")', path=path)
    version = data.get("version")
    if not isinstance(version, int) or version > RUBRIC_VERSION:
        raise RubricError(
            f"rubric format version {version!r} is newer than this app understands", path=path
        )
    title = _str(data.get("title", ""), "title", path)
    level_names = tuple(_str(v, "levels", path) for v in _seq(data.get("levels", []), path))
    criteria: list[Criterion] = []
    ids: set[str] = set()
    for i, raw in enumerate(_seq(data.get("criteria", []), path), 1):
        if not isinstance(raw, dict):
            raise RubricError(f"criterion {i} is not a table", path=path)
        name = nfc(_str(raw.get("name", ""), f"criterion {i} name", path)).strip()
        if not name:
            raise RubricError(f"criterion {i} has no name", path=path)
        cid = _str(raw.get("id", ""), f"criterion {i} id", path).strip() or slug(name)
        if cid in ids:
            raise RubricError(f"criterion id “{cid}” is used twice", path=path)
        ids.add(cid)
        levels = []
        for lv in _seq(raw.get("levels", []), path):
            if not isinstance(lv, dict):
                raise RubricError(f"a level of “{name}” is not a table", path=path)
            levels.append(
                (
                    nfc(_str(lv.get("name", ""), "level name", path)),
                    nfc(_str(lv.get("description", ""), "level description", path)),
                )
            )
        description = nfc(_str(raw.get("description", ""), "description", path))
        criteria.append(Criterion(cid, name, description, tuple(levels)))
    return Rubric(title=nfc(title), criteria=criteria, level_names=level_names)


def load_rubric(path: Path) -> Rubric:
    """A native rubric (.toml) or, by extension, a CSV import."""
    path = Path(path)
    if path.suffix.casefold() in (".csv", ".txt", ".tsv"):
        from vidfeedback.export.rubric_csv import load_rubric_csv

        return load_rubric_csv(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RubricError(f"cannot read the file ({exc.strerror})", path=path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RubricError("the file is not UTF-8 text", path=path) from exc
    return rubric_from_toml(text, path)


def save_rubric(rubric: Rubric, path: Path) -> None:
    """Write atomically; replaces path only if it is a vidfeedback rubric already."""
    replace_own_file(Path(path), rubric_to_toml(rubric).encode("utf-8"), _is_rubric_file)


def _is_rubric_file(data: bytes) -> bool:
    try:
        return tomllib.loads(data.decode("utf-8-sig")).get("format") == RUBRIC_FORMAT
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def _q(value: str) -> str:
    """A TOML basic string."""
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def _str(value: Any, what: str, path: Path | None) -> str:
    if not isinstance(value, str):
        raise RubricError(f"{what} must be text in quotes", path=path)
    return value


def _seq(value: Any, path: Path | None) -> list[Any]:
    if not isinstance(value, list):
        raise RubricError("expected a list in [ ]", path=path)
    return value


def _toml_error_line(message: str) -> int | None:
    # tomllib says "... (at line 7, column 3)".
    marker = "at line "
    if marker in message:
        digits = message.split(marker, 1)[1].split(",", 1)[0].split(")", 1)[0]
        if digits.isdigit():
            return int(digits)
    return None
