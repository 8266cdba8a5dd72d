"""The deck, read back: every objective and key result is there, the outline and the page
count follow the workshop, the metadata and the language are set."""

from __future__ import annotations

import re
from datetime import date

import pytest

from okr_workshop.domain.model import CheckIn, Language, ObjectiveStatus
from okr_workshop.export import ALL_SECTIONS, SECTIONS, build_deck
from okr_workshop.export.context import DeckContext
from okr_workshop.export.sections import APPENDIX, MAIN
from okr_workshop.export.slides_teams import measure
from tests.export.builders import big_workshop, key_result, team, workshop
from tests.export.pdf_reading import all_text, flat, outline, page_texts, reader


def kept_texts(workshop_):
    for team_ in workshop_.teams:
        for objective in team_.objectives:
            if objective.status == ObjectiveStatus.KEPT:
                yield objective.title
                for kr in objective.key_results:
                    yield kr.text


@pytest.mark.parametrize("which", ["fr", "en"])
def test_every_kept_objective_and_key_result_is_extractable(which, request):
    workshop_ = request.getfixturevalue(f"sample_{which}")
    text = all_text(reader(request.getfixturevalue(f"deck_{which}")))
    expected = list(kept_texts(workshop_))
    assert len(expected) > 40
    missing = [t for t in expected if flat(t) not in text]
    assert missing == []
    for strategic in workshop_.strategic_objectives:
        assert flat(strategic.title) in text and flat(strategic.why) in text
    for parked in (o for o in workshop_.objectives() if o.status == ObjectiveStatus.PARKED):
        assert flat(parked.title) in text  # the parking lot, on the focus slide


def test_the_outline_has_one_entry_per_section_and_per_team(sample_fr, deck_fr):
    pdf = reader(deck_fr)
    marks = outline(pdf)
    sections = [m.title for m in marks if m.level == 0]
    # The sample has them all: the story's sections, then the appendix with its own
    # sections under its bookmark.
    assert sections == [s.name(Language.FRENCH) for s in SECTIONS if s.part == MAIN] + [
        "Annexe"]
    appendix = next(m.page for m in marks if m.title == "Annexe")
    # (The time per step only once the step timer recorded some: the sample has none.)
    assert [m.title for m in marks if m.page >= appendix and m.level == 1] == [
        s.name(Language.FRENCH) for s in SECTIONS if s.part == APPENDIX and s.key != "time"]
    teams = [m for m in marks if m.level == 1 and m.page < appendix]
    assert [m.title for m in teams] == [t.name for t in sample_fr.teams]
    texts = page_texts(pdf)
    for mark in teams:
        assert flat(mark.title) in flat(texts[mark.page])
    for mark in marks:  # a bookmark opens the slide that starts its section
        assert flat(mark.title) in flat(texts[mark.page]) or mark.title == "Couverture"


def test_page_count_follows_the_workshop():
    # Each team adds the same number of slides (its own slides, its progress bars and its
    # charts): the page count grows in step with the teams, by what one team takes.
    counts = [len(reader(build_deck(big_workshop(teams=n), Language.FRENCH)).pages)
              for n in (1, 2, 3)]
    assert counts[2] - counts[1] == counts[1] - counts[0] > 0, counts
    # Without check-ins the progress section is left out, with its 2 slides a team at least.
    quiet = [len(reader(build_deck(big_workshop(teams=n, check_ins=False),
                                   Language.FRENCH)).pages) for n in (1, 2)]
    assert quiet[1] - quiet[0] <= counts[1] - counts[0] - 2, (quiet, counts)
    # More teams: the alignment and focus lists continue on "(2/3)" slides, and 9 teams at
    # three slides each pass the story's limit: the story shows the 2 departments, each
    # team's full slides go to the appendix.
    texts = page_texts(reader(build_deck(big_workshop(teams=9), Language.FRENCH)))
    assert any("Ventes" in t for t in texts[:12])
    continued = [t for t in texts if re.search(r"\((?:[2-9]|\d\d+)/\d+\)", t)]
    assert continued and len(texts) > 12 + 9 + 9


def test_a_chosen_subset_of_sections():
    workshop_ = big_workshop(teams=3)
    pdf = reader(build_deck(workshop_, Language.ENGLISH, sections=("teams", "cover")))
    marks = outline(pdf)
    assert [m.title for m in marks if m.level == 0] == ["Cover", "Team OKRs"]
    assert len(pdf.pages) == 1 + 3 * 3  # each team at the maximum on three slides


def test_optional_sections_are_left_out_when_empty():
    bare = workshop([team("Équipe A", [("Objectif", [key_result("Passer de 10 % à 20 %")])])])
    marks = [m.title for m in outline(reader(build_deck(bare, Language.ENGLISH)))]
    assert "Progress" not in marks and "Your feedback" not in marks
    assert "Key-result quality" in marks


def test_unknown_or_no_section_is_refused():
    with pytest.raises(ValueError, match="unknown deck section"):
        build_deck(big_workshop(teams=1), Language.FRENCH, sections=("cover", "typo"))
    with pytest.raises(ValueError, match="no deck section"):
        build_deck(big_workshop(teams=1), Language.FRENCH, sections=())


def test_metadata_and_language(sample_fr, deck_fr, deck_en, sample_en):
    for data, workshop_, lang, subject in ((deck_fr, sample_fr, "fr", "Restitution des OKR"),
                                           (deck_en, sample_en, "en", "OKR results")):
        pdf = reader(data)
        assert pdf.metadata.title == workshop_.title
        assert pdf.metadata.author == workshop_.facilitator
        assert pdf.metadata.subject.startswith(subject)
        assert pdf.trailer["/Root"]["/Lang"] == lang
        assert pdf.metadata["/CreationDate"].startswith("D:20270203040506")


def test_the_deck_language_is_chosen_at_export(sample_fr):
    english = all_text(reader(build_deck(sample_fr, "en", sections=("quality", "teams"))))
    french = all_text(reader(build_deck(sample_fr, "fr", sections=("quality", "teams"))))
    assert "Key-result quality" in english and "Owner:" in english
    assert "Qualité des résultats clés" in french and "Responsable :" in french
    assert "Responsable" not in english and "Owner" not in french


def test_numbers_follow_the_deck_language(sample_fr):
    # The sample's first key result goes from 1.8 % to 3 %. (reportlab keeps a no-break
    # space unbreakable in layout but writes it as a space: the text reads "1,8 %".)
    for lang, expected in (("fr", "1,8 % → 3 %"), ("en", "1.8% → 3%")):
        text = all_text(reader(build_deck(sample_fr, lang, sections=("teams",))))
        assert expected in text
    kr = sample_fr.teams[0].objectives[0].key_results[0]
    assert measure(DeckContext(sample_fr, Language.FRENCH), kr) == "1,8\u00a0% → 3\u00a0%"
    assert measure(DeckContext(sample_fr, Language.ENGLISH), kr) == "1.8% → 3%"


def test_french_typography_in_the_deck(deck_fr):
    text = all_text(reader(deck_fr))
    assert "« Pour une fois" in text and "adhésion des équipes. »" in text  # quotes
    assert "Responsable : " in text and "Responsable:" not in text
    assert "’" in text


def test_progress_bars_only_with_check_ins():
    without = workshop([team("Équipe", [("Objectif", [key_result("Passer de 10 % à 20 %")])])])
    checked_kr = key_result("Passer de 10 % à 20 %",
                            check_ins=(CheckIn(on=date(2027, 1, 10), value=15.0,
                                               confidence=5),))
    with_ = workshop([team("Équipe", [("Objectif", [checked_kr])])])
    text_without = all_text(reader(build_deck(without, "fr", sections=("teams",))))
    text_with = all_text(reader(build_deck(with_, "fr", sections=("teams",))))
    assert "confiance" not in text_without and "%" in text_without
    assert "15 % le 10 janv. 2027" in text_with and "50 %" in text_with
    assert "confiance 5/10" in text_with


def test_all_sections_are_known():
    assert ALL_SECTIONS == tuple(s.key for s in SECTIONS)
    assert len(set(ALL_SECTIONS)) == len(ALL_SECTIONS)
    for section in SECTIONS:
        assert section.name("fr") != section.name("en") or section.key == "focus"
        assert section.description("fr") and section.description("en")
