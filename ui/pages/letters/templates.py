"""The Letters page's "Edit template": the user's own copy of a letter's wording."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from helper.letters import copy_template_for_editing, user_letters_dir
from helper.letters.environment import letters_environment


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


def edit_template(kind: str) -> tuple[str, bool]:
    """Make the user's own copies of this letter's templates and open the HTML one; the
    message to show, and whether it worked."""
    try:
        html = copy_template_for_editing(kind, "html")
        copy_template_for_editing(kind, "txt")
    except OSError as error:
        return _tr("Could not copy the template: {error}").format(error=error), False
    # Templates already loaded from the shipped folder stay cached even once a copy
    # exists; drop them so the copy is used from now on.
    cache = getattr(letters_environment(), "cache", None)
    if cache is not None:
        cache.clear()
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(html)))
    text = _tr(
        "Your own copy of this letter is in {folder}: {html} (print and PDF) and the .txt "
        "one (email and web form). Your copy is used from now on; the preview updates when "
        "you come back here."
    ).format(folder=user_letters_dir(), html=html.name)
    if not opened:
        text += " " + _tr("Open it with a text editor.")
    return text, True
