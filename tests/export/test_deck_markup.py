"""No markup of the deck's own is ever printed as text: remarks on every kind of slide
(issue 11, point 1: every remark on the key-result quality slides printed
``<font color="#B83232">●</font>``), in both languages, on the slides and the posters."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from okr_workshop.domain.catalogue import all_messages
from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import Cadence, KeyResult, Language, Ritual, RitualKind
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.export import build_deck, build_poster
from okr_workshop.export.sections import BY_KEY
from tests.export.builders import remarks_workshop, team, workshop
from tests.export.pdf_reading import flat, markup_shown, page_texts, reader

# What the deck's check can never raise on one workshop with teams: refusals are told by
# commands, and a bare sentence's findings by ``check-kr``.
NOT_ON_A_WORKSHOP = {"rule.keep_refused", "rule.key_result_refused", "kr.sentence.empty",
                     "kr.sentence.relative_target", "kr.sentence.no_baseline"}
TYPED = '<b>gras</b> &amp; <font color="red">rouge</font> &lt;br/&gt; <br/>'
LANGUAGES = [Language.FRENCH, Language.ENGLISH]


def finding_codes() -> set[str]:
    prefixes = ("kr.", "objective.", "rule.", "workshop.")
    return {code for code in all_messages() if code.startswith(prefixes)}


def test_the_remarks_workshop_and_two_bare_ones_raise_every_finding_code():
    bare = workshop([], vision="", strategic_objectives=(), rituals=())
    no_department = workshop([team("Seule", [])], rituals=(
        Ritual(kind=RitualKind.TEAM_REVIEW, cadence=Cadence.MONTHLY),))
    raised = {f.code for w in (remarks_workshop(), bare, no_department)
              for f in check_workshop(w)}
    assert raised == finding_codes() - NOT_ON_A_WORKSHOP
    for language in LANGUAGES:  # every key result has a remark of its own, in both languages
        workshop_ = remarks_workshop(language)
        shown = {f.subject_id for f in check_workshop(workshop_)
                 if f.subject == Subject.KEY_RESULT and f.severity != Severity.INFO}
        krs = {kr.id for kr in workshop_.key_results()}
        assert len(krs - shown) <= 1  # the initiative is a mere information


@pytest.fixture(scope="module", params=LANGUAGES, ids=["fr", "en"])
def remarks(request):
    language = request.param
    workshop_ = remarks_workshop(language)
    return language, workshop_, page_texts(reader(build_deck(workshop_, language)))


def quality_pages(language: Language, texts: list[str]) -> list[str]:
    name = BY_KEY["quality"].name(language)
    return [text for text in texts if flat(text).startswith(name) or f" {name}" in flat(text)]


def test_every_remark_on_the_quality_slides_reads_as_a_sentence_with_a_plain_dot(remarks):
    language, workshop_, texts = remarks
    quality = flat(" ".join(quality_pages(language, texts)))
    messages = {f.message(language) for f in check_workshop(workshop_)
                if f.subject == Subject.KEY_RESULT and f.severity != Severity.INFO}
    assert len(messages) >= 15
    for message in messages:
        assert f"● {flat(message)}" in quality
    assert markup_shown(quality) == []


@pytest.mark.parametrize("which", ["sample_fr", "sample_en"])
def test_no_markup_on_any_page_of_the_samples(which, request):
    workshop_ = request.getfixturevalue(which)
    language = Language(workshop_.language)
    for number, text in enumerate(page_texts(reader(build_deck(workshop_, language))), 1):
        assert markup_shown(text) == [], f"page {number}"


def test_no_markup_on_any_page_of_a_deck_full_of_remarks(remarks):
    _, _, texts = remarks
    for number, text in enumerate(texts, 1):
        assert markup_shown(text) == [], f"page {number}"


@pytest.mark.parametrize("language", LANGUAGES, ids=["fr", "en"])
def test_no_markup_on_the_posters_of_a_workshop_full_of_remarks(language):
    workshop_ = remarks_workshop(language)
    for team_ in workshop_.teams:
        for text in page_texts(reader(build_poster(workshop_, team_, language))):
            assert markup_shown(text) == []


def test_the_preview_reads_no_markup_either():
    # The window's preview renders the same PDF with PDFium: read its text the same way.
    document = pdfium.PdfDocument(build_deck(remarks_workshop(), Language.FRENCH))
    try:
        for page in document:
            text = page.get_textpage().get_text_range()
            assert markup_shown(text) == []
    finally:
        document.close()


@pytest.mark.parametrize("language", LANGUAGES, ids=["fr", "en"])
def test_text_typed_like_markup_reads_back_literally_in_the_remarks(language):
    workshop_ = remarks_workshop(language, typed=TYPED)
    deck = build_deck(workshop_, language)
    texts = page_texts(reader(deck))
    quality = flat(" ".join(quality_pages(language, texts)))
    assert quality.count(flat(TYPED)) >= len(list(workshop_.key_results()))
    # Remarks quote the sentence cut short ("… <b>gras</b> &amp; <font c… »"): literally too.
    findings = check_workshop(workshop_)
    messages = tuple(f.message(language) for f in findings)
    for finding in findings:
        if finding.subject == Subject.KEY_RESULT and finding.severity != Severity.INFO:
            assert flat(finding.message(language)) in quality
    for text in texts:
        assert markup_shown(text, typed=(TYPED, *messages)) == []
    for text in page_texts(reader(build_poster(workshop_, workshop_.teams[0], language))):
        assert flat(TYPED) in flat(text) and markup_shown(text, typed=(TYPED,)) == []


def test_on_the_quality_slides_each_key_result_lists_its_errors_first():
    """Found in the English walkthrough: under "Ship the new booking flow" the red "is a
    milestone" came last, after five amber remarks; the window lists errors first."""
    language = Language.ENGLISH
    activity = "Ship the new booking flow"
    workshop_ = workshop([team("Coffee Shops", [("Serve faster at the morning rush", [
        KeyResult(text=activity)])])], language)
    findings = [f for f in check_workshop(workshop_) if f.subject == Subject.KEY_RESULT]
    errors = [f.message(language) for f in findings if f.severity == Severity.ERROR]
    warnings = [f.message(language) for f in findings if f.severity == Severity.WARNING]
    assert errors and warnings
    text = flat(" ".join(quality_pages(language, page_texts(reader(build_deck(workshop_,
                                                                               language))))))
    last_error = max(text.index(flat(m)) for m in errors)
    first_warning = min(text.index(flat(m)) for m in warnings)
    assert last_error < first_warning
