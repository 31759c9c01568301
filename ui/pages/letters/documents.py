"""The Letters page's list of documents attached to the case (they go into the packet),
with "Attach a document…": choose a PDF or photo, say what it is, and it is copied into
the data folder (helper.documents, the same as `lactation-helper attach`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helper.call_log import format_date
from helper.documents import DocumentError
from helper.store import StoreError
from ui import ask
from ui.i18n import current_language
from ui.widgets.named import name_control, push_button

VisitChoice = Callable[[], tuple[str | None, str]]  # (visit key or None, its label)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentKinds", text)


def kind_labels() -> dict[str, str]:
    """Each document kind (helper.model.DOCUMENT_KINDS) in words, in the app's language."""
    return {
        "eob": _tr("Explanation of benefits (EOB)"),
        "denial_letter": _tr("Denial letter"),
        "superbill": _tr("Superbill or receipt"),
        "prescription": _tr("Prescription or referral"),
        "medical_necessity": _tr("Letter of medical necessity"),
        "other": _tr("Other document"),
    }


class AttachDialog(QDialog):
    """What the chosen file is: its kind, a title, and whether it is about one visit."""

    def __init__(self, path: Path, visit_label: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attach-dialog")
        self.setWindowTitle(self.tr("Attach a document"))
        self.kind = QComboBox()
        name_control(self.kind, "attach-kind", self.tr("Kind"), self.tr("What the document is"))
        for value, label in kind_labels().items():
            self.kind.addItem(label, value)
        self.title = QLineEdit(path.stem)
        name_control(
            self.title, "attach-title", self.tr("Title"), self.tr("A name you will recognise")
        )
        self.visit_only = QCheckBox(self.tr("Only about {visit}").format(visit=visit_label or ""))
        self.visit_only.setObjectName("attach-visit-only")
        self.visit_only.setChecked(visit_label is not None)
        self.visit_only.setVisible(visit_label is not None)
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(path.name))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("attach-buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.visit_only)
        layout.addWidget(buttons)

    def chosen_kind(self) -> str:
        return self.kind.currentData()


class DocumentsPanel(QWidget):
    """The attached documents of the current case and the button to add one.

    `message(text, ok)` asks the page to show a result line.
    """

    message = Signal(str, object)

    def __init__(self, context, visit_choice: VisitChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.visit_choice = visit_choice
        self.dialog: AttachDialog | None = None
        heading = QLabel(self.tr("Documents for the packet"))
        heading.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        name_control(
            self.list, "letters-documents", self.tr("Attached documents"),
            self.tr("The EOBs, denial letters, receipts and photos that go into the packet"),
        )  # fmt: skip
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)
        heading.setBuddy(self.list)
        self.attach_button = push_button(
            "letters-attach", self.tr("Attach a document…"),
            self.tr("Add a PDF or photo (EOB, denial letter, receipt...) to this case"),
            self.choose_file,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.attach_button)
        for signal in (context.case_changed, context.case_edited):
            signal.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        case = self.context.case()
        documents = list(case.documents) if case is not None else []
        labels = kind_labels()
        for document in documents:
            text = f"{labels.get(document.kind, document.kind)}: {document.title or ''}"
            if document.visit:
                text += " · " + self._about(case, document.visit)
            self.list.addItem(text)
        if not documents:
            item = QListWidgetItem(self.tr("None yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.attach_button.setEnabled(case is not None)

    def _about(self, case, key: str) -> str:
        visit = case.find_visit(key)
        if visit is not None and visit.date is not None:
            when = format_date(visit.date, current_language())
            return self.tr("about the visit of {date}").format(date=when)
        if key.startswith("equipment:"):
            return self.tr("about the pump or supplies")
        return self.tr("about {visit}").format(visit=key)

    def choose_file(self) -> None:
        if self.context.case() is None:
            return
        chosen = ask.open_file(
            self,
            self.tr("Attach a document"),
            self.tr("PDF or photo (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if not chosen:
            return
        visit, visit_label = self.visit_choice()
        dialog = AttachDialog(Path(chosen), visit_label if visit else None, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._attach(Path(chosen), dialog, visit))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _attach(self, path: Path, dialog: AttachDialog, visit: str | None) -> None:
        self.dialog = None
        chosen_visit = visit if dialog.visit_only.isChecked() else None
        try:
            document = self.context.attach_document(
                path, dialog.chosen_kind(), chosen_visit, dialog.title.text()
            )
        except (DocumentError, StoreError, OSError, KeyError) as error:
            self.message.emit(self.tr("Not attached: {reason}").format(reason=error), False)
            return
        self.message.emit(
            self.tr("Attached {title}: it goes into the packet.").format(title=document.title),
            True,
        )
