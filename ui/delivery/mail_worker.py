"""Sends mail on a worker thread so the window never freezes; the answer comes back as a
signal in the GUI thread."""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from helper.mail import MailError, SmtpAccount, send


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it (a queued connection)."""

    done = Signal(str)


class _SendTask(QRunnable):
    def __init__(self, relay: _Relay, account: SmtpAccount, password: str | None, message):
        super().__init__()
        self.relay = relay
        self.account = account
        self.password = password
        self.message = message

    def run(self) -> None:
        try:
            send(self.account, self.password, self.message)
        except MailError as error:
            self.relay.done.emit(error.reason)
        except Exception as error:  # noqa: BLE001 - the GUI must always hear back
            self.relay.done.emit(f"The email could not be sent: {error}")
        else:
            self.relay.done.emit("")


class MailSender(QObject):
    """`send(...)` starts one sending; `finished(reason)` fires with "" when it went."""

    finished = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.busy = False

    def send(self, account: SmtpAccount, password: str | None, message: EmailMessage) -> None:
        if self.busy:
            raise RuntimeError("already sending")
        self.busy = True
        QThreadPool.globalInstance().start(_SendTask(self._relay, account, password, message))

    @Slot(str)
    def _on_done(self, reason: str) -> None:
        self.busy = False
        self.finished.emit(reason)
