"""The player's position bar: a click on it jumps there (a plain QSlider only steps a page
towards the click), dragging scrubs, and the arrow keys step; each reports the new position."""

from __future__ import annotations

from typing import Any

from .qt import QProxyStyle, QSlider, QStyle, Qt, QWidget, Signal


class _ClickJumps(QProxyStyle):
    """Qt's own hint for "a click sets the value where it lands", for the left button."""

    def styleHint(self, hint: QStyle.StyleHint, *args: Any) -> int:
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return Qt.MouseButton.LeftButton.value
        return int(super().styleHint(hint, *args))


class SeekSlider(QSlider):
    seek_requested = Signal(int)  # position (ms)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        style = _ClickJumps(self.style().name())
        style.setParent(self)  # the slider owns it; a style has no parent argument
        self.setStyle(style)
        # Every user action (click, drag, arrow keys, page keys), not the player's own updates.
        self.actionTriggered.connect(
            lambda _action: self.seek_requested.emit(self.sliderPosition())
        )
