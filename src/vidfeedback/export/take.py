"""Where a finished take's markers come from: the engine's `<take>.markers.json` beside the MP4,
or, without it, the chapters embedded in the MP4 itself."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av

from vidfeedback.errors import ErrorCode
from vidfeedback.export.labels import KIND_LABELS, LANGUAGES, text
from vidfeedback.export.safe_write import ExportError, nfc
from vidfeedback.model import Marker, MarkerKind, Rubric

MARKERS_VERSION = 1


@dataclass(frozen=True)
class TakeMarkers:
    markers: list[Marker]
    duration_ms: int
    source: str  # "markers.json" or "chapters"


def markers_json_path(take: Path) -> Path | None:
    """The engine writes "<take>.markers.json"; both "take.markers.json" and
    "take.mp4.markers.json" are accepted, since both read as that."""
    for candidate in (
        take.with_suffix(".markers.json"),
        take.with_name(take.name + ".markers.json"),
    ):
        if candidate.is_file():
            return candidate
    return None


def probe_duration_ms(take: Path) -> int:
    try:
        with av.open(str(take)) as container:
            if container.duration is not None:
                return round(container.duration * 1000 / av.time_base)
            stream = next(iter(container.streams.video), None) or container.streams[0]
            if stream.duration is not None and stream.time_base is not None:
                return round(float(stream.duration * stream.time_base) * 1000)
    except av.FFmpegError as exc:
        raise ExportError(
            f"{take.name} is not a readable video ({exc}).",
            ErrorCode.TAKE_UNREADABLE,
            path=take,
            detail=str(exc),
        ) from exc
    raise ExportError(
        f"{take.name} does not say how long it is.",
        ErrorCode.TAKE_UNREADABLE,
        path=take,
        detail="no duration",
    )


def read_take_markers(take: Path, rubric: Rubric | None = None) -> TakeMarkers:
    take = Path(take)
    if not take.is_file():
        raise ExportError(f"The take {take} does not exist.", ErrorCode.TAKE_MISSING, path=take)
    journal = markers_json_path(take)
    if journal is not None:
        return parse_markers_json(journal)
    return _markers_from_chapters(take, rubric)


def parse_markers_json(path: Path) -> TakeMarkers:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise ExportError(f"{path.name} cannot be read: {exc}") from exc
    return parse_markers_text(text, path.name)


def parse_markers_text(text: str, name: str = "markers") -> TakeMarkers:
    """The engine's markers file: {"version": 1, "duration_ms": int, "markers": [...]}."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ExportError(f"{name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ExportError(f"{name} is not a markers file.")
    version = data.get("version")
    if version != MARKERS_VERSION:
        raise ExportError(f"{name} has markers format version {version!r}; expected 1.")
    duration = data.get("duration_ms")
    if not isinstance(duration, int) or duration < 0:
        raise ExportError(f"{name}: duration_ms must be a whole number of milliseconds.")
    raw_markers = data.get("markers")
    if not isinstance(raw_markers, list):
        raise ExportError(f"{name}: markers must be a list.")
    markers = [_marker(raw, i, name) for i, raw in enumerate(raw_markers, 1)]
    return TakeMarkers(markers, duration, "markers.json")


def _marker(raw: Any, index: int, name: str) -> Marker:
    if not isinstance(raw, dict):
        raise ExportError(f"{name}: marker {index} is not an object.")
    try:
        kind = MarkerKind(raw.get("kind"))
    except ValueError as exc:
        raise ExportError(f"{name}: marker {index} has unknown kind {raw.get('kind')!r}.") from exc
    t_ms = raw.get("t_ms")
    if not isinstance(t_ms, int) or t_ms < 0:
        raise ExportError(f"{name}: marker {index} needs t_ms, whole milliseconds >= 0.")
    criterion_id = raw.get("criterion_id")
    label = raw.get("label")
    if criterion_id is not None and not isinstance(criterion_id, str):
        raise ExportError(f"{name}: marker {index} criterion_id must be text or null.")
    if label is not None and not isinstance(label, str):
        raise ExportError(f"{name}: marker {index} label must be text or null.")
    return Marker(kind, t_ms, criterion_id, nfc(label) if label else None)


def _markers_from_chapters(take: Path, rubric: Rubric | None) -> TakeMarkers:
    """Chapter titles are "<kind label>: <label>" in any of the app's languages; a title that
    names no kind is kept whole as a feed-back label rather than dropped."""
    try:
        with av.open(str(take)) as container:
            raw = container.chapters()
    except av.FFmpegError as exc:
        raise ExportError(
            f"{take.name} is not a readable video ({exc}).",
            ErrorCode.TAKE_UNREADABLE,
            path=take,
            detail=str(exc),
        ) from exc
    duration_ms = probe_duration_ms(take)
    by_label: dict[str, MarkerKind] = {}
    for labels in KIND_LABELS.values():
        for kind, word in labels.items():
            by_label.setdefault(word.casefold(), kind)
    lead_titles = {text(lang, "lead").casefold() for lang in LANGUAGES}
    names = {c.name.casefold(): c.id for c in rubric.criteria} if rubric else {}
    markers = []
    for ch in raw:
        tb = ch["time_base"]
        t_ms = round(float(ch["start"] * tb) * 1000) if tb else int(ch["start"])
        title = nfc(str(ch["metadata"].get("title", ""))).strip()
        if t_ms == 0 and title.casefold() in lead_titles:
            continue  # the lead chapter before the first marker is no marker
        head, sep, rest = title.partition(":")
        named_kind = by_label.get(head.strip().casefold())
        if named_kind is None:
            kind, label = MarkerKind.FEED_BACK, title or None
        else:
            kind, label = named_kind, (rest.strip() or None) if sep else None
        criterion_id = names.get(label.casefold()) if label else None
        markers.append(Marker(kind, t_ms, criterion_id, label))
    return TakeMarkers(markers, duration_ms, "chapters")
