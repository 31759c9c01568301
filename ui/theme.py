"""Colours that read well in a light and in a dark system theme.

Style sheets take their colours from here (or from `palette(...)` roles), never a fixed
light background or dark text: those vanish in a dark theme. The colour only repeats what
the text already says ("Saved", "Could not …", "Please fix: …").
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# (text colour, background, border) for each tone, in a light and in a dark theme.
_TONES = {
    "ok": {"light": ("#1d5e1d", "#e6f4e6", "#5a9a5a"), "dark": ("#9fe09f", "#1f3a1f", "#5a9a5a")},
    "error": {
        "light": ("#9b0000", "#fbe9e9", "#c05050"),
        "dark": ("#ffaaaa", "#4a1e1e", "#c05050"),
    },
    "warning": {
        "light": ("#5c4300", "#fff4d6", "#c9a033"),
        "dark": ("#ffe08a", "#3d3213", "#c9a033"),
    },
}


def palette_of(widget: QWidget | None = None) -> QPalette:
    if widget is not None:
        return widget.palette()
    app = QApplication.instance()
    return app.palette() if app is not None else QPalette()


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the window background is dark (a dark system theme)."""
    return palette_of(widget).color(QPalette.ColorRole.Window).lightness() < 128


def _mode(widget: QWidget | None) -> str:
    return "dark" if is_dark(widget) else "light"


def text_colour(tone: str | None, widget: QWidget | None = None) -> str:
    """A text colour for `tone` ("ok", "error", "warning"; None: the normal text)."""
    if tone not in _TONES:
        return "palette(window-text)"
    return _TONES[tone][_mode(widget)][0]


def text_style(tone: str | None, widget: QWidget | None = None, bold: bool = False) -> str:
    """Style sheet text for a label in `tone`, readable on the current theme."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {text_colour(tone, widget)};{weight}"


def quiet_text_style(widget: QWidget | None = None) -> str:
    """Style for secondary text (explanations): between the text and the background
    colours, so it looks quieter yet stays readable in light and dark themes."""
    palette = palette_of(widget)
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.75 + back.red() * 0.25),
        round(text.green() * 0.75 + back.green() * 0.25),
        round(text.blue() * 0.75 + back.blue() * 0.25),
    )
    return f"QLabel {{ color: {mixed.name()}; }}"


def panel_style(selector: str, tone: str | None, widget: QWidget | None = None) -> str:
    """Style sheet for a framed panel (a banner, a status box) in `tone`."""
    if tone not in _TONES:
        return (
            f"{selector} {{ background: palette(alternate-base); color: palette(window-text);"
            " border: 1px solid palette(mid); padding: 6px; }"
        )
    text, background, border = _TONES[tone][_mode(widget)]
    return (
        f"{selector} {{ background: {background}; color: {text};"
        f" border: 1px solid {border}; padding: 6px; }}"
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21); 4.5 is enough for normal text."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
