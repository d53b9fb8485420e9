"""Where to put the floating toolbar: never inside the captured area when the screens allow it."""

from __future__ import annotations

from .qt import QPoint, QRect, QSize

MARGIN_PX = 12


def place_outside(capture: QRect, size: QSize, screens: list[QRect]) -> tuple[QPoint, bool]:
    """Top-left for a window of `size` outside `capture`, and whether that was possible.

    Tries below, above, right of and left of the captured area on its own screen first (the
    teacher's eyes are there), then any other screen; falls back to the bottom-right corner.
    """
    w, h = size.width(), size.height()
    candidates: list[QPoint] = []
    cx = capture.center().x() - w // 2
    cy = capture.center().y() - h // 2
    candidates.append(QPoint(cx, capture.bottom() + 1 + MARGIN_PX))
    candidates.append(QPoint(cx, capture.top() - MARGIN_PX - h))
    candidates.append(QPoint(capture.right() + 1 + MARGIN_PX, cy))
    candidates.append(QPoint(capture.left() - MARGIN_PX - w, cy))
    ordered = sorted(screens, key=lambda s: not s.intersects(capture))
    for screen in ordered:
        for p in candidates:
            # Slide along the edge so a candidate at a screen border still fits.
            x = min(max(p.x(), screen.left()), screen.right() + 1 - w)
            y = min(max(p.y(), screen.top()), screen.bottom() + 1 - h)
            rect = QRect(QPoint(x, y), size)
            if screen.contains(rect) and not rect.intersects(capture):
                return rect.topLeft(), True
        corner = QRect(screen.right() + 1 - w - MARGIN_PX, screen.top() + MARGIN_PX, w, h)
        if not corner.intersects(capture):
            return corner.topLeft(), True
    fallback = screens[0] if screens else QRect(0, 0, w, h)
    return QPoint(
        fallback.right() + 1 - w - MARGIN_PX, fallback.bottom() + 1 - h - MARGIN_PX
    ), False
