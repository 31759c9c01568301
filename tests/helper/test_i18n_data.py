"""Spanish texts of the knowledge base: every English entry has one, with the same
placeholders, codes and letter tags; helpers fall back to English."""

from __future__ import annotations

import re

import pytest

from helper import call_prep, checklist
from helper.i18n import base_language, letter_kind_text, localized, overlay, section, text
from helper.knowledge import load
from helper.letters.kinds import letter_kinds
from helper.letters.missing import TEXTS as FACT_TEXTS
from helper.model import Case

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
LETTER_TAG = re.compile(r"\(letters?: [^)]*\)")
# Codes, program names and legal citations stay as they are in a translation.
KEPT_AS_IS = re.compile(
    r"\b(?:[A-Z]\d{2}(?:\.\d+)?|[A-Z]\d{4}|\d{5}(?:-\d{5})?|IBCLCs?|CLCs?|Medi-Cal|"
    r"TRICARE|FEHB|CHIP|ACA|EBSA|OPM|TAR|RAF|BCBSNM)\b"
)


def _kept(text: str) -> list[str]:
    """Codes and names in `text`; the English plural "IBCLCs" counts as "IBCLC"."""
    return sorted({m.rstrip("s") for m in KEPT_AS_IS.findall(text)})


def _same_tokens(english: str, spanish: str) -> None:
    assert spanish.strip(), f"no Spanish for: {english}"
    assert sorted(set(PLACEHOLDER.findall(spanish))) == sorted(set(PLACEHOLDER.findall(english))), (
        f"placeholders differ:\n{english}\n{spanish}"
    )
    assert LETTER_TAG.findall(spanish) == LETTER_TAG.findall(english)
    missing = set(_kept(english)) - set(_kept(spanish))
    assert not missing, f"{sorted(missing)} missing from: {spanish}"


def test_every_checklist_phase_and_step_has_spanish():
    data = load("checklist")
    es = overlay("checklist", "es")
    assert set(es["phases"]) == {p["id"] for p in data["phases"]}
    assert set(es["steps"]) == {s["id"] for s in data["steps"]}
    for phase in data["phases"]:
        for field in ("title", "intro"):
            _same_tokens(phase[field], es["phases"][phase["id"]][field])
    for step in data["steps"]:
        for field in ("title", "why", "say"):
            _same_tokens(step[field], es["steps"][step["id"]][field])


def test_every_pushback_card_and_answer_has_spanish():
    es = overlay("pushback", "es")["cards"]
    for card in load("pushback")["cards"]:
        translated = es[card["id"]]
        _same_tokens(card["they_say"], translated["they_say"])
        assert len(translated["answers"]) == len(card["answers"]), card["id"]
        for english, spanish in zip(card["answers"], translated["answers"], strict=True):
            _same_tokens(english["say"], spanish["say"])
            assert ("note" in english) == ("note" in spanish), card["id"]
            if "note" in english:
                _same_tokens(english["note"], spanish["note"])


def test_every_call_script_question_and_code_has_spanish():
    script = load("call_script")
    es = overlay("call_script", "es")
    for question in script["questions"]:
        _same_tokens(question["text"], es["questions"][question["id"]])
    for code in script["codes"]:
        assert es["codes"][code["code"]].strip()


@pytest.mark.parametrize("key", sorted(load("finding_texts")), ids=str)
def test_every_finding_kind_has_spanish_with_the_same_placeholders(key):
    entry = load("finding_texts")[key]
    assert "es" in entry, f"{key} has no Spanish text"
    for field in ("message", "next_step"):
        english = entry["en"][field]
        if english:
            _same_tokens(english, entry["es"][field])
        else:
            assert entry["es"][field] == ""


def test_every_letter_kind_has_a_spanish_title_and_purpose():
    for kind in letter_kinds():
        for field in ("title", "purpose"):
            english = getattr(kind, field)
            spanish = letter_kind_text(kind.id, field, english, "es")
            assert spanish != english
            _same_tokens(english, spanish)
        assert letter_kind_text(kind.id, "title", kind.title, "en") == kind.title


def test_checklist_and_call_prep_speak_spanish_and_keep_sources(example_case_dict):
    case = Case.from_dict(example_case_dict)
    english = checklist.steps_for(case)
    spanish = checklist.steps_for(case, "es")
    assert [s.id for s in spanish] == [s.id for s in english]
    assert spanish[0].title != english[0].title
    assert [s.sources for s in spanish] == [s.sources for s in english]
    assert checklist.phases("es")[0].title == "Antes de la visita"
    cards_en = call_prep.pushback_cards(case)
    cards_es = call_prep.pushback_cards(case, "es")
    assert [c.id for c in cards_es] == [c.id for c in cards_en]
    for en, es in zip(cards_en, cards_es, strict=True):
        assert es.they_say != en.they_say
        assert [a.sources for a in es.answers] == [a.sources for a in en.answers]
    assert call_prep.questions("es")[0].text == "¿Mi plan cubre las visitas de lactancia?"
    assert {c.text for c in call_prep.codes_to_give(None, "es")} >= {"ayuda con la lactancia"}


def test_coverage_findings_come_in_spanish(example_case_dict):
    from helper.coverage import check

    english = check(example_case_dict, "en")
    spanish = check(example_case_dict, "es")
    assert spanish.findings, "the example case should have findings"
    assert [f.kind for f in spanish.findings] == [f.kind for f in english.findings]
    assert all(
        s.message != e.message for s, e in zip(spanish.findings, english.findings, strict=True)
    )
    assert [f.sources for f in spanish.findings] == [f.sources for f in english.findings]


def test_english_is_the_fallback():
    assert base_language("es-MX") == "es"
    assert base_language("es_US") == "es"
    assert base_language("fr") == "en"
    assert base_language(None) == "en"
    assert overlay("checklist", "fr") == {}
    assert localized("nope", "title", "English", "es", section("checklist", "steps", "es")) == (
        "English"
    )
    assert [s.title for s in checklist.steps_for(None, "fr")] == [
        s.title for s in checklist.steps_for(None)
    ]


# ----- the Spanish reading copy of a letter ------------------------------------------------


def _letters_support():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    import letters_support

    return letters_support


def test_reading_copy_holds_claim_number_deadline_and_says_the_letter_is_english(
    example_case_dict, home
):
    from helper.letters import render_letter
    from helper.letters.reading_copy import reading_copy_es

    support = _letters_support()
    case = Case.from_dict(example_case_dict)
    letter = render_letter("aca_appeal", case, extra=support.ADDRESS, today=support.TODAY)
    copy = reading_copy_es("aca_appeal", case, extra=support.ADDRESS, today=support.TODAY)
    assert "March 9, 2027" in letter.text  # the letter stays English
    assert "C-0001" in copy and "C-0001" in letter.text
    assert "9 de marzo de 2027" in copy  # the appeal deadline, in Spanish
    assert "15 de agosto de 2026" in copy and "10 de septiembre de 2026" in copy
    assert text("reading_copy", "letter_is_english", "es") in copy
    assert "apelación" in copy
    assert letter.subject in copy  # the subject is quoted as sent
    assert "Blue Cross and Blue Shield of New Mexico" in copy


@pytest.mark.parametrize("kind", [k.id for k in letter_kinds()])
def test_every_letter_kind_has_a_reading_copy(kind, example_case_dict, home):
    from helper.letters import LetterNotApplicable
    from helper.letters.reading_copy import reading_copy_es

    support = _letters_support()
    data = example_case_dict
    try:
        copy = reading_copy_es(
            kind, Case.from_dict(data), extra=support.facts_for(kind), today=support.TODAY
        )
    except LetterNotApplicable:
        copy = reading_copy_es(
            kind,
            Case.from_dict(support.medicaid_dict(data)),
            extra=support.facts_for(kind),
            today=support.TODAY,
        )
    assert copy.startswith("COPIA PARA LEER EN ESPAÑOL")
    assert letter_kind_text(kind, "title", "", "es") in copy
    assert text("reading_copy", "letter_is_english", "es") in copy
    assert "None" not in copy
    if kind == "external_review_request":
        # New Mexico's own window is not in the data: the shortest a state is known to
        # give (60 days after the final denial), said to be the safe date
        assert "Para estar segura" in copy and "30 de noviembre de 2026" in copy


def test_reading_copy_asks_for_the_same_missing_facts(example_case_dict, home):
    from helper.letters import MissingFactsError
    from helper.letters.reading_copy import reading_copy_es

    with pytest.raises(MissingFactsError):
        reading_copy_es("aca_appeal", Case.from_dict(example_case_dict))


# --- dates, days left, titles and plan types by language -----------------------------------

MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
ENGLISH_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


def test_long_dates_in_spanish_use_spanish_month_names_whatever_the_system_locale():
    import datetime as dt

    from helper.i18n import long_date, long_date_time, short_date_time

    for month, name in enumerate(MONTHS_ES, start=1):
        assert long_date(dt.date(2027, month, 9), "es") == f"9 de {name} de 2027"
    assert long_date(dt.date(2027, 3, 9), "es-MX") == "9 de marzo de 2027"
    assert long_date(dt.date(2027, 3, 9)) == "March 9, 2027"
    assert long_date(dt.date(2027, 3, 9), "fr") == "March 9, 2027"
    stamp = dt.datetime(2026, 9, 12, 10, 5)
    assert short_date_time(stamp, "es") == "12 sept 2026 10:05"
    assert short_date_time(stamp) == "Sep 12, 2026 10:05"
    assert long_date_time(stamp, "es") == "12 de septiembre de 2026, 10:05"
    assert long_date_time(stamp) == "September 12, 2026, 10:05"


@pytest.mark.parametrize(
    ("days", "english", "spanish"),
    [
        (102, "102 days left", "quedan 102 días"),
        (1, "1 day left", "queda 1 día"),
        (0, "due today", "vence hoy"),
        (-1, "passed yesterday", "venció ayer"),
        (-69, "passed 69 days ago", "venció hace 69 días"),
    ],
)
def test_days_left_in_both_languages(days, english, spanish):
    from helper import next_actions
    from helper.i18n import days_left_text

    assert days_left_text(days, "es") == spanish
    assert next_actions.days_left_text(days, "es") == spanish
    assert next_actions.days_left_text(days) == english  # English output unchanged


def test_deadline_line_in_spanish_and_english(example_case_dict):
    import datetime as dt

    from helper.coverage import check
    from helper.next_actions import next_actions

    case = Case.from_dict(example_case_dict)
    today = dt.date(2026, 11, 27)
    english = next_actions(case, check(case), today).deadlines
    spanish = next_actions(case, check(case, "es"), today).deadlines
    assert [d.line() for d in english] == ["Appeal by March 9, 2027 — 102 days left"]
    assert [d.line("es") for d in spanish] == [
        "Apelación a más tardar el 9 de marzo de 2027 — quedan 102 días"
    ]


def test_a_spanish_finding_writes_its_dates_in_spanish(example_case_dict):
    from helper.coverage import check

    findings = check(Case.from_dict(example_case_dict), "es").findings
    texts = [f"{f.message} {f.next_step}" for f in findings]
    assert any("9 de marzo de 2027" in t for t in texts), texts
    assert any("15 de agosto de 2026" in t for t in texts), texts
    assert not [t for t in texts if ENGLISH_MONTH.search(t)]


def test_call_log_dates_follow_the_language_and_search_finds_spanish_months(example_case_dict):
    import datetime as dt

    from helper.call_log import format_date, format_started, matches_text, search_text

    assert format_date(dt.date(2027, 3, 9), "es") == "9 de marzo de 2027"
    assert format_date(dt.date(2027, 3, 9)) == "March 9, 2027"
    assert format_started(dt.datetime(2026, 9, 12, 10, 5), "es") == "12 sept 2026 10:05"
    call = Case.from_dict(example_case_dict).calls[0]
    spanish = search_text(call, "es")
    assert matches_text(spanish, ["septiembre"]) and matches_text(spanish, ["sept"])
    assert matches_text(spanish, ["september"])  # English words still find it
    assert "septiembre" not in search_text(call)


def test_letter_kind_titles_by_language():
    from helper.i18n import letter_kind_title

    assert letter_kind_title("aca_appeal") == "Appeal a denied or charged visit or pump (ACA plans)"
    assert letter_kind_title("aca_appeal", "es") == (
        "Apelar una visita o un sacaleches negado o cobrado (planes de la ACA)"
    )
    assert letter_kind_title("not_a_kind", "es") == "not a kind"


def test_plan_type_words_by_language():
    from helper.model import PLAN_TYPES
    from helper.plan_types import labels
    from helper.summary import plan_type_words

    assert plan_type_words("employer_fully_insured") == "Job-based plan, fully insured"
    assert plan_type_words("employer_fully_insured", "es").startswith("Plan del trabajo")
    for plan_type in PLAN_TYPES:
        assert plan_type_words(plan_type) == labels()[plan_type]
        assert plan_type_words(plan_type, "es"), plan_type


def test_coverage_summary_in_spanish_and_unchanged_in_english(example_case_dict):
    import datetime as dt

    from helper.coverage import check
    from helper.summary import summary_html

    case = Case.from_dict(example_case_dict)
    today = dt.date(2026, 11, 27)
    spanish = summary_html(case, check(case, "es"), today, lang="es")
    assert "Resumen de cobertura de lactancia" in spanish
    assert "Impreso el 27 de noviembre de 2026" in spanish
    assert "Fecha límite: 9 de marzo de 2027." in spanish
    assert "Guion de llamada" in spanish and "¿Mi plan cubre las visitas de lactancia?" in spanish
    assert "Apelar una visita o un sacaleches" in spanish  # the letter's title, not its id
    assert not ENGLISH_MONTH.search(spanish)
    for english_words in ("Lactation coverage summary", "Next step:", "Call script", "Due:"):
        assert english_words not in spanish
    english = summary_html(case, check(case), today)
    assert "Lactation coverage summary" in english and "Printed November 27, 2026" in english
    assert "Due: March 9, 2027." in english


# --- what a letter still needs, asked in Spanish -------------------------------------------


@pytest.mark.parametrize("text_id", sorted(FACT_TEXTS))
def test_every_missing_fact_question_has_spanish_with_the_same_placeholders(text_id):
    question, where, *rest = FACT_TEXTS[text_id]
    entry = section("letter_facts", "facts", "es").get(text_id)
    assert entry, f"no Spanish for the missing fact {text_id}"
    _same_tokens(question, entry["question"])
    _same_tokens(where, entry["where"])
    for value, _label in rest[0] if rest else ():
        assert entry.get("choices", {}).get(value, "").strip(), f"{text_id}: no label for {value}"


def test_the_overlay_has_no_question_missing_py_cannot_ask():
    assert set(section("letter_facts", "facts", "es")) <= set(FACT_TEXTS)


def test_missing_facts_in_spanish_fill_dates_codes_and_choices(example_case_dict, home):
    import datetime as dt

    from helper.letters import missing_facts
    from helper.letters.missing import text_id

    data = dict(example_case_dict)
    data["plan"] = {**data["plan"], "type": "unknown"}
    data["equipment"] = [{**data["equipment"][0], "claim": {"status": "denied"}}]
    case = Case.from_dict(data)
    english = missing_facts("aca_appeal", case)
    spanish = missing_facts("aca_appeal", case, lang="es")
    assert [f.key for f in spanish] == [f.key for f in english]
    by_key = {f.key: f for f in spanish}
    assert by_key["recipient.address"].question.startswith("¿A dónde debe ir esta carta?")
    assert by_key["equipment[0].claim.number"].question == (
        "Número de reclamo del sacaleches o los accesorios (E0603) del 2 de agosto de 2026"
    )
    assert dict(by_key["plan.type"].choices)["tricare"] == "TRICARE (plan de salud militar)"
    assert [v for v, _ in by_key["plan.type"].choices] == [
        v for v, _ in next(f for f in english if f.key == "plan.type").choices
    ]
    for fact in spanish:
        assert not ENGLISH_MONTH.search(fact.question), fact.question
        assert fact.question != next(f for f in english if f.key == fact.key).question
        assert text_id(fact.key) in fact.text_id
    # English is unchanged and the fallback for a language not shipped.
    assert by_key["equipment[0].claim.number"].params == (
        ("code", "E0603"),
        ("date", dt.date(2026, 8, 2)),
    )
    assert [f.question for f in missing_facts("aca_appeal", case, lang="fr")] == [
        f.question for f in english
    ]
    assert "Claim number for the breast pump or supplies (E0603) of August 2, 2026" in [
        f.question for f in english
    ]


def test_a_regulator_question_names_the_agency_in_spanish(example_case_dict, home):
    from helper.letters import missing_facts

    data = dict(example_case_dict)
    data["member"] = {**data["member"], "state": None}
    facts = missing_facts("regulator_complaint", Case.from_dict(data), lang="es")
    questions = [f.question for f in facts]
    assert any(q.startswith("El nombre de la agencia que recibe quejas") for q in questions), (
        questions
    )


def test_a_fact_typed_wrong_is_explained_in_spanish_and_named_by_its_question():
    from helper.letters.fact_errors import fact_error_lines
    from helper.problems import Problem

    questions = {"visits[v1].lines": "Códigos cobrados por la visita del 15 de agosto de 2026"}
    errors = [
        Problem("visits[v1].lines", "not_a_code", got='"!!"'),
        Problem("plan.grandfathered", "yes_no", got='"tal vez"'),
        Problem("visits[0].lines", "no_code"),
        "member.state: something new",  # a plain line, without a code
    ]
    assert errors[0] == 'visits[v1].lines: "!!" does not look like a billing code'  # CLI
    assert fact_error_lines(errors, questions, "es") == [
        'Códigos cobrados por la visita del 15 de agosto de 2026: "!!" no parece un código de '
        "facturación (por ejemplo S9443 o 99401)",
        'plan.grandfathered: conteste sí o no; escribió "tal vez"',
        "Códigos cobrados por la visita del 15 de agosto de 2026: escriba por lo menos un "
        "código, como S9443",
        "member.state: something new",  # no translation: the English reason, not nothing
    ]
    assert fact_error_lines(errors[:1], questions, "en") == [
        'Códigos cobrados por la visita del 15 de agosto de 2026: "!!" does not look like a '
        "billing code"
    ]


def test_why_a_letter_does_not_fit_is_said_in_spanish(example_case_dict):
    from helper.letters import LetterNotApplicable, missing_facts
    from helper.letters.refusals import NOT_APPLICABLE, not_applicable_text

    spanish = section("letter_facts", "not_applicable", "es")
    for reason, english in NOT_APPLICABLE.items():
        _same_tokens(re.sub(r"\(plan_appeal\)", "", english), spanish[reason])
    data = dict(example_case_dict)
    data["plan"] = {**data["plan"], "grandfathered": True}
    with pytest.raises(LetterNotApplicable) as raised:
        missing_facts("aca_appeal", Case.from_dict(data), lang="es")
    assert raised.value.reason == "grandfathered"
    assert str(raised.value) == NOT_APPLICABLE["grandfathered"]  # the CLI's English
    assert not_applicable_text(raised.value, "es").startswith("Su plan tiene derechos adquiridos")
    assert not_applicable_text(raised.value, "en") == NOT_APPLICABLE["grandfathered"]
