"""Lines of a check-in file checked against a workshop, without any file: which key result
a line means, how its value, date and confidence read, and why a line is refused."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.domain.check_in_import import (
    CheckInFileError,
    CheckInTable,
    FileRow,
    column_map,
    plan_check_ins,
)
from okr_workshop.domain.model import (
    CheckIn,
    KeyResult,
    Language,
    Objective,
    Participant,
    Team,
    Workshop,
)

SALES = "00000000-0000-4000-8000-0000000000a1"
WEB = "00000000-0000-4000-8000-0000000000a2"
NPS = KeyResult(text="Passer le NPS de 30 à 45", unit="pts",
                check_ins=(CheckIn(on=date(2027, 1, 11), value=31.0, confidence=6),))
SHOP = KeyResult(text="Ouvrir la boutique", milestone=True)
DAYS = KeyResult(text="Réduire le délai à 3 jours", unit="jours")
TWIN_A = KeyResult(text="Doubler les leads")
TWIN_B = KeyResult(text="Doubler les leads")
WORKSHOP = Workshop(
    title="T1", cycle_start=date(2027, 1, 4), cycle_end=date(2027, 3, 31),
    participants=(Participant(name="Chloé Martin"),),
    teams=(Team(id=SALES, name="Ventes", objectives=(Objective(
               team_id=SALES, title="O", key_results=(NPS, SHOP, TWIN_A)),)),
           Team(id=WEB, name="Web", objectives=(Objective(
               team_id=WEB, title="O", key_results=(DAYS, TWIN_B)),))))


def plan(headers: str, *rows: str, language: Language = Language.FRENCH):
    table = CheckInTable(tuple(headers.split("|")),
                         tuple(FileRow(n, tuple(r.split("|"))) for n, r in enumerate(rows, 2)),
                         language)
    return plan_check_ins(WORKSHOP, table)


def refusal(headers: str, *rows: str) -> str:
    with pytest.raises(CheckInFileError) as refused:
        plan(headers, *rows)
    return refused.value.message("en")


H = "Date|Key result|Value|Confidence"


@pytest.mark.parametrize(("value", "expected"), [
    ("fait", 1.0), ("Done", 1.0), ("1", 1.0), ("pas encore", 0.0), ("0", 0.0), ("no", 0.0)])
def test_a_milestone_takes_done_or_not_yet_in_both_languages(value, expected):
    (planned,) = plan(H, f"2027-02-01|Ouvrir la boutique|{value}|7").added
    assert planned.check_in.value == expected


def test_a_milestone_refuses_any_other_value():
    said = refusal(H, "2027-02-01|Ouvrir la boutique|50|7")
    assert "“Ouvrir la boutique” is a milestone: its value is 1 (done) or 0 (not yet)" in said


@pytest.mark.parametrize(("value", "expected"), [
    ("4", 4.0), ("4 jours", 4.0), ("3,5 JOURS", 3.5), ("1 200", 1200.0), ("−2", -2.0),
    ("2.5", 2.5)])
def test_a_value_may_keep_its_unit_and_the_french_notation(value, expected):
    (planned,) = plan(H, f"2027-02-01|Réduire le délai à 3 jours|{value}|7").added
    assert planned.check_in.value == expected


@pytest.mark.parametrize("value", ["2 000 000 000 000 000", "-1 000 000 000 000 001",
                                   "9" * 300])
def test_a_value_beyond_a_million_billion_is_refused_as_the_window_does(value):
    said = refusal(H, f"2027-02-01|Réduire le délai à 3 jours|{value}|7")
    assert said == (f"Nothing was imported. Line 2: the value “{value}” is not between "
                    "-1,000,000,000,000,000 and 1,000,000,000,000,000")
    (planned,) = plan(H, "2027-02-01|Réduire le délai à 3 jours|-1 000 000 000 000 000|7"
                      ).added
    assert planned.check_in.value == -1e15


@pytest.mark.parametrize("confidence", ["7", "7/10", "7 / 10", "7,0"])
def test_confidence_reads_as_a_whole_number_out_of_ten(confidence):
    (planned,) = plan(H, f"2027-02-01|Passer le NPS de 30 à 45|35|{confidence}").added
    assert planned.check_in.confidence == 7


@pytest.mark.parametrize("day", ["2027-02-01", "01/02/2027", "1/2/2027", "01.02.2027",
                                 "2027-02-01 00:00:00", "01/02/2027 09:30"])
def test_dates_iso_or_day_first(day):
    (planned,) = plan(H, f"{day}|Passer le NPS de 30 à 45|35|7").added
    assert planned.check_in.on == date(2027, 2, 1)


def test_two_same_sentences_need_the_team_column_or_the_id():
    said = refusal(H, "2027-02-01|Doubler les leads|10|7")
    assert "2 key results read “Doubler les leads”: give its id" in said
    (planned,) = plan("Team|" + H, "Web|2027-02-01|Doubler les leads|10|7").added
    assert planned.key_result.id == TWIN_B.id and planned.team == "Web"
    (planned,) = plan("Key result id|Date|Value|Confidence",
                      f"{TWIN_A.id.upper()}|2027-02-01|10|7").added
    assert planned.key_result.id == TWIN_A.id


def test_the_author_is_a_participant_by_name():
    (planned,) = plan(H + "|Author|Next step",
                      "2027-02-01|Passer le NPS de 30 à 45|35|7|chloé  martin|Relancer").added
    assert planned.check_in.author_id == WORKSHOP.participants[0].id
    assert planned.check_in.next_step == "Relancer"
    said = refusal(H + "|Author", "2027-02-01|Passer le NPS de 30 à 45|35|7|Zoé")
    assert "no participant is called “Zoé”" in said


def test_a_line_already_in_the_workshop_is_skipped_a_different_one_conflicts():
    preview = plan(H, "2027-01-11|Passer le NPS de 30 à 45|31|6",
                   "2027-01-18|Passer le NPS de 30 à 45|33|6")
    assert preview.skipped == (2,) and len(preview.added) == 1
    said = refusal(H, "2027-01-11|Passer le NPS de 30 à 45|32|6")
    assert "already has a check-in on Jan\u00a011, 2027 with the value 31\u00a0pts" in said


def test_a_comment_too_long_is_said_with_its_column():
    said = refusal(H + "|Comment", "2027-02-01|Passer le NPS de 30 à 45|35|7|" + "x" * 20_001)
    assert said == ("Nothing was imported. Line 2: comment: must be at most 20,000 "
                    "characters")


@pytest.mark.parametrize(("headers", "french"), [
    ("date|résultat clé|valeur|confiance", True), ("DATE|Key_Result|VALUE|Confidence", False),
    ("Date|Resultat cle|Valeur|Confiance|Commentaire", True)])
def test_headers_in_either_language_without_case_or_accents(headers, french):
    columns, is_french = column_map(tuple(headers.split("|")))
    assert set(columns) >= {"date", "kr", "value", "confidence"} and is_french is french


def test_a_french_header_missing_columns_is_told_in_its_words():
    with pytest.raises(CheckInFileError) as refused:
        column_map(("date", "valeur", "remarque"))
    said = refused.value.message("fr")
    assert "“résultat clé”, “confiance”" in said and "date | valeur | remarque" in said


def test_an_american_file_is_read_month_first_when_one_of_its_dates_says_so():
    # Excel in the United States writes 3/15/2027; its 3/2/2027 is then 2 March, not 3
    # February, although it could read either way on its own.
    preview = plan(H, "3/2/2027|Passer le NPS de 30 à 45|33|7",
                   "3/15/2027|Passer le NPS de 30 à 45|35|7", language=Language.ENGLISH)
    assert [p.check_in.on for p in preview.added] == [date(2027, 3, 2), date(2027, 3, 15)]
    # Day first stays the rule when nothing says otherwise, and when the file mixes both
    # orders its lines are refused, not guessed.
    french = plan(H, "3/2/2027|Passer le NPS de 30 à 45|33|7",
                  "15/3/2027|Passer le NPS de 30 à 45|35|7")
    assert [p.check_in.on for p in french.added] == [date(2027, 2, 3), date(2027, 3, 15)]
    assert "“3/15/2027” is not a date" in refusal(
        H, "15/2/2027|Passer le NPS de 30 à 45|33|7", "3/15/2027|Passer le NPS de 30 à 45|35|7")


def test_a_date_no_workshop_can_hold_is_said_as_a_date_in_each_language():
    no_cycle = Workshop(title="T", teams=WORKSHOP.teams)
    table = CheckInTable(tuple(H.split("|")),
                         (FileRow(2, ("01/01/1900", "Passer le NPS de 30 à 45", "3", "5")),),
                         Language.FRENCH)
    with pytest.raises(CheckInFileError) as refused:
        plan_check_ins(no_cycle, table)
    nbsp = "\u00a0"
    assert refused.value.message("fr") == (
        f"Rien n’a été importé. Ligne 2{nbsp}: la date du 1er{nbsp}janv.{nbsp}1900 n’est pas "
        f"comprise entre le 1er{nbsp}janv.{nbsp}2000 et le 31{nbsp}déc.{nbsp}2100")
    assert refused.value.message("en").endswith(
        f"Line 2: the date Jan{nbsp}1, 1900 is not between Jan{nbsp}1, 2000 and "
        f"Dec{nbsp}31, 2100")


def test_an_export_with_two_check_ins_on_one_day_imports_again_as_already_there():
    # The window keeps a value corrected the same day beside the first one; the file
    # exported from that workshop must still read back as "already there", not refused.
    corrected = KeyResult(text="Passer le NPS de 30 à 45", check_ins=(
        CheckIn(on=date(2027, 1, 11), value=31.0, confidence=6),
        CheckIn(on=date(2027, 1, 11), value=33.0, confidence=7, comment="corrigé")))
    team = Team(id=SALES, name="Ventes", objectives=(Objective(
        team_id=SALES, title="O", key_results=(corrected,)),))
    workshop = Workshop(title="T1", cycle_start=date(2027, 1, 4), cycle_end=date(2027, 3, 31),
                        teams=(team,))
    table = CheckInTable(("Date", "Key result", "Value", "Confidence", "Comment"), (
        FileRow(2, ("2027-01-11", corrected.text, "31", "6", "")),
        FileRow(3, ("2027-01-11", corrected.text, "33", "7", "corrigé")),
        FileRow(4, ("2027-01-18", corrected.text, "34", "7", ""))), Language.ENGLISH)
    preview = plan_check_ins(workshop, table)
    assert preview.skipped == (2, 3) and [p.line for p in preview.added] == [4]


def test_a_spreadsheet_comment_keeps_its_lines_and_loses_its_control_characters():
    """Issue 16, point 7: a cell's line breaks are the comment's (an exchange file keeps
    them too); an escape sequence would be obeyed by a terminal, so it goes."""
    (planned,) = plan(H + "|Comment|Next step",
                      "2027-02-01|Passer le NPS de 30 à 45|35|7|Bien\x1b[2J\navancé\x07|"
                      "Relancer\x1b]0;x\x07").added
    assert planned.check_in.comment == "Bien[2J\navancé"
    assert planned.check_in.next_step == "Relancer]0;x"
