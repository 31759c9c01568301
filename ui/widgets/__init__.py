"""Small widgets shared by the window, the dialogs and the pages."""

from ui.widgets.dates import show_date, show_date_time
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.recovery_banner import RecoveryBanner

__all__ = ["ExplanationLabel", "RecoveryBanner", "show_date", "show_date_time"]
