"""`lactation-helper attach` as a real process: prints the id; bad files exit 2 in one line."""

from __future__ import annotations

from helper.documents import MAX_BYTES
from helper.store import Store
from tests.helper.cli_support import one_line_error, run_cli
from tests.helper.documents_support import make_pdf, make_photo, stored_case


def test_attach_prints_the_new_id_and_lists_the_document(home, example_case_dict, tmp_path):
    case_id = stored_case(home, example_case_dict)
    eob = make_pdf(tmp_path / "eob.pdf", pages=2)
    first = run_cli(home, "attach", case_id, str(eob), "--kind", "eob", "--visit", "v1",
                    "--title", "EOB, Łódź office")  # fmt: skip
    second = run_cli(home, "attach", case_id, str(make_photo(tmp_path / "rx.jpg")),
                     "--kind", "prescription")  # fmt: skip
    assert (first.returncode, first.stdout, first.stderr) == (0, "d-1\n", "")
    assert (second.returncode, second.stdout) == (0, "d-2\n")
    with Store.open(home, read_only=True) as store:
        documents = store.get_case(case_id).documents
    assert [(d.id, d.kind, d.title, d.visit) for d in documents] == [
        ("d-1", "eob", "EOB, Łódź office", "v1"),
        ("d-2", "prescription", "rx", None),
    ]


def test_a_file_that_is_not_a_pdf_or_image_exits_2(home, example_case_dict, tmp_path):
    case_id = stored_case(home, example_case_dict)
    notes = tmp_path / "notes.pdf"
    notes.write_text("not a pdf at all")
    result = run_cli(home, "attach", case_id, str(notes), "--kind", "eob")
    one_line_error(result, "notes.pdf", "not a PDF, PNG or JPEG")


def test_a_file_over_25_mb_exits_2(home, example_case_dict, tmp_path):
    case_id = stored_case(home, example_case_dict)
    big = tmp_path / "big.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(MAX_BYTES + 1)
    one_line_error(run_cli(home, "attach", case_id, str(big), "--kind", "eob"), "25 MB")


def test_bad_kind_unknown_case_and_missing_file_exit_2(home, example_case_dict, tmp_path):
    case_id = stored_case(home, example_case_dict)
    eob = make_pdf(tmp_path / "eob.pdf")
    one_line_error(run_cli(home, "attach", case_id, str(eob), "--kind", "bill"), "--kind", "eob")
    one_line_error(run_cli(home, "attach", "nope", str(eob), "--kind", "eob"), 'no case "nope"')
    missing = str(tmp_path / "missing.pdf")
    one_line_error(run_cli(home, "attach", case_id, missing, "--kind", "eob"), "missing.pdf")
