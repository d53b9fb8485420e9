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

    def moved_to(self, x: int, y: int) -> Region:
        """The same size with its top-left corner at (x, y)."""
        return Region(x, y, self.width, self.height)

    def clamped_into(self, screen: Region) -> Region:
        """The same size, moved as little as possible so that it lies on the screen (a region
        wider or taller than the screen starts at the screen's edge on that side)."""
        x = max(screen.x, min(self.x, screen.x + screen.width - self.width))
        y = max(screen.y, min(self.y, screen.y + screen.height - self.height))
        return Region(x, y, self.width, self.height)

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
