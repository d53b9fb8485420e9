"""The comment bank: reusable comments per criterion. Kept with the assignment (in the app's
data folder, named after the assignment like its work state) and in a library shared by every
assignment, so a comment written for "Argumentation" now is offered again next term for any
rubric with a criterion of that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidfeedback.model import MarkerKind

from .json_file import assignment_digest, read_json, write_json_atomic

LIBRARY_FILE = "comment_bank.json"


@dataclass(frozen=True)
class BankComment:
    text: str
    kind: MarkerKind = MarkerKind.FEED_BACK
    criterion: str = ""  # the criterion's name ("" for a comment on no criterion)

    @property
    def identity(self) -> tuple[str, MarkerKind, str]:
        """Two comments are the same when they say the same under the same criterion name,
        whatever the case and spacing of the name (rubrics are retyped each term)."""
        return (self.text.strip(), self.kind, _criterion_key(self.criterion))


def _criterion_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _to_json(c: BankComment) -> dict[str, Any]:
    return {"text": c.text, "kind": c.kind.value, "criterion": c.criterion}


def _from_json(data: object) -> BankComment | None:
    if not isinstance(data, dict):
        return None
    text = str(data.get("text", "")).strip()
    if not text:
        return None
    try:
        kind = MarkerKind(str(data.get("kind", MarkerKind.FEED_BACK.value)))
    except ValueError:
        kind = MarkerKind.FEED_BACK
    return BankComment(text, kind, str(data.get("criterion", "")))


def _load(path: Path) -> list[BankComment]:
    data = read_json(path)
    items = data.get("comments", []) if isinstance(data, dict) else []
    loaded = [_from_json(c) for c in items] if isinstance(items, list) else []
    return [c for c in loaded if c is not None]


def _save(path: Path, comments: list[BankComment]) -> None:
    write_json_atomic(path, {"comments": [_to_json(c) for c in comments]})


class CommentBank:
    """One assignment's bank over the shared library (data_dir/comment_bank.json)."""

    def __init__(self, data_dir: Path, assignments_dir: Path, assignment_root: Path) -> None:
        self.library_path = data_dir / LIBRARY_FILE
        self.path = assignments_dir / f"{assignment_digest(assignment_root)}.comments.json"
        self._own = _load(self.path)
        self._library = _load(self.library_path)

    def offered(self, criterion: str | None = None) -> list[BankComment]:
        """Comments for a criterion name (None: all), this assignment's first, then those kept
        from earlier assignments; each once."""
        wanted = None if criterion is None else _criterion_key(criterion)
        seen: set[tuple[str, MarkerKind, str]] = set()
        out: list[BankComment] = []
        for c in (*self._own, *self._library):
            if wanted is not None and _criterion_key(c.criterion) != wanted:
                continue
            if c.identity not in seen:
                seen.add(c.identity)
                out.append(c)
        return out

    def add(self, comment: BankComment) -> bool:
        """Keep a comment for this assignment and for later ones; False if it was there."""
        comment = BankComment(comment.text.strip(), comment.kind, comment.criterion.strip())
        if not comment.text:
            return False
        added = False
        if all(c.identity != comment.identity for c in self._own):
            self._own.append(comment)
            _save(self.path, self._own)
            added = True
        if all(c.identity != comment.identity for c in self._library):
            self._library.append(comment)
            _save(self.library_path, self._library)
            added = True
        return added

    def remove(self, comment: BankComment) -> None:
        """Gone from this assignment and from the library (it is no longer wanted anywhere)."""
        for attr, path in (("_own", self.path), ("_library", self.library_path)):
            items: list[BankComment] = getattr(self, attr)
            kept = [c for c in items if c.identity != comment.identity]
            if len(kept) != len(items):
                setattr(self, attr, kept)
                _save(path, kept)
