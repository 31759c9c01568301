"""Texts the code translates from a variable (`self.tr(TABLE[key])`), listed here so
`pyside6-lupdate` puts them in the .ts. Keep in step with the tables named beside them.
Nothing imports this module at run time: it only marks the texts for translation.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    # ui/main_window.py CASE_FILE_FILTER
    QT_TRANSLATE_NOOP("MainWindow", "Case files (*.json);;All files (*)"),
    # ui/settings/*.py section titles (SettingsSection.title)
    QT_TRANSLATE_NOOP("SettingsSection", "Your data"),
    QT_TRANSLATE_NOOP("SettingsSection", "Email"),
    QT_TRANSLATE_NOOP("SettingsSection", "Language"),
    # helper/next_actions.py deadline_title() in English (shown by ui/pages/home.py)
    QT_TRANSLATE_NOOP("HomePage", "Appeal"),
    QT_TRANSLATE_NOOP("HomePage", "Ask for external review"),
    QT_TRANSLATE_NOOP("HomePage", "Ask for a fair hearing"),
    QT_TRANSLATE_NOOP("HomePage", "Deadline"),
    # ui/pages/letters/history.py METHOD_WORDS
    QT_TRANSLATE_NOOP("LettersPage", "printed"),
    QT_TRANSLATE_NOOP("LettersPage", "saved as PDF"),
    QT_TRANSLATE_NOOP("LettersPage", "emailed"),
    QT_TRANSLATE_NOOP("LettersPage", "opened in the mail app"),
    QT_TRANSLATE_NOOP("LettersPage", "pasted into a web form"),
    # ui/pages/codes.py KIND_LABELS, CodesTableModel.HEADERS, SPOKEN_LETTERS
    QT_TRANSLATE_NOOP("CodesPage", "CPT procedure code"),
    QT_TRANSLATE_NOOP("CodesPage", "HCPCS procedure or supply code"),
    QT_TRANSLATE_NOOP("CodesPage", "ICD-10 diagnosis code"),
    QT_TRANSLATE_NOOP("CodesPage", "ICD-10 diagnosis group"),
    QT_TRANSLATE_NOOP("CodesPage", "Modifier"),
    QT_TRANSLATE_NOOP("CodesPage", "Medi-Cal local code"),
    QT_TRANSLATE_NOOP("CodesPage", "Code"),
    QT_TRANSLATE_NOOP("CodesPage", "What it means"),
    QT_TRANSLATE_NOOP("CodesPage", "Kind"),
    QT_TRANSLATE_NOOP("CodesPage", "Named by"),
    QT_TRANSLATE_NOOP("CodesPage", "A as in apple"),
    QT_TRANSLATE_NOOP("CodesPage", "E as in echo"),
    QT_TRANSLATE_NOOP("CodesPage", "G as in golf"),
    QT_TRANSLATE_NOOP("CodesPage", "N as in November"),
    QT_TRANSLATE_NOOP("CodesPage", "O as in ocean (the letter, not zero)"),
    QT_TRANSLATE_NOOP("CodesPage", "P as in Peter"),
    QT_TRANSLATE_NOOP("CodesPage", "R as in Romeo"),
    QT_TRANSLATE_NOOP("CodesPage", "S as in Sam"),
    QT_TRANSLATE_NOOP("CodesPage", "U as in uniform"),
    QT_TRANSLATE_NOOP("CodesPage", "Z as in zebra"),
)
