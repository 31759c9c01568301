"""Attaching documents to a stored case: checked by content, copied privately, listed."""

from __future__ import annotations

import os

import pytest

from helper.documents import MAX_BYTES, DocumentError, attach_document, resolve, sniff
from helper.store import Store
from tests.helper.documents_support import make_pdf, make_photo, stored_case


@pytest.fixture
def case_id(home, example_case_dict):
    return stored_case(home, example_case_dict)


def test_a_pdf_is_copied_privately_and_listed_in_the_case(home, case_id, tmp_path):
    source = make_pdf(tmp_path / "eob.pdf", pages=3)
    with Store.open(home) as store:
        document = attach_document(store, case_id, source, "eob", "v1", "EOB of September 10")
        again = attach_document(store, case_id, make_photo(tmp_path / "r.jpg"), "superbill")
        case = store.get_case(case_id)
    assert (document.id, again.id) == ("d-1", "d-2")
    assert [d.to_dict() for d in case.documents] == [document.to_dict(), again.to_dict()]
    assert (document.kind, document.title, document.visit) == ("eob", "EOB of September 10", "v1")
    assert again.title == "r" and again.visit is None and again.added is not None
    copy = resolve(home, document.file)
    assert copy.read_bytes() == source.read_bytes() and copy.suffix == ".pdf"
    assert not os.path.isabs(document.file) and document.file.startswith("documents/")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    assert (home / "documents").stat().st_mode & 0o777 == 0o700


def test_the_kind_of_file_is_read_from_its_content_not_its_name(tmp_path):
    disguised = make_pdf(tmp_path / "scan.jpg")
    assert sniff(disguised) == "pdf"
    assert sniff(make_photo(tmp_path / "photo.pdf.png")) == "png"
    assert sniff(make_photo(tmp_path / "photo")) == "jpeg"
    text = tmp_path / "notes.pdf"
    text.write_text("just some notes")
    with pytest.raises(DocumentError, match="not a PDF, PNG or JPEG"):
        sniff(text)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\nthis is not really a PDF", "damaged"),
        (b"\x89PNG\r\n\x1a\nnot an image", "damaged"),
    ],
)
def test_empty_and_damaged_files_are_refused_in_one_line(tmp_path, content, words):
    path = tmp_path / "file.bin"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=words) as caught:
        sniff(path)
    assert "\n" not in str(caught.value) and "file.bin" in str(caught.value)


def test_a_file_over_25_mb_is_refused(tmp_path):
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(DocumentError, match="25 MB at most"):
        sniff(big)


def test_a_bad_kind_or_visit_names_the_field_and_stores_nothing(home, case_id, tmp_path):
    source = make_pdf(tmp_path / "eob.pdf")
    with Store.open(home) as store:
        with pytest.raises(DocumentError, match=r"^kind: must be one of eob, denial_letter"):
            attach_document(store, case_id, source, "receipt")
        with pytest.raises(DocumentError, match=r'^visit: no visit or pump "v9".*v1'):
            attach_document(store, case_id, source, "eob", visit="v9")
        assert store.get_case(case_id).documents == []
    assert not (home / "documents").exists()
