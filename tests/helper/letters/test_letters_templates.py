"""The template environment: sandbox, safe loader, user templates that win."""

from __future__ import annotations

import pytest
from jinja2 import TemplateNotFound
from jinja2.exceptions import SecurityError

from helper.letters import copy_template_for_editing, render_letter, user_letters_dir
from helper.letters.environment import LetterTemplateError, letters_environment
from tests.helper.letters_support import ADDRESS, TODAY, case_of


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/../../x", "..\\x", "C:x", ""])
def test_loader_refuses_paths_outside_the_letters_folder(home, name):
    with pytest.raises(TemplateNotFound):
        letters_environment().get_template(name)


def test_include_of_a_parent_path_is_refused(home):
    folder = user_letters_dir()
    folder.mkdir(parents=True)
    (folder / "aca_appeal.txt.j2").write_text('{% include "../secret.txt" %}', encoding="utf-8")
    (folder.parent / "secret.txt").write_text("secret", encoding="utf-8")
    with pytest.raises(TemplateNotFound):
        letters_environment().get_template("aca_appeal.txt.j2").render()


def test_sandbox_blocks_python_internals(home):
    env = letters_environment()
    with pytest.raises(SecurityError):
        env.from_string("{{ ''.__class__.__mro__ }}").render()


def test_a_template_printing_none_fails_instead_of_showing_it(home):
    with pytest.raises(LetterTemplateError):
        letters_environment().from_string("{{ value }}").render(value=None)


def test_user_template_copy_wins_over_the_shipped_one(example_case_dict, home):
    case = case_of(example_case_dict)
    path = copy_template_for_editing("aca_appeal", "txt")
    assert path.parent == user_letters_dir() and path.is_file()
    assert path.stat().st_mode & 0o777 == 0o600
    shipped = path.read_text(encoding="utf-8")
    path.write_text(
        shipped.replace("{% block body %}", "{% block body %}\nMY OWN WORDS {{ member.name }}\n"),
        encoding="utf-8",
    )
    letter = render_letter("aca_appeal", case, extra=ADDRESS, today=TODAY)
    assert "MY OWN WORDS Ana Ruiz" in letter.text
    assert "MY OWN WORDS" not in letter.html
    again = copy_template_for_editing("aca_appeal", "txt")
    assert "MY OWN WORDS" in again.read_text(encoding="utf-8")  # never overwritten


def test_a_user_copy_made_after_the_shipped_template_was_loaded_wins(example_case_dict, home):
    case = case_of(example_case_dict)
    first = render_letter("aca_appeal", case, extra=ADDRESS, today=TODAY)  # caches the shipped one
    assert "MY LATER WORDS" not in first.text
    path = copy_template_for_editing("aca_appeal", "txt")
    shipped = path.read_text(encoding="utf-8")
    path.write_text(
        shipped.replace("{% block body %}", "{% block body %}\nMY LATER WORDS\n"), encoding="utf-8"
    )
    letter = render_letter("aca_appeal", case, extra=ADDRESS, today=TODAY)
    assert "MY LATER WORDS" in letter.text


def test_copy_template_rejects_unknown_kinds_and_formats(home):
    with pytest.raises(KeyError, match="aca_appeal"):
        copy_template_for_editing("nope", "txt")
    with pytest.raises(ValueError, match="html"):
        copy_template_for_editing("aca_appeal", "pdf")


def test_safe_name_check_names_the_problem():
    from helper.letters.environment import safe_template_name

    assert safe_template_name("aca_appeal.txt.j2") == "aca_appeal.txt.j2"
    with pytest.raises(LetterTemplateError, match="not an allowed"):
        safe_template_name("../x")
