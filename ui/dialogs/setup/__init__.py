"""First-run set-up as a short guided sequence (`dialog`, `steps`), and the plan finder
(`finder`, `finder_texts`) it shares with the Coverage page.

Import the modules themselves: this file stays empty so that the Coverage page, which
needs only the finder, does not load the whole set-up at start.
"""
