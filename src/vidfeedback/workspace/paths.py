"""Where the app keeps its own files: settings, the crash-recovery record, takes in progress.

platformdirs follows XDG on Linux (and the platform's rules elsewhere), so tests point the app at
temporary folders by setting XDG_CONFIG_HOME / XDG_STATE_HOME / XDG_DATA_HOME in its environment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vidfeedback"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    state_dir: Path
    data_dir: Path
    log_dir: Path  # the rotating log file (vidfeedback.logs), reachable from Help

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            state_dir=Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (tests, portable installs)."""
        return cls(root / "config", root / "state", root / "data", root / "state" / "log")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def current_take_file(self) -> Path:
        """Written when a take starts, removed when it is safely finished (see recovery)."""
        return self.state_dir / "current_take.json"

    @property
    def takes_dir(self) -> Path:
        return self.data_dir / "takes"

    @property
    def assignments_dir(self) -> Path:
        """Per-assignment working state: student status, chapter edits, grades, notes."""
        return self.data_dir / "assignments"

    @property
    def demo_dir(self) -> Path:
        """A writable copy of the built-in demo assignment (exports write into it)."""
        return self.data_dir / "demo"

    def ensure(self) -> None:
        for d in (self.config_dir, self.state_dir, self.data_dir):
            d.mkdir(parents=True, exist_ok=True)
