"""The letter session's draft: what the user typed, per case fact and per letter."""

from helper.letters.session import LetterDraft, is_letter_fact


def test_a_draft_survives_the_store_and_drops_what_it_cannot_read():
    draft = LetterDraft.from_data({"facts": {"a": "1"}, "letter_facts": "junk", "kind": 3})
    assert draft.facts == {"a": "1"} and draft.letter_facts == {} and draft.kind is None
    assert LetterDraft.from_data(draft.to_data()) == draft
    assert LetterDraft.from_data(None) == LetterDraft()


def test_typed_facts_go_to_the_case_or_to_the_letter():
    letter_key = next(iter(sorted(k for k in ("recipient.address",) if is_letter_fact(k))))
    draft = LetterDraft()
    draft.keep_typed("aca_appeal", [letter_key, "member.name"], {letter_key: "PO Box 1",
                                                                 "member.name": "Kim"})  # fmt: skip
    assert draft.facts == {"member.name": "Kim"}
    assert draft.extra("aca_appeal") == {"member.name": "Kim", letter_key: "PO Box 1"}
    assert draft.extra("plan_appeal") == {"member.name": "Kim"}
    draft.keep_typed("aca_appeal", [letter_key], {})
    assert draft.extra("aca_appeal") == {"member.name": "Kim"}


def test_a_session_makes_its_letter_from_one_coverage_check(example_case_dict, home):
    from helper.letters.session import LetterSession
    from helper.letters.sources import CHECKS_RUN
    from helper.model import Case
    from tests.helper.letters_support import ADDRESS

    case = Case.from_dict(example_case_dict)
    case.member.name = "Session Test"  # a case version no other test checked
    before = CHECKS_RUN["count"]
    session = LetterSession(case)
    kinds = [kind for kind, _ in session.kinds()]
    assert "aca_appeal" in kinds
    state = session.prepare("aca_appeal", None, dict(ADDRESS))
    assert state.letter is not None, state
    assert session.deadline("aca_appeal", state.context).due is not None
    assert CHECKS_RUN["count"] - before == 1
