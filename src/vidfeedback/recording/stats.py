"""What happened during a take, reported at the end of every recording (and live to the UI)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class RecorderStats:
    duration_ms: int
    frames_captured: int  # screen grabs taken
    frames_encoded: int  # frames handed to the encoder (changed, heartbeat or first after resume)
    frames_unchanged_skipped: int  # identical screen and overlay: not encoded (variable frame rate)
    frames_late: int  # grabbed more than half a frame period after their deadline
    frames_dropped: int  # deadlines missed outright, or frames lost because encoding fell behind
    audio_blocks: int
    audio_overflows: int
    audio_inserted_silence_ms: float
    audio_dropped_ms: float
    audio_smooth_corrections: int
    audio_video_offset_ms: float  # smoothed drift of the audio against the capture clock
    bytes_written: int
    # How the screen was read (recording/screen_changes.py): "damage" or "compare" at the end.
    change_source: str = ""
    grabs_full: int = 0  # whole-area grabs: the first, the half-second safety net, no damage
    grabs_partial: int = 0  # grabs of damaged areas only
    ticks_without_grab: int = 0  # frame ticks with nothing drawn: nothing grabbed or compared
    grab_stamps_unsure: int = 0  # grabs whose read time was guessed (capture/screen.py)
    pixels_converted: int = 0  # BGRA -> YUV conversions, in pixels (a 1080p frame is 2.07 M)
    scrolls_moved: int = 0  # scrolls whose converted rows were moved, not converted again
    pool_frames_used_max: int = 0  # most frames waiting for or in the encoder at once

    @property
    def late_percent(self) -> float:
        return 100.0 * self.frames_late / self.frames_captured if self.frames_captured else 0.0

    @property
    def dropped_percent(self) -> float:
        total = self.frames_captured + self.frames_dropped
        return 100.0 * self.frames_dropped / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["late_percent"] = round(self.late_percent, 2)
        d["dropped_percent"] = round(self.dropped_percent, 2)
        return d
