"""Small widgets shared by the window, the dialogs and the pages.

Import each from its module (`from ui.widgets.explanation import ExplanationLabel`): this
package imports nothing itself, so start-up pays only for what the window uses.
"""
