"""Render screenshots of the main screens into docs/screenshots/ (run by scripts/screenshots.sh
on an Xvfb screen of its own).

Everything shown is real: the demo assignment, its preparation view with planned points and
comment bank, a real two-second take recorded by the engine from the same screen, the review of
that take. Only the toolbar's clock is set to a typical mid-take moment, so the picture shows
what a teacher sees after a few minutes. The teacher's own words (planned points, comments) are
written in each language, as a teacher would.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidfeedback.model import Marker, MarkerKind
from vidfeedback.recording.capture.hotkeys import HotkeyMap
from vidfeedback.recording.port import TakeLike
from vidfeedback.recording.recorder import Recorder, RecorderConfig
from vidfeedback.takes.recovery import recover_take
from vidfeedback.ui.app import QUIET_LOGGING_RULES
from vidfeedback.ui.automation import Automation, AutomationLog
from vidfeedback.ui.i18n import Translations
from vidfeedback.ui.main_window import AppContext, MainWindow
from vidfeedback.ui.planned_points_panel import PlannedPointsPanel
from vidfeedback.ui.qt import (
    QApplication,
    QEventLoop,
    QGuiApplication,
    QLoggingCategory,
    QTimer,
    QWidget,
)
from vidfeedback.ui.record_toolbar import RecordToolbar
from vidfeedback.ui.settings import AppSettings, AudioMode, Language, OpenStudentFile
from vidfeedback.workspace.comment_bank import BankComment
from vidfeedback.workspace.engine import make_recorder
from vidfeedback.workspace.paths import AppPaths
from vidfeedback.workspace.planned_points import PlannedPoint

# The teacher's own words: (planned points, comments kept in the bank, a renamed chapter).
TEACHER_WORDS = {
    Language.ENGLISH: (
        [
            "The thesis comes only in the last paragraph",
            "Good use of the counter-argument",
            "Name your sources in the text",
        ],
        ["State your position in the introduction.", "Each paragraph: one argument."],
        "Use the counter-argument",
    ),
    Language.NORWEGIAN_BOKMAL: (
        [
            "Problemstillingen kommer først i siste avsnitt",
            "God bruk av motargumentet",
            "Oppgi kildene i teksten",
        ],
        ["Si hva du mener allerede i innledningen.", "Ett argument i hvert avsnitt."],
        "Bruk motargumentet",
    ),
    Language.NORWEGIAN_NYNORSK: (
        [
            "Problemstillinga kjem først i siste avsnitt",
            "God bruk av motargumentet",
            "Oppgi kjeldene i teksten",
        ],
        ["Sei kva du meiner allereie i innleiinga.", "Eitt argument i kvart avsnitt."],
        "Bruk motargumentet",
    ),
    Language.SWEDISH: (
        [
            "Tesen kommer först i sista stycket",
            "Bra användning av motargumentet",
            "Ange källorna i texten",
        ],
        ["Säg vad du tycker redan i inledningen.", "Ett argument i varje stycke."],
        "Använd motargumentet",
    ),
}


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        settle(50)


def grab(widget: QWidget, path: Path) -> None:
    """From the screen (not widget.grab()), so video and child windows are in the picture."""
    g = widget.frameGeometry()
    screen = QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
    if not pixmap.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")


class StillClock:
    """The toolbar's view of a recorder three minutes and 42 seconds into a take."""

    elapsed_ms = 222_000
    audio_level_dbfs = -14.0

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *_a, **_k: None


def main(out_dir: Path, language: Language) -> int:
    QLoggingCategory.setFilterRules(QUIET_LOGGING_RULES)
    app = QApplication(["vidfeedback-screenshots"])
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "" if language is Language.ENGLISH else f"-{language.value}"
    with tempfile.TemporaryDirectory(prefix="vf-shots-") as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        settings = AppSettings(paths.settings_file)
        settings.language = language
        settings.audio_mode = AudioMode.NO_AUDIO
        settings.open_student_file = OpenStudentFile.NEVER
        translations = Translations(app)
        translations.apply(language)

        def recover(d: Path, o: Path, p: Callable[[float], None]) -> tuple[Path, int, list[Any]]:
            final = recover_take(d, o, p)
            return final.path, final.duration_ms, list(final.markers)

        ctx = AppContext(
            paths=paths,
            settings=settings,
            log=AutomationLog(Automation.OFF),
            make_recorder=make_recorder,
            recover=recover,
            apply_language=lambda: None,
            language_code=lambda: translations.language.value,
        )
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.move(40, 40)
        window.show()
        window.open_demo()
        wait_until(lambda: window.view is not None)
        view = window.view
        assert view is not None and view.assignment is not None
        view.select_student("Maja Lind")
        settle(600)
        grab(window, out_dir / f"assignment-view{suffix}.png")

        # Prepare, then record: planned points, one of them from the comment bank.
        criteria = view.assignment.rubric.criteria
        planned_texts, bank_texts, renamed = TEACHER_WORDS[language]
        assert window.bank is not None
        for text, criterion in zip(bank_texts, criteria, strict=False):
            window.bank.add(BankComment(text, MarkerKind.FEED_FORWARD, criterion.name))
        window.show_prepare("Maja Lind")
        prepare = window.prepare
        assert prepare is not None
        kinds = [MarkerKind.FEED_BACK, MarkerKind.FEED_BACK, MarkerKind.FEED_FORWARD]
        points = [
            PlannedPoint(text, kind, criteria[i].id)
            for i, (text, kind) in enumerate(zip(planned_texts, kinds, strict=True))
        ]
        for point in points:
            prepare.add_point(point)
        prepare.criterion_box.setCurrentIndex(0)
        prepare.point_list.setCurrentRow(2)
        settle(600)
        grab(window, out_dir / f"prepare{suffix}.png")
        window.back_to_list()

        # A real take of the screen, recorded by the engine (no sound, no global hotkeys).
        take_path = Path(tmp) / "take.mp4"
        recorder = Recorder(
            RecorderConfig(
                out_path=take_path,
                region=None,
                fps=15,
                audio_device=None,
                global_hotkeys=False,
                hotkeys=HotkeyMap(),
            )
        )
        recorder.prepare()
        recorder.start()
        settle(400)
        recorder.add_marker(MarkerKind.FEED_UP, criteria[0].id, criteria[0].name)
        settle(700)
        recorder.add_marker(MarkerKind.FEED_BACK, criteria[1].id, criteria[1].name)
        settle(700)
        recorder.add_marker(MarkerKind.FEED_FORWARD, criteria[2].id, criteria[2].name)
        settle(700)
        take: TakeLike = recorder.stop()

        toolbar = RecordToolbar(
            StillClock(),  # type: ignore[arg-type]
            view.assignment.rubric,
            300,
            600,
            student="Maja Lind",
        )
        toolbar.criterion_box.setCurrentIndex(2)
        toolbar.refresh()
        toolbar.arrange_for(1400 - 120)  # the screenshot screen's width, as the session does
        toolbar.move(60, 60)
        toolbar.show()
        settle(400)
        grab(toolbar, out_dir / f"recording-toolbar{suffix}.png")
        # The planned points beside it, the first one covered.
        panel = PlannedPointsPanel(points, view.assignment.rubric)
        panel.set_next(1)
        panel.move(60, toolbar.frameGeometry().bottom() + 12)
        panel.show()
        settle(400)
        grab(panel, out_dir / f"recording-plan{suffix}.png")
        panel.close()
        toolbar.close()

        assert window.work is not None
        record = window.work.record("Maja Lind")
        record.take_path = str(take.path)
        record.duration_ms = take.duration_ms
        record.markers = [
            m
            if m.kind is not MarkerKind.FEED_FORWARD
            else Marker(m.kind, m.t_ms, m.criterion_id, renamed)
            for m in take.markers
        ]
        window.show_review("Maja Lind")
        review = window.review
        assert review is not None
        review.player.play()  # a paused player shows no picture until it has decoded one
        settle(max(500, take.duration_ms - 700))
        review.player.pause()
        review.table.selectRow(2)
        settle(500)
        grab(window, out_dir / f"review{suffix}.png")
        window.close()
    return 0


if __name__ == "__main__":
    lang = Language(sys.argv[2]) if len(sys.argv) > 2 else Language.ENGLISH
    sys.exit(main(Path(sys.argv[1]), lang))
