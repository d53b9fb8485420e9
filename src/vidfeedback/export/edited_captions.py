"""Captions for an edited take: the take's captions moved through the edit plan, like its
markers, so the exported video's captions say what is heard at that moment."""

from __future__ import annotations

from pathlib import Path

from vidfeedback.captions.cues import Cue
from vidfeedback.captions.vtt import (
    Captions,
    CaptionsFileError,
    captions_path_for,
    read_captions,
    write_captions,
)
from vidfeedback.takes.edit import EditPlan

# What is left of a cue that a cut took most of: shorter than this it would only flash, and the
# words it shows were mostly cut with the sound anyway.
MIN_CUE_MS = 300


def edit_captions(captions: Captions, plan: EditPlan) -> tuple[Captions, int]:
    """(captions in the edited video's time, how many cues were cut away). A cue that a cut
    crosses keeps its words over what is left of its time."""
    kept: list[Cue] = []
    dropped = 0
    for cue in captions.cues:
        span = plan.map_span_ms(cue.start_ms, cue.end_ms)
        if span is None or span[1] - span[0] < MIN_CUE_MS:
            dropped += 1
            continue
        start_ms = max(span[0], kept[-1].end_ms if kept else 0)  # never overlap a cue before
        if span[1] - start_ms < MIN_CUE_MS:
            dropped += 1
            continue
        kept.append(Cue(start_ms, span[1], cue.text))
    return Captions(captions.lang, kept, captions.model), dropped


def carry_captions(take: Path, edited: Path, plan: EditPlan) -> Path | None:
    """Write the take's captions, edited by plan, beside the edited copy (which the export then
    packages); None when the take has none or they cannot be read (the export of the take
    itself reports an unreadable captions file)."""
    source = captions_path_for(take)
    if not source.is_file():
        return None
    try:
        captions = read_captions(source)
    except (CaptionsFileError, OSError):
        return None
    moved, _dropped = edit_captions(captions, plan)
    if not moved.cues:
        return None
    dest = captions_path_for(edited)
    write_captions(dest, moved)  # a new file beside a new copy: never over another's file
    return dest
