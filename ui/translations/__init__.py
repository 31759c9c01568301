"""Translations of the interface: `lactation_helper_<lang>.ts` (source, edited by
`tools/update_translations.py`) and the compiled `.qm` the app loads (`ui.i18n`)."""
