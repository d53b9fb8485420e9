"""<take>.markers.json beside a final take: its duration, markers and pause points. This module
is its only reader and writer, and knows one version (format.MARKERS_VERSION).

    {"version": 1, "duration_ms": 61234,
     "markers": [{"kind": "feed_back", "t_ms": 4200, "criterion_id": "c1", "label": "..."}],
     "pauses_ms": [30100]}

The export reads the markers (and ignores pauses_ms); "discard since the last pause and
continue" needs the pauses. pauses_ms is missing in files written before pauses were kept.
The marker objects are the same in the journal, the work state and a continuation's take.json.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidfeedback.atomic_files import write_new_text
from vidfeedback.errors import ErrorCode, VidfeedbackError
from vidfeedback.model import Marker, MarkerKind
from vidfeedback.takes.format import MARKERS_VERSION
from vidfeedback.takes.layout import markers_path


class InvalidMarker(ValueError):
    """One marker object is not what the format says; str() says what is wrong with it."""


class MarkersFileError(VidfeedbackError):
    """A markers file cannot be read or is not one; str() says what is wrong, in English."""

    default_code = ErrorCode.TAKE_UNREADABLE


@dataclass(frozen=True)
class FinishedTimeline:
    """What the markers file says about a final take."""

    duration_ms: int
    markers: list[Marker]
    pauses_ms: list[int] | None  # None: written before pauses were kept


def marker_to_json(m: Marker) -> dict[str, Any]:
    return {"kind": m.kind.value, "t_ms": m.t_ms, "criterion_id": m.criterion_id, "label": m.label}


def marker_from_json(raw: Any) -> Marker:
    """A marker object, checked: raises InvalidMarker."""
    if not isinstance(raw, dict):
        raise InvalidMarker("is not an object")
    try:
        kind = MarkerKind(raw.get("kind"))
    except ValueError as exc:
        raise InvalidMarker(f"has unknown kind {raw.get('kind')!r}") from exc
    t_ms = raw.get("t_ms")
    if not isinstance(t_ms, int) or isinstance(t_ms, bool) or t_ms < 0:
        raise InvalidMarker("needs t_ms, whole milliseconds >= 0")
    criterion_id = raw.get("criterion_id")
    label = raw.get("label")
    if criterion_id is not None and not isinstance(criterion_id, str):
        raise InvalidMarker("criterion_id must be text or null")
    if label is not None and not isinstance(label, str):
        raise InvalidMarker("label must be text or null")
    # macOS hands over decomposed text (NFD); everything the app keeps or compares is NFC.
    return Marker(kind, t_ms, criterion_id, unicodedata.normalize("NFC", label) if label else None)


def write_markers_sidecar(
    final_path: Path,
    markers: list[Marker],
    duration_ms: int,
    pauses_ms: list[int] | None = None,
) -> Path:
    """Write <take>.markers.json beside final_path; FileExistsError if a file has that name."""
    path = markers_path(final_path)
    data: dict[str, Any] = {
        "version": MARKERS_VERSION,
        "duration_ms": duration_ms,
        "markers": [marker_to_json(m) for m in sorted(markers, key=lambda m: m.t_ms)],
    }
    if pauses_ms is not None:
        data["pauses_ms"] = sorted(pauses_ms)
    write_new_text(path, json.dumps(data, ensure_ascii=False, indent=2))
    return path


def markers_sidecar_path(final_path: Path) -> Path:
    return markers_path(final_path)


def parse_markers_text(text: str, name: str = "markers") -> FinishedTimeline:
    """A markers file's content, checked; raises MarkersFileError naming `name`."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise MarkersFileError(f"{name} is not valid JSON: {exc}", detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise MarkersFileError(f"{name} is not a markers file.", detail="not an object")
    version = data.get("version")
    if version != MARKERS_VERSION:
        raise MarkersFileError(
            f"{name} has markers format version {version!r}; expected {MARKERS_VERSION}.",
            detail=f"version {version!r}",
        )
    duration = data.get("duration_ms")
    if not isinstance(duration, int) or isinstance(duration, bool) or duration < 0:
        raise MarkersFileError(
            f"{name}: duration_ms must be a whole number of milliseconds.", detail="duration_ms"
        )
    raw_markers = data.get("markers")
    if not isinstance(raw_markers, list):
        raise MarkersFileError(f"{name}: markers must be a list.", detail="markers")
    markers = []
    for index, raw in enumerate(raw_markers, 1):
        try:
            markers.append(marker_from_json(raw))
        except InvalidMarker as exc:
            raise MarkersFileError(
                f"{name}: marker {index} {exc}.", detail=f"marker {index}"
            ) from exc
    pauses = data.get("pauses_ms")
    if pauses is not None and not (
        isinstance(pauses, list)
        and all(isinstance(p, int) and not isinstance(p, bool) and p >= 0 for p in pauses)
    ):
        raise MarkersFileError(
            f"{name}: pauses_ms must be a list of whole milliseconds.", detail="pauses_ms"
        )
    return FinishedTimeline(duration, markers, sorted(pauses) if pauses is not None else None)


def read_markers_file(path: Path) -> FinishedTimeline:
    """The markers file at path (any name), checked; raises MarkersFileError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise MarkersFileError(
            f"{path.name} cannot be read: {exc}", path=path, detail=str(exc)
        ) from exc
    return parse_markers_text(text, path.name)


def read_markers_sidecar(final_path: Path) -> FinishedTimeline | None:
    """The markers file beside a final take; None when it is missing or not a valid one."""
    try:
        return read_markers_file(markers_path(final_path))
    except MarkersFileError:
        return None
