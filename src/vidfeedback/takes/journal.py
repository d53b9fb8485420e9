"""The take folder: the live fragmented MP4 plus an append-only journal of markers and pauses.

Every line is written and fsync'd the moment it happens, so a crash loses no marker. The final
file and recovery both read the journal back; it is the single source of the take's timeline.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidfeedback.atomic_files import replace_file_atomically
from vidfeedback.model import Marker
from vidfeedback.takes.layout import JOURNAL_NAME
from vidfeedback.takes.markers_file import InvalidMarker, marker_from_json, marker_to_json


def _append_fsync(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
        f.flush()
        os.fsync(f.fileno())


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """A take folder's own JSON file (take.json): replacing it is ours to do."""
    replace_file_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


class Journal:
    def __init__(self, take_dir: Path) -> None:
        self.path = take_dir / JOURNAL_NAME
        self._lock = threading.Lock()

    def append(self, event: str, **fields: Any) -> None:
        with self._lock:
            _append_fsync(self.path, json.dumps({"event": event, **fields}, ensure_ascii=False))

    def marker(self, marker: Marker) -> None:
        self.append("marker", **marker_to_json(marker))


@dataclass
class JournalContents:
    markers: list[Marker] = field(default_factory=list)
    discarded_ms: list[tuple[int, int]] = field(default_factory=list)  # [from, to) take time
    resumed_ms: list[int] = field(default_factory=list)  # take time of each resume
    stopped_at_ms: int | None = None
    torn_lines: int = 0  # a line cut short by the kill; everything before it is intact
    # 1-based numbers of the lines that could not be used (torn, not JSON, or JSON that is not
    # an event this version knows: an unknown marker kind, a missing field); the rest is read.
    bad_lines: list[int] = field(default_factory=list)


def read_journal(take_dir: Path) -> JournalContents:
    result = JournalContents()
    path = take_dir / JOURNAL_NAME
    if not path.exists():
        return result
    for number, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError:
            result.torn_lines += 1
            result.bad_lines.append(number)
            continue
        if not isinstance(entry, dict):
            result.torn_lines += 1
            result.bad_lines.append(number)
            continue
        try:
            _read_entry(entry, result)
        except (InvalidMarker, KeyError, TypeError, ValueError, OverflowError):
            result.torn_lines += 1
            result.bad_lines.append(number)
    return result


def _read_entry(entry: dict[str, Any], into: JournalContents) -> None:
    event = entry.get("event")
    if event == "marker":
        into.markers.append(marker_from_json(entry))
    elif event == "resume":
        into.resumed_ms.append(int(entry["t_ms"]))
    elif event == "discard":
        into.discarded_ms.append((int(entry["from_ms"]), int(entry["to_ms"])))
    elif event == "stop":
        into.stopped_at_ms = int(entry["t_ms"])


def apply_discards(markers: list[Marker], discarded_ms: list[tuple[int, int]]) -> list[Marker]:
    """Drop markers inside discarded stretches and move later ones back by what was cut."""
    kept: list[Marker] = []
    for m in markers:
        if any(a <= m.t_ms < b for a, b in discarded_ms):
            continue
        shift = sum(b - a for a, b in discarded_ms if b <= m.t_ms)
        kept.append(Marker(m.kind, m.t_ms - shift, m.criterion_id, m.label))
    return kept


def pause_points(
    resumed_ms: list[int], discarded_ms: list[tuple[int, int]], duration_ms: int
) -> list[int]:
    """Where the final video continues after a pause: each resume, moved back by the cuts before
    it (a resume right after a discarded stretch lands where that stretch began)."""
    points = set()
    for t in resumed_ms:
        inside = [a for a, b in discarded_ms if a <= t < b]
        at = inside[0] if inside else t
        shifted = at - sum(b - a for a, b in discarded_ms if b <= at)
        if 0 < shifted < duration_ms:
            points.add(shifted)
    return sorted(points)
