"""Issue 7: the window in French and in English.

The catalogue (resources/translations/okr_workshop_fr.ts) is complete, up to date with the
sources, compiled into the committed .qm, and written with French typography; the French
window shows no English; Qt's own dialogs speak French too; the language chosen in the menu
is remembered and applied at the next start.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.ui import language as ui_language_module
from okr_workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from okr_workshop.ui.dialogs.next_cycle_dialog import NextCycleDialog
from okr_workshop.ui.language import (
    NATIVE_NAMES,
    SETTINGS_KEY,
    chosen_language,
    start_language,
    translations_folder,
    ui_language,
    uninstall_language,
)
from okr_workshop.ui.main_window import MainWindow
from scripts.update_translations import lrelease, lupdate
from tests.ui.screen_texts import action_texts, plain, screen_texts, user_strings
from tests.ui.test_workshop_window import shared_alt_letters

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "okr_workshop_fr.ts"
QM = ROOT / "resources" / "translations" / "okr_workshop_fr.qm"
NBSP, NNBSP = "\u00a0", "\u202f"

# French that is rightly the same as the English: names, borrowed words, formats.
IDENTICAL = {
    "Vision", "Contributions", "Focus", "Restitution", "Organisation", "Participants", "Note",
    "Votes", "+1 vote", "−1 vote", "Digital", "Data", "Design", "Marketing", "Finance",
    "Communication", "C&ycle:", "&Organisation:", "Cycle", "%1 → %2", "%1 — %2", "%1. %2",
    "%1 / %2", "%1 (%2/%3)", "mm",  # the month in a date pattern: "jj/mm/aaaa"
    "Action", "Notes", "ROTI", "Feed&back",  # the Feedback tab: French says them the same
    "Date", "Pause",  # the run sheet's break, the timer's button: the same word
    "✓ %1 — %2", "%1 — %2, %3", "%1/10", "%1 ×%2",  # the audience view's figures and lines
}


def messages(path: Path = TS) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("context/message")


def keys(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in root.findall("context")
        for message in context.findall("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    }


# The catalogue files -----------------------------------------------------------------------


def test_the_committed_qm_is_the_compiled_ts(tmp_path):
    fresh = tmp_path / QM.name
    lrelease(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py"


def test_the_ts_holds_exactly_the_texts_of_the_sources(tmp_path):
    # lupdate on a copy of the sources: a new text, or one gone, changes the set.
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "okr_workshop", copy / "okr_workshop",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    lupdate(fresh, root=copy)
    assert keys(fresh) == keys(TS), "run scripts/update_translations.py, then translate"


def test_every_french_entry_is_finished():
    unfinished = [
        m.findtext("source")
        for m in messages()
        if m.find("translation").get("type") or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def _typography_problems(source: str, french: str) -> list[str]:
    problems = []
    if ";;" in source:  # a file-dialog filter: ";;" separates filters
        french = french.replace(";;", "")
    for match in re.finditer(r"[:;!?»]", french):
        before = french[match.start() - 1] if match.start() else ""
        if before not in (NBSP, NNBSP):
            problems.append(f"no non-breaking space before {match.group()!r}")
    for match in re.finditer(r"«", french):
        if french[match.end():match.end() + 1] not in (NBSP, NNBSP):
            problems.append("no non-breaking space after «")
    if re.search(r"(?<=[0-9]) %(?![0-9])|(?<=\s)%(?![0-9])", french.replace(NBSP + "%", "")):
        problems.append("a plain space before %")
    if "(s)" in french:
        problems.append("a plural written as (s)")
    if "'" in french:
        problems.append("a straight apostrophe")
    if "“" in french or "”" in french:
        problems.append("English quotation marks")
    if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", french)):
        problems.append("placeholders differ")
    if source.replace("&&", "").count("&") != french.replace("&&", "").count("&"):
        problems.append("mnemonics differ")
    if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", french):
        problems.append("markup differs")
    return problems


def test_the_french_is_written_with_french_typography():
    problems = {
        m.findtext("source"): found
        for m in messages()
        if (found := _typography_problems(m.findtext("source"), m.findtext("translation") or ""))
    }
    assert problems == {}


def test_the_typography_check_can_fail():
    assert _typography_problems("Team: %1", "Équipe : %1")  # a plain space
    assert _typography_problems("Soft: &warn", "Souple\u00a0: avertir")  # the mnemonic lost
    assert _typography_problems("%1 teams", "%1 équipe(s)")
    assert _typography_problems("It's “%1”", "C'est « %1 »")
    assert not _typography_problems("Team: %1", "Équipe\u00a0: %1")


def test_french_the_same_as_english_only_where_meant():
    same = {m.findtext("source") for m in messages() if m.findtext("translation") == m.findtext(
        "source")}
    assert same <= IDENTICAL


# Installing the language -------------------------------------------------------------------


def test_the_catalogues_ship_inside_the_package():
    assert (translations_folder() / QM.name).is_file()
    assert (translations_folder() / TS.name).is_file()


def test_qt_own_buttons_and_dialogs_speak_french(french_ui):
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
    )
    texts = [plain(b.text()) for b in buttons.buttons()]
    assert "Annuler" in texts and "Oui" in texts
    assert ui_language() is Language.FRENCH
    assert QLocale().toString(1.8) == "1,8"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"


def test_the_language_chosen_in_the_menu_is_remembered_for_the_next_start(
    qtbot, repository, settings, prompts
):
    before = QLocale()
    try:
        window = MainWindow(repository, settings, prompts)
        qtbot.addWidget(window)
        actions = window.language_actions
        assert [a.text() for a in actions.values()] == ["Français", "English"]
        assert actions[Language.ENGLISH].isChecked() and not actions[Language.FRENCH].isChecked()

        actions[Language.FRENCH].trigger()
        assert settings.value(SETTINGS_KEY) == "fr"
        # Said in French, the language chosen, and said to apply at the next start.
        ((kind, said),) = prompts.asked
        assert kind == "information" and "prochain démarrage" in said
        assert actions[Language.FRENCH].isChecked()
        assert window.menuBar().actions()[0].text() == "&File"  # this window stays English

        # The next start: a fresh settings object on the same file.
        again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
        assert start_language(again) is Language.FRENCH
        window = MainWindow(repository, again, prompts)
        qtbot.addWidget(window)
        assert [a.text() for a in window.menuBar().actions()] == [
            "&Fichier", "É&dition", "A&ller", "Salle", "Affic&hage", "Aide"
        ]
        assert window.language_actions[Language.FRENCH].isChecked()
        # Back to English: saved, and said in English.
        window.language_actions[Language.ENGLISH].trigger()
        assert again.value(SETTINGS_KEY) == "en"
        assert prompts.asked[-1] == (
            "information",
            "Language: The window will be in English the next time OKR Workshop starts.",
        )
    finally:
        uninstall_language()
        QLocale.setDefault(before)


def test_choosing_the_language_already_shown_asks_nothing(qtbot, main_window, settings, prompts):
    main_window.language_actions[ui_language()].trigger()
    assert prompts.asked == []
    assert settings.value(SETTINGS_KEY) == ui_language().value


def test_without_a_saved_choice_the_window_follows_the_system(settings, monkeypatch):
    monkeypatch.setattr(ui_language_module, "system_language", lambda: Language.FRENCH)
    assert chosen_language(settings) is Language.FRENCH
    settings.setValue(SETTINGS_KEY, "klingon")  # hand-edited: ignored
    assert chosen_language(settings) is Language.FRENCH
    settings.setValue(SETTINGS_KEY, "en")
    assert chosen_language(settings) is Language.ENGLISH


# No English left in the French window --------------------------------------------------------

# English words that no French text of ours contains (user data is taken out first).
ENGLISH_WORDS = {
    "the", "and", "of", "is", "are", "yet", "this", "with", "your", "you", "not", "its",
    "from", "to", "team", "teams", "objective", "objectives", "key", "step", "add", "delete",
    "move", "show", "no", "none", "nobody", "set", "why", "what", "who", "which", "when",
    "kept", "parked", "candidate", "rule", "common", "deck", "saved", "library", "workshop",
    "workshops", "search", "sales", "operations", "logistics", "human", "resources",
    "engineering", "purchasing", "quality", "legal", "customer", "executive", "committee",
}


def english_left(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """The texts that are English: one of our English sources as it stands (or inside a
    longer text), or a text with English words once the workshop's own words are taken out."""
    sources = {plain(m.findtext("source")) for m in messages()}
    # The language menu names each language in itself: "English" is right there; and
    # "Direction" is French for a department (the English for a key result's is "Sens").
    same = {plain(text) for text in IDENTICAL} | set(NATIVE_NAMES.values()) | {"Direction"}
    phrases = [s for s in sources - same if " " in s and "%" not in s]
    found = []
    for where, text in texts:
        shown = plain(text)
        if shown in data:
            continue
        for item in sorted(data, key=len, reverse=True):  # the workshop's words aside
            shown = shown.replace(item, " ")
        words = set(re.findall(r"[a-z]+", shown.casefold()))
        if (
            plain(text) in sources - same
            or any(phrase in shown for phrase in phrases)
            or len(words & ENGLISH_WORDS) >= 2
        ):
            found.append((where, text))
    return found


def test_the_english_detector_can_fail():
    data = {"Fidéliser nos clients"}
    texts = [
        ("label", "Add team"),  # one of our sources
        ("label", "Fidéliser nos clients"),  # the workshop's own
        ("tip", "No team yet."),  # English words
        ("cell", "Directions : Human Resources"),  # a source inside a longer text
        ("cell", "Pourquoi : Fidéliser nos clients"),
    ]
    assert english_left(texts, data) == [texts[0], texts[2], texts[3]]


def visit_every_screen(qtbot, window: MainWindow, workshop_id: str):
    """Yield (screen name, widget) for the library, each step (each tab) and the dialogs."""
    yield "library", window
    window.open_workshop(workshop_id)
    view = window.workshop_view
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        tabs = page.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(tab)
            yield f"{page.title()} {tab}", window
    workshop = window.bridge.workshop
    for name, widget in (
        ("new workshop", NewWorkshopDialog(window)),
        ("next cycle", NextCycleDialog(workshop, window)),
    ):
        yield name, widget
        widget.close()
    # The audience view on every step: what the room reads is in the window's language.
    view.audience.open()
    audience = view.audience.window
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        yield f"audience {page.title()}", audience
    view.audience.leave()


def test_no_english_left_in_the_french_window(qtbot, french_ui, repository, settings, prompts):
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    data = user_strings(repository.load_workshop(workshop.id))
    seen: dict[str, list[tuple[str, str]]] = {}
    for name, widget in visit_every_screen(qtbot, window, workshop.id):
        texts = screen_texts(widget)
        for action in window.menuBar().actions():
            texts += list(action_texts(action))
        seen[name] = english_left(texts, data)
    assert len(seen) > 8  # the library, seven steps and more, the dialogs
    assert {name: found for name, found in seen.items() if found} == {}


def test_each_alt_letter_means_one_thing_on_every_french_screen(
    qtbot, french_ui, repository, settings, prompts
):
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    shared = {}
    for name, _ in visit_every_screen(qtbot, window, workshop.id):
        if name == "new workshop":
            break
        area = window.home if name == "library" else window.workshop_view.current_page()
        shared[name] = shared_alt_letters(window, area)
    assert {name: found for name, found in shared.items() if found} == {}


def test_the_walk_finds_english_in_the_english_window(qtbot, repository, settings, prompts):
    # The control for the test above: the same walk in English finds the English.
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    texts = screen_texts(window)
    for action in window.menuBar().actions():
        texts += list(action_texts(action))
    found = {plain(text) for _, text in english_left(texts, set())}
    assert {"File", "Quit", "Retry", "Add the sample workshops"} <= found
