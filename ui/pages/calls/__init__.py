"""The Calls page: `page` (the log table, with undo), `drafts` (an unsaved call offered
back), `evidence` (CSV and PDF of the log)."""

from ui.pages.calls.page import CallsPage

__all__ = ["CallsPage"]
