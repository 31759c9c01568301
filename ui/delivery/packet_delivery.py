"""Save the appeal packet: cover sheet, the letter, the call log for the claim and every
document attached to the case, as one PDF file the user chooses (helper.packet, the same
as `lactation-helper packet`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from helper.files import write_private
from helper.pdf import PdfError
from ui.delivery.delivery import Delivery, DeliveryResult, Done, LetterJob
from ui.delivery.pdf_delivery import ask_pdf_path
from ui.delivery.pdf_file import pdf_failure


def _tr(text: str) -> str:
    return QCoreApplication.translate("PacketDelivery", text)


class PacketDelivery(Delivery):
    method = "pdf"  # the letter history says it was saved as a PDF

    def start(self, job: LetterJob, done: Done) -> None:
        if job.case is None:
            done(DeliveryResult.failure(self.method, _tr("Choose a case first.")))
            return
        title = _tr("Save the packet as PDF")
        path = ask_pdf_path(job.parent, title, f"{job.file_stem}-packet.pdf")
        if path is None:
            done(DeliveryResult.cancel(self.method, _tr("Not saved: no file was chosen.")))
            return
        try:
            today = job.today or dt.date.today()
            home = Path(job.store.home)
            from helper.packet import packet_pdf  # pypdf and the PDF engine: on use

            data = packet_pdf(job.letter, job.case, job.visit, home, today, extra=job.extra)
            write_private(path, data)
        except (OSError, PdfError) as error:
            done(
                DeliveryResult.failure(
                    self.method, pdf_failure(error, _tr("Could not save the packet"))
                )
            )
            return
        count = len(job.case.documents)
        done(
            DeliveryResult.success(
                self.method,
                _tr(
                    "Saved the packet as {path}: cover sheet, letter, call log and the "
                    "documents attached to this case ({count} in the case)."
                ).format(path=path, count=count),
                path=path,
            )
        )
