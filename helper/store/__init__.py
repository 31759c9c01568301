"""The app's store: cases, calls, letters, checklist ticks, settings and drafts on disk.

    from helper.store import Store, StoreLocked, StoreError
    with Store.open(home) as store:
        case_id = store.add_case(case)

Atomic writes, 0600 files, a schema version with migrations, one writer at a time,
rolling backups, and an unreadable store moved aside instead of overwritten.
"""

from helper.store.errors import StoreError, StoreLocked, StoreNotWritable
from helper.store.migrations import SCHEMA_VERSION
from helper.store.repository import STORE_NAME, CaseSummary, Recovery, Store

__all__ = [
    "SCHEMA_VERSION",
    "STORE_NAME",
    "CaseSummary",
    "Recovery",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreNotWritable",
]
