"""Ways to deliver a letter, behind one small interface (`ui.delivery.delivery.Delivery`).

- `print` (PrintDelivery): Qt print preview; the result comes when the user prints or closes.
- `pdf` (PdfDelivery): asks where to save (`ui.ask.save_file`) and writes the PDF.
- `packet` (PacketDelivery): the same for the packet (cover, letter, call log, documents).
- `email` (EmailDelivery): SMTP from the account in Settings, PDF attached, on a worker thread.
- `mail_app` (MailAppDelivery): a mailto link plus the PDF saved with its folder shown.
- `portal` (PortalDelivery): copies the text and opens the regulator's web form.

`make_backends()` gives one of each, by method; each `start(job, done)` calls `done` once
with a `DeliveryResult` (success, failure with a plain-words reason, or cancelled).
"""

from __future__ import annotations

from ui.delivery.delivery import METHODS, Delivery, DeliveryResult, LetterJob


def make_backends() -> dict[str, Delivery]:
    from ui.delivery.email_delivery import EmailDelivery
    from ui.delivery.mail_app_delivery import MailAppDelivery
    from ui.delivery.packet_delivery import PacketDelivery
    from ui.delivery.pdf_delivery import PdfDelivery
    from ui.delivery.portal_delivery import PortalDelivery
    from ui.delivery.print_delivery import PrintDelivery

    return {
        "print": PrintDelivery(),
        "pdf": PdfDelivery(),
        "packet": PacketDelivery(),
        "email": EmailDelivery(),
        "mail_app": MailAppDelivery(),
        "portal": PortalDelivery(),
    }


__all__ = ["METHODS", "Delivery", "DeliveryResult", "LetterJob", "make_backends"]
