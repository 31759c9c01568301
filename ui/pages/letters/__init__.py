"""The Letters page, one module per step: `choose` (which letter, which visit), `facts`
and `facts_form` (what it needs), `preview` (the letter, its recipient and deadline),
`delivery` (print, save, send through `ui.delivery`), `documents` (papers attached to the
case), `history` (letters made), `templates` (the user's own wording); `page` puts them
together."""

from ui.pages.letters.history import METHOD_WORDS, history_line
from ui.pages.letters.page import DRAFT_KIND, LettersPage

__all__ = ["DRAFT_KIND", "METHOD_WORDS", "LettersPage", "history_line"]
