"""A value the domain refuses is explained in the window's language, never in the checks'
developer English: the refusal's code is said from the catalogue, in both languages."""

from __future__ import annotations

from okr_workshop.domain.model import Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.value_errors import refused_value


def refusal(**fields) -> InvalidValue:
    try:
        Workshop(**fields)
    except InvalidValue as error:
        return error
    raise AssertionError("accepted")


def test_a_refused_value_is_explained_in_english():
    assert refused_value(refusal(title="")) == "This text cannot be empty."
    assert refused_value(refusal(title="x" * 5000)).startswith("This text is too long: ")
    odd = refused_value(InvalidValue("strict", "not_bool"))
    assert odd == "This value is refused: it must be true or false."


def test_a_refused_value_is_explained_in_french(french_ui):
    assert refused_value(refusal(title="")) == "Ce texte ne peut pas être vide."
    too_long = refused_value(refusal(title="x" * 5000))
    assert too_long.startswith("Ce texte est trop long\u00a0: ")
    assert too_long.endswith("caractères au plus.")
    odd = refused_value(InvalidValue("strict", "not_bool"))
    assert odd == "Cette valeur est refusée\u00a0: elle doit valoir true ou false."
    assert "anglais" not in odd


def test_a_system_refusal_is_said_in_french_too(french_ui):
    from okr_workshop.ui.pages.restitution_texts import export_error

    said = export_error(PermissionError(13, "Permission denied", "/tmp/support é.pdf"))
    assert "/tmp/support é.pdf" in said and "permission refusée" in said
    assert "Permission denied" not in said


def test_a_path_that_looks_like_a_placeholder_is_shown_as_typed(qapp):
    # User text is data: a folder named "100%2 sûr" must not have its "%2" filled in.
    from pathlib import Path

    from okr_workshop.ui.pages.restitution_texts import export_error, posters_saved

    said = export_error(PermissionError(13, "Permission denied", "/tmp/100%2 sûr.pdf"))
    assert "/tmp/100%2 sûr.pdf" in said and "permission denied" in said
    assert "/tmp/100%2 sûr" in posters_saved(3, Path("/tmp/100%2 sûr"))
