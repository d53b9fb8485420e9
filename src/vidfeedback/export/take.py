"""Where a finished take's markers come from: the engine's `<take>.markers.json` beside the MP4,
or, without it, the chapters embedded in the MP4 itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av

from vidfeedback.errors import ErrorCode
from vidfeedback.export.labels import KIND_LABELS, LANGUAGES, text
from vidfeedback.export.safe_write import ExportError, nfc
from vidfeedback.model import Marker, MarkerKind, Rubric
from vidfeedback.takes.layout import markers_path
from vidfeedback.takes.markers_file import FinishedTimeline, MarkersFileError, read_markers_file
from vidfeedback.takes.markers_file import parse_markers_text as _parse_markers_text


@dataclass(frozen=True)
class TakeMarkers:
    markers: list[Marker]
    duration_ms: int
    source: str  # "markers.json" or "chapters"


def markers_json_path(take: Path) -> Path | None:
    """The engine writes "<take>.markers.json"; both "take.markers.json" and
    "take.mp4.markers.json" are accepted, since both read as that."""
    for candidate in (markers_path(take), take.with_name(take.name + ".markers.json")):
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
        return _take_markers(read_markers_file(path))
    except MarkersFileError as exc:
        raise ExportError(str(exc)) from exc


def parse_markers_text(text: str, name: str = "markers") -> TakeMarkers:
    """A markers file's content (takes.markers_file says what it holds)."""
    try:
        return _take_markers(_parse_markers_text(text, name))
    except MarkersFileError as exc:
        raise ExportError(str(exc)) from exc


def _take_markers(timeline: FinishedTimeline) -> TakeMarkers:
    return TakeMarkers(timeline.markers, timeline.duration_ms, "markers.json")


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
