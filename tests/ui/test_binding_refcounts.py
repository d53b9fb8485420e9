"""The Qt binding must not drain references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every Qt method call that returns
nothing. None starts with a few thousand references, so a toolbar refreshed a few times a second
killed the app ("Fatal Python error: none_dealloc") five to seven minutes into a take, long after
every short test had passed. This test makes thousands of such calls in a fresh interpreter and
requires None's reference count to stay where it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

CALLS_PER_METHOD = 2_000

PROBE = textwrap.dedent(
    f"""
    import json, sys
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QWidget
    import PySide6

    app = QApplication([])
    bar = QProgressBar()
    label = QLabel()
    button = QPushButton()
    widget = QWidget()
    calls = {{
        "QProgressBar.setValue": lambda i: bar.setValue(i % 100),
        "QLabel.setText": lambda i: label.setText("x"),
        "QWidget.setToolTip": lambda i: widget.setToolTip("tip"),
        "QWidget.setStyleSheet": lambda i: widget.setStyleSheet(""),
        "QWidget.update": lambda i: widget.update(),
        "QPushButton.setEnabled": lambda i: button.setEnabled(bool(i % 2)),
        "QObject.setObjectName": lambda i: widget.setObjectName("w"),
    }}
    lost = {{}}
    for name, call in calls.items():
        call(0)  # first call may cache wrappers; measure from the second on
        before = sys.getrefcount(None)
        for i in range({CALLS_PER_METHOD}):
            call(i)
        lost[name] = before - sys.getrefcount(None)
    print(json.dumps({{"pyside": PySide6.__version__, "python": sys.version, "lost": lost}}))
    """
)


def test_void_qt_calls_keep_every_reference_to_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    # A draining binding can abort the interpreter at exit; that alone is a failure.
    assert done.returncode == 0, f"the probe died ({done.returncode}): {done.stderr[-2000:]}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # A few references may come and go with caches; a drain loses one per call (2,000 here).
    drained = {name: n for name, n in report["lost"].items() if n > CALLS_PER_METHOD // 100}
    assert not drained, (
        f"PySide6 {report['pyside']} on Python {report['python'].split()[0]} drops references "
        f"to None on void Qt calls ({CALLS_PER_METHOD} calls each): {drained}"
    )
