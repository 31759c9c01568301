"""What the window says when something is not as usual: the last run did not end cleanly
(so no case is opened), or a save the disk did not confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.widgets.notice_banner import NoticeBanner


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartNotices", text)


def show_start_notices(window, unclean_start: bool) -> list[NoticeBanner]:
    """Add the notices that apply to the top of `window`; returns them. Later warnings
    from the store (a save the disk did not confirm) show as a notice too."""
    window.context.store_warning.connect(lambda text: show_store_warning(window, text))
    shown = []
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
    for banner in shown:
        window.banner_area.addWidget(banner)
    return shown


def show_store_warning(window, text: str) -> NoticeBanner:
    """Show (or update) the notice about a save the disk did not confirm."""
    banner = window.findChild(NoticeBanner, "store-warning-notice")
    if banner is None:
        banner = NoticeBanner("store-warning-notice", text)
        window.banner_area.addWidget(banner)
    banner.message.setText(text)
    banner.message.setAccessibleDescription(text)
    banner.show()
    return banner
