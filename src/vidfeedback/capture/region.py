"""The part of the screen being recorded, in virtual-screen pixel coordinates."""

from __future__ import annotations

from dataclasses import dataclass


class RegionError(ValueError):
    """The region cannot be recorded; the message says why and what to do."""


@dataclass(frozen=True)
class Region:
    x: int
    y: int
    width: int
    height: int

    @classmethod
    def parse(cls, text: str) -> Region:
        """From "X,Y,W,H" as typed on the command line."""
        parts = text.replace(" ", "").split(",")
        if len(parts) != 4:
            raise RegionError(f"a region is X,Y,WIDTH,HEIGHT (four numbers), not {text!r}")
        try:
            x, y, w, h = (int(p) for p in parts)
        except ValueError:
            raise RegionError(f"a region is four whole numbers, not {text!r}") from None
        return cls(x, y, w, h)

    def even(self) -> Region:
        """YUV 4:2:0 needs even sides; crop a pixel rather than scale the teacher's text."""
        return Region(self.x, self.y, self.width - self.width % 2, self.height - self.height % 2)

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height

    def check_inside(self, screen: Region) -> None:
        """Raise RegionError unless the region lies wholly on the screen and is big enough."""
        if self.width < 16 or self.height < 16:
            raise RegionError(
                f"the region {self.width}×{self.height} is too small; choose at least 16×16 pixels"
            )
        inside = (
            self.x >= screen.x
            and self.y >= screen.y
            and self.x + self.width <= screen.x + screen.width
            and self.y + self.height <= screen.y + screen.height
        )
        if not inside:
            raise RegionError(
                f"the region {self.width}×{self.height} at ({self.x}, {self.y}) is outside the "
                f"screen ({screen.width}×{screen.height} at ({screen.x}, {screen.y})); "
                "choose a region on the screen"
            )
