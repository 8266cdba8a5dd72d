"""The window's language: French or English, chosen once when the application starts.

The choice saved in the settings ("ui/language") wins; without one the window follows the
system (French when the system is French, English otherwise). Installing a language loads
our compiled catalogue (``resources/translations/okr_workshop_<lang>.qm``), Qt's own
(``qtbase_fr.qm``: file dialogs, message boxes, context menus, completed by
``qt_translations.MnemonicFallback``) and sets the default QLocale,
so numbers and dates in the window follow the language too — in the system's regional
formats when the system speaks that language (fr_CA, fr_BE, fr_CH, en_GB…).

Changing the language from the menu is saved and applies at the next start: the pages build
their texts once, and rebuilding them all would also drop the undo history.

The window's language is independent of the workshop's: rule messages follow the workshop,
the deck's language is chosen at export.
"""

from __future__ import annotations

from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from okr_workshop.app.formats import format_day, format_value, locale_name, use_region
from okr_workshop.domain.model import Language
from okr_workshop.ui.qt_translations import MnemonicFallback

SETTINGS_KEY = "ui/language"
CATALOGUE = "okr_workshop_{}.qm"

# Names of the languages in the menu, each in its own language (never translated).
NATIVE_NAMES = {Language.FRENCH: "Français", Language.ENGLISH: "English"}

# Said in the language just chosen, which the window cannot speak until the next start.
NEXT_START = {
    Language.FRENCH: (
        "Langue",
        "La fenêtre sera en français au prochain démarrage d’OKR\u00a0Workshop.",
    ),
    Language.ENGLISH: (
        "Language",
        "The window will be in English the next time OKR Workshop starts.",
    ),
}

# The translators in use: kept alive here (Qt does not own them) and removed on a change.
_installed: list[QTranslator] = []


def translations_folder() -> Path:
    """Where the compiled catalogues are, inside the installed package."""
    with as_file(files("okr_workshop.resources") / "translations") as folder:
        return Path(folder)


def system_locale_name() -> str:
    """The system's locale ("fr_CH"): a seam the tests fake."""
    return QLocale.system().name()


def system_language() -> Language:
    french = QLocale(system_locale_name()).language() == QLocale.Language.French
    return Language.FRENCH if french else Language.ENGLISH


def saved_language(settings: QSettings) -> Language | None:
    value = settings.value(SETTINGS_KEY)
    try:
        return Language(str(value)) if value is not None else None
    except ValueError:
        return None  # a hand-edited or future value: fall back to the system's


def chosen_language(settings: QSettings) -> Language:
    """The language the window starts in."""
    return saved_language(settings) or system_language()


def remember_language(settings: QSettings, language: Language) -> None:
    settings.setValue(SETTINGS_KEY, Language(language).value)
    settings.sync()


def uninstall_language() -> None:
    """Remove the catalogues :func:`install_language` put in (the default locale stays)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_language(language: Language) -> list[QTranslator]:
    """Load the catalogues of ``language`` into the application (replacing any earlier
    choice) and make it the default locale. Returns the translators installed."""
    language = Language(language)
    app = QCoreApplication.instance()
    uninstall_language()
    # Ours holds the French texts, and the English plural forms as well.
    sources = [(CATALOGUE.format(language.value), str(translations_folder()))]
    if language is Language.FRENCH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.append(("qtbase_fr.qm", qt_folder))
    loaded = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            loaded.append(translator)
            if name.startswith("qtbase"):
                # Qt's texts whose mnemonic its catalogue does not know yet ("&Look in:"),
                # installed first so that Qt asks it last.
                loaded.insert(0, MnemonicFallback(translator, app))
    for translator in loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    # Regional formats follow the system when it speaks the window's language: a French
    # window on a Swiss system writes "1'000,5" and dates as 31.03.2027, not as in France.
    use_region(system_locale_name())
    QLocale.setDefault(QLocale(locale_name(language)))
    return list(_installed)


def start_language(settings: QSettings) -> Language:
    """What the application does at start: install the chosen language."""
    language = chosen_language(settings)
    install_language(language)
    return language


def ui_language() -> Language:
    """The window's language now (the default locale follows it)."""
    french = QLocale().language() == QLocale.Language.French
    return Language.FRENCH if french else Language.ENGLISH


def is_singular(count: int) -> bool:
    """Whether ``count`` takes the singular in the window's language: French says
    "0 équipe", English "0 teams"."""
    if ui_language() is Language.FRENCH:
        return abs(count) < 2
    return count == 1


def show_number(value: float, unit: str = "") -> str:
    """A number the way the window's language writes it: "1,8 %" / "1.8%"."""
    return format_value(value, ui_language(), unit)


def show_day(day: date) -> str:
    """A date the way the window's language writes it: "27 nov. 2026" / "Nov 27, 2026"."""
    return format_day(day, ui_language())
