"""`lactation-helper letter`: files by ending, missing facts and bad input exit 2."""

from __future__ import annotations

import json

import pytest

from helper.cli.main import main
from tests.helper.letters_support import pdf_text

ADDRESS_FACT = "recipient.address=PO Box 27630\\nAlbuquerque, NM 87125"


@pytest.mark.parametrize("ending", [".pdf", ".html", ".txt"])
def test_writes_the_format_the_file_ending_names(case_file, tmp_path, ending):
    out = tmp_path / f"letter{ending}"
    code = main(
        ["letter", "aca_appeal", str(case_file), "--visit", "v1", "--fact", ADDRESS_FACT,
         "--date", "2026-09-20", "-o", str(out)]
    )  # fmt: skip
    assert code == 0
    assert out.stat().st_mode & 0o777 == 0o600
    data = out.read_bytes()
    text = pdf_text(data) if ending == ".pdf" else data.decode("utf-8")
    assert "C-0001" in text and "REF-20260912-01" in text and "September 20, 2026" in text
    if ending == ".html":
        assert text.lstrip().startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".letter*.tmp"))


def test_missing_facts_exit_2_with_one_line_each(case_file, tmp_path, capsys):
    out = tmp_path / "letter.pdf"
    assert main(["letter", "aca_appeal", str(case_file), "-o", str(out)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith("lactation-helper: 1 fact(s) missing")
    assert lines[1].strip().startswith("recipient.address: Where should this letter go?")
    assert "Traceback" not in "\n".join(lines)
    assert not out.exists()


def test_unknown_kind_exits_2_naming_the_kinds(case_file, tmp_path, capsys):
    assert main(["letter", "nope", str(case_file), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "unknown letter kind" in err and "aca_appeal" in err and "documents_request" in err


def test_medicaid_case_asking_for_aca_appeal_exits_2(tmp_path, example_case_dict, home, capsys):
    example_case_dict["plan"]["type"] = "medicaid_managed_care"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(example_case_dict), encoding="utf-8")
    assert main(["letter", "aca_appeal", str(path), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "plan_appeal" in capsys.readouterr().err


def test_bad_case_file_and_bad_ending_exit_2(tmp_path, home, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lactation-case/1", "visits": [{"date": "x"}]}', encoding="utf-8")
    assert main(["letter", "aca_appeal", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "visits[0].date" in capsys.readouterr().err
    assert main(["letter", "aca_appeal", str(bad), "-o", str(tmp_path / "x.doc")]) == 2
    assert ".pdf, .html or .txt" in capsys.readouterr().err


def test_case_id_is_read_from_the_store(tmp_path, example_case_dict, home, capsys):
    from helper.model import Case
    from helper.store import Store

    store = Store.open()
    try:
        case_id = store.add_case(Case.from_dict(example_case_dict))
    finally:
        store.close()
    out = tmp_path / "letter.txt"
    code = main(["letter", "documents_request", case_id, "--fact", ADDRESS_FACT, "-o", str(out)])
    assert code == 0
    assert "29 CFR 2560.503-1(h)(2)(iii)" in " ".join(out.read_text(encoding="utf-8").split())
    assert main(["letter", "documents_request", "no-such-case", "-o", str(out)]) == 2
    assert "no case" in capsys.readouterr().err


@pytest.mark.parametrize(
    "template, line, words",
    [
        ("Dear plan,\n\n{% if %}\n", 3, "Expected an expression"),
        ("Dear plan,\n{{ no_such_name }}\n", 2, "'no_such_name' is undefined"),
        ("{{ ''.__class__.__mro__ }}\n", 1, "unsafe"),
    ],
    ids=["syntax", "undefined-name", "sandbox"],
)
def test_an_edited_template_with_an_error_exits_2_naming_file_and_line(
    case_file, home, tmp_path, template, line, words
):
    """A real process, as a user runs it: one line on stderr, no traceback."""
    from tests.helper.cli_support import one_line_error, run_cli

    edited = home / "letters" / "aca_appeal.txt.j2"
    edited.parent.mkdir(parents=True)
    edited.write_text(template, encoding="utf-8")
    out = tmp_path / "letter.txt"
    result = run_cli(
        home, "letter", "aca_appeal", str(case_file), "--visit", "v1",
        "--fact", ADDRESS_FACT, "-o", str(out),
    )  # fmt: skip
    message = one_line_error(result, str(edited), f"line {line}", words, "your edited copy")
    assert message.startswith("lactation-helper: The letter template ")
    assert not out.exists()
