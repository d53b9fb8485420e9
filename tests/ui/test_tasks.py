"""A window's background tasks: forgotten once done, waited for at close."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from vidfeedback.ui.worker import Task, Tasks


def test_done_tasks_are_forgotten_and_running_ones_waited_for(qtbot: QtBot) -> None:
    tasks = Tasks()
    for i in range(5):
        tasks.start(Task(lambda: None, f"quick-{i}")).join(5)
    release = threading.Event()
    finished: list[str] = []

    def slow() -> None:
        release.wait(5)
        finished.append("slow")

    tasks.start(Task(slow, "slow"))
    tasks.start(Task(lambda: None, "last")).join(5)
    assert [t.name for t in tasks.running] == ["slow"]
    assert len(tasks) == 2  # the five quick ones are gone; "last" goes at the next start
    assert not tasks.wait(0.1)  # still running: said, not hidden
    threading.Timer(0.2, release.set).start()
    assert tasks.wait(5)
    assert finished == ["slow"] and tasks.running == []
