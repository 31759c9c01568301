"""Save the letter as a PDF file the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui import ask, printing
from ui.letters.delivery import Delivery, DeliveryResult, Done, LetterJob, plain_os_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfDelivery", text)


class PdfDelivery(Delivery):
    method = "pdf"

    def start(self, job: LetterJob, done: Done) -> None:
        chosen = ask.save_file(
            job.parent,
            _tr("Save the letter as PDF"),
            _tr("PDF files (*.pdf)"),
            f"{job.file_stem}.pdf",
        )
        if not chosen:
            done(DeliveryResult.cancel(self.method, _tr("Not saved: no file was chosen.")))
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            printing.render_html_pdf(job.letter.html, path, title=job.letter.subject)
        except OSError as error:
            done(
                DeliveryResult.failure(
                    self.method, plain_os_error(error, _tr("Could not save the PDF"))
                )
            )
            return
        done(
            DeliveryResult.success(
                self.method, _tr("Saved the letter as {path}.").format(path=path), path=path
            )
        )
