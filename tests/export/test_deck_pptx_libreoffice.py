"""The .pptx opens in another office suite: LibreOffice converts it to a PDF with one page
per slide. Skipped where LibreOffice is not installed (`apt-get install -y
libreoffice-impress`, about 30 s with a warm package cache, 234 MB to download cold)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from okr_workshop.export.pptx import build_pptx
from tests.export.pdf_reading import all_text, reader
from tests.export.test_deck_pptx import messy_plan
from tests.export.test_deck_pptx_template import company_template

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def converted(pptx, tmp_path) -> bytes:
    profile = tmp_path / "profile"  # its own: never blocked by another running office
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(pptx)],
        capture_output=True, text=True, timeout=300,
    )
    pdf = tmp_path / (pptx.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return pdf.read_bytes()


@pytest.mark.parametrize("on_template", [False, True], ids=["own look", "company template"])
def test_libreoffice_opens_every_slide(tmp_path, on_template):
    plan = messy_plan()
    template = None
    if on_template:
        template = tmp_path / "société.pptx"
        company_template(template)
    pptx = tmp_path / "deck.pptx"
    pptx.write_bytes(build_pptx(plan, template))
    pdf = reader(converted(pptx, tmp_path))
    assert len(pdf.pages) == len(plan.pages)
    text = all_text(pdf)
    assert "Un tableau" in text and "Fusion des deux" in text and "Groupé" in text
