"""A microphone level bar in dBFS, shared by the mic check and the recording toolbar."""

from __future__ import annotations

import math

from .qt import QProgressBar, QWidget

FLOOR_DBFS = -60.0  # below this a voice is not usable; the bar reads empty
SPEECH_DBFS = -40.0  # a talking voice close to a laptop mic peaks well above this


class LevelMeter(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(int(FLOOR_DBFS), 0)
        self.setTextVisible(False)
        self.setValue(int(FLOOR_DBFS))
        self.setAccessibleName(self.tr("Microphone level"))
        self._dbfs = FLOOR_DBFS

    @property
    def level_dbfs(self) -> float:
        return self._dbfs

    def set_level_dbfs(self, dbfs: float) -> None:
        if math.isnan(dbfs) or dbfs < FLOOR_DBFS:
            dbfs = FLOOR_DBFS
        self._dbfs = min(dbfs, 0.0)
        self.setValue(round(self._dbfs))
        self.setToolTip(self.tr("%1 dBFS").replace("%1", f"{self._dbfs:.0f}"))
