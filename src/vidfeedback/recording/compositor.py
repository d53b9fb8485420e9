"""Draws the pointer and click rings into captured BGRA frames.

Only the pixels around the pointer and the rings are touched: a 1080p frame is 8 MB, a pointer
sprite is a few kilobytes, and the frame is otherwise passed on as it was captured. Pen and
highlighter strokes are not drawn here: the app's pen overlay paints them on screen, so the
capture already holds them exactly as the teacher saw them (drawing them again would show them
twice, and a translucent highlighter twice as dark).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from vidfeedback.recording.capture.region import Region
from vidfeedback.recording.media import Click as Click
from vidfeedback.recording.media import Frame as Frame
from vidfeedback.recording.media import MouseButton as MouseButton

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in the frame's pixels, end exclusive
FloatImage = npt.NDArray[np.float32]

RING_LIFETIME_NS = 450_000_000
RING_START_RADIUS_PX = 8.0
RING_END_RADIUS_PX = 38.0
RING_THICKNESS_PX = 3.0
HALO_RADIUS_PX = 22.0

# BGR, because frames are BGRA as the screen hands them over.
HALO_BGR = (0.0, 215.0, 255.0)  # warm yellow, visible on white paper and on dark slides
LEFT_CLICK_BGR = (0.0, 60.0, 235.0)  # red-orange, one ring
RIGHT_CLICK_BGR = (235.0, 120.0, 0.0)  # blue, two rings, so colour is not the only cue


@dataclass
class _Sprite:
    """Premultiplied colour and coverage of a small image, hotspot at (cx, cy)."""

    color: FloatImage  # (h, w, 3), already multiplied by alpha
    alpha: FloatImage  # (h, w, 1)
    cx: int
    cy: int


def _arrow_mask(scale: float) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """The classic arrow: a filled polygon and a one-pixel outline around it."""
    poly = np.array([(0, 0), (0, 17), (4, 13), (7, 20), (9, 19), (6, 12), (12, 12)], float)
    poly = poly * scale + 1.5
    size = int(np.ceil(poly.max())) + 3
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float64) + 0.5
    inside = np.zeros((size, size), bool)
    n = len(poly)
    for i in range(n):  # even-odd rule, vectorised over the grid
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        crosses = ((y1 > ys) != (y2 > ys)) & (xs < (x2 - x1) * (ys - y1) / (y2 - y1 + 1e-12) + x1)
        inside ^= crosses
    grown = inside.copy()
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            grown |= np.roll(np.roll(inside, dy, axis=0), dx, axis=1)
    return inside, grown & ~inside


def _pointer_sprite(scale: float) -> _Sprite:
    radius = HALO_RADIUS_PX * scale
    arrow, outline = _arrow_mask(scale)
    half = int(np.ceil(radius)) + 1
    size = 2 * half + arrow.shape[0]
    color = np.zeros((size, size, 3), np.float32)
    alpha = np.zeros((size, size, 1), np.float32)
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float32)
    d = np.hypot(xs - half, ys - half)
    halo = np.clip(radius - d, 0.0, 1.0) * 0.40  # soft one-pixel edge, translucent
    alpha[..., 0] = halo
    color[:] = np.array(HALO_BGR, np.float32) * halo[..., None]
    # The arrow's tip (its hotspot) sits at the halo's centre.
    ah, aw = arrow.shape
    o = half - 1
    sl = (slice(o, o + ah), slice(o, o + aw))
    color[sl][outline] = 255.0
    alpha[sl][outline] = 1.0
    color[sl][arrow] = 0.0
    alpha[sl][arrow] = 1.0
    return _Sprite(color, alpha, half, half)


def _blend(frame: Frame, x0: int, y0: int, color: FloatImage, alpha: FloatImage) -> None:
    """Alpha-blend a premultiplied patch into frame at (x0, y0), clipped to the frame."""
    h, w = frame.shape[:2]
    ph, pw = alpha.shape[:2]
    fx0, fy0 = max(x0, 0), max(y0, 0)
    fx1, fy1 = min(x0 + pw, w), min(y0 + ph, h)
    if fx0 >= fx1 or fy0 >= fy1:
        return
    px0, py0 = fx0 - x0, fy0 - y0
    px1, py1 = px0 + (fx1 - fx0), py0 + (fy1 - fy0)
    dst = frame[fy0:fy1, fx0:fx1, :3]
    a = alpha[py0:py1, px0:px1]
    out = dst * (1.0 - a) + color[py0:py1, px0:px1]
    dst[...] = np.clip(out + 0.5, 0, 255).astype(np.uint8)


class Compositor:
    """Thread-safe: the pointer feeds it from its thread, the capture thread draws.

    Pointer and clicks come in screen coordinates; they are drawn relative to the region's
    origin, which moves when the recorded area follows a window (move_region)."""

    def __init__(self, region: Region, scale: float = 1.0) -> None:
        self.region = region
        self._scale = scale
        self._sprite = _pointer_sprite(scale)
        self._lock = threading.Lock()
        self._pointer: tuple[int, int] | None = None
        self._clicks: list[Click] = []
        ring_half = int(np.ceil((RING_END_RADIUS_PX + RING_THICKNESS_PX * 3) * scale)) + 1
        ys, xs = np.mgrid[-ring_half : ring_half + 1, -ring_half : ring_half + 1].astype(np.float32)
        self._ring_half = ring_half
        self._ring_distance = np.hypot(xs, ys)

    # --- inputs (any thread) ----------------------------------------------------------

    def move_pointer(self, x: int, y: int) -> None:
        with self._lock:
            self._pointer = (x, y)

    def hide_pointer(self) -> None:
        with self._lock:
            self._pointer = None

    def click(self, click: Click) -> None:
        with self._lock:
            self._clicks.append(click)
            self._pointer = (click.x, click.y)

    def move_region(self, region: Region) -> None:
        """The frames now show this area (same size): the pointer is drawn relative to it."""
        with self._lock:
            self.region = region

    # --- drawing (capture thread) -----------------------------------------------------

    def state_key(self, now_ns: int) -> tuple[object, ...]:
        """Equal keys mean an identical overlay, so an unchanged screen needs no new frame."""
        with self._lock:
            self._expire_clicks(now_ns)
            pointer = self._pointer if self._pointer_inside_locked() else None
            # Rings animate: every instant with a live ring is a different picture.
            rings = now_ns if self._clicks else None
            # A moved region puts the same pointer elsewhere in the picture.
            return (pointer, rings, self.region.x, self.region.y)

    def draw(self, frame: Frame, now_ns: int) -> None:
        self.overlay(now_ns).draw(frame)

    def overlay(self, now_ns: int) -> Overlay:
        """What is drawn at now_ns, fixed: the boxes it covers and the drawing agree even if the
        pointer moves meanwhile."""
        with self._lock:
            self._expire_clicks(now_ns)
            pointer = self._pointer if self._pointer_inside_locked() else None
            clicks = tuple(self._clicks)
            rx, ry = self.region.x, self.region.y
        return Overlay(self, now_ns, pointer, clicks, rx, ry)

    def _pointer_inside_locked(self) -> bool:
        return self._pointer is not None and self.region.contains(*self._pointer)

    def _expire_clicks(self, now_ns: int) -> None:
        self._clicks = [c for c in self._clicks if now_ns - c.t_ns < RING_LIFETIME_NS]

    def _sprite_box(self, pointer: tuple[int, int], rx: int, ry: int) -> Box:
        s = self._sprite
        x0, y0 = pointer[0] - rx - s.cx, pointer[1] - ry - s.cy
        return (x0, y0, x0 + s.alpha.shape[1], y0 + s.alpha.shape[0])

    def _ring_box(self, click: Click, rx: int, ry: int) -> Box:
        h = self._ring_half
        x0, y0 = click.x - rx - h, click.y - ry - h
        return (x0, y0, x0 + 2 * h + 1, y0 + 2 * h + 1)

    def _draw_ring(self, frame: Frame, click: Click, now_ns: int, rx: int, ry: int) -> None:
        age = max(0.0, (now_ns - click.t_ns) / RING_LIFETIME_NS)
        fade = 1.0 - age
        radius = (RING_START_RADIUS_PX + (RING_END_RADIUS_PX - RING_START_RADIUS_PX) * age) * (
            self._scale
        )
        half_width = RING_THICKNESS_PX * self._scale / 2
        d = self._ring_distance
        coverage = np.clip(half_width + 0.5 - np.abs(d - radius), 0.0, 1.0)
        if click.button is MouseButton.RIGHT:
            inner = np.clip(half_width + 0.5 - np.abs(d - radius * 0.6), 0.0, 1.0)
            coverage = np.maximum(coverage, inner)
            bgr = RIGHT_CLICK_BGR
        else:
            bgr = LEFT_CLICK_BGR
        alpha = (coverage * fade).astype(np.float32)[..., None]
        color = alpha * np.array(bgr, np.float32)
        h = self._ring_half
        _blend(frame, click.x - rx - h, click.y - ry - h, color, alpha)


class Overlay:
    """The pointer and rings of one instant, ready to be drawn into the frame or into a patch of
    it (only the pixels in boxes() change, so a frame kept converted elsewhere needs only those
    converted again)."""

    def __init__(
        self,
        compositor: Compositor,
        now_ns: int,
        pointer: tuple[int, int] | None,
        clicks: tuple[Click, ...],
        rx: int,
        ry: int,
    ) -> None:
        self._c = compositor
        self._now_ns = now_ns
        self._pointer = pointer
        self._clicks = clicks
        self._rx, self._ry = rx, ry

    def boxes(self) -> list[Box]:
        """The areas drawn into, in the frame's pixels (not clipped to it)."""
        c, rx, ry = self._c, self._rx, self._ry
        boxes = [c._ring_box(k, rx, ry) for k in self._clicks]
        if self._pointer is not None:
            boxes.append(c._sprite_box(self._pointer, rx, ry))
        return boxes

    def draw(self, frame: Frame, x0: int = 0, y0: int = 0) -> None:
        """Draw into frame, which holds the recorded picture's pixels from (x0, y0) on."""
        c, rx, ry = self._c, self._rx + x0, self._ry + y0
        for k in self._clicks:
            c._draw_ring(frame, k, self._now_ns, rx, ry)
        if self._pointer is not None:
            s = c._sprite
            _blend(
                frame, self._pointer[0] - rx - s.cx, self._pointer[1] - ry - s.cy, s.color, s.alpha
            )
