""" "Discard everything since the last pause and continue from there", after the take was stopped.

A finished take keeps its pause points in its markers file. Continuing starts a new recording
(a take folder of its own, crash-safe like any take) whose final file is the earlier final file
up to the last pause (the head) followed by the new recording, both copied without re-encoding
(finish.write_final_mp4 with a Head), so the finish stays about a second for ten minutes.

Where exactly the head ends (the join point J) is decided once, before recording starts, from the
earlier file's own packets, and written into the new take folder so recovery joins the same way:

* In a final file take time is file time, for picture and sound (the AAC encoder's 1024 priming
  samples lie before 0, hidden by the edit list).
* J is the last sound frame boundary at or before the pause: at most one sound frame (21 ms)
  of what came before the pause is given up, and nothing after it is kept.
* The new recording follows with every time moved by J. Its first picture is a keyframe (a fresh
  encoder always starts with one). Its sound starts with the encoder's priming frame, which
  takes the slot of the head's last sound frame: the decoder fades the head out over those 21 ms
  and then decodes the new sound exactly as in a file of its own, so there is neither a click nor
  a gap, and the new part keeps its own picture-sound timing (see finish._head_packets).
* Markers of the new part move by J; the head's markers before the pause are kept (as edited in
  the review), later ones dropped. J becomes a pause point of the result, so continuing again
  goes back to where this continuation began.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av

from vidfeedback.errors import ErrorCode, VidfeedbackError
from vidfeedback.model import Marker
from vidfeedback.takes.finish import Head
from vidfeedback.takes.markers_file import marker_from_json, marker_to_json, read_markers_sidecar

SEEK_BACK_S = 2


class ContinueError(VidfeedbackError):
    default_code = ErrorCode.CONTINUE_SOURCE_UNREADABLE


@dataclass(frozen=True)
class ContinueFrom:
    """What the teacher asked for: continue `take` from `pause_ms` (take time). `markers` are the
    take's markers as edited in the review; None reads them from the take's markers file."""

    take: Path
    pause_ms: int
    markers: list[Marker] | None = None


@dataclass(frozen=True)
class JoinPlan:
    head: Path
    join_s: Fraction  # file time where the new recording starts
    markers: list[Marker]  # the head's markers that are kept
    pauses_ms: list[int]  # the head's pause points that are kept
    video_size: tuple[int, int]
    has_audio: bool

    @property
    def kept_ms(self) -> int:
        """The new part's take time 0 in the result's take time."""
        return round(self.join_s * 1000)

    @property
    def head_piece(self) -> Head:
        return Head(self.head, self.join_s)

    def to_json(self) -> dict[str, Any]:
        return {
            "head": str(self.head),
            "join_s": [self.join_s.numerator, self.join_s.denominator],
            "markers": [marker_to_json(m) for m in self.markers],
            "pauses_ms": self.pauses_ms,
            "video_size": list(self.video_size),
            "has_audio": self.has_audio,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JoinPlan:
        num, den = data["join_s"]
        width, height = data["video_size"]
        return cls(
            Path(data["head"]),
            Fraction(int(num), int(den)),
            [marker_from_json(m) for m in data["markers"]],
            [int(p) for p in data["pauses_ms"]],
            (int(width), int(height)),
            bool(data["has_audio"]),
        )

    def result_markers(self, new_markers: list[Marker]) -> list[Marker]:
        shift = self.kept_ms
        moved = [Marker(m.kind, m.t_ms + shift, m.criterion_id, m.label) for m in new_markers]
        return sorted([*self.markers, *moved], key=lambda m: m.t_ms)

    def result_pauses(self, new_pauses_ms: list[int]) -> list[int]:
        shift = self.kept_ms
        return sorted({*self.pauses_ms, shift, *(p + shift for p in new_pauses_ms)})


def plan_join(request: ContinueFrom) -> JoinPlan:
    """Read the earlier final file and decide the join point. Raises ContinueError."""
    take = request.take
    if not take.is_file():
        raise ContinueError(
            f"the take to continue, {take}, does not exist any more",
            ErrorCode.CONTINUE_SOURCE_MISSING,
            path=take,
        )
    timeline = read_markers_sidecar(take)
    if request.markers is not None:
        markers = list(request.markers)
    elif timeline is not None:
        markers = timeline.markers
    else:
        markers = []
    pause_ms = request.pause_ms
    if pause_ms <= 0:
        raise ContinueError(
            "continuing needs a pause point after the start; record the take again instead",
            ErrorCode.WRONG_STATE,
            state="no pause",
        )
    try:
        with av.open(str(take)) as src:
            video = next(iter(src.streams.video), None)
            audio = next(iter(src.streams.audio), None)
            if video is None:
                raise ContinueError(f"{take.name} has no picture", path=take, detail="no video")
            size = (video.codec_context.width, video.codec_context.height)
            join_s = _join_point(src, pause_ms, audio is not None)
    except av.FFmpegError as exc:
        raise ContinueError(
            f"the take to continue, {take}, cannot be read: {exc}", path=take, detail=str(exc)
        ) from exc
    if join_s <= 0:
        raise ContinueError(
            f"{take.name} has nothing before {pause_ms} ms", path=take, detail="empty head"
        )
    kept_ms = round(join_s * 1000)
    pauses = [p for p in (timeline.pauses_ms or []) if 0 < p < pause_ms] if timeline else []
    return JoinPlan(
        take,
        join_s,
        sorted(
            (
                Marker(m.kind, min(m.t_ms, kept_ms), m.criterion_id, m.label)
                for m in markers
                if m.t_ms < pause_ms
            ),
            key=lambda m: m.t_ms,
        ),
        pauses,
        size,
        audio is not None,
    )


def _join_point(src: Any, pause_ms: int, has_audio: bool) -> Fraction:
    pause_s = Fraction(pause_ms, 1000)
    if not has_audio:
        return pause_s
    audio = src.streams.audio[0]
    join_s = Fraction(0)
    tb = audio.time_base
    if tb is not None and pause_s > SEEK_BACK_S:
        # Every AAC frame is a keyframe: start reading shortly before the pause, not at 0:00.
        src.seek(int((pause_s - SEEK_BACK_S) / tb), stream=audio, backward=True)
    for packet in src.demux(audio):
        if packet.pts is None or packet.time_base is None:
            continue
        end_s = (packet.pts + (packet.duration or 0)) * packet.time_base
        if end_s <= pause_s:
            join_s = max(join_s, Fraction(end_s))
        elif packet.pts * packet.time_base > pause_s:
            break
    return join_s
