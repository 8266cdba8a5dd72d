"""How a refused check-in file is said: numbers in each language's form, sentences that
close the way a native speaker closes them."""

from __future__ import annotations

import re

from okr_workshop.domain.check_in_import import CheckInFileError
from okr_workshop.storage.check_in_csv import MAX_ROWS

NBSP = "\u00a0"


def test_a_file_s_size_has_a_decimal_comma_in_french():
    refused = CheckInFileError("file.too_big", size=59.5, max=5)
    assert f"59,5{NBSP}Mo" in refused.message("fr")
    assert "59.5 MB" in refused.message("en")


def test_the_most_lines_a_file_holds_is_grouped_by_thousands():
    refused = CheckInFileError("file.too_many_rows", max=MAX_ROWS)
    # A no-break space, narrow where the number formatter in use groups with one.
    assert re.search("20[\u00a0\u202f]000 lignes", refused.message("fr"))
    assert "20,000 lines" in refused.message("en")


def test_other_wrong_lines_are_counted_without_a_full_stop_inside_the_brackets():
    problems = tuple((line, "row.confidence", {"text": "12"}) for line in (3, 4, 5))
    refused = CheckInFileError("file.problems", problems)
    assert refused.message("en").endswith("(2 other lines are wrong too)")
    assert refused.message("fr").endswith("(2 autres lignes sont erronées aussi)")
    one = CheckInFileError("file.problems", problems[:2])
    assert one.message("en").endswith("(1 other line is wrong too)")
    assert one.message("fr").endswith("(1 autre ligne est erronée aussi)")
