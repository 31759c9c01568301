"""Save the letter as a PDF file the user chooses (helper's PDF engine, as the CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from helper.pdf import PdfError
from ui import ask
from ui.delivery.delivery import Delivery, DeliveryResult, Done, LetterJob
from ui.delivery.pdf_file import pdf_failure, save_letter_pdf


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfDelivery", text)


def ask_pdf_path(parent, title: str, suggested: str) -> Path | None:
    """The PDF file the user picks (".pdf" added when the name has another ending), or None."""
    chosen = ask.save_file(parent, title, _tr("PDF files (*.pdf)"), suggested)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class PdfDelivery(Delivery):
    method = "pdf"

    def start(self, job: LetterJob, done: Done) -> None:
        path = ask_pdf_path(job.parent, _tr("Save the letter as PDF"), f"{job.file_stem}.pdf")
        if path is None:
            done(DeliveryResult.cancel(self.method, _tr("Not saved: no file was chosen.")))
            return
        try:
            save_letter_pdf(job.letter, path)
        except (OSError, PdfError) as error:
            done(
                DeliveryResult.failure(
                    self.method, pdf_failure(error, _tr("Could not save the PDF"))
                )
            )
            return
        done(
            DeliveryResult.success(
                self.method, _tr("Saved the letter as {path}.").format(path=path), path=path
            )
        )
