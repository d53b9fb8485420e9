"""The screen a teacher records over: a long student text filling the screen, plus a flash marker.

Started by record_benchmark.py as a subprocess (QT_QPA_PLATFORM=xcb on Xvfb). It prints "ready"
once the window is on screen and then obeys one command per stdin line:

    flash on    map a small black override-redirect window in the blank strip on the right
    flash off   unmap it again
    quit        exit

The flash is a *separate small window that is mapped*, not a repaint of the big editor, because
mapping shows up in the very next captured frame while repainting a large widget can lag by tens
of milliseconds (see docs in shared/design/testing.md); the sync measurement depends on that.
"""

from __future__ import annotations

import argparse
import os
import random
import sys

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget

# The flash window and the strip it sits in. The benchmark measures the mean brightness of
# FLASH_PROBE (inside FLASH_RECT) in every decoded frame; the pointer path stays left of STRIP_X.
STRIP_X = 1640
FLASH_RECT = (1700, 40, 180, 180)  # x, y, w, h on a 1920×1080 screen
FLASH_PROBE = (1730, 70, 120, 120)

_VOCABULARY = (
    "oppgaven drøfter hvordan elevene bruker kilder i arbeidet med fagteksten og hvilke "
    "argumenter som holder når påstandene blir prøvd mot data fra undersøkelsen vi gjorde "
    "i klassen i fjor høst samtidig som metoden beskrives kort men presist nok til at en "
    "leser kan gjenta forsøket og se om resultatet blir det samme neste gang"
)
_WORDS = _VOCABULARY.split()


def student_text(seed: int, paragraphs: int) -> str:
    """A long, deterministic pseudo-essay: enough lines that scrolling never reaches the end."""
    rng = random.Random(seed)
    out: list[str] = []
    for p in range(paragraphs):
        if p % 12 == 0:
            out.append(f"{p // 12 + 1}. Kapittel {p // 12 + 1}\n")
        sentences = []
        for _ in range(rng.randint(3, 7)):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
            sentences.append(" ".join(words).capitalize() + ".")
        out.append(" ".join(sentences) + "\n")
    return "\n".join(out)


class DocumentWindow(QWidget):
    def __init__(self, text: str, width: int, height: int) -> None:
        super().__init__()
        self.setWindowTitle("Innlevering.txt")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.setFont(QFont("DejaVu Sans", 13))
        layout.addWidget(self.editor, 1)
        # A blank white strip so the flash probe sees a constant background whatever is typed
        # or scrolled in the editor.
        strip = QWidget()
        strip.setFixedWidth(width - STRIP_X)
        pal = strip.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("white"))
        strip.setPalette(pal)
        strip.setAutoFillBackground(True)
        layout.addWidget(strip)
        self.setGeometry(0, 0, width, height)


class FlashWindow(QWidget):
    def __init__(self) -> None:
        # ToolTip windows are override-redirect on xcb: mapped at once, never managed.
        super().__init__(
            None,
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.X11BypassWindowManagerHint,
        )
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setGeometry(*FLASH_RECT)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    window = DocumentWindow(student_text(args.seed, 600), args.width, args.height)
    window.show()
    window.activateWindow()
    window.editor.setFocus()
    flash = FlashWindow()
    # Create the native window up front so the first "flash on" is only a map, like the others.
    flash.show()
    flash.hide()

    buffer = b""
    fd = sys.stdin.fileno()
    notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)

    def on_stdin() -> None:
        nonlocal buffer
        chunk = os.read(fd, 4096)
        if not chunk:
            app.quit()
            return
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            command = line.decode().strip()
            if command == "flash on":
                flash.show()
                flash.raise_()
            elif command == "flash off":
                flash.hide()
            elif command == "quit":
                app.quit()

    notifier.activated.connect(on_stdin)

    def announce() -> None:
        print("ready", flush=True)

    # Give the first expose and paint time to land before the benchmark starts its clock.
    QTimer.singleShot(700, announce)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
