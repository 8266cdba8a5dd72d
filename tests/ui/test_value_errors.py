"""A value the domain refuses is explained in the window's language, never in the checks'
developer English (the technical detail kept only when there is no sentence for it)."""

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
    odd = refused_value(InvalidValue("strict", "must be true or false"))
    assert odd == "The value was refused (technical detail: strict: must be true or false)."


def test_a_refused_value_is_explained_in_french(french_ui):
    assert refused_value(refusal(title="")) == "Ce texte ne peut pas être vide."
    too_long = refused_value(refusal(title="x" * 5000))
    assert too_long.startswith("Ce texte est trop long\u00a0: ")
    assert too_long.endswith("caractères au plus.")
    odd = refused_value(InvalidValue("strict", "must be true or false"))
    assert odd.startswith("La valeur a été refusée (détail technique, en anglais\u00a0: strict")
