"""The PowerPoint export on a company's template: its layouts, theme and size are used,
its example slides removed; a file that is no template is refused cleanly."""

from __future__ import annotations

import io
import zipfile

import pytest
from pptx import Presentation
from pptx.util import Inches

from okr_workshop.domain.model import Language
from okr_workshop.export.deck import plan_deck
from okr_workshop.export.pptx import TemplateError, build_pptx, check_template, write_pptx
from tests.export.builders import hostile_workshop
from tests.export.pptx_reading import inside, open_pptx, slide_text

FOUR_THREE = (Inches(10), Inches(7.5))


def company_template(path, size=FOUR_THREE) -> None:
    """A 4:3 template whose layout *named* "Title Only" is not one (names are the
    company's, in its language): the export must find the layout by its type."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = size
    layouts = {layout._element.get("type"): layout for layout in prs.slide_layouts}
    layouts["titleOnly"].name = "Titre seul (société)"
    layouts["blank"].name = "Title Only"
    example = prs.slides.add_slide(layouts["title"])
    example.shapes.title.text = "EXEMPLE DE LA SOCIÉTÉ"
    prs.save(path)


@pytest.fixture(scope="module")
def plan():
    return plan_deck(hostile_workshop(), Language.FRENCH)


@pytest.fixture(scope="module")
def on_template(plan, tmp_path_factory):
    template = tmp_path_factory.mktemp("template") / "société.pptx"
    company_template(template)
    return open_pptx(build_pptx(plan, template))


def test_the_templates_size_layout_and_no_example_slide(on_template, plan):
    assert (on_template.slide_width, on_template.slide_height) == (Inches(10), Inches(7.5))
    assert len(on_template.slides) == len(plan.pages)
    text = " ".join(slide_text(slide) for slide in on_template.slides)
    assert "EXEMPLE DE LA SOCIÉTÉ" not in text
    for slide in on_template.slides:
        assert slide.slide_layout._element.get("type") == "titleOnly"
        assert slide.shapes.title is not None and slide.shapes.title.text.strip()


def test_a_4_3_template_gets_the_page_scaled_onto_the_slide(on_template):
    for slide in on_template.slides:
        for shape in slide.shapes:
            assert inside(shape, on_template.slide_width, on_template.slide_height), shape.name


def test_the_template_keeps_its_title_look_and_background(on_template):
    title = on_template.slides[3].shapes.title
    assert all(run.font.color.type is None and run.font.size is None
               for paragraph in title.text_frame.paragraphs for run in paragraph.runs)
    # Our dark band and dark cover are not painted over the company's background.
    for slide in on_template.slides:
        for shape in slide.shapes:
            assert shape.width < on_template.slide_width * 0.99 or shape.has_text_frame


def test_a_potx_template_is_read_too(plan, tmp_path):
    pptx = tmp_path / "société.pptx"
    company_template(pptx)
    potx = tmp_path / "société.potx"
    with zipfile.ZipFile(pptx) as source, zipfile.ZipFile(potx, "w") as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b"presentation.main+xml", b"template.main+xml")
            target.writestr(info, blob)
    assert len(open_pptx(build_pptx(plan, potx)).slides) == len(plan.pages)


def word_file() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        package.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize("content", [b"", b"not a presentation at all", word_file(),
                                     b"PK\x03\x04 broken zip"])
def test_a_file_that_is_no_template_is_refused_and_nothing_is_written(plan, tmp_path,
                                                                      content):
    template = tmp_path / "modèle.pptx"
    template.write_bytes(content)
    target = tmp_path / "deck.pptx"
    with pytest.raises(TemplateError) as raised:
        check_template(template)
    assert raised.value.code == "unreadable" and raised.value.path == template
    with pytest.raises(TemplateError):
        write_pptx(plan, target, template)
    assert not target.exists() and sorted(tmp_path.iterdir()) == [template]


def test_a_template_without_any_title_layout_is_refused(tmp_path):
    prs = Presentation()
    for layout in prs.slide_layouts:
        for placeholder in list(layout.placeholders):
            placeholder._element.getparent().remove(placeholder._element)
    template = tmp_path / "sans titre.pptx"
    prs.save(template)
    with pytest.raises(TemplateError) as raised:
        check_template(template)
    assert raised.value.code == "no_title_layout"
