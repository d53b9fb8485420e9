"""The plain data the engine's stages hand each other: pictures, sound samples, clicks.

Sources (capture/) produce them and consumers (compositor, aligner, encoders) take them; both
import them from here, so no source has to know its consumer."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

Frame = npt.NDArray[np.uint8]  # (height, width, 4) BGRA, as the screen hands it over
Samples = npt.NDArray[np.float32]  # mono, at takes.format.SAMPLE_RATE_HZ


class MouseButton(enum.Enum):
    LEFT = "left"
    RIGHT = "right"
    MIDDLE = "middle"


@dataclass(frozen=True)
class Click:
    x: int  # screen coordinates
    y: int
    button: MouseButton
    t_ns: int  # monotonic


class PointerSink(Protocol):
    """Where the pointer source delivers (the compositor): called on the listener's thread."""

    def move_pointer(self, x: int, y: int) -> None: ...
    def click(self, click: Click) -> None: ...
