"""The presentation the slides go into: python-pptx's own (16:9), or a company's template
with its layouts, theme and size, emptied of its example slides."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

from okr_workshop.export.pptx.place import EMU_PER_POINT

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
# A .potx (template) is a .pptx whose main part has another content type.
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION_TYPE = (
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)


class TemplateError(ValueError):
    """The template cannot be used: ``code`` is "unreadable" (not a PowerPoint file, or a
    damaged one) or "no_title_layout" (no slide layout has a title)."""

    def __init__(self, code: str, path: Path | str) -> None:
        self.code, self.path = code, Path(path)
        super().__init__(f"{code}: {self.path}")


def presentation(template: Path | str | None, width: float, height: float):
    """A presentation to add slides to: a new 16:9 one of ``width`` × ``height`` points,
    or the template's, without its own slides. Raises :class:`TemplateError`."""
    if template is None:
        prs = Presentation()
        prs.slide_width = Emu(round(width * EMU_PER_POINT))
        prs.slide_height = Emu(round(height * EMU_PER_POINT))
        return prs
    data = Path(template).read_bytes()  # OSError: said as such by the caller
    try:
        prs = Presentation(io.BytesIO(_as_presentation(data)))
        _drop_slides(prs)
    except Exception as error:  # noqa: BLE001 — any damage in a file we did not write
        raise TemplateError("unreadable", template) from error
    if title_layout(prs) is None:
        raise TemplateError("no_title_layout", template)
    return prs


def _as_presentation(data: bytes) -> bytes:
    """A .potx read as the presentation it describes (python-pptx opens .pptx only)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                blob = source.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    blob = blob.replace(_TEMPLATE_TYPE, _PRESENTATION_TYPE)
                target.writestr(info, blob)
        return out.getvalue()


def _drop_slides(prs) -> None:
    """The template's example slides go: only ours are in the file."""
    slide_ids = prs.slides._sldIdLst
    for slide_id in list(slide_ids):
        prs.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)


def title_layout(prs):
    """The "Title Only" layout (known by its type, whatever its name in the template's
    language), else the first layout with a title placeholder, else None."""
    with_title = [layout for layout in prs.slide_layouts
                  if any(p.placeholder_format.type in _TITLES for p in layout.placeholders)]
    for layout in with_title:
        if layout._element.get("type") == "titleOnly":
            return layout
    return with_title[0] if with_title else None
