"""A long student text in a Qt editor filling the screen, to be scrolled while recording.

Run as a script on the test's X display (QT_QPA_PLATFORM=xcb); it prints "ready" once the
window is painted and exits when its stdin closes. The words are coloured, so a picture moved
with the wrong shift or with its chroma a row off stands out from the screen it should show.
"""

from __future__ import annotations

import argparse
import random
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTextEdit

_TEXT = (
    "oppgaven drøfter hvordan elevene bruker kilder i arbeidet med fagteksten og hvilke "
    "argumenter som holder når påstandene blir prøvd mot data fra undersøkelsen"
)
_WORDS = _TEXT.split()
_COLOURS = ("#202020", "#b00020", "#0050b0", "#107020", "#805000")


def student_html(seed: int, paragraphs: int) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        words = [
            f'<span style="color:{rng.choice(_COLOURS)}">{rng.choice(_WORDS)}</span>'
            for _ in range(rng.randint(40, 90))
        ]
        out.append("<p>" + " ".join(words) + ".</p>")
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    editor = QTextEdit()
    editor.setReadOnly(True)  # no blinking caret: the screen holds still between scrolls
    editor.setFont(QFont("DejaVu Sans", 13))
    editor.setHtml(student_html(7, 200))
    editor.setGeometry(0, 0, args.width, args.height)
    editor.show()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: app.quit() if not sys.stdin.readline() else None)
    QTimer.singleShot(700, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
