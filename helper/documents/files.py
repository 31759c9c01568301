"""Attached files: what a file is, read from its first bytes (never its name), and the
private copy kept in the data folder.

- `sniff(path)` -> "pdf" | "png" | "jpeg", or DocumentError naming what is wrong (not a
  PDF or image, too big, empty, unreadable, a PDF that is damaged or password-protected).
- `copy_into(home, case_id, doc_id, source, kind)` -> the copy's path relative to `home`
  (`documents/CASE/ID.pdf`), written atomically, readable by the user only.
"""

from __future__ import annotations

from pathlib import Path

from helper.files import write_private
from helper.paths import ensure_private_dir

MAX_BYTES = 25 * 1024 * 1024
ENDINGS = {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg"}
FOLDER = "documents"


class DocumentError(ValueError):
    """The file cannot be attached; the message is one line naming the field or file."""


def file_type(head: bytes) -> str | None:
    """ "pdf", "png" or "jpeg" from a file's first bytes; None for anything else."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if b"%PDF-" in head[:1024]:  # readers accept a little junk before the header
        return "pdf"
    return None


def sniff(path: Path) -> str:
    """What `path` holds, checked by content; DocumentError if it cannot be attached."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1024)
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})") from None
    if size == 0:
        raise DocumentError(f"{path}: the file is empty")
    if size > MAX_BYTES:
        raise DocumentError(
            f"{path}: the file is {size / 1024 / 1024:.1f} MB; attachments can be 25 MB at most"
        )
    kind = file_type(head)
    if kind is None:
        raise DocumentError(f"{path}: not a PDF, PNG or JPEG file (checked by its content)")
    _check_readable(path, kind)
    return kind


def _check_readable(path: Path, kind: str) -> None:
    if kind == "pdf":
        import pypdf

        try:
            reader = pypdf.PdfReader(path)
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError(f"{path}: the PDF is password-protected; save a copy without")
            if len(reader.pages) == 0:
                raise DocumentError(f"{path}: the PDF has no pages")
        except DocumentError:
            raise
        except Exception as error:  # pypdf raises many kinds for damaged files
            raise DocumentError(f"{path}: the PDF is damaged ({type(error).__name__})") from None
        return
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.verify()
    except Exception as error:  # Pillow raises many kinds for damaged files
        raise DocumentError(f"{path}: the image is damaged ({type(error).__name__})") from None


def copy_into(home: Path, case_id: str, doc_id: str, source: Path, kind: str) -> str:
    """Copy `source` into the data folder; returns its path relative to `home`."""
    folder = ensure_private_dir(ensure_private_dir(Path(home) / FOLDER) / _safe(case_id))
    target = folder / f"{_safe(doc_id)}{ENDINGS[kind]}"
    write_private(target, Path(source).read_bytes())
    return target.relative_to(home).as_posix()


def resolve(home: Path, file: str) -> Path:
    """A document's `file` as a path: relative paths are inside the data folder."""
    path = Path(file)
    return path if path.is_absolute() else Path(home) / path


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "_"
