"""`lactation-helper import | export | cases`, run as real processes with Qt blocked."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from helper.store import STORE_NAME
from tests.helper.cli_support import ROOT, RUN_WITHOUT_QT, cli_env, one_line_error
from tests.helper.cli_support import run_cli as cli


def import_case(home: Path, path: Path) -> str:
    result = cli(home, "import", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_import_then_export_gives_back_the_same_json(home, case_file, tmp_path, example_case_dict):
    case_id = import_case(home, case_file)
    out = tmp_path / "out.json"
    result = cli(home, "export", case_id, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == example_case_dict
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_unknown_fields_survive_import_and_export(home, tmp_path, example_case_dict):
    example_case_dict["x_from_consultant"] = {"visit_notes": ["latch ok"]}
    example_case_dict["visits"][0]["x_room"] = 4
    path = tmp_path / "extra.json"
    path.write_text(json.dumps(example_case_dict), encoding="utf-8")
    case_id = import_case(home, path)
    result = cli(home, "export", case_id, "-o", "-")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == example_case_dict


def test_export_without_an_id_takes_the_only_case(home, case_file, example_case_dict):
    import_case(home, case_file)
    result = cli(home, "export")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == example_case_dict


def test_export_without_an_id_lists_the_ids_when_there_are_several(home, case_file):
    first = import_case(home, case_file)
    second = import_case(home, case_file)
    line = one_line_error(cli(home, "export"), "2 cases", first, second)
    assert line.startswith("lactation-helper: ")


def test_cases_lists_id_title_member_baby_updated(home, case_file):
    case_id = import_case(home, case_file)
    result = cli(home, "import", "--title", "For the IBCLC", str(case_file))
    assert result.returncode == 0
    listing = cli(home, "cases")
    assert listing.returncode == 0, listing.stderr
    header, first, second = listing.stdout.strip().splitlines()
    assert header.split() == ["ID", "TITLE", "MEMBER", "BABY", "UPDATED"]
    assert first.startswith(case_id) and "Ana Ruiz" in first and "Leo" in first
    assert "For the IBCLC" in second


def test_cases_cuts_long_names_instead_of_padding_every_row(home, tmp_path, example_case_dict):
    example_case_dict["member"]["name"] = "M" * 1_000_000
    path = tmp_path / "long.json"
    path.write_text(json.dumps(example_case_dict), encoding="utf-8")
    import_case(home, path)
    assert cli(home, "import", "--title", "line one\nline two", str(path)).returncode == 0
    listing = cli(home, "cases")
    assert listing.returncode == 0, listing.stderr
    header, first, second = listing.stdout.splitlines()
    assert len(listing.stdout) < 600
    assert "M" * 59 + "…" in first and "M" * 60 not in first
    assert "line one line two" in second  # one row per case, whatever the title holds


def test_ten_imports_started_at_once_all_get_in(home, case_file):
    """Each waits for the lock (a few seconds at most) instead of giving up at once."""
    import_case(home, case_file)  # the data folder exists before the race starts
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RUN_WITHOUT_QT, "import", str(case_file)],
            env=cli_env(home),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(10)
    ]
    results = [(p, *p.communicate(timeout=60)) for p in processes]
    for process, _out, err in results:
        assert process.returncode == 0, err
        assert err == ""
    ids = {out.strip() for _, out, _ in results}
    assert len(ids) == 10
    listing = cli(home, "cases").stdout.splitlines()
    assert len(listing) == 1 + 11


def test_cases_on_a_fresh_folder_says_there_are_none_and_creates_nothing(home):
    result = cli(home, "cases")
    assert result.returncode == 0
    assert "No cases yet" in result.stdout
    assert not home.exists()


@pytest.mark.parametrize(
    "content, words",
    [
        ("{not json", ["not valid JSON", "line 1"]),
        ('{"format": "lactation-case/9"}', ['format: must be "lactation-case/1"']),
        ("[]", ["case: must be an object"]),
    ],
)
def test_bad_files_are_refused_with_one_line(home, case_file, tmp_path, content, words):
    import_case(home, case_file)
    before = (home / STORE_NAME).read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    line = one_line_error(cli(home, "import", str(bad)), str(bad), *words)
    assert line.startswith("lactation-helper: ")
    assert (home / STORE_NAME).read_bytes() == before


def test_a_field_error_names_the_field_path(home, tmp_path, example_case_dict):
    example_case_dict["visits"][0]["lines"][0]["units"] = 0
    example_case_dict["baby"]["birth_date"] = "2026-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(example_case_dict), encoding="utf-8")
    result = cli(home, "import", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"lactation-helper: {bad}: baby.birth_date: must be a real date as YYYY-MM-DD, "
        'got "2026-02-30"',
        f"lactation-helper: {bad}: visits[0].lines[0].units: must be a whole number ≥ 1, got 0",
    ]
    assert not (home / STORE_NAME).exists()


def test_a_missing_file_is_named(home, tmp_path):
    missing = tmp_path / "nowhere.json"
    one_line_error(cli(home, "import", str(missing)), str(missing), "no such file")


def test_an_unknown_case_id_is_named(home, case_file):
    case_id = import_case(home, case_file)
    one_line_error(cli(home, "export", "zzz"), '"zzz"', case_id)


def test_export_into_a_folder_is_refused(home, case_file, tmp_path):
    import_case(home, case_file)
    one_line_error(cli(home, "export", "-o", str(tmp_path)), "is a folder")


def test_import_while_the_app_runs_waits_then_is_refused_but_reading_works(
    home, case_file, tmp_path
):
    case_id = import_case(home, case_file)
    before = (home / STORE_NAME).read_bytes()
    env = cli_env(home)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from helper.store import Store; s = Store.open(); "
            "print('locked', flush=True); sys.stdin.readline()",
        ],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        one_line_error(
            cli(home, "import", str(case_file)),
            f"your data is in use by process {holder.pid}",
            "waited 5 s",
        )
        assert cli(home, "cases").returncode == 0
        out = tmp_path / "while-open.json"
        assert cli(home, "export", case_id, "-o", str(out)).returncode == 0
        assert out.exists()
    finally:
        holder.communicate("\n", timeout=30)
    assert (home / STORE_NAME).read_bytes() == before


def test_the_cli_does_not_load_qt(home, case_file):
    # every call above runs under the Qt blocker; this one proves the blocker works
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = RUN_WITHOUT_QT.replace("from helper.cli.main import main", "import PySide6")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert "Qt imported by the CLI: PySide6" in result.stderr


def test_import_into_a_folder_that_cannot_be_written_is_one_line(home, case_file):
    """As root chmod does not stop writes: a file where the backups folder goes makes the
    backup at open fail with a real OSError, as on a full disk."""
    import_case(home, case_file)  # a first import: no backup yet
    (home / "backups").write_text("in the way")
    before = (home / STORE_NAME).read_bytes()
    one_line_error(cli(home, "import", str(case_file)), str(home), "cannot be written")
    assert (home / STORE_NAME).read_bytes() == before
    assert cli(home, "cases").returncode == 0  # reading still works
