"""Offer to recover the take that was being recorded when the app last stopped."""

from __future__ import annotations

import enum

from vidfeedback.workspace.current_take import CurrentTake

from .qt import QMessageBox, QWidget


class RecoveryChoice(enum.Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class RecoveryPrompt(QMessageBox):
    def __init__(self, take: CurrentTake, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryPrompt")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Recover the last recording?"))
        self.setText(
            self.tr(
                "The app stopped while you were recording feedback for {student}. "
                "The recording can be recovered up to the last second."
            ).format(student=take.student_name)
        )
        self.setInformativeText(self.tr("Recover it now and review it?"))
        self.recover_button = self.addButton(self.tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(
            self.tr("&Discard the recording"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.later_button = self.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.recover_button)
        self.setEscapeButton(self.later_button)

    def choice(self) -> RecoveryChoice:
        clicked = self.clickedButton()
        if clicked is self.recover_button:
            return RecoveryChoice.RECOVER
        if clicked is self.discard_button:
            return RecoveryChoice.DISCARD
        return RecoveryChoice.LATER
