"""`lactation-helper letter ... -o x.pdf` as a real process: names in any alphabet come out
exactly, and a character no font can show exits 2 naming it."""

from __future__ import annotations

import json

from tests.helper.cli_support import one_line_error, run_cli
from tests.helper.pdf_support import normalised, pdf_text

ADDRESS_FACT = "recipient.address=PO Box 27630\\nAlbuquerque, NM 87125"
NAMES = {
    "member": "Nguyễn Thị Hương",
    "baby": "Łucja Wiśniewska",
    "provider": "Σοφία Παπαδοπούλου",
    "insurer": "Дмитрий Страхование",
}


def _case_file(tmp_path, example_case_dict, member_name: str):
    data = json.loads(json.dumps(example_case_dict))
    data["member"]["name"] = member_name
    data["baby"]["name"] = NAMES["baby"]
    data["visits"][0]["provider"]["name"] = NAMES["provider"]
    data["plan"]["plan_name"] = NAMES["insurer"]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_names_in_four_alphabets_come_out_exactly(tmp_path, example_case_dict, home):
    case = _case_file(tmp_path, example_case_dict, NAMES["member"])
    out = tmp_path / "letter.pdf"
    result = run_cli(home, "letter", "aca_appeal", str(case), "--visit", "v1", "--fact",
                     ADDRESS_FACT, "--date", "2026-09-20", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for name in NAMES.values():
        assert normalised(name) in text, name
    assert "?" not in text.replace("(?)", "")


def test_a_name_no_font_can_show_exits_2_naming_the_character(tmp_path, example_case_dict, home):
    case = _case_file(tmp_path, example_case_dict, "Ana \U0010fffd")
    out = tmp_path / "letter.pdf"
    result = run_cli(home, "letter", "aca_appeal", str(case), "--visit", "v1", "--fact",
                     ADDRESS_FACT, "-o", str(out))  # fmt: skip
    one_line_error(result, "U+10FFFD", "letter.pdf")
    assert not out.exists()
