"""One planned page recorded the way ``deck.draw_page`` draws it, piece by piece.

The same steps as the PDF (band, content in a strict frame, footer; or the cover), each
under a *phase* so the slide writer knows the band from the content: a company template
keeps its own background and title, and drops our dark band.
"""

from __future__ import annotations

from okr_workshop.export import chrome
from okr_workshop.export.context import DeckContext
from okr_workshop.export.layout import StrictFrame
from okr_workshop.export.pptx.recorder import Recorder, install
from okr_workshop.export.slides_intro import cover_lines

BAND, CONTENT, FOOTER, COVER = "band", "content", "footer", "cover"


def record_page(ctx: DeckContext, page, footer: str, page_label: str) -> list:
    """What ``page`` draws, in drawing order (the PDF's stacking order)."""
    install()
    geometry = ctx.geometry
    recorder = Recorder()
    if page.band is None:
        recorder.phase = COVER
        chrome.draw_cover(recorder, cover_lines(ctx), geometry)
        return recorder.items
    recorder.phase = BAND
    chrome.draw_band(recorder, page.band, geometry)
    recorder.phase = CONTENT
    frame = StrictFrame(geometry.margin, geometry.footer_height, geometry.content_width,
                        page.frame_height)
    for flowable in page.flowables:
        frame.add(flowable, recorder)
    recorder.phase = FOOTER
    chrome.draw_footer(recorder, footer, page_label, geometry)
    return recorder.items
