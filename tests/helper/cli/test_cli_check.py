"""`lactation-helper check`, run as a real process with Qt blocked."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from helper.model import Case
from tests.helper.cli_support import one_line_error, run_cli


def cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return run_cli(home, "check", *args)


def test_json_output_is_the_findings_contract(home, case_file):
    result = cli(home, str(case_file), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "lactation-findings/1"
    assert data["aca_preventive_applies"] is True
    kinds = [f["kind"] for f in data["findings"]]
    assert {
        "aca_preventive_applies",
        "out_of_network_gap_exception",
        "appeal_deadline",
        "complaint_route",
    } <= set(kinds)
    (appeal,) = [f for f in data["findings"] if f["kind"] == "appeal_deadline"]
    assert appeal["due"] == "2027-03-09" and appeal["visit"] == "v1"
    assert all(f["sources"] for f in data["findings"])
    assert data["regulator"]["kind"] == "state_insurance_department"
    assert "gap_exception" in data["letters"]


def test_text_output_is_readable(home, case_file):
    result = cli(home, str(case_file))
    assert result.returncode == 0, result.stderr
    assert "Next step:" in result.stdout and "Sources: [1]" in result.stdout
    assert "Due: March 9, 2027" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_a_case_id_from_the_store(home, example_case_dict):
    from helper.store import Store

    store = Store.open(home)
    try:
        case_id = store.add_case(Case.from_dict(example_case_dict), title="Ana")
    finally:
        store.close()
    result = cli(home, case_id, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "lactation-findings/1"


def test_a_bad_field_is_named(home, tmp_path, example_case_dict):
    example_case_dict["visits"][0]["lines"][0]["units"] = 0
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(example_case_dict), encoding="utf-8")
    assert "visits[0].lines[0].units" in one_line_error(cli(home, str(path)))


def test_not_json(home, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    assert "not valid JSON" in one_line_error(cli(home, str(path), "--json"))


def test_missing_file_or_unknown_id(home, tmp_path):
    assert "no such file" in one_line_error(cli(home, str(tmp_path / "missing.json")))
    assert "no-such-case" in one_line_error(cli(home, "no-such-case"))


def test_a_folder_is_not_a_case(home, tmp_path):
    assert "folder" in one_line_error(cli(home, str(tmp_path)))


def test_output_cut_short_by_the_reader_ends_quietly(tmp_path, home, example_case_dict):
    """`lactation-helper check CASE --json | head` must not print a traceback."""
    import copy
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    big = copy.deepcopy(example_case_dict)
    visit = big["visits"][0]
    big["visits"] = [dict(copy.deepcopy(visit), id=f"v{i}") for i in range(150)]
    big["calls"] = []
    case = tmp_path / "big.json"
    case.write_text(json.dumps(big), encoding="utf-8")  # its report is far bigger than a pipe
    proc = subprocess.Popen(
        [sys.executable, "-m", "helper", "check", str(case), "--json"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.read(10)
    proc.stdout.close()  # the reader goes away after a few bytes
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    assert proc.returncode == 141
