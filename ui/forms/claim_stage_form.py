"""The claim's reason and later stages, shared by the visit and pump forms: the kind of
reason the member confirms (a suggestion from the EOB's wording is offered, never applied
by itself), and the dates of the appeal, the plan's final decision and the outside review.

objectNames: `<prefix>-category`, `<prefix>-category-suggestion`, `<prefix>-use-suggestion`,
`<prefix>-appeal-sent`, `<prefix>-final-decision`, `<prefix>-review-requested`,
`<prefix>-review-decided`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from helper.claims import category_label, suggest_category
from helper.claims.reasons import categories
from helper.model import Claim
from ui.forms.fields import ChoiceBox, OptionalDateField, add_row, name_widget
from ui.i18n import current_language
from ui.widgets.reflow_box import ReflowBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimStageFields", text)


class ClaimStageFields:
    """Adds its rows to `form`; `reason_field` is the line edit with the EOB's words."""

    def __init__(self, owner: QWidget, form: QFormLayout, prefix: str, reason_field=None):
        lang = current_language()
        self.reason_field = reason_field
        self.category = name_widget(
            ChoiceBox(
                [(None, _tr("Not chosen yet"))]
                + [(key, category_label(key, lang)) for key in categories()]
            ),
            f"{prefix}-category",
            _tr("Kind of reason"),
            _tr("What the denial is about: the letters answer this reason"),
        )
        add_row(form, _tr("Kind of reason"), self.category,
                _tr("Letters answer only the reason you choose here. Not sure? Choose "
                   "'Another reason': the letter asks the plan which rule it used."))  # fmt: skip
        row = ReflowBox(min_chars=50)  # the button under the words when the form is narrow
        self.suggestion = QLabel()
        self.suggestion.setObjectName(f"{prefix}-category-suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(_tr("Use this"))
        self.use_suggestion.setObjectName(f"{prefix}-use-suggestion")
        self.use_suggestion.setAccessibleName(_tr("Use the suggested kind of reason"))
        self.use_suggestion.setAccessibleDescription(
            _tr("Sets the kind of reason to the one the plan's words usually mean")
        )
        self.use_suggestion.setToolTip(self.use_suggestion.accessibleDescription())
        row.add(self.suggestion, 1)
        row.box.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("", row)
        self._suggested: str | None = None
        self.use_suggestion.clicked.connect(self._use_suggestion)
        if reason_field is not None:
            reason_field.textChanged.connect(self._suggest)
        self.category.currentIndexChanged.connect(lambda _i: self._suggest())

        # The tick box says only what happened ("Sent"): the row's label names the date, and
        # repeating it beside the date made the row wider than the dialog.
        self.appeal_sent = self._date(form, prefix, "appeal-sent", _tr("Appeal sent on"), _tr("Sent"),
                                      _tr("The day you sent your appeal (or request to reconsider)"))  # fmt: skip
        self.final_decision = self._date(form, prefix, "final-decision",
                                         _tr("Final decision on the appeal"), _tr("Decided"),
                                         _tr("The date of the plan's letter that kept its denial"))  # fmt: skip
        self.review_requested = self._date(form, prefix, "review-requested",
                                           _tr("Outside review asked for on"), _tr("Asked for"),
                                           _tr("External review, State fair hearing or OPM review"))  # fmt: skip
        self.review_decided = self._date(form, prefix, "review-decided",
                                         _tr("Outside review decided on"), _tr("Decided"),
                                         _tr("The date of the outside review's decision"))  # fmt: skip
        self._suggest()

    @staticmethod
    def _date(form: QFormLayout, prefix: str, name: str, label: str, known: str, tip: str):
        field = name_widget(OptionalDateField(known), f"{prefix}-{name}", label, tip)
        add_row(form, label, field)
        return field

    def _suggest(self) -> None:
        wording = self.reason_field.text() if self.reason_field is not None else ""
        suggested = suggest_category(wording)
        show = suggested is not None and self.category.value() is None
        self._suggested = suggested
        if show:
            label = category_label(suggested, current_language())
            self.suggestion.setText(_tr("This reason usually means: {kind}").format(kind=label))
        self.suggestion.setVisible(show)
        self.use_suggestion.setVisible(show)

    def _use_suggestion(self) -> None:
        if self._suggested:
            self.category.set_value(self._suggested)

    def load(self, claim: Claim) -> None:
        self.category.set_value(claim.denial_category)
        self.appeal_sent.set_value(claim.appeal_sent)
        self.final_decision.set_value(claim.final_denial_date)
        self.review_requested.set_value(claim.review_requested)
        self.review_decided.set_value(claim.review_decided)
        self._suggest()

    def save(self, claim: Claim) -> None:
        claim.denial_category = self.category.value()
        claim.appeal_sent = self.appeal_sent.value()
        claim.final_denial_date = self.final_decision.value()
        claim.review_requested = self.review_requested.value()
        claim.review_decided = self.review_decided.value()
