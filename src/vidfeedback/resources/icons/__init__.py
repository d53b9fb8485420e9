"""The application icon: one SVG that Qt renders crisply at every size (QtSvg's icon engine,
shipped with PySide6-Essentials). packaging/install-desktop.sh installs the same file for menus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

APP_ICON_NAME = "vidfeedback.svg"


def app_icon_path() -> Path:
    """The packaged SVG icon (read-only once installed)."""
    return Path(str(resources.files(__name__).joinpath(APP_ICON_NAME)))
