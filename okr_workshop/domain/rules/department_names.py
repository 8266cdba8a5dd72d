"""The suggested departments in each language: the library stores the English name (as a
key), the window, the rules and the deck show it in their language. A department typed by
hand is free text, shown as typed in every language."""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry, words
from okr_workshop.domain.model import SUGGESTED_DEPARTMENTS, Language

FRENCH = {
    "Product": "Produit",
    "Engineering": "Ingénierie",
    "IT": "Informatique",
    "Digital": "Digital",
    "Data": "Data",
    "Design": "Design",
    "Marketing": "Marketing",
    "Sales": "Ventes",
    "Customer Service": "Service client",
    "Operations": "Opérations",
    "Logistics": "Logistique",
    "Finance": "Finance",
    "Human Resources": "Ressources humaines",
    "Legal": "Juridique",
    "Purchasing": "Achats",
    "Quality": "Qualité",
    "Communication": "Communication",
    "Executive Committee": "Comité de direction",
}
# The catalogue's "departments" section, in its one entry format (the stored English name
# is the code); written above as English → French.
MESSAGES = {english: entry(en=english, fr=french) for english, french in FRENCH.items()}
_BY_KEY = {name.casefold(): name for name in SUGGESTED_DEPARTMENTS}


def department_label(stored: str, language: Language | str) -> str:
    """``stored`` as ``language`` names it: "Sales" is "Ventes" in French."""
    name = _BY_KEY.get(" ".join(stored.split()).casefold())
    if name is None:
        return stored
    return words("departments", name, Language(language))


class DepartmentList(str):
    """Department names joined by commas, each shown in the message's language.

    A str (the stored names joined), so code reading a finding's params still gets text;
    ``"{names:fr}"`` in a template gives "Ventes, Logistique"."""

    names: tuple[str, ...]

    def __new__(cls, names: list[str] | tuple[str, ...]) -> DepartmentList:
        text = super().__new__(cls, ", ".join(names))
        text.names = tuple(names)
        return text

    def __format__(self, spec: str) -> str:
        if spec not in ("fr", "en"):
            return super().__format__(spec)
        return ", ".join(department_label(name, spec) for name in self.names)
