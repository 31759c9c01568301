"""Hostile and mistaken case files through the real CLI (`check`, `import`, `letter`).

Each gets plain lines naming the field and exit 2, never a traceback; nothing stored changes.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helper.store.repository import STORE_NAME
from tests.helper.cli_support import one_line_error, run_cli


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def problems(result: subprocess.CompletedProcess, path: Path) -> list[str]:
    """The problem lines of a refused file (exit 2, no traceback), without the prefixes."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    prefix = f"lactation-helper: {path}: "
    lines = result.stderr.splitlines()
    assert all(line.startswith(prefix) for line in lines), lines
    return [line.removeprefix(prefix) for line in lines]


def hostile(case: dict, name: str) -> str:
    """The example case made hostile in one of the ways that gave a traceback before."""
    if name == "deep_array":
        return "[" * 50_000 + "]" * 50_000
    if name == "deep_object":
        return '{"a":' * 50_000 + "1" + "}" * 50_000
    if name == "deep_value":  # parses, but a message built with repr() used to recurse
        return json.dumps(case).replace('"Ana Ruiz"', "[" * 500 + "]" * 500)
    if name == "huge_integer":
        return json.dumps(case).replace('"multiples": 1', '"multiples": ' + "7" * 5000)
    if name == "lone_surrogate":
        return json.dumps(case).replace('"Ana Ruiz"', '"\\ud800"')
    if name == "far_date":
        case["visits"][0]["claim"]["denial_date"] = "9999-12-31"
    if name == "huge_cost":
        return json.dumps(case).replace('"member_cost": 180.0', '"member_cost": 1' + "0" * 400)
    return json.dumps(case)


HOSTILE = {
    "deep_array": "not a case file: it nests lists or objects more than 64 levels deep",
    "deep_object": "not a case file: it nests lists or objects more than 64 levels deep",
    "deep_value": "member.name[0][0][0][0][0][0]...: nests more than 64 levels deep",
    "huge_integer": "not a case file: it holds a number with thousands of digits",
    "lone_surrogate": "member.name: contains a broken character (\\ud800, half of a pair)",
    "far_date": "visits[0].claim.denial_date: must be between 1900-01-01 and 2100-12-31",
    "huge_cost": "visits[0].claim.member_cost: must be at most 1,000,000 dollars",
}


@pytest.mark.parametrize("command", ["check", "import", "letter"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_get_a_line_not_a_traceback(home, tmp_path, example_case_dict, command, name):
    path = write(tmp_path / "case.json", hostile(example_case_dict, name))
    args = {
        "check": ["check", str(path)],
        "import": ["import", str(path)],
        "letter": ["letter", "aca_appeal", str(path), "-o", str(tmp_path / "out.txt")],
    }[command]
    lines = problems(run_cli(home, *args), path)
    assert lines[0].startswith(HOSTILE[name]), lines
    assert not (home / STORE_NAME).exists()
    assert not (tmp_path / "out.txt").exists()


def test_a_file_over_20_mb_is_refused_before_it_is_read(home, tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)
    assert problems(run_cli(home, "check", str(path)), path) == [
        "is larger than 20 MB: not a case file"
    ]


def test_an_endless_device_is_refused(home):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    result = run_cli(home, "check", "/dev/zero")
    assert problems(result, Path("/dev/zero")) == ["is larger than 20 MB: not a case file"]


def test_a_utf8_file_with_a_byte_order_mark_is_accepted(home, tmp_path, example_case_dict):
    path = write(
        tmp_path / "notepad.json", b"\xef\xbb\xbf" + json.dumps(example_case_dict).encode()
    )
    result = run_cli(home, "import", str(path))
    assert result.returncode == 0, result.stderr
    check = run_cli(home, "check", result.stdout.strip(), "--json")
    assert json.loads(check.stdout)["format"] == "lactation-findings/1"


def test_an_imported_name_with_a_lone_surrogate_leaves_the_store_untouched(
    home, tmp_path, case_file, example_case_dict
):
    assert run_cli(home, "import", str(case_file)).returncode == 0
    before = (home / STORE_NAME).read_bytes()
    path = write(tmp_path / "bad.json", hostile(example_case_dict, "lone_surrogate"))
    problems(run_cli(home, "import", str(path)), path)
    assert (home / STORE_NAME).read_bytes() == before


def test_a_misspelt_key_is_refused_with_a_suggestion(home, tmp_path, example_case_dict):
    example_case_dict["vists"] = example_case_dict.pop("visits")
    example_case_dict["calls"][0].pop("visit")
    example_case_dict["plan"]["grandfatherd"] = False
    example_case_dict["baby"]["birthDate"] = "2026-08-01"
    path = write(tmp_path / "typo.json", json.dumps(example_case_dict))
    assert problems(run_cli(home, "import", str(path)), path) == [
        'vists: unknown field; did you mean "visits"?',
        'plan.grandfatherd: unknown field; did you mean "grandfathered"?',
        'baby.birthDate: unknown field; did you mean "birth_date"?',
    ]
    assert not (home / STORE_NAME).exists()


def test_other_unknown_keys_are_kept_with_a_warning(home, tmp_path, example_case_dict):
    example_case_dict["visits"][0]["lactation_notes"] = "latch better on the left"
    example_case_dict["x_my_own"] = {"kept": True}  # an x_ field is never questioned
    path = write(tmp_path / "extra.json", json.dumps(example_case_dict))
    result = run_cli(home, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"lactation-helper: {path}: warning: visits[0].lactation_notes: unknown field, "
        "kept as it is"
    ]
    exported = run_cli(home, "export", result.stdout.strip())
    data = json.loads(exported.stdout)
    assert data["visits"][0]["lactation_notes"] == "latch better on the left"
    assert data["x_my_own"] == {"kept": True}


def test_check_warns_about_unknown_keys_too(home, tmp_path, example_case_dict):
    example_case_dict["member"]["nickname"] = "Ani"
    path = write(tmp_path / "extra.json", json.dumps(example_case_dict))
    result = run_cli(home, "check", str(path), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["format"] == "lactation-findings/1"
    assert "warning: member.nickname: unknown field" in result.stderr


@pytest.mark.parametrize("group", ["calls", "letters"])
def test_a_call_or_letter_about_a_missing_visit_is_refused(
    home, tmp_path, example_case_dict, group
):
    example_case_dict[group][0]["visit"] = "v9"
    path = write(tmp_path / "dangling.json", json.dumps(example_case_dict))
    line = one_line_error(run_cli(home, "import", str(path)))
    assert line == (
        f'lactation-helper: {path}: {group}[0].visit: there is no visit "v9" in this case '
        '(its visits: "v1")'
    )


def test_a_call_about_a_pump_by_its_equipment_key_is_accepted(home, tmp_path, example_case_dict):
    example_case_dict["calls"][0]["visit"] = "equipment:0"
    path = write(tmp_path / "pump.json", json.dumps(example_case_dict))
    assert run_cli(home, "import", str(path)).returncode == 0


@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_member_name_is_refused(home, tmp_path, example_case_dict, name):
    example_case_dict["member"]["name"] = name
    path = write(tmp_path / "blank.json", json.dumps(example_case_dict))
    assert "member.name: must not be empty or only spaces" in one_line_error(
        run_cli(home, "import", str(path))
    )


def test_every_problem_is_listed_up_to_twenty(home, tmp_path, example_case_dict):
    example_case_dict["baby"]["multiples"] = 0
    example_case_dict["visits"] = [
        {"id": f"v{day}", "date": f"2026-02-{day}"} for day in range(30, 60)
    ]
    example_case_dict["calls"][0]["visit"] = "v30"
    path = write(tmp_path / "many.json", json.dumps(example_case_dict))
    lines = problems(run_cli(home, "check", str(path)), path)
    assert lines[0] == "baby.multiples: must be a whole number ≥ 1, got 0"
    assert lines[1] == 'visits[0].date: must be a real date as YYYY-MM-DD, got "2026-02-30"'
    assert len(lines) == 21 and lines[-1] == "and 11 more problems"


DOCUMENT = {"id": "d1", "kind": "eob", "file": "documents/case-1/d1.pdf", "visit": "v1"}


@pytest.mark.parametrize(
    "file",
    ["/home/someone/.ssh/id_rsa", "C:\\Users\\someone\\taxes.pdf", "documents/../../secret.pdf"],
)
def test_an_attached_file_outside_the_data_folder_is_refused(
    home, tmp_path, example_case_dict, file
):
    """A case file from someone else must not make the packet enclose any file here."""
    example_case_dict["documents"] = [dict(DOCUMENT, file=file)]
    path = write(tmp_path / "docs.json", json.dumps(example_case_dict))
    line = one_line_error(run_cli(home, "import", str(path)))
    assert "documents[0].file: must name a file inside the app's data folder" in line
    assert not (home / STORE_NAME).exists()


def test_an_attached_file_inside_the_data_folder_is_accepted(home, tmp_path, example_case_dict):
    example_case_dict["documents"] = [DOCUMENT]
    path = write(tmp_path / "docs.json", json.dumps(example_case_dict))
    result = run_cli(home, "import", str(path))
    assert result.returncode == 0 and result.stderr == ""


def test_a_document_about_a_missing_visit_is_refused(home, tmp_path, example_case_dict):
    example_case_dict["documents"] = [dict(DOCUMENT, visit="v9")]
    path = write(tmp_path / "docs.json", json.dumps(example_case_dict))
    assert 'documents[0].visit: there is no visit "v9"' in one_line_error(
        run_cli(home, "import", str(path))
    )


def test_a_packet_from_a_case_file_never_encloses_a_file_outside_the_data_folder(
    home, tmp_path, example_case_dict
):
    secret = tmp_path / "private.pdf"
    secret.write_bytes(b"%PDF-1.4\n% a private file of this computer\n")
    example_case_dict["documents"] = [dict(DOCUMENT, file=str(secret))]
    path = write(tmp_path / "crafted.json", json.dumps(example_case_dict))
    out = tmp_path / "packet.pdf"
    result = run_cli(
        home, "packet", "aca_appeal", str(path), "--visit", "v1",
        "--fact", "recipient.address=PO Box 1", "-o", str(out),
    )  # fmt: skip
    assert "documents[0].file: must name a file inside the app's data folder" in (
        one_line_error(result)
    )
    assert not out.exists()
