"""The one PDF engine (helper.pdf): any alphabet, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from helper.pdf import Numbering, UnprintableTextError, html_to_pdf
from helper.pdf.fonts import plan_fonts, system_font_for
from helper.pdf.html_prep import prepare_html
from tests.helper.pdf_support import normalised, pdf_text

CREATED = dt.datetime(2026, 9, 20, 12, 0, tzinfo=dt.UTC)
NAMES = ["Nguyễn Thị Hương", "Łucja Wiśniewska", "Σοφία Παπαδοπούλου", "Дмитрий Иванов"]


def test_names_in_any_european_or_vietnamese_alphabet_read_back_exactly():
    html = "".join(f"<p>Member: <b>{name}</b></p>" for name in NAMES)
    text = pdf_text(html_to_pdf(html, created=CREATED))
    for name in NAMES:
        assert normalised(name) in text


def test_the_same_html_and_date_give_the_same_bytes(monkeypatch):
    html = "<p>Łucja</p>"
    assert html_to_pdf(html, created=CREATED) == html_to_pdf(html, created=CREATED)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(CREATED.timestamp())))
    assert html_to_pdf(html) == html_to_pdf(html, created=CREATED)


def test_pages_are_us_letter_numbered_and_titled():
    html = "<title>A long letter</title>" + "".join(
        f"<p>Paragraph {i}: {'lactation support ' * 40}</p>" for i in range(30)
    )
    reader = pypdf.PdfReader(io.BytesIO(html_to_pdf(html, created=CREATED)))
    count = len(reader.pages)
    assert count >= 3
    assert reader.metadata.title == "A long letter"
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612.0, 792.0)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {count}" in normalised(page.extract_text())


def test_numbering_can_continue_a_packet():
    data = html_to_pdf("<p>x</p>", created=CREATED, numbering=Numbering(first=4, total=9))
    assert "Page 4 of 9" in pdf_text(data)
    assert "Page" not in pdf_text(html_to_pdf("<p>x</p>", created=CREATED, numbering=None))


def test_right_to_left_scripts_are_shaped_and_kept():
    plan = plan_fonts("שלום مرحبا")
    assert plan.shaping and not plan.unprintable
    text = pdf_text(html_to_pdf("<p>Name: שלום and مرحبا بالعالم</p>", created=CREATED))
    for word in ("שלום", "مرحبا", "بالعالم"):  # NFKC folds Arabic presentation forms back
        assert word in text or word[::-1] in text, word


def test_a_character_no_font_has_is_refused_by_name():
    with pytest.raises(UnprintableTextError) as caught:
        html_to_pdf("<p>Name: A\U0010fffdB</p>")
    assert caught.value.chars == ("\U0010fffd",)
    assert "U+10FFFD" in str(caught.value) and "\n" not in str(caught.value)


def test_a_character_dejavu_lacks_is_drawn_with_a_system_font():
    # U+02EF is in DejaVu Serif (Debian's fonts-dejavu-core) but not DejaVu Sans;
    # CJK is in Noto CJK where that is installed.
    char = next((c for c in ("\u02ef", "中", "\u0d9a") if system_font_for(c)), None)
    if char is None:
        pytest.skip("no system font here has a character DejaVu Sans lacks")
    plan = plan_fonts(f"x{char}")
    assert plan.fallbacks and not plan.unprintable
    assert char in pdf_text(html_to_pdf(f"<p>x{char}y</p>", created=CREATED))


def test_html_is_prepared_for_drawing():
    prepared = prepare_html(
        "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        '<div class="a"><strong>Ana</strong><br>12 Elm St</div><div>Next</div>'
        "<table><tr><th>Member</th><td><b>Ana</b> Ruiz<br>2nd</td></tr></table>"
        '<img src="http://example.org/x.png"><ul>\n<li>one</li>\n</ul></body></html>'
    )
    assert prepared.title == "T"
    assert "color" not in prepared.body and "img" not in prepared.body
    assert prepared.body.startswith("<p><strong>Ana</strong><br>12 Elm St</p><p>Next</p>")
    assert '<td align="left" width="30%">Member</td>' in prepared.body
    assert '<td align="left" width="70%"><b>Ana Ruiz\n2nd</b></td>' in prepared.body
    assert "<ul><li>one</li></ul>" in prepared.body


def test_the_call_log_layout_draws(example_case_dict):
    from helper.call_log import calls_to_html
    from helper.model import Case

    case = Case.from_dict(example_case_dict)
    text = pdf_text(html_to_pdf(calls_to_html(case, case.calls), created=CREATED))
    assert "Calls with the insurer" in text and "REF-20260912-01" in text


def test_unbalanced_inline_tags_are_closed_at_each_block():
    body = prepare_html("<div>Hi <b>there <i>you</b> x</div><p>next</i></p><ul><li><b>a</li></ul>")
    assert body.body == ("<p>Hi <b>there <i>you</i></b> x</p><p>next</p><ul><li><b>a</b></li></ul>")


def test_a_hand_edited_template_with_odd_html_still_makes_a_pdf():
    html = (
        "<h1>Appeal</h1><p>I <em>really</em> <i>mean</i> it: <code>S9443</code>"
        "<font face='Courier' color='red'>red</font>.</p><pre>line 1\n  line 2</pre>"
        "<blockquote>quoted</blockquote><img src='/etc/passwd'><hr>"
        "<table border='1'><tr><td>a<table><tr><td>inner</td></tr></table></td><td>b</td>"
        "<td>c</td></tr></table><ol><li>one<li>two</ol><section>end</section>"
    )
    text = pdf_text(html_to_pdf(html, created=CREATED))
    for words in ("Appeal", "really mean it", "S9443", "red", "line 1", "quoted", "a inner",
                  "one", "two", "end"):  # fmt: skip
        assert words in text, words
