"""The one catalogue outside Qt: its modules are listed, each loads, each code reads in
both languages, in the one entry format, and no module declares words the list forgets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import okr_workshop
from okr_workshop.domain import catalogue

PACKAGE = Path(okr_workshop.__file__).parent
NBSP = "\u00a0"
LISTED = [(name, module) for name, modules in catalogue.SECTIONS.items() for module in modules]
ENTRIES = [(name, code, entry) for name in catalogue.SECTIONS
           for code, entry in sorted(catalogue.section(name).items())]


@pytest.mark.parametrize(("name", "module"), LISTED, ids=[m for _, m in LISTED])
def test_every_listed_module_is_reachable(name, module):
    table = catalogue.table(module)
    assert table, f"{module} ({name}) declares no words"
    assert set(table) <= set(catalogue.section(name))


def test_the_sections_cover_rules_deck_errors_and_command_line():
    assert {"rules", "problems", "values", "deck", "library", "app", "cli",
            "reports"} <= set(catalogue.SECTIONS)
    assert all(len(catalogue.section(name)) for name in catalogue.SECTIONS)


@pytest.mark.parametrize(("name", "code", "entry"), ENTRIES,
                         ids=[f"{n}:{c[:40]}" for n, c, _ in ENTRIES])  # fmt: skip
def test_every_code_has_both_languages_in_the_one_format(name, code, entry):
    assert set(entry) == {"en", "fr"}, code
    en, fr = entry["en"], entry["fr"]
    if isinstance(en, tuple):  # a finding's or a deck word's (message, advice)
        assert isinstance(fr, tuple) and len(en) == len(fr) == 2, code
        texts = [*en, *fr]
    else:
        assert isinstance(en, str) and isinstance(fr, str), code
        texts = [en, fr]
    assert all(text.strip() for text in texts), code


def test_a_code_declared_twice_in_a_section_is_refused(monkeypatch):
    monkeypatch.setitem(catalogue.SECTIONS, "twice", ("okr_workshop.export.deck_labels",) * 2)
    with pytest.raises(RuntimeError, match="declared twice"):
        catalogue.section("twice")


def test_no_module_declares_words_the_list_forgets():
    listed = {module.partition(":")[0] for _, module in LISTED}
    declaring = set()
    for path in PACKAGE.rglob("*.py"):
        if re.search(r"^MESSAGES\b.*=", path.read_text("utf-8"), re.MULTILINE):
            relative = path.relative_to(PACKAGE.parent).with_suffix("")
            declaring.add(".".join(relative.parts))
    assert declaring, "the pattern found no catalogue module at all"
    assert declaring - listed == set()


def test_the_deck_words_live_beside_the_deck():
    assert all(module.startswith("okr_workshop.export.")
               for module in catalogue.SECTIONS["deck"])
    assert not any(code.startswith("deck.") for code in catalogue.all_messages())


def test_the_domain_reads_its_sections_without_loading_another_layer():
    # Listed by name, loaded when asked: the domain's words never import storage or export.
    script = (
        "import sys\n"
        "from okr_workshop.domain import catalogue\n"
        "for name, modules in catalogue.SECTIONS.items():\n"
        "    if all(m.startswith('okr_workshop.domain.') for m in modules):\n"
        "        catalogue.section(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('okr_workshop.')\n"
        "             and not m.startswith('okr_workshop.domain')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parent).stdout
    assert out.strip() == "[]"


def _without_fields(template: str) -> str:
    return re.sub(r"\{[^{}]*\}", "X", template)


@pytest.mark.parametrize(("code", "entry"), sorted(catalogue.section("deck").items()))
def test_deck_words_keep_french_typography(code, entry):
    # The rules' entries are checked in test_catalogue.py; the deck's moved out of them.
    for template in entry["fr"]:
        text = _without_fields(template)
        for match in re.finditer(r"[:;!?%»]", text):
            assert match.start() and text[match.start() - 1] == NBSP, (code, template)
        for match in re.finditer("«", text):
            assert text[match.end():match.end() + 1] == NBSP, (code, template)
    for template in entry["en"]:
        # French typography stays out of English; the one no-break space English keeps is
        # the one that holds a count to its total ("6 of 6" never breaks after "of").
        kept = re.sub(r"(\{\w+\})\u00a0of\u00a0(\{\w+\})", r"\1 of \2", template)
        assert NBSP not in kept and "«" not in template, code


def _french_texts(entry) -> list[str]:
    french = entry["fr"]
    return list(french) if isinstance(french, tuple) else [french]


def _plain(template: str) -> str:
    """The words a reader sees: fields ({name}, %(name)s, %1) stand for one word."""
    return re.sub(r"\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdr]|%\d", "X", template)


@pytest.mark.parametrize(("name", "code", "entry"), ENTRIES,
                         ids=[f"{n}:{c[:40]}" for n, c, _ in ENTRIES])  # fmt: skip
def test_french_typography_in_every_section(name, code, entry):
    """A no-break space before : ; ! ? % » and after «, in every section, not only the
    rules': the check report said « Aucune remarque : » with a space that breaks."""
    for template in _french_texts(entry):
        text = _plain(template)
        for match in re.finditer(r"(?<=\S)[;!?%»]|(?<=\S) ?:(?=\s)|(?<=\s)[:;!?%»]", text):
            mark_at = match.end() - 1
            before = text[mark_at - 1] if mark_at else ""
            assert before == NBSP, f"{name}:{code}: no NBSP before {text[mark_at]!r}: {template!r}"
        for match in re.finditer("«", text):
            assert text[match.end():match.end() + 1] == NBSP, (name, code, template)
