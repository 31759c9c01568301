"""The appeal packet, made by `lactation-helper packet` as a real process and read back
with pypdf: cover sheet, letter, call log for the claim, then the enclosures in order."""

from __future__ import annotations

import copy
import json
import re

import pypdf
import pytest

from helper.documents import attach_document
from helper.store import Store
from tests.helper.cli_support import one_line_error, run_cli
from tests.helper.documents_support import make_pdf, make_photo, stored_case
from tests.helper.pdf_support import normalised

ADDRESS = "recipient.address=PO Box 27630\\nAlbuquerque, NM 87125"


def with_second_visit(example: dict) -> dict:
    data = copy.deepcopy(example)
    other = copy.deepcopy(data["visits"][0])
    other["id"], other["date"] = "v2", "2026-08-29"
    other["claim"]["number"] = "C-0002"
    data["visits"].append(other)
    call = copy.deepcopy(data["calls"][0])
    call.update(id="c2", visit="v2", reference="REF-ABOUT-V2", started="2026-09-30T09:00:00")
    data["calls"].append(call)
    return data


@pytest.fixture
def packet_case(home, example_case_dict, tmp_path):
    """A stored case with a 10-page EOB and a note for v1, two photos for the whole case
    (one shot sideways) and a document about v2 that a v1 packet leaves out."""
    case_id = stored_case(home, with_second_visit(example_case_dict))
    with Store.open(home) as store:
        attach_document(store, case_id, make_pdf(tmp_path / "eob.pdf", 10), "eob", "v1", "EOB")
        attach_document(store, case_id, make_photo(tmp_path / "receipt.jpg"), "superbill",
                        title="Receipt")  # fmt: skip
        attach_document(store, case_id, make_photo(tmp_path / "rx.jpg", (900, 1200), turned=True),
                        "prescription", title="Prescription")  # fmt: skip
        attach_document(store, case_id, make_pdf(tmp_path / "v2.pdf", 2, "OTHER VISIT"), "eob",
                        "v2", "EOB for the other visit")  # fmt: skip
    return case_id


def page_texts(path) -> list[str]:
    return [normalised(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def images_on(page) -> int:
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    return sum(1 for ref in xobjects.values() if ref.get_object().get("/Subtype") == "/Image")


def test_the_packet_holds_cover_letter_call_log_and_enclosures_in_order(
    packet_case, home, tmp_path
):
    out = tmp_path / "packet.pdf"
    result = run_cli(home, "packet", "aca_appeal", packet_case, "--visit", "v1", "--fact",
                     ADDRESS, "--date", "2026-09-20", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    texts = page_texts(out)
    total = len(texts)

    cover = texts[0]
    assert f"{total} pages in all, including this cover sheet" in cover
    for words in ("Blue Cross and Blue Shield of New Mexico", "PO Box 27630", "Ana Ruiz",
                  "September 20, 2026", "Appeal of claim C-0001"):  # fmt: skip
        assert words in cover, words
    ranges = re.findall(r"\((pages? (\d+)(?:\u2013(\d+))?)\)", cover)
    spans = [(int(first), int(last or first)) for _, first, last in ranges]
    titles = ["Letter:", "Log of my calls", "Explanation of benefits: EOB", "Superbill: Receipt",
              "Prescription: Prescription"]  # fmt: skip
    assert len(spans) == len(titles)
    positions = [cover.index(title) for title in titles]
    assert positions == sorted(positions)  # listed in the order they come
    assert spans[0][0] == 2 and spans[-1][1] == total
    assert all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))  # no gaps
    assert "other visit" not in cover

    letter = range(spans[0][0], spans[0][1] + 1)
    assert "To whom it may concern" in texts[letter[0] - 1]
    call_log = texts[spans[1][0] - 1]
    assert "Calls with the insurer" in call_log and "REF-20260912-01" in call_log
    assert "REF-ABOUT-V2" not in " ".join(texts)
    eob_first, eob_last = spans[2]
    assert eob_last - eob_first + 1 == 10
    for sheet, number in enumerate(range(eob_first, eob_last + 1), start=1):
        assert f"EXPLANATION OF BENEFITS sheet {sheet} of 10" in texts[number - 1]
        assert "Page" not in texts[number - 1].replace("EXPLANATION", "")  # not the app's page
    for number, text in enumerate(texts, start=1):
        if not eob_first <= number <= eob_last:
            assert f"Page {number} of {total}" in text, number

    reader = pypdf.PdfReader(out)
    for (first, last), title in zip(spans[3:], ("Superbill: Receipt", "Prescription"), strict=True):
        assert first == last  # one photo, one page of its own
        page = reader.pages[first - 1]
        assert images_on(page) == 1 and title in texts[first - 1]
    assert sum(images_on(page) for page in reader.pages) == 2
    turned = reader.pages[spans[4][0] - 1]
    image = next(iter(turned["/Resources"]["/XObject"].values())).get_object()
    assert (image["/Width"], image["/Height"]) == (900, 1200)  # embedded as it was shot...
    assert b"\n0 -1 1 0 " in turned.get_contents().get_data()  # ...drawn turned a quarter


def test_a_missing_enclosure_exits_2_naming_it(packet_case, home, tmp_path):
    for path in (home / "documents").rglob("d-1.pdf"):
        path.unlink()
    result = run_cli(home, "packet", "aca_appeal", packet_case, "--visit", "v1", "--fact",
                     ADDRESS, "-o", str(tmp_path / "packet.pdf"))  # fmt: skip
    one_line_error(result, "documents[0].file", "d-1.pdf")
    assert not (tmp_path / "packet.pdf").exists()


def test_a_packet_without_documents_or_calls_is_cover_and_letter(home, example_case_dict, tmp_path):
    data = copy.deepcopy(example_case_dict)
    data["calls"] = []
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "packet.pdf"
    result = run_cli(
        home, "packet", "aca_appeal", str(case_file), "--fact", ADDRESS, "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    assert "The letter and 0 enclosures" in texts[0]
    assert "Calls with the insurer" not in " ".join(texts)
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_a_long_contents_list_takes_two_cover_pages_and_the_numbers_still_add_up(
    example_case_dict, tmp_path
):
    import datetime as dt
    import io

    from helper.letters import render_letter
    from helper.model import Case, Document
    from helper.packet import packet_pdf

    case = Case.from_dict(example_case_dict)
    make_photo(tmp_path / "receipt.png", (300, 200))
    case.documents = [
        Document(id=f"d-{n}", kind="other", title=f"Pharmacy receipt {n}", file="receipt.png")
        for n in range(1, 61)
    ]
    today = dt.date(2026, 9, 20)
    letter = render_letter("aca_appeal", case, "v1", {"recipient.address": "PO Box 1"}, today)
    reader = pypdf.PdfReader(io.BytesIO(packet_pdf(letter, case, "v1", tmp_path, today)))
    texts = [normalised(page.extract_text()) for page in reader.pages]
    total = len(texts)
    assert "Pharmacy receipt 60" not in texts[0] and "Pharmacy receipt 60" in texts[1]
    assert "Page 2 of" in texts[1] and "To whom it may concern" in texts[2]
    assert f"Pharmacy receipt 60 (page {total})" in texts[1]
    assert all(f"Page {n} of {total}" in text for n, text in enumerate(texts, start=1))
