"""`lactation-helper check CASE --lang`: the text output in Spanish, and a language the app
does not have said on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helper.i18n import letter_kind_title
from tests.helper.cli_support import run_cli

FIXTURE = next((Path(__file__).parents[2] / "fixtures" / "advice_cases").glob("01_*.json"))

# The labels of the fixture's text output, in English and in Spanish, as they are shown.
LABELS = [
    ("Lactation coverage check\n", "Revisión de cobertura de lactancia\n"),
    ("ACA preventive-care rule: applies\n", "Regla de cuidado preventivo de la ACA: aplica\n"),
    ("\n1. NOTE\n", "\n1. NOTA\n"),
    ("\n2. PROBLEM (visit v1)\n", "\n2. PROBLEMA (visita v1)\n"),
    ("\n3. TO DO (visit v1)\n", "\n3. POR HACER (visita v1)\n"),
    ("\n   Next step: ", "\n   Siguiente paso: "),
    ("\n   Letter: ", "\n   Carta: "),
    (
        "\n   Due: April 13, 2027 (2027-04-13)\n",
        "\n   Fecha límite: 13 de abril de 2027 (2027-04-13)\n",
    ),
    ("\n   Sources: [1] ", "\n   Fuentes: [1] "),
    ("\nWho oversees your plan: ", "\nQuién supervisa su plan: "),
    ("\n   Complaint page: https://", "\n   Página de quejas: https://"),
    ("\n   Phone: ", "\n   Teléfono: "),
    ("\nLetters that fit:\n", "\nCartas que le sirven:\n"),
    ("\nSources:\n   [1] ", "\nFuentes:\n   [1] "),
] + [
    (f"   - {letter_kind_title(kind)}\n", f"   - {letter_kind_title(kind, 'es')}\n")
    for kind in ("aca_appeal", "claim_reprocessing", "documents_request", "regulator_complaint")
]


@pytest.fixture
def advice_case(tmp_path) -> Path:
    """The case of the first advice fixture as a case file."""
    path = tmp_path / "case.json"
    case = json.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def _text(home: Path, case: Path, *args: str) -> tuple[str, str]:
    result = run_cli(home, "check", str(case), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout, result.stderr


def test_spanish_text_output_has_spanish_labels_and_no_english_ones(home, advice_case):
    english, _ = _text(home, advice_case)
    spanish, err = _text(home, advice_case, "--lang", "es")
    assert err == ""
    for en, es in LABELS:
        assert en in english, en
        assert es in spanish, es
        assert en.strip() not in spanish, en
    assert "April" not in spanish


def test_a_regional_code_is_its_language(home, advice_case):
    spanish, _ = _text(home, advice_case, "--lang", "es")
    assert _text(home, advice_case, "--lang", "es-MX") == (spanish, "")


def test_an_unavailable_language_says_so_and_uses_english(home, advice_case):
    english, _ = _text(home, advice_case)
    out, err = _text(home, advice_case, "--lang", "fr")
    assert out == english
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert '"fr"' in lines[0] and "not available" in lines[0] and "English" in lines[0]


def test_json_output_is_the_same_contract_in_spanish(home, advice_case):
    data = json.loads(_text(home, advice_case, "--lang", "es", "--json")[0])
    assert set(data) == {"format", "aca_preventive_applies", "findings", "regulator", "letters"}
    assert data["format"] == "lactation-findings/1"
    assert data["findings"][2]["due"] == "2027-04-13"
