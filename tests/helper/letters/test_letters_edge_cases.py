"""Letters for valid cases the first version crashed on (found by tests/helper/model/test_case_fuzz.py),
made through the real CLI: each ends in a letter or one plain line, never a traceback."""

from __future__ import annotations

import json

from tests.helper.cli_support import one_line_error, run_cli

ADDRESS_FACT = "recipient.address=PO Box 27630\\nAlbuquerque, NM 87125"


def letter(home, tmp_path, case: dict, kind: str, *args: str):
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    out = tmp_path / "letter.txt"
    result = run_cli(
        home, "letter", kind, str(source), "--fact", ADDRESS_FACT, *args, "-o", str(out)
    )
    return result, out


def test_a_gap_exception_about_a_pump_is_explained(home, tmp_path, example_case_dict):
    result, out = letter(
        home, tmp_path, example_case_dict, "gap_exception", "--visit", "equipment:0"
    )
    line = one_line_error(result)
    assert "A gap exception is about a visit with an out-of-network lactation provider" in line
    assert not out.exists()


def test_a_visit_whose_provider_has_no_name_still_gets_its_letter(
    home, tmp_path, example_case_dict
):
    example_case_dict["visits"][0]["provider"] = {"credential": "IBCLC", "network": "out"}
    result, out = letter(home, tmp_path, example_case_dict, "documents_request", "--visit", "v1")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "C-0001" in text and "None" not in text


def test_calls_with_and_without_a_time_offset_are_put_in_order(home, tmp_path, example_case_dict):
    later = dict(example_case_dict["calls"][0], id="c2", started="2026-09-14T09:00:00-06:00")
    later["reference"] = "REF-LATER"
    example_case_dict["calls"].append(later)
    result, out = letter(home, tmp_path, example_case_dict, "aca_appeal", "--visit", "v1")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.index("REF-20260912-01") < text.index("REF-LATER")


def test_a_letter_date_beyond_reason_is_refused(home, tmp_path, example_case_dict):
    result, out = letter(home, tmp_path, example_case_dict, "aca_appeal", "--date", "9999-12-31")
    assert one_line_error(result) == (
        'lactation-helper: --date: must be between 1900-01-01 and 2100-12-31, got "9999-12-31"'
    )
    result, out = letter(home, tmp_path, example_case_dict, "aca_appeal", "--date", "2026-02-30")
    assert "--date: must be a real date as YYYY-MM-DD" in one_line_error(result)
    assert not out.exists()
