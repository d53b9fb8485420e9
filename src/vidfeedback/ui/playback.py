"""Sound for the review's player, without the deadlock a Python-made QAudioOutput invites.

Qt's FFmpeg player connects each audio renderer it makes (one per play, pause, seek or stop) to
the QAudioOutput's signals, and destroys the renderer later in the renderer's own thread. A
QObject being destroyed calls disconnectNotify() on each sender *while holding Qt's signal-slot
mutex*. For a QAudioOutput made in Python that call goes to PySide's wrapper, which takes the GIL
to look for a Python override. If the GUI thread holds the GIL at that moment and waits for the
same mutex (any connect() or disconnect() whose object hashes to it, e.g. a widget being shown),
neither thread can go on: the app hangs. This was caught in the end-to-end test ("Next student"
hung in about one run of twenty under load; gdb: the GUI thread in QObject::connectImpl waiting
for a mutex, the renderer thread in ~QObject -> Sbk_GetPyOverride waiting for the GIL).

A QAudioOutput made by Qt itself has no Python wrapper class, so its disconnectNotify() never
needs the GIL. QML's AudioOutput type is such a factory.
"""

from __future__ import annotations

from .qt import QAudioOutput, QObject, QQmlComponent, QQmlEngine, QUrl

_AUDIO_OUTPUT_QML = b"import QtMultimedia\nAudioOutput {}\n"


def audio_output(owner: QObject) -> QAudioOutput:
    """A QAudioOutput made by Qt (not by Python), owned by `owner`."""
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(_AUDIO_OUTPUT_QML, QUrl())
    made = component.create()
    if isinstance(made, QAudioOutput):
        QQmlEngine.setObjectOwnership(made, QQmlEngine.ObjectOwnership.CppOwnership)
        made.setParent(owner)
        engine.setParent(made)  # the engine goes with the output it made
        return made
    engine.deleteLater()
    # QtMultimedia's QML module is missing: a Python-made output still plays, with the risk above.
    return QAudioOutput(owner)
