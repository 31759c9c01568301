"""Attaching a file to a stored case: checked, copied into the data folder, listed in the
case's `documents`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helper.documents.files import DocumentError, copy_into, sniff
from helper.model import DOCUMENT_KINDS, Case, Document


def attach_document(
    store,
    case_id: str,
    source: Path,
    kind: str,
    visit: str | None = None,
    title: str | None = None,
    now: dt.datetime | None = None,
) -> Document:
    """Attach `source` to the case `case_id` in `store` (open for writing); returns the new
    Document. DocumentError (one line) for a bad kind, visit or file; KeyError for no case."""
    if kind not in DOCUMENT_KINDS:
        raise DocumentError(f'kind: must be one of {", ".join(DOCUMENT_KINDS)}; got "{kind}"')
    case = store.get_case(case_id)
    if visit is not None:
        check_visit(case, visit)
    file_type = sniff(source)
    doc_id = new_document_id(case)
    file = copy_into(store.home, case_id, doc_id, source, file_type)
    document = Document(
        id=doc_id,
        kind=kind,
        title=(title or "").strip() or Path(source).stem,
        file=file,
        visit=visit,
        added=(now or dt.datetime.now()).replace(microsecond=0),
    )
    case.documents.append(document)
    try:
        store.save_case(case_id, case)
    except BaseException:
        (Path(store.home) / file).unlink(missing_ok=True)
        raise
    return document


def check_visit(case: Case, key: str) -> None:
    """DocumentError unless `key` names a visit of the case or "equipment:ID" a pump."""
    if key.startswith("equipment:"):
        wanted = key.partition(":")[2]
        if any(item.id == wanted for item in case.equipment):
            return
    elif case.find_visit(key) is not None:
        return
    known = [case.visit_key(i) for i in range(len(case.visits))]
    known += [f"equipment:{item.id}" for item in case.equipment if item.id]
    raise DocumentError(
        f'visit: no visit or pump "{key}" in this case'
        + (f"; it has {', '.join(known)}" if known else "")
    )


def new_document_id(case: Case) -> str:
    taken = {document.id for document in case.documents}
    number = len(taken) + 1
    while f"d-{number}" in taken:
        number += 1
    return f"d-{number}"
