"""What the window says at start when something is not as usual: the last run did not end
cleanly (so no case is opened), or the data can be read but not saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # imported when a notice is shown: touching `Qt` or QMessageBox costs
    from ui.widgets.notice_banner import NoticeBanner  # ~30 ms at start-up


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartNotices", text)


def show_start_notices(window, unclean_start: bool) -> list[NoticeBanner]:
    """Add the notices that apply to the top of `window`; returns them. Later warnings
    from the store (a save the disk did not confirm) show as a notice too."""
    window.context.store_warning.connect(lambda text: show_store_warning(window, text))
    shown: list[NoticeBanner] = []
    problem = getattr(window.context.store, "not_writable", None)
    if not unclean_start and problem is None:
        return shown
    from ui.widgets.notice_banner import NoticeBanner

    if unclean_start:
        banner = NoticeBanner(
            "unclean-exit-notice",
            _tr(
                "The app did not close properly last time, so it opened without a case: "
                "choose one under “Family / case” above."
            ),
        )
        window.context.case_changed.connect(lambda case_id: case_id and banner.hide())
        shown.append(banner)
    if problem is not None:
        shown.append(_read_only_notice(window, problem))
    for banner in shown:
        window.banner_area.addWidget(banner)
    return shown


def show_store_warning(window, text: str) -> NoticeBanner:
    """Show (or update) the notice about a save the disk did not confirm."""
    from ui.widgets.notice_banner import NoticeBanner

    banner = window.findChild(NoticeBanner, "store-warning-notice")
    if banner is None:
        banner = NoticeBanner("store-warning-notice", text)
        window.banner_area.addWidget(banner)
    banner.message.setText(text)
    banner.message.setAccessibleDescription(text)
    banner.show()
    return banner


def _read_only_notice(window, problem) -> NoticeBanner:
    """A dialog that says what happened (opened once the window is up, never blocking),
    and a notice that stays while the data is read-only."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    from ui.widgets.notice_banner import NoticeBanner

    reason = getattr(problem, "reason", "") or str(problem)
    sentence = _tr(
        "Your data folder cannot be written ({reason}), so your data was opened read-only: "
        "you can read everything, but changes cannot be saved."
    ).format(reason=reason)
    box = QMessageBox(window)
    box.setObjectName("read-only-dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Your data is read-only"))
    box.setText(sentence)
    box.setInformativeText(
        _tr(
            "{details} Close the app, free some space or fix the folder, and open it again."
        ).format(details=str(problem))
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.read_only_dialog = box
    QTimer.singleShot(0, box.open)
    return NoticeBanner("read-only-notice", sentence)
