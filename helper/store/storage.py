"""A TinyDB storage that writes atomically and keeps the database in memory.

TinyDB's own JSONStorage rewrites its file in place (not crash-safe) and re-parses it on
every read. This storage parses the file once, serves reads from memory and writes every
change through `write_private`. Each table's JSON text is remembered, so a write re-encodes
only the tables that changed (TinyDB replaces a table's dict whenever it changes it).

`batch()` groups several TinyDB operations into one atomic write.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from helper.files import NotSynced, write_private
from helper.store.errors import StoreError

Tables = dict[str, dict[str, Any]]

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


class UnreadableStore(Exception):
    """The file is not a store this app can read (bad JSON, not an object, wrong shape)."""


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def parse_tables(text: str) -> tuple[Tables, dict[str, str]]:
    """Parse a store file once; return the tables and each table's exact JSON text."""
    tables: Tables = {}
    pieces: dict[str, str] = {}
    try:
        pos = _SPACE.match(text, 0).end()
        if text[pos : pos + 1] != "{":
            raise UnreadableStore("the file does not hold a JSON object")
        pos = _SPACE.match(text, pos + 1).end()
        if text[pos : pos + 1] == "}":
            pos += 1
        else:
            while True:
                name, pos = _DECODER.raw_decode(text, pos)
                pos = _SPACE.match(text, pos).end()
                if not isinstance(name, str) or text[pos : pos + 1] != ":":
                    raise UnreadableStore("the file is not valid JSON")
                start = _SPACE.match(text, pos + 1).end()
                table, pos = _DECODER.raw_decode(text, start)
                tables[name] = table
                pieces[name] = text[start:pos]
                pos = _SPACE.match(text, pos).end()
                if text[pos : pos + 1] == ",":
                    pos = _SPACE.match(text, pos + 1).end()
                    continue
                if text[pos : pos + 1] == "}":
                    pos += 1
                    break
                raise UnreadableStore("the file is not valid JSON")
        if _SPACE.match(text, pos).end() != len(text):
            raise UnreadableStore("the file has extra data after the JSON object")
    except json.JSONDecodeError as error:
        raise UnreadableStore(f"the file is not valid JSON ({error.msg})") from None
    return tables, pieces


def check_shape(tables: Any) -> None:
    """Every table maps document ids ("1", "2", ...) to JSON objects."""
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise UnreadableStore(f'table "{name}" is not an object')
        for doc_id, doc in table.items():
            if not doc_id.isdigit() or not isinstance(doc, dict):
                raise UnreadableStore(f'table "{name}" holds a damaged record ({doc_id})')


def read_store_file(path: Path, check: bool = True) -> tuple[Tables, dict[str, str], bytes]:
    """Read a store file: (tables, table texts, raw bytes). Raises UnreadableStore.

    With `check=False` the table shape is not checked (the caller first looks at the
    schema version: a newer app may use another shape).
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableStore("the file is not UTF-8 text") from None
    if not text.strip():
        raise UnreadableStore("the file is empty")
    tables, pieces = parse_tables(text)
    if check:
        check_shape(tables)
    return tables, pieces, raw


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file; see the module docstring."""

    def __init__(
        self,
        path: Path,
        tables: Tables | None = None,
        pieces: dict[str, str] | None = None,
        read_only: bool = False,
    ):
        self.path = Path(path)
        self.read_only = read_only
        self._data: Tables = tables if tables is not None else {}
        # name -> (the table dict that was encoded, its JSON text); identity tells freshness
        self._encoded: dict[str, tuple[dict, str]] = {}
        for name, text in (pieces or {}).items():
            if name in self._data:
                self._encoded[name] = (self._data[name], text)
        self._batch_depth = 0
        self._dirty = False
        self._broken = False
        # Called with a message when a save worked but not quite (see NotSynced).
        self.on_warning: Callable[[str], None] | None = None

    # TinyDB interface -------------------------------------------------------------------
    def read(self) -> Tables:
        # A shallow copy: TinyDB swaps a changed table into it, and only a successful
        # write adopts the result.
        return dict(self._data)

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise StoreError("The store was opened read-only; nothing can be saved.")
        if self._broken:
            raise StoreError(
                f"{self.path} changed on disk and can no longer be read; close and reopen the app."
            )
        self._data = data
        if self._batch_depth:
            self._dirty = True
        else:
            self.flush()

    def close(self) -> None:
        pass

    # Ours -------------------------------------------------------------------------------
    @property
    def data(self) -> Tables:
        return self._data

    def replace_all(self, tables: Tables) -> None:
        """Swap in a whole new database (restore, migration) and write it."""
        self._encoded.clear()
        self.write(tables)

    def flush(self) -> None:
        try:
            write_private(self.path, self._chunks())
        except NotSynced as error:
            self._dirty = False  # the new file is in place: memory and disk agree
            self._warn(
                f"Your change was saved to {self.path}, but the disk reported an error when "
                f"asked to make it permanent ({error.strerror or error}): it could be lost if "
                "the computer loses power now. Check the disk and back up your data folder."
            )
            return
        except OSError as error:
            self._reload()
            raise StoreError(
                f"Could not save to {self.path}: {error.strerror or error}. "
                "Your last change was not saved; check that the disk has space."
            ) from error
        except BaseException:
            self._reload()  # e.g. a value that is not JSON: keep memory equal to the disk
            raise
        self._dirty = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several TinyDB operations, one atomic write; on error nothing is written."""
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._dirty:
                self._reload()
            raise
        self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self.flush()

    def _chunks(self) -> Iterator[str]:
        yield "{"
        for index, (name, table) in enumerate(self._data.items()):
            cached = self._encoded.get(name)
            if cached is not None and cached[0] is table:
                text = cached[1]
            else:
                text = encode(table)
                self._encoded[name] = (table, text)
            yield ("," if index else "") + encode(name) + ":" + text
        yield "}"
        for name in [n for n in self._encoded if n not in self._data]:
            del self._encoded[name]

    def _warn(self, message: str) -> None:
        if self.on_warning is not None:
            self.on_warning(message)
        else:
            warnings.warn(message, RuntimeWarning, stacklevel=3)

    def _reload(self) -> None:
        """Forget unsaved changes: go back to what is on disk."""
        self._dirty = False
        self._encoded.clear()
        try:
            self._data, pieces, _ = read_store_file(self.path)
        except (OSError, UnreadableStore):
            self._broken = True  # never write over a file we cannot read
            return
        for name, text in pieces.items():
            self._encoded[name] = (self._data[name], text)
