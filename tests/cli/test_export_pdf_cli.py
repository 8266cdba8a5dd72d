"""`okr-workshop export ID --format pdf|posters [--lang fr|en] -o PATH`, run as a user
would: a separate process, the files it writes, its messages and exit status."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def run(*args: str, library: Path):
    environment = dict(os.environ, OKR_WORKSHOP_LIBRARY=str(library))
    return subprocess.run([sys.executable, "-m", "okr_workshop", *args], capture_output=True,
                          text=True, env=environment, timeout=120)


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("library") / "lib.sqlite3"
    assert run("demo", library=path).returncode == 0
    return path


@pytest.fixture(scope="module")
def french(library) -> dict:
    listed = json.loads(run("list", "--json", library=library).stdout)
    return next(w for w in listed if w["language"] == "fr")


def one_line_error(result, *words: str) -> None:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0]


def test_export_pdf_in_the_workshop_s_language(library, french, tmp_path):
    out = tmp_path / "restitution.pdf"
    result = run("export", french["id"][:8], "--format", "pdf", "-o", str(out),
                 library=library)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stderr
    pdf = PdfReader(io.BytesIO(out.read_bytes()))
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
    assert pdf.metadata.title == french["title"]
    assert len(pdf.outline) >= 10
    assert os.listdir(tmp_path) == ["restitution.pdf"]


def test_export_pdf_in_another_language(library, french, tmp_path):
    out = tmp_path / "deck.pdf"
    result = run("export", french["id"], "--format", "pdf", "--lang", "en", "-o", str(out),
                 library=library)
    assert result.returncode == 0, result.stderr
    pdf = PdfReader(io.BytesIO(out.read_bytes()))
    assert pdf.trailer["/Root"]["/Lang"] == "en"
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "Who took part" in text and "Qui a participé" not in text


def test_export_posters_into_a_new_folder(library, french, tmp_path):
    folder = tmp_path / "posters"
    result = run("export", french["id"], "--format", "posters", "-o", str(folder),
                 library=library)
    assert result.returncode == 0, result.stderr
    names = sorted(os.listdir(folder))
    assert len(names) == 8 and names[0].startswith("poster-01-") and "8" in result.stderr
    for name in names:  # the OKRs, and the check-in grid under them or on a page of its own
        pages = PdfReader(folder / name).pages
        assert 1 <= len(pages) <= 2
        assert [round(float(v)) for v in pages[0].mediabox[2:]] == [595, 842]  # A4


def test_export_posters_on_a3(library, french, tmp_path):
    folder = tmp_path / "a3"
    result = run("export", french["id"], "--format", "posters", "--paper", "a3", "-o",
                 str(folder), library=library)
    assert result.returncode == 0, result.stderr
    for name in os.listdir(folder):
        for page in PdfReader(folder / name).pages:
            assert [round(float(v)) for v in page.mediabox[2:]] == [842, 1191]  # A3


def test_lang_with_json_only_sets_the_language_of_the_messages(library, french, tmp_path):
    out = tmp_path / "x.json"
    plain = tmp_path / "plain.json"
    result = run("export", french["id"], "--lang", "fr", "-o", str(out), library=library)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("«\u00a0Atelier OKR")
    assert run("export", french["id"], "-o", str(plain), library=library).returncode == 0
    assert out.read_text(encoding="utf-8") == plain.read_text(encoding="utf-8")


def test_an_unwritable_place_is_one_line_naming_the_file(library, french, tmp_path):
    out = tmp_path / "missing" / "deck.pdf"
    one_line_error(run("export", french["id"], "--format", "pdf", "-o", str(out),
                       library=library), str(out))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    one_line_error(run("export", french["id"], "--format", "posters", "-o", str(blocker),
                       library=library), "a-file")


def test_an_unknown_format_or_language_is_a_usage_error(library, french, tmp_path):
    out = str(tmp_path / "x")
    one_line_error(run("export", french["id"], "--format", "docx", "-o", out, library=library))
    one_line_error(run("export", french["id"], "--format", "pdf", "--lang", "de", "-o", out,
                       library=library))


def test_export_pdf_is_the_main_deck_unless_the_appendix_is_asked_for(library, french,
                                                                       tmp_path):
    main, full = tmp_path / "main.pdf", tmp_path / "full.pdf"
    assert run("export", french["id"], "--format", "pdf", "-o", str(main),
               library=library).returncode == 0
    result = run("export", french["id"], "--format", "pdf", "--appendix", "-o", str(full),
                 library=library)
    assert result.returncode == 0, result.stderr
    main_pdf = PdfReader(io.BytesIO(main.read_bytes()))
    full_pdf = PdfReader(io.BytesIO(full.read_bytes()))
    main_marks = [entry.title for entry in main_pdf.outline if not isinstance(entry, list)]
    full_marks = [entry.title for entry in full_pdf.outline if not isinstance(entry, list)]
    assert "Annexe" not in main_marks and full_marks[-1] == "Annexe"
    assert full_marks[:-1] == main_marks
    assert len(full_pdf.pages) > len(main_pdf.pages)
    assert "Ni retenus ni mis au parking" in " ".join(
        " ".join(page.extract_text().split()) for page in full_pdf.pages)


def test_export_pptx_with_and_without_a_company_template(library, french, tmp_path):
    from pptx import Presentation

    from tests.export.test_deck_pptx_template import company_template

    out = tmp_path / "restitution.pptx"
    result = run("export", french["id"], "--format", "pptx", "-o", str(out), library=library)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stderr and "PowerPoint" in result.stderr
    plain = Presentation(str(out))
    assert len(plain.slides) > 10 and plain.slides[1].shapes.title.text
    template = tmp_path / "société.pptx"
    company_template(template)
    themed_out = tmp_path / "sur modèle.pptx"
    result = run("export", french["id"], "--format", "pptx", "--template", str(template),
                 "-o", str(themed_out), library=library)
    assert result.returncode == 0, result.stderr
    themed = Presentation(str(themed_out))
    assert len(themed.slides) == len(plain.slides)
    assert themed.slide_width == Presentation(str(template)).slide_width


def test_export_pptx_on_a_file_that_is_no_template(library, french, tmp_path):
    bad = tmp_path / "notes.pptx"
    bad.write_text("pas une présentation")
    out = tmp_path / "deck.pptx"
    result = run("export", french["id"], "--format", "pptx", "--template", str(bad),
                 "-o", str(out), "--lang", "en", library=library)
    one_line_error(result, "notes.pptx", "PowerPoint")
    assert not out.exists()
    missing = run("export", french["id"], "--format", "pptx", "--template",
                  str(tmp_path / "absent.pptx"), "-o", str(out), library=library)
    one_line_error(missing, "absent.pptx")
    pdf = run("export", french["id"], "--format", "pdf", "--template", str(bad),
              "-o", str(tmp_path / "x.pdf"), library=library)
    one_line_error(pdf, "--template")
    assert sorted(os.listdir(tmp_path)) == ["notes.pptx"]


def test_handout_goes_with_pdf_and_template_with_pptx(library, french, tmp_path):
    out = tmp_path / "notes.pdf"
    result = run("export", french["id"], "--format", "pdf", "--handout", "-o", str(out),
                 library=library)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) >= 10
    for wrong, said in ((("--format", "pptx", "--handout"), "--handout"),
                        (("--format", "json", "--handout"), "--handout"),
                        (("--format", "json", "--template", str(out)), "--template")):
        one_line_error(run("export", french["id"], *wrong, "-o", str(tmp_path / "x"),
                           library=library), said)
    assert sorted(os.listdir(tmp_path)) == ["notes.pdf"]


def test_appendix_goes_with_a_deck_and_paper_with_posters(library, french, tmp_path):
    """An option the format would silently ignore is refused in one clear line, nothing
    written, like --template and --handout."""
    for wrong, said in ((("--format", "json", "--appendix"), "--appendix"),
                        (("--format", "posters", "--appendix"), "--appendix"),
                        (("--format", "pdf", "--paper", "a3"), "--paper"),
                        (("--format", "pptx", "--paper", "a4"), "--paper")):
        one_line_error(run("export", french["id"], *wrong, "-o", str(tmp_path / "x"),
                           library=library), said)
    assert os.listdir(tmp_path) == []


def test_export_the_run_sheet(library, french, tmp_path):
    out = tmp_path / "déroulé.pdf"
    result = run("export", french["id"][:8], "--format", "run-sheet", "-o", str(out),
                 library=library)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stderr and "run sheet" in result.stderr
    pdf = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(pdf.pages) == 1
    assert "Déroulé de la séance" in pdf.pages[0].extract_text()
    english = tmp_path / "run.pdf"
    result = run("export", french["id"], "--format", "run-sheet", "--lang", "en", "-o",
                 str(english), library=library)
    assert result.returncode == 0, result.stderr
    assert "Run sheet" in PdfReader(io.BytesIO(english.read_bytes())).pages[0].extract_text()
