"""Open in my mail app: a mailto link with the subject and text, and the PDF saved beside
the user's data with its folder shown, ready to attach by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from helper.paths import ensure_private_dir
from helper.pdf import PdfError
from ui.delivery.delivery import Delivery, DeliveryResult, Done, LetterJob
from ui.delivery.pdf_file import pdf_failure, save_letter_pdf

SAVED_LETTERS = "Saved letters"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailAppDelivery", text)


def saved_letters_dir(store) -> Path:
    """Where letters for the mail app are saved: a folder in the user's data folder."""
    return ensure_private_dir(Path(store.home) / SAVED_LETTERS)


def free_path(folder: Path, stem: str) -> Path:
    """`stem.pdf` in `folder`, or `stem-2.pdf`... when that name is taken."""
    path = folder / f"{stem}.pdf"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.pdf"
        number += 1
    return path


class MailAppDelivery(Delivery):
    method = "mail_app"

    def start(self, job: LetterJob, done: Done) -> None:
        letter = job.letter
        try:
            path = free_path(saved_letters_dir(job.store), job.file_stem)
            save_letter_pdf(letter, path)
        except (OSError, PdfError) as error:
            done(
                DeliveryResult.failure(
                    self.method, pdf_failure(error, _tr("Could not save the PDF"))
                )
            )
            return
        # Long letters can be cut short by some mail apps: the text goes on the clipboard too.
        QGuiApplication.clipboard().setText(letter.text)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        from helper.mail import mailto_url  # the email package: on use

        url = mailto_url(job.to.strip(), letter.subject, letter.text)
        if not QDesktopServices.openUrl(QUrl(url)):
            done(
                DeliveryResult.failure(
                    self.method,
                    _tr(
                        "No mail app opened (is one set up on this computer?). The PDF is "
                        "saved as {path} and the letter text is copied: write the email "
                        "yourself and attach the PDF."
                    ).format(path=path),
                )
            )
            return
        done(
            DeliveryResult.success(
                self.method,
                _tr(
                    "Your mail app should now show the email. Attach the PDF from the folder "
                    "that opened ({path}), then send it. The text is also copied, in case "
                    "your mail app cut it short."
                ).format(path=path),
                to=job.to.strip() or None,
                path=path,
            )
        )
