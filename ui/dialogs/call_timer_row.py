"""The call editor's minutes box with its call timer: start, stop (and resume after a
hold), the time so far, and the minutes filled in (rounded up) when it stops. The timer's
buttons go under the minutes box when the row is too narrow for both (large text)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from helper.call_timer import CallTimer, format_elapsed
from ui.widgets.named import name_control
from ui.widgets.reflow_box import ReflowBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallEditor", text)


class CallTimerRow(ReflowBox):
    def __init__(self, clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(min_chars=0, parent=parent)  # side by side whenever it fits
        self.timer = CallTimer(clock)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._show_elapsed)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(_tr(" min"))
        self.minutes.setSpecialValueText(_tr("not noted"))
        name_control(
            self.minutes,
            "call-minutes",
            _tr("Minutes"),
            _tr("How long the call took, in minutes. The call timer fills this in."),
        )
        self.label = QLabel("00:00")
        self.label.setObjectName("call-timer-elapsed")
        self.label.setAccessibleName(_tr("Time on the call"))
        self.start_button = QPushButton(_tr("Start timer"))
        name_control(
            self.start_button,
            "call-timer-start",
            _tr("Start call timer"),
            _tr("Press when the call starts; sets the start time and counts the minutes"),
        )
        self.stop_button = QPushButton(_tr("Stop timer"))
        name_control(
            self.stop_button,
            "call-timer-stop",
            _tr("Stop call timer"),
            _tr("Press when the call ends; fills in the minutes (rounded up)"),
        )
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.add(self.minutes)
        self.box.setAlignment(self.minutes, Qt.AlignmentFlag.AlignLeft)
        timer = QWidget()
        row = QHBoxLayout(timer)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.start_button, self.stop_button, self.label):
            row.addWidget(widget)
        row.addStretch(1)
        self.add(timer, 1)

    def start(self) -> None:
        self.timer.start()
        self._tick.start()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.start_button.setText(_tr("Resume timer"))
        self._show_elapsed()

    def stop(self) -> None:
        self.timer.stop()
        self._tick.stop()
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.minutes.setValue(self.timer.minutes())
        self._show_elapsed()

    def stop_ticking(self) -> None:
        self._tick.stop()

    def _show_elapsed(self) -> None:
        self.label.setText(format_elapsed(self.timer.elapsed()))
