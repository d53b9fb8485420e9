"""The review's sound output is made by Qt, not by Python (see vidfeedback.ui.playback)."""

from __future__ import annotations

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from vidfeedback.ui.playback import audio_output
from vidfeedback.ui.qt import QAudioOutput, QObject


# No sound server in a widget test's process; Qt says so when an audio output is made.
@pytest.mark.qt_log_ignore(r"^PulseAudioService: pa_context_connect\(\) failed$")
def test_the_audio_output_has_no_python_wrapper_class(qtbot: QtBot) -> None:
    owner = QObject()
    output = audio_output(owner)
    assert isinstance(output, QAudioOutput)
    # Made by Qt: its disconnectNotify() never asks Python (and so never waits for the GIL)
    # when a player's renderer thread lets go of it.
    assert not shiboken6.createdByPython(output)
    assert shiboken6.createdByPython(QAudioOutput(owner))  # what a plain constructor makes
    assert output.parent() is owner and output.volume() == 1.0 and not output.isMuted()
    with qtbot.waitSignal(output.destroyed):
        owner.deleteLater()  # goes with its owner, like a child made in Python
