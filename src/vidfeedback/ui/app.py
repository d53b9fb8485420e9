"""Application start: settings, language, the main window, recovery of an interrupted take."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from vidfeedback import __version__
from vidfeedback.logs import json_events_from_environment, setup_logging
from vidfeedback.resources.icons import app_icon_path
from vidfeedback.workspace.engine import make_recorder, recover_take
from vidfeedback.workspace.paths import AppPaths

from .automation import AutomationLog
from .i18n import Translations
from .main_window import AppContext, MainWindow
from .qt import QApplication, QIcon, QLoggingCategory, QTimer
from .settings import AppSettings

# Qt Multimedia reports on stderr which optional libraries it did not find (PipeWire, hardware
# decoders); that is expected on most machines and says nothing about the app.
QUIET_LOGGING_RULES = "\n".join(
    [
        "qt.multimedia.symbolsresolver.warning=false",
        "qt.multimedia.playbackengine.codec.warning=false",
        "qt.multimedia.ffmpeg.info=false",
    ]
)


def run_app(path: Path | None, argv: list[str]) -> int:
    QLoggingCategory.setFilterRules(QUIET_LOGGING_RULES)
    app = QApplication.instance() or QApplication(["vidfeedback", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("vidfeedback")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("vidfeedback")
    app.setWindowIcon(QIcon(str(app_icon_path())))
    app.setQuitOnLastWindowClosed(False)  # the main window hides while recording

    paths = AppPaths.default()
    paths.ensure()
    log_file = setup_logging(paths.log_dir, json_events_from_environment())
    settings = AppSettings(paths.settings_file)
    translations = Translations(app)
    translations.apply(settings.language)
    log = AutomationLog.from_environment()

    def recover(
        take_dir: Path, out_path: Path, progress: Callable[[float], None]
    ) -> tuple[Path, int, list[object]]:
        final = recover_take(take_dir, out_path, progress)
        return final.path, final.duration_ms, list(final.markers)

    ctx = AppContext(
        paths=paths,
        settings=settings,
        log=log,
        make_recorder=make_recorder,
        recover=recover,
        apply_language=lambda: translations.apply(settings.language) and None,
        language_code=lambda: translations.language.value,
    )
    window = MainWindow(ctx)
    window.show()

    def first_screen() -> None:
        window.offer_recovery()
        if path is not None:
            window.open_path(path)
        else:
            window.open_last_or_demo()

    QTimer.singleShot(0, first_screen)
    log.emit(
        "started",
        version=__version__,
        language=translations.language.value,
        platform=QApplication.platformName(),
        icon=not app.windowIcon().isNull(),
        log_file=str(log_file) if log_file is not None else None,
    )
    code = app.exec()
    settings.sync()
    return int(code)


if __name__ == "__main__":
    sys.exit(run_app(Path(sys.argv[1]) if len(sys.argv) > 1 else None, sys.argv[2:]))
