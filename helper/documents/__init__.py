"""Documents attached to a case (EOBs, denial letters, superbills...), checked by content.

- `attach_document(store, case_id, path, kind, visit=None, title=None)` -> Document: copies
  a PDF, PNG or JPEG (25 MB at most) into the data folder (0600) and lists it in the case.
- `sniff(path)` -> "pdf" | "png" | "jpeg"; `resolve(home, document.file)` -> its path.
- `DocumentError`: one line naming the field or the file.
"""

from __future__ import annotations

from helper.documents.attach import attach_document, check_visit
from helper.documents.files import MAX_BYTES, DocumentError, resolve, sniff

__all__ = ["MAX_BYTES", "DocumentError", "attach_document", "check_visit", "resolve", "sniff"]
