"""What a feedback package says, independent of the file it is written to: the chapters with
their kind, criterion and localized title."""

from __future__ import annotations

from dataclasses import dataclass

from vidfeedback.export.text_safety import one_line
from vidfeedback.model import Chapter, Marker, MarkerKind, Rubric, chapters_from_markers


@dataclass(frozen=True)
class FeedbackChapter:
    chapter: Chapter
    kind: MarkerKind | None  # None for the lead chapter before the first marker
    criterion_id: str | None
    label: str | None  # the criterion's name or the teacher's own label

    @property
    def start_ms(self) -> int:
        return self.chapter.start_ms

    @property
    def end_ms(self) -> int:
        return self.chapter.end_ms

    @property
    def title(self) -> str:
        return self.chapter.title


def resolve_label(marker: Marker, rubric: Rubric | None) -> str | None:
    """The teacher's label wins; a marker linked to a criterion is otherwise named after it."""
    if marker.label and one_line(marker.label):
        return one_line(marker.label)
    if marker.criterion_id and rubric is not None:
        criterion = rubric.criterion(marker.criterion_id)
        if criterion is not None:
            return criterion.name
    return None


def feedback_chapters(
    markers: list[Marker],
    duration_ms: int,
    rubric: Rubric | None,
    kind_labels: dict[MarkerKind, str],
    lead_title: str,
) -> list[FeedbackChapter]:
    """One chapter per marker, titled "<kind>: <criterion or label>" in the UI language.

    A QuickTime chapter track starts at 0, so when the first marker comes later the model adds
    a lead chapter (lead_title) for the stretch before it; it belongs to no kind.
    """
    ordered = sorted(markers, key=lambda m: m.t_ms)
    labels = [resolve_label(m, rubric) for m in ordered]
    # The titles go into the MP4's chapter track, the WebVTT file, the page and the summary:
    # one line each, whatever the label or criterion name held.
    titles = [
        one_line(Marker(m.kind, m.t_ms, m.criterion_id, label).title(kind_labels[m.kind]))
        for m, label in zip(ordered, labels, strict=True)
    ]
    chapters = chapters_from_markers(ordered, duration_ms, titles, lead_title=lead_title)
    lead = len(chapters) - len(ordered)
    return [FeedbackChapter(ch, None, None, None) for ch in chapters[:lead]] + [
        FeedbackChapter(ch, m.kind, m.criterion_id, label)
        for ch, m, label in zip(chapters[lead:], ordered, labels, strict=True)
    ]
