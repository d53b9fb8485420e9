"""A stand-in recorder that records what the UI asked of it. Only for widget tests of the toolbar
and the session; the real engine is exercised by the end-to-end test."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vidfeedback.model import Marker, MarkerKind
from vidfeedback.recording.capture.region import Region


class Refused(Exception):
    pass


@dataclass
class Take:
    path: Path
    duration_ms: int
    markers: list[Marker]


@dataclass
class CallLog:
    markers: list[Marker] = field(default_factory=list)
    criteria: list[tuple[str | None, str | None]] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    moves: list[tuple[int, int]] = field(default_factory=list)
    masked: list[list[Region]] = field(default_factory=list)


class ScriptedRecorder:
    def __init__(self) -> None:
        self.log = CallLog()
        self.paused = False
        self.elapsed = 0
        self.level_dbfs = -30.0
        # The area recorded, and the screen it is clamped to (as the engine does).
        self.region = Region(100, 100, 400, 300)
        self.screen = Region(0, 0, 800, 800)  # Qt's offscreen screen

    def prepare(self) -> None:
        self.log.calls.append("prepare")

    def start(self) -> None:
        self.log.calls.append("start")

    def pause(self) -> None:
        self.paused = True
        self.log.calls.append("pause")

    def resume(self) -> None:
        self.paused = False
        self.log.calls.append("resume")

    def add_marker(
        self, kind: MarkerKind, criterion_id: str | None = None, label: str | None = None
    ) -> Marker:
        if self.paused:
            raise Refused("paused")
        marker = Marker(kind, self.elapsed, criterion_id, label)
        self.log.markers.append(marker)
        return marker

    def set_current_criterion(self, criterion_id: str | None, label: str | None) -> None:
        self.log.criteria.append((criterion_id, label))

    def discard_since_last_pause(self) -> int:
        self.log.calls.append("discard")
        return self.elapsed

    def set_masked_rects(self, rects: Sequence[Region]) -> None:
        self.log.masked.append(list(rects))  # not in calls: it comes with every window

    def move_region(self, x: int, y: int) -> Region:
        self.log.calls.append("move")
        self.log.moves.append((x, y))
        self.region = self.region.moved_to(x, y).clamped_into(self.screen)
        return self.region

    @property
    def elapsed_ms(self) -> int:
        return self.elapsed

    @property
    def audio_level_dbfs(self) -> float:
        return self.level_dbfs

    def stop(self, progress: Callable[[float], None] | None = None) -> Take:
        self.log.calls.append("stop")
        if progress is not None:
            progress(1.0)
        return Take(Path("take.mp4"), self.elapsed, list(self.log.markers))
