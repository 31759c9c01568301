"""`Report.to_text(lang)`: every heading and label in the language, the report's own
language by default; sources quoted as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from helper.coverage.report import Finding, Report, Source

SUMMARY = Source("HRSA guidelines", "Breastfeeding", "lactation support", wording="summary")


def _report(applies: bool, aca_status: str = "", lang: str = "en") -> Report:
    finding = Finding(
        kind="pump_denied",
        severity="warning",
        message="M",
        next_step="S",
        sources=[SUMMARY],
        visit="v2",
        line=0,
        equipment="e1",
        due=dt.date(2027, 3, 9),
    )
    regulator = {"name": "", "complaint_url": "https://x.example", "phone": "1", "mail": "A\nB"}
    return Report(applies, [finding], regulator, [], aca_status, lang)


def test_english_labels():
    text = _report(False).to_text()
    assert "ACA preventive-care rule: does not apply\n" in text
    assert "1. WATCH (visit v2, line 1, pump or supply e1)\n" in text
    assert "   Due: March 9, 2027 (2027-03-09)\n" in text
    assert "Who oversees your plan: unknown\n" in text
    assert "   Mail: A, B\n" in text
    assert "[1] HRSA guidelines, Breastfeeding: (in summary) lactation support" in text


def test_spanish_labels():
    text = _report(False, "fehb").to_text("es")
    assert "Regla de cuidado preventivo de la ACA: no se sabe\n" in text
    assert "1. ATENCIÓN (visita v2, línea 1, sacaleches o accesorio e1)\n" in text
    assert "   Fecha límite: 9 de marzo de 2027 (2027-03-09)\n" in text
    assert "Quién supervisa su plan: no se sabe\n" in text
    assert "   Correo postal: A, B\n" in text
    assert "[1] HRSA guidelines, Breastfeeding: (en resumen) lactation support" in text
    assert (
        _report(True)
        .to_text("es")
        .startswith(
            "Revisión de cobertura de lactancia\nRegla de cuidado preventivo de la ACA: aplica\n"
        )
    )


@pytest.mark.parametrize("lang", ["es", "es-MX", "es_US"])
def test_the_report_s_own_language_is_the_default(lang):
    assert _report(True, lang="es").to_text() == _report(True).to_text(lang)


def test_an_unavailable_language_is_english():
    assert _report(True).to_text("fr") == _report(True).to_text()
    assert _report(True, lang="es").to_text("en") == _report(True).to_text()
