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

from vidfeedback.model import Marker, MarkerKind

TAKE_SUFFIX = ".vftake"
MEDIA_NAME = "media.mp4"
JOURNAL_NAME = "journal.jsonl"
INFO_NAME = "take.json"
FORMAT_VERSION = 1


def take_dir_for(out_path: Path) -> Path:
    """Hidden working folder beside the final file: .<name>.vftake"""
    return out_path.with_name(f".{out_path.name}{TAKE_SUFFIX}")


def _append_fsync(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
        f.flush()
        os.fsync(f.fileno())


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)  # our own file in our own folder: replacing it is ours to do


class Journal:
    def __init__(self, take_dir: Path) -> None:
        self.path = take_dir / JOURNAL_NAME
        self._lock = threading.Lock()

    def append(self, event: str, **fields: Any) -> None:
        with self._lock:
            _append_fsync(self.path, json.dumps({"event": event, **fields}, ensure_ascii=False))

    def marker(self, marker: Marker) -> None:
        self.append(
            "marker",
            kind=marker.kind.value,
            t_ms=marker.t_ms,
            criterion_id=marker.criterion_id,
            label=marker.label,
        )


@dataclass
class JournalContents:
    markers: list[Marker] = field(default_factory=list)
    discarded_ms: list[tuple[int, int]] = field(default_factory=list)  # [from, to) take time
    resumed_ms: list[int] = field(default_factory=list)  # take time of each resume
    stopped_at_ms: int | None = None
    torn_lines: int = 0  # a line cut short by the kill; everything before it is intact


def read_journal(take_dir: Path) -> JournalContents:
    result = JournalContents()
    path = take_dir / JOURNAL_NAME
    if not path.exists():
        return result
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError:
            result.torn_lines += 1
            continue
        event = entry.get("event")
        if event == "marker":
            result.markers.append(marker_from_json(entry))
        elif event == "resume":
            result.resumed_ms.append(int(entry["t_ms"]))
        elif event == "discard":
            result.discarded_ms.append((int(entry["from_ms"]), int(entry["to_ms"])))
        elif event == "stop":
            result.stopped_at_ms = int(entry["t_ms"])
    return result


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


def write_markers_sidecar(
    final_path: Path,
    markers: list[Marker],
    duration_ms: int,
    pauses_ms: list[int] | None = None,
) -> Path:
    """<take>.markers.json beside the final MP4, read by the export (which ignores pauses_ms)
    and by "discard since the last pause and continue" (which needs them)."""
    path = markers_sidecar_path(final_path)
    data: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "duration_ms": duration_ms,
        "markers": [marker_to_json(m) for m in sorted(markers, key=lambda m: m.t_ms)],
    }
    if pauses_ms is not None:
        data["pauses_ms"] = sorted(pauses_ms)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.link(tmp, path)  # fails rather than replace a file we did not write
    finally:
        tmp.unlink(missing_ok=True)
    return path


def markers_sidecar_path(final_path: Path) -> Path:
    return final_path.with_name(final_path.stem + ".markers.json")


def marker_to_json(m: Marker) -> dict[str, Any]:
    return {"kind": m.kind.value, "t_ms": m.t_ms, "criterion_id": m.criterion_id, "label": m.label}


def marker_from_json(entry: dict[str, Any]) -> Marker:
    return Marker(
        MarkerKind(entry["kind"]), int(entry["t_ms"]), entry.get("criterion_id"), entry.get("label")
    )


@dataclass(frozen=True)
class FinishedTimeline:
    """What the markers file says about a final take."""

    duration_ms: int
    markers: list[Marker]
    pauses_ms: list[int] | None  # None: written before pauses were kept


def read_markers_sidecar(final_path: Path) -> FinishedTimeline | None:
    """The markers file beside a final take; None when it is missing or unreadable."""
    try:
        data = json.loads(markers_sidecar_path(final_path).read_text(encoding="utf-8"))
        pauses = data.get("pauses_ms")
        return FinishedTimeline(
            int(data["duration_ms"]),
            [marker_from_json(m) for m in data.get("markers", [])],
            [int(p) for p in pauses] if isinstance(pauses, list) else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
