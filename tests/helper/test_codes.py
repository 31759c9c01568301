"""The code table and the code helpers the coverage rules use."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from helper import codes
from helper.codes import all_codes, category_info, code_info, matches_category, normalise_code

SEEDS = Path(
    os.environ.get("LACTATION_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds")
)
LACTATION_SEEDS = {
    "000_51ba48d1ec8ffd3f.txt": None,
    "001_f4c758b27a43ebf0.txt": None,
    "002_b96420231153715c.txt": None,
    # seed 004 goes on to vendor addresses, tobacco cessation and other programmes
    "004_250c8dca6c674e43.txt": "Alliance-Approved Breast Pump Vendors",
}
CODE_PATTERNS = (
    r"\b\d{5}\b",  # CPT
    r"\b[A-Z]\d{4}\b",  # HCPCS and Medi-Cal local codes
    r"\b[A-Z]\d{2}(?:\.\d{1,4})?\b",  # ICD-10 codes and categories
    r"Modifier: ([A-Z]{2})\b",
)
NOT_CODES = {"51321"}  # "Title 22. Section 51321(C)" in seed 004


def _seed_text(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed documents not found at {SEEDS} (set LACTATION_SEEDS)")
    text = path.read_text(encoding="utf-8")
    cut = LACTATION_SEEDS[name]
    return text.split(cut)[0] if cut else text


def _codes_named_in(text: str) -> set[str]:
    found = set()
    for pattern in CODE_PATTERNS:
        for match in re.finditer(pattern, text):
            found.add(match.group(1) if match.groups() else match.group(0))
    return found - NOT_CODES


@pytest.mark.parametrize("seed", sorted(LACTATION_SEEDS))
def test_every_code_a_seed_names_is_in_the_table(seed):
    named = _codes_named_in(_seed_text(seed))
    missing = sorted(code for code in named if code_info(code) is None)
    assert missing == []


def test_the_scan_finds_the_codes_of_the_richest_seeds():
    # guards the scan itself: an empty scan would make the test above pass vacuously
    assert {"98960", "S9443", "G0513", "99429"} <= _codes_named_in(
        _seed_text("000_51ba48d1ec8ffd3f.txt")
    )
    assert {"Z5023", "O91", "R63.3", "Z39.1", "E0604", "NU", "RR"} <= _codes_named_in(
        _seed_text("004_250c8dca6c674e43.txt")
    )


def test_every_quote_is_in_its_seed_document():
    texts = {
        name: (SEEDS / name).read_text(encoding="utf-8")
        for name in LACTATION_SEEDS
        if (SEEDS / name).exists()
    }
    if not texts:
        pytest.skip(f"seed documents not found at {SEEDS}")
    squash = lambda s: re.sub(r"\s+", " ", s.replace("**", ""))  # noqa: E731
    for entry in all_codes():
        for source in entry["sources"]:
            named = re.search(r"seed (\S+\.txt)", source["document"])
            if named is None:
                continue  # a researched policy's own code table (test_coverage_data checks it)
            seed = named.group(1)
            assert squash(source["quote"]) in squash(texts[seed]), (entry["code"], source["quote"])


@pytest.mark.parametrize(
    ("code", "category", "expected"),
    [
        ("O91.21", "O91", True),
        ("O91.2", "O91", True),
        ("O9121", "O91", True),
        ("o91.21", "O91", True),
        (" O91 .21 ", "o91", True),
        ("O91", "O91", True),
        ("O92.5", "O91", False),
        ("Z39.1", "Z39", True),
        ("Z39.2", "Z39.1", False),
        ("R63.3", "R63.3", True),
        ("R63.30", "R63.3", True),
        ("R6330", "r63.3", True),
        ("R63.4", "R63.3", False),
        ("R63", "R63.3", False),
        ("P92.6", "P92", True),
        ("", "O91", False),
        ("O91.21", "", False),
    ],
)
def test_matches_category(code, category, expected):
    assert matches_category(code, category) is expected


def test_normalise_code():
    assert normalise_code(" z39.1 ") == "Z391"
    assert normalise_code("s9443") == "S9443"
    assert normalise_code("98960\t") == "98960"


def test_code_info_any_spelling_and_unknown_codes():
    info = code_info("z39.1")
    assert info["code"] == "Z39.1"
    assert info["kind"] == "icd10"
    assert set(info["policies"]) == {"ccah-breastfeeding", "ibclc-guide"}
    assert code_info("99999") is None
    assert code_info("") is None


def test_code_info_returns_a_copy():
    code_info("S9443")["description"] = "changed"
    assert code_info("S9443")["description"] != "changed"


def test_kinds_and_policies_of_sample_codes():
    assert code_info("98961")["kind"] == "cpt"
    assert code_info("S9443")["kind"] == "hcpcs"
    assert code_info("O91")["kind"] == "icd10_category"
    assert code_info("NU")["kind"] == "modifier"
    assert code_info("Z5023")["kind"] == "medi_cal_local"
    assert code_info("Z5023")["timed_minutes"] == 30
    assert code_info("99402")["physician_only"] is True
    assert code_info("99429")["not_to_report"] is True
    assert "bcbsnm-cpcp043" in code_info("S9443")["policies"]
    assert "ibclc-guide" in code_info("S9443")["policies"]


def test_category_info_finds_the_covering_category():
    assert category_info("O91.21")["code"] == "O91"
    assert category_info("R63.30")["code"] == "R63.3"
    assert category_info("R63.4") is None
    assert codes.describe("P92.6") == code_info("P92")["description"]


def test_every_entry_has_plain_words_a_policy_and_a_source():
    known = set(codes.policy_names())
    seen = set()
    for entry in all_codes():
        assert entry["description"].strip()
        assert entry["kind"] in codes.KINDS
        assert set(entry["policies"]) <= known
        assert entry["sources"] and all(s["quote"] for s in entry["sources"])
        key = normalise_code(entry["code"])
        assert key not in seen, f"duplicate {entry['code']}"
        seen.add(key)


def test_codes_for_policy():
    bcbs = {e["code"] for e in codes.codes_for_policy("bcbsnm-cpcp043")}
    assert {"98960", "98961", "98962", "S9443", "G0513", "G0514", "99429"} <= bcbs
    assert "Z5023" not in bcbs
