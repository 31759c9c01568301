"""For agencies that take complaints through a web form: copy the text, open the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from helper.letters import RenderedLetter
from ui.delivery.delivery import Delivery, DeliveryResult, Done, LetterJob


def _tr(text: str) -> str:
    return QCoreApplication.translate("PortalDelivery", text)


class PortalDelivery(Delivery):
    method = "portal"

    def __init__(self, form_url: str | None = None) -> None:
        self.form_url = form_url  # the regulator's complaint page when the letter names none

    def url_for(self, letter: RenderedLetter) -> str | None:
        return letter.recipient.web_form or self.form_url

    def available(self, letter: RenderedLetter) -> bool:
        return bool(self.url_for(letter))

    def start(self, job: LetterJob, done: Done) -> None:
        url = self.url_for(job.letter)
        QGuiApplication.clipboard().setText(job.letter.text)
        if not url:
            done(
                DeliveryResult.failure(
                    self.method,
                    _tr("The letter text is copied, but this letter names no web form to open."),
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl(url)):
            done(
                DeliveryResult.failure(
                    self.method,
                    _tr(
                        "The letter text is copied, but the web browser did not open. Open "
                        "this page yourself and paste the text there: {url}"
                    ).format(url=url),
                )
            )
            return
        done(
            DeliveryResult.success(
                self.method,
                _tr(
                    "The letter text is copied. Paste it into the form that opened in your "
                    "browser ({url})."
                ).format(url=url),
                to=url,
            )
        )
