"""The CSV check-in format on its own: what the writer puts in a file the reader takes back
cell for cell, whatever people type; what spreadsheets save is read as they save it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okr_workshop.domain.check_in_import import CheckInTable
from okr_workshop.domain.enums import Language
from okr_workshop.storage.check_in_csv import check_in_csv_bytes, parse_check_in_csv

HEADERS = ("Team", "Key result", "Date", "Value", "Confidence", "Comment")
# What a person may type in a cell: any character but NUL, with the separators, quotes,
# line breaks, formula starts and emoji made likely.
TEXT = st.text(st.one_of(
    st.sampled_from(list(";,\"'\n\r\t=+-@ é’«»🚀")),
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")), max_size=30)


def cells_back(table: CheckInTable) -> list[tuple[str, ...]]:
    from okr_workshop.domain.check_in_import import _cell  # the reader's own cell reading

    return [tuple(_cell(row.cells, i) for i in range(len(HEADERS))) for row in table.rows]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, st.floats(allow_nan=False, allow_infinity=False,
                                                 width=64), TEXT), min_size=1, max_size=5),
       st.sampled_from([Language.FRENCH, Language.ENGLISH]))
def test_what_is_written_is_read_back(rows, language):
    written = [(team, kr, "2027-03-05", value, 7, comment)
               for team, kr, value, comment in rows]
    table = parse_check_in_csv(check_in_csv_bytes(HEADERS, written, language))
    assert table.headers == HEADERS
    back = cells_back(table)
    assert [(b[0], b[1], b[5]) for b in back] == [
        (team.strip(), kr.strip(), comment.strip()) for team, kr, _, comment in rows]
    from okr_workshop.domain.numbers import parse_number

    assert [parse_number(b[3], table.language) for b in back] == [
        value + 0.0 for _, _, value, _ in rows]


def test_french_excel_gets_semicolons_a_decimal_comma_and_a_bom():
    data = check_in_csv_bytes(HEADERS, [("Ventes", "=1+1", "2027-03-05", 1234.5, 7, "a;b")],
                              Language.FRENCH)
    assert data == ("\ufeffTeam;Key result;Date;Value;Confidence;Comment\r\n"
                    "Ventes;'=1+1;2027-03-05;1234,5;7;\"a;b\"\r\n").encode()
    english = check_in_csv_bytes(HEADERS, [("V", "k", "2027-03-05", 0.1 + 0.2, 7, "")], "en")
    assert b",0.30000000000000004,7," in english  # every digit kept, never 3e-1


def test_a_tab_separated_paste_and_blank_lines_keep_their_line_numbers():
    text = "\n\nDate\tKey result\tValue\tConfidence\n2027-03-05\tk\t1\t2\n\n2027-03-06\tk\t1\t2\n"
    table = parse_check_in_csv(text.encode())
    assert table.headers == ("Date", "Key result", "Value", "Confidence")
    assert [row.line for row in table.rows] == [4, 6]  # the blank line 5 is no row
    assert table.language is Language.ENGLISH


def test_a_cell_over_two_lines_counts_as_one_row_as_a_spreadsheet_shows_it():
    text = 'date,kr,value,confidence,comment\n2027-03-05,k,1,2,"two\nlines"\n2027-03-06,k,1,2,\n'
    table = parse_check_in_csv(text.encode())
    assert [(row.line, row.cells[4]) for row in table.rows] == [(2, "two\nlines"), (3, "")]


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.binary(max_size=300),
    st.lists(st.lists(TEXT, max_size=7), max_size=6).map(
        lambda rows: "\n".join(";".join(r) for r in
                               [["date", "key result", "value", "confidence"], *rows]).encode())))
def test_any_bytes_give_a_table_or_one_refusal_never_a_crash(data):
    from okr_workshop.domain.check_in_import import CheckInFileError, plan_check_ins
    from okr_workshop.domain.model import KeyResult, Objective, Team, Workshop

    team = Team(name="T", objectives=())
    kr = KeyResult(text="k")
    team = Team(id=team.id, name="T", objectives=(Objective(team_id=team.id, title="O",
                                                            key_results=(kr,)),))
    try:
        plan_check_ins(Workshop(title="W", teams=(team,)), parse_check_in_csv(data))
    except CheckInFileError as refused:
        assert refused.message("fr") and refused.message("en")


def test_empty_rows_an_export_leaves_below_the_data_do_not_count_as_lines():
    data = ("Date;RC;Valeur;Confiance\r\n2027-03-05;k;2,6;8\r\n" + ";;;\r\n" * 25_000 +
            "2027-03-12;k;2,7;8\r\n").encode()
    table = parse_check_in_csv(data)
    assert [row.line for row in table.rows] == [2, 25_003]


def test_a_comment_typed_with_a_quote_before_a_formula_sign_keeps_its_quote():
    # The export guards "=x" as "'=x" and the import takes the guard off: a comment that
    # itself starts with "'=" must come back whole, not lose its quote.
    comments = ["'=x", "'+33 6 12 34 56 78", "''-", "'plain", "=SOMME(A1)"]
    written = [("T", "k", "2027-03-05", 1.0, 7, c) for c in comments]
    for language in (Language.FRENCH, Language.ENGLISH):
        table = parse_check_in_csv(check_in_csv_bytes(HEADERS, written, language))
        assert [b[5] for b in cells_back(table)] == comments
