"""The appeal packet: one PDF to mail or upload, made from a case.

- `packet_pdf(letter, case, visit, home, today, created=None, extra=None)` -> bytes: a cover sheet (to,
  from, date, subject, total pages, contents with their pages), the letter, the call log
  for that claim, then every enclosure attached to the case (`case.documents`, files
  under the data folder `home`): PDF pages merged as they are, photos one per page scaled
  to fit. The pages the app makes say "Page X of N".
- `enclosures_for(case, visit, home)`: which documents go in, checked and counted.
- `PacketError` (a helper.pdf.PdfError): an enclosure is missing or damaged, in one line.
"""

from __future__ import annotations

from helper.packet.build import PacketError, enclosures_for, packet_pdf

__all__ = ["PacketError", "enclosures_for", "packet_pdf"]
