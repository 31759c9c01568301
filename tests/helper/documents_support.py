"""Real files to attach in tests: a PDF of N pages (fpdf2), photos (Pillow), a stored case."""

from __future__ import annotations

from pathlib import Path

from helper.model import Case
from helper.store import Store


def make_pdf(path: Path, pages: int = 1, label: str = "EXPLANATION OF BENEFITS") -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("helvetica", size=14)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"{label} sheet {number} of {pages}")
    pdf.output(str(path))
    return path


def make_photo(
    path: Path, size=(1600, 1200), colour=(200, 220, 255), turned: bool = False, grain=False
) -> Path:
    """A JPEG (or PNG by ending); `turned` marks it EXIF orientation 6 (shot sideways);
    `grain` fills it with noise, so it weighs what a phone photo weighs (megabytes)."""
    from PIL import Image, ImageDraw

    if grain:
        image = Image.merge("RGB", [Image.effect_noise(size, 60)] * 3)
    else:
        image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((50, 50, size[0] // 3, size[1] // 3), fill=(200, 0, 0))
    if path.suffix.lower() == ".png":
        image.save(path, format="PNG")
        return path
    exif = image.getexif()
    if turned:
        exif[0x0112] = 6
    image.save(path, format="JPEG", quality=85, exif=exif)
    return path


def stored_case(home: Path, data: dict) -> str:
    """Add the case to the store in `home` and close it again (so a CLI process can write)."""
    with Store.open(home) as store:
        return store.add_case(Case.from_dict(data), title="Ana and Leo")
