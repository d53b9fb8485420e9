"""Recently opened assignments, newest first, one click away in the File menu and start page."""

from __future__ import annotations

from pathlib import Path

from .settings import MAX_RECENT, AppSettings


class RecentAssignments:
    def __init__(self, settings: AppSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """Newest first, also those no longer on disk: the menu shows them as missing (a moved
        folder, or a disk not plugged in now), so the teacher knows where the work went."""
        return list(self._settings.recent)

    def add(self, path: Path) -> None:
        resolved = path.resolve()
        rest = [p for p in self._settings.recent if p.resolve() != resolved]
        self._settings.recent = [resolved, *rest][:MAX_RECENT]
        self._settings.sync()

    def clear(self) -> None:
        self._settings.recent = []
        self._settings.sync()
