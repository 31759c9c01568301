"""First-run set-up as a short guided sequence, and the plan finder it shares with the
Coverage page."""

from ui.dialogs.setup.dialog import SetupDialog, default_case_title
from ui.dialogs.setup.finder import PlanFinderDialog, PlanFinderWidget

__all__ = ["PlanFinderDialog", "PlanFinderWidget", "SetupDialog", "default_case_title"]
