"""Print the letter through Qt's print preview (non-blocking; nothing prints until Print)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from ui import printing
from ui.delivery.delivery import Delivery, DeliveryResult, Done, LetterJob


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintDelivery", text)


class PrintDelivery(Delivery):
    """Opens the preview; the result comes when the user prints (accepted) or closes it."""

    method = "print"

    def __init__(self) -> None:
        self.dialog = None  # the open preview, for tests and to raise it again

    def start(self, job: LetterJob, done: Done) -> None:
        try:
            dialog = printing.print_html(job.parent, job.letter.html, title=job.letter.subject)
        except RuntimeError as error:  # no print support on this system
            done(
                DeliveryResult.failure(
                    self.method, _tr("Could not open printing: {why}").format(why=error)
                )
            )
            return
        self.dialog = dialog
        printer = dialog._printer  # set by ui.printing.print_html
        reported = []

        def report(result: DeliveryResult) -> None:
            if not reported:
                reported.append(result)
                done(result)

        def printed() -> None:
            if printer.printerState() == QPrinter.PrinterState.Error:
                report(
                    DeliveryResult.failure(
                        self.method,
                        _tr(
                            "The printer reported an error. Check that it is on and has paper, "
                            "then try again."
                        ),
                    )
                )
            else:
                report(DeliveryResult.success(self.method, _tr("Sent the letter to the printer.")))

        dialog.accepted.connect(printed)
        dialog.rejected.connect(
            lambda: report(DeliveryResult.cancel(self.method, _tr("Nothing was printed.")))
        )
