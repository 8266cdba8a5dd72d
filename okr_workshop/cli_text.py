"""The command line's words in French and English, argparse's own included.

The language is French when ``--lang fr`` is on the command line, else when the system's
is (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them); English
otherwise. ``--json`` output never goes through here: it stays language-neutral.

Like gettext, the English text is the key: ``_("list the workshops in the library")``.
argparse asks its words ("usage: ", "options", "show this help message and exit") from
gettext through its module's ``_`` and ``ngettext``; :func:`use_language` points those at
this catalogue, the one hook argparse offers without shipping compiled .mo files.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence

from okr_workshop.domain.catalogue import entry, section

NBSP = "\u00a0"
N = NBSP

# argparse's messages (Python 3.11 to 3.13), then ours. French typography: no-break space
# before : ; ? ! and inside « », typographic apostrophe.
FRENCH: dict[str, str] = {
    # argparse
    "usage: ": f"utilisation{N}: ",
    # argparse writes "<title>:" itself; the no-break space makes it French "titre :".
    "positional arguments": "arguments positionnels\u00a0",
    "options": "options\u00a0",
    "optional arguments": "options\u00a0",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher le numéro de version et quitter",
    "%(prog)s: error: %(message)s\n": f"%(prog)s{N}: erreur{N}: %(message)s\n",
    "the following arguments are required: %s": f"ces arguments sont obligatoires{N}: %s",
    "unrecognized arguments: %s": f"arguments non reconnus{N}: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        f"choix invalide{N}: %(value)r (choisissez parmi %(choices)s)",
    "argument %(argument_name)s: %(message)s": f"argument %(argument_name)s{N}: %(message)s",
    "expected one argument": "un argument attendu",
    "expected at most one argument": "un argument au plus attendu",
    "expected at least one argument": "au moins un argument attendu",
    "expected %s argument": "%s argument attendu",
    "expected %s arguments": "%s arguments attendus",
    "ambiguous option: %(option)s could match %(matches)s":
        f"option ambiguë{N}: %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "interdit avec l’argument %s",
    "ignored explicit argument %r": "argument explicite %r ignoré",
    "invalid %(type)s value: %(value)r": f"valeur %(type)s invalide{N}: %(value)r",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        f"commande inconnue %(parser_name)r (choix{N}: %(choices)s)",
    "subcommands": "commandes",
    # The parser
    "{app}: run an OKR workshop from the vision to measurable key results. Without a "
    "command, opens the window.":
        "{app}\u00a0: animer un atelier OKR, de la vision aux résultats clés mesurables. "
        "Sans commande, ouvre la fenêtre.",
    "{message} (see `{program} --help`)": "{message} (voir «\u00a0{program} --help\u00a0»)",
    "the library file to use (default: $OKR_WORKSHOP_LIBRARY, else the user data folder)":
        "le fichier de bibliothèque à utiliser (par défaut\u00a0: $OKR_WORKSHOP_LIBRARY, "
        "sinon le dossier de données de l’utilisateur)",
    "language of the messages (default: the system's)":
        "langue des messages (par défaut\u00a0: celle du système)",
    "list the workshops in the library": "lister les ateliers de la bibliothèque",
    "print JSON": "sortie au format JSON",
    "only workshops matching this text": "seulement les ateliers qui contiennent ce texte",
    "import a workshop exchange file ({suffix}, or .json)":
        "importer un fichier d’échange d’atelier ({suffix}, ou .json)",
    "open the window and offer to import an exchange file ({suffix}); `{program} FILE` does "
    "the same":
        "ouvrir la fenêtre et proposer d’importer un fichier d’échange ({suffix})\u00a0; "
        "«\u00a0{program} FICHIER\u00a0» fait de même",
    "the exchange file to import once the window is shown":
        "le fichier d’échange à importer une fois la fenêtre affichée",
    "the file {path} does not exist": "le fichier {path} n’existe pas",
    "one file at a time: open {first} first, then the others":
        "un fichier à la fois : ouvrez d’abord {first}, puis les autres",
    "the exchange file to import": "le fichier d’échange à importer",
    "export a workshop to a file": "exporter un atelier dans un fichier",
    "the workshop's id (or its first characters)":
        "l’identifiant de l’atelier (ou ses premiers caractères)",
    "json: exchange file ({suffix}); pdf: restitution deck; pptx: the deck as an editable "
    "PowerPoint; posters: one PDF per team; run-sheet: the session's run sheet on one page "
    "(PDF)":
        "json\u00a0: fichier d’échange ({suffix})\u00a0; "
        "pdf\u00a0: présentation de restitution\u00a0; "
        "pptx\u00a0: la présentation en PowerPoint modifiable\u00a0; "
        "posters\u00a0: un poster en PDF par équipe\u00a0; "
        "run-sheet\u00a0: le déroulé de la séance sur une page (PDF)",
    "with --format pdf or pptx: add the appendix after the deck (key-result quality, "
    "health, parking lot and undecided objectives); by default the main deck only":
        "avec --format pdf ou pptx\u00a0: ajouter l’annexe après la présentation (qualité "
        "des résultats clés, santé, parking et objectifs non tranchés)\u00a0; par défaut, la "
        "présentation seule",
    "with --format pptx: the company's PowerPoint template (.pptx or .potx) whose layouts "
    "and theme the slides use":
        "avec --format pptx\u00a0: le modèle PowerPoint de l’entreprise (.pptx ou .potx) dont "
        "les diapositives prennent les dispositions et le thème",
    "--template goes with --format pptx": "--template va avec --format pptx",
    "--handout goes with --format pdf": "--handout va avec --format pdf",
    "--appendix goes with --format pdf or pptx": "--appendix va avec --format pdf ou pptx",
    "--paper goes with --format posters": "--paper va avec --format posters",
    "with --format pdf: a page of speaker notes after each slide that has some":
        "avec --format pdf\u00a0: une page de notes de l’orateur après chaque diapositive "
        "qui en a",
    "Exported the PowerPoint deck of “{title}” to {path}":
        "Présentation PowerPoint de «\u00a0{title}\u00a0» exportée dans {path}",
    "language of the deck or posters (default: the workshop's language)":
        "langue de la présentation ou des posters (par défaut\u00a0: celle de l’atelier)",
    "paper size of the posters (default: a4)":
        "format du papier des posters (par défaut\u00a0: a4)",
    "the file to write, or - for the standard output (a folder for --format posters); with "
    "json, a name without an extension gets {suffix}":
        "le fichier à écrire, ou - pour la sortie standard (un dossier pour --format "
        "posters)\u00a0; avec json, un nom sans extension reçoit {suffix}",
    "add the sample workshops (French and English)":
        "ajouter les ateliers d’exemple (en français et en anglais)",
    "every finding for a workshop and its health check":
        "toutes les remarques sur un atelier et son bilan de santé",
    "language of the report (default: the workshop's language)":
        "langue du rapport (par défaut\u00a0: celle de l’atelier)",
    "judge key-result sentences on their own":
        "évaluer des phrases de résultat clé, hors de tout atelier",
    "the key-result sentences to judge": "les phrases de résultat clé à juger",
    "language of the sentences (default: auto, detected per sentence)":
        "langue des phrases (par défaut\u00a0: auto, détectée phrase par phrase)",
    "list the library's backups: date, size, workshops, check":
        "lister les sauvegardes de la bibliothèque\u00a0: date, taille, ateliers, vérification",
    "put a backup back as the library (default: the newest good one); the current file is "
    "kept aside":
        "remettre une sauvegarde à la place de la bibliothèque (par défaut\u00a0: la plus "
        "récente en bon état)\u00a0; le fichier actuel est mis de côté",
    "a name from `backups`, or a path": "un nom donné par «\u00a0backups\u00a0», ou un chemin",
    "restore even over a library holding work the backup lacks (it is kept aside)":
        "restaurer même si la bibliothèque contient du travail absent de la sauvegarde (elle "
        "est mise de côté)",
    "COMMAND": "COMMANDE",
    "PATH": "CHEMIN",
    "FILE": "FICHIER",
    "SENTENCE": "PHRASE",
    "BACKUP": "SAUVEGARDE",
    # Messages
    "ID": "Identifiant",
    "Title": "Titre",
    "Cycle": "Cycle",
    "Updated": "Modifié le",
    "The library is empty. `{program} demo` adds two sample workshops.":
        "La bibliothèque est vide. «\u00a0{program} demo\u00a0» ajoute deux ateliers d’exemple.",
    "The sample workshops are already in the library; `{program} list` shows them.":
        "Les ateliers d’exemple sont déjà dans la bibliothèque\u00a0; «\u00a0{program} "
        "list\u00a0» les affiche.",
    "--lang applies to --format pdf and posters only":
        "--lang ne s’applique qu’à --format pdf et posters",
    "Exported “{title}” to {path}": "«\u00a0{title}\u00a0» exporté dans {path}",
    "Exported the run sheet of “{title}” to {path}":
        "Déroulé de «\u00a0{title}\u00a0» exporté dans {path}",
    "Exported the deck of “{title}” to {path}":
        "Présentation de «\u00a0{title}\u00a0» exportée dans {path}",
    "Wrote {count} team posters of “{title}” to {path}":
        "{count}\u00a0posters d’équipe de «\u00a0{title}\u00a0» écrits dans {path}",
    "Wrote 1 team poster of “{title}” to {path}":
        "1\u00a0poster d’équipe de «\u00a0{title}\u00a0» écrit dans {path}",
    "interrupted": "interrompu",
    "standard output": "sortie standard",
    "unexpected error ({detail}); this is a bug, please report it":
        f"erreur inattendue ({{detail}}){N}; c’est un défaut du programme, merci de le "
        "signaler",
    "unexpected error ({detail}); this is a bug, please report it with the details kept in "
    "{path}":
        f"erreur inattendue ({{detail}}){N}; c’est un défaut du programme, merci de le "
        "signaler avec les détails conservés dans {path}",
    "--format posters writes one file per team: give a folder to -o, not -":
        f"--format posters écrit un fichier par équipe{N}: donnez un dossier à -o, pas -",
    "not enough memory to finish; nothing was left half-written (close other programs and "
    "try again)":
        f"mémoire insuffisante pour terminer{N}; rien n’est resté à moitié écrit (fermez "
        "d’autres programmes et réessayez)",
    "warning: {message}": "avertissement\u00a0: {message}",
    " No backup passes its check; the next start makes a new, empty library.":
        " Aucune sauvegarde ne passe la vérification\u00a0; le prochain démarrage crée une "
        "bibliothèque neuve et vide.",
    " `{program} restore` puts back the newest good backup, from {when} ({workshops}).":
        " «\u00a0{program} restore\u00a0» remet la plus récente sauvegarde en bon état, du "
        "{when} ({workshops}).",
    "No backups of {path} yet; they are made in {folder}.":
        "Pas encore de sauvegarde de {path}\u00a0; elles seront enregistrées dans {folder}.",
    "DAMAGED": "ENDOMMAGÉE",
    "DATED IN THE FUTURE (clock?)": "DATÉE DANS LE FUTUR (horloge\u00a0?)",
    "Restored {name} (from {when}, {workshops}) as {path}.":
        "Sauvegarde {name} (du {when}, {workshops}) restaurée dans {path}.",
    "The file it replaced is kept as {path}.": "Le fichier remplacé est conservé sous {path}.",
    "put back only this workshop (an id from `list`), from the newest backup where it is "
    "sound; the other workshops stay as they are":
        "ne remettre que cet atelier (un identifiant de « list »), depuis la sauvegarde la "
        "plus récente où il est sain ; les autres ateliers restent tels quels",
    "Restored the workshop “{title}” ({id}) from the backup of {when}.":
        "L’atelier « {title} » ({id}) a été restauré depuis la sauvegarde du {when}.",
    "The library as it was before is kept as {path}.":
        "La bibliothèque telle qu’elle était avant est conservée sous {path}.",
    "--workshop goes without a backup name": "--workshop s’emploie sans nom de sauvegarde",
    "damaged": "endommagé",
    "the workshop {id} is damaged; `{program} restore --workshop {id}` puts back its newest "
    "sound copy":
        "l’atelier {id} est endommagé ; « {program} restore --workshop {id} » remet sa "
        "copie saine la plus récente",
    " `{program} restore --workshop {id}` puts back its copy from {when}.":
        " « {program} restore --workshop {id} » remet sa copie du {when}.",
    " No backup holds a sound copy of it.": " Aucune sauvegarde n’en contient de copie saine.",
    "1 workshop": "1\u00a0atelier",
    "{count} workshops": "{count}\u00a0ateliers",
    "{size} kB": "{size}\u00a0ko",
    "{size} MB": "{size}\u00a0Mo",
    # Steering files: check-ins (CSV) and rituals (iCalendar)
    "import or export check-ins (CSV; Excel .xlsx too for import)":
        "importer ou exporter les points d’étape (CSV\u00a0; Excel .xlsx aussi à l’import)",
    "add the check-ins of a CSV or Excel file to a workshop (all or nothing)":
        "ajouter à un atelier les points d’étape d’un fichier CSV ou Excel (tout ou rien)",
    "the CSV or Excel (.xlsx) file: date, key result (or its id), value, confidence, comment":
        "le fichier CSV ou Excel (.xlsx)\u00a0: date, résultat clé (ou son identifiant), "
        "valeur, confiance, commentaire",
    "show what would be added, change nothing": "montrer ce qui serait ajouté, sans rien changer",
    "write every check-in of a workshop to a CSV file for a spreadsheet":
        "écrire tous les points d’étape d’un atelier dans un fichier CSV pour un tableur",
    "the CSV file to write (- for the standard output)":
        "le fichier CSV à écrire (- pour la sortie standard)",
    "language of the file's column names and numbers (default: the workshop's language)":
        "langue des noms de colonnes et des nombres du fichier (par défaut\u00a0: celle de "
        "l’atelier)",
    "export the workshop's rituals": "exporter les rituels de l’atelier",
    "write the rituals to an iCalendar file (.ics) for Outlook, Google or Apple Calendar":
        "écrire les rituels dans un fichier iCalendar (.ics) pour Outlook, Google ou Apple "
        "Calendar",
    "the .ics file to write (- for the standard output)":
        "le fichier .ics à écrire (- pour la sortie standard)",
    "language of the events (default: the workshop's language)":
        "langue des événements (par défaut\u00a0: celle de l’atelier)",
    "WORKSHOP": "ATELIER",
    "{count} line already in the workshop was skipped.":
        "{count}\u00a0ligne déjà présente dans l’atelier a été ignorée.",
    "{count} lines already in the workshop were skipped.":
        "{count}\u00a0lignes déjà présentes dans l’atelier ont été ignorées.",
    "Every line of the file is already in the workshop: nothing to import.":
        "Toutes les lignes du fichier sont déjà dans l’atelier\u00a0: rien à importer.",
    "Nothing changed (--dry-run): {count} check-in would be imported into “{title}”.":
        "Rien n’a changé (--dry-run)\u00a0: {count}\u00a0point d’étape serait importé dans "
        "«\u00a0{title}\u00a0».",
    "Nothing changed (--dry-run): {count} check-ins would be imported into “{title}”.":
        "Rien n’a changé (--dry-run)\u00a0: {count}\u00a0points d’étape seraient importés "
        "dans «\u00a0{title}\u00a0».",
    "Imported {count} check-in into “{title}”.":
        "{count}\u00a0point d’étape importé dans «\u00a0{title}\u00a0».",
    "Imported {count} check-ins into “{title}”.":
        "{count}\u00a0points d’étape importés dans «\u00a0{title}\u00a0».",
    "{team} — {kr}: {count} check-in on {first}; value {value}, confidence {confidence}/10":
        "{team} — {kr}\u00a0: {count}\u00a0point d’étape le {first}\u00a0; valeur {value}, "
        "confiance {confidence}/10",
    "{team} — {kr}: {count} check-ins from {first} to {last}; last value {value}, "
    "confidence {confidence}/10":
        "{team} — {kr}\u00a0: {count}\u00a0points d’étape du {first} au {last}\u00a0; "
        "dernière valeur {value}, confiance {confidence}/10",
    "Exported {count} check-in of “{title}” to {path}":
        "{count}\u00a0point d’étape de «\u00a0{title}\u00a0» exporté dans {path}",
    "Exported {count} check-ins of “{title}” to {path}":
        "{count}\u00a0points d’étape de «\u00a0{title}\u00a0» exportés dans {path}",
    "Exported {count} ritual of “{title}” to {path}":
        "{count}\u00a0rituel de «\u00a0{title}\u00a0» exporté dans {path}",
    "Exported {count} rituals of “{title}” to {path}":
        "{count}\u00a0rituels de «\u00a0{title}\u00a0» exportés dans {path}",
    # The team folder (cli_team.py)
    "share workshops with colleagues through a synced team folder":
        "partager des ateliers avec des collègues par un dossier d’équipe synchronisé",
    "show or keep the team folder and the name colleagues see":
        "afficher ou garder le dossier d’équipe et le nom que voient les collègues",
    "the team folder to keep for this library":
        "le dossier d’équipe à garder pour cette bibliothèque",
    "NAME": "NOM",
    "your name, as colleagues see it": "votre nom, tel que le voient vos collègues",
    "stop using a team folder (nothing is deleted)":
        "ne plus utiliser de dossier d’équipe (rien n’est supprimé)",
    "what is shared, newer in the team folder, or in conflict":
        "ce qui est partagé, plus récent dans le dossier d’équipe, ou en conflit",
    "put workshops in the team folder, or publish their changes":
        "mettre des ateliers dans le dossier d’équipe, ou publier leurs modifications",
    "every workshop of the library": "tous les ateliers de la bibliothèque",
    "your name, as colleagues see it (default: the one kept)":
        "votre nom, tel que le voient vos collègues (par défaut\u00a0: celui gardé)",
    "bring newer revisions and colleagues’ workshops into the library":
        "faire entrer dans la bibliothèque les révisions plus récentes et les ateliers des "
        "collègues",
    "the team folder (default: the one kept with `okr-workshop team folder`)":
        "le dossier d’équipe (par défaut\u00a0: celui gardé avec «\u00a0okr-workshop team "
        "folder\u00a0»)",
    "This library no longer uses a team folder; its files are left as they are.":
        "Cette bibliothèque n’utilise plus de dossier d’équipe\u00a0; ses fichiers restent tels "
        "quels.",
    "No team folder is chosen.": "Aucun dossier d’équipe n’est choisi.",
    "Team folder: {folder}": "Dossier d’équipe\u00a0: {folder}",
    "Shared as: {coach} on {computer}": "Partagé en tant que\u00a0: {coach} sur {computer}",
    "name the workshops to share, or give --all":
        "nommez les ateliers à partager, ou indiquez --all",
    "The team folder holds no shared workshop yet.":
        "Le dossier d’équipe ne contient encore aucun atelier partagé.",
    "{name}: {state} ({reason})": "{name}\u00a0: {state} ({reason})",
    "{title} [{id}]: {state}": "{title} [{id}]\u00a0: {state}",
    " — revision {revision} by {coach} on {computer}, {when}":
        " — révision {revision} par {coach} sur {computer}, {when}",
    "up to date": "à jour",
    "changes not yet published": "modifications pas encore publiées",
    "a newer revision is in the team folder":
        "une révision plus récente est dans le dossier d’équipe",
    "conflict: a person must choose (in the window)":
        "conflit\u00a0: une personne doit choisir (dans la fenêtre)",
    "in the team folder, not in this library":
        "dans le dossier d’équipe, pas dans cette bibliothèque",
    "removed from the team folder": "retiré du dossier d’équipe",
    "unreadable file": "fichier illisible",
}

# The catalogue's "cli" section, in its one entry format: like gettext, the code is the
# English text (argparse asks for its words that way); written above as English → French.
MESSAGES = {english: entry(en=english, fr=french) for english, french in FRENCH.items()}

_language = "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """"fr" when the system speaks French, the way gettext decides; else "en"."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    # GNU gettext: LANGUAGE (a priority list) wins, except in the C locale.
    if env.get("LANGUAGE") and locale.split(".")[0] not in ("C", "POSIX"):
        locale = env["LANGUAGE"].split(":")[0]
    return "fr" if locale.lower().startswith("fr") else "en"


def requested_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """``--lang fr``/``--lang=fr`` anywhere on the line (the last one wins), else the
    system's. ``--lang auto`` (check-kr) leaves the choice to the system."""
    chosen = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("fr", "en"):
            chosen = value
    return chosen or system_language(environ)


def use_language(language: str) -> None:
    """Speak ``language`` from now on, argparse included."""
    global _language
    _language = "fr" if language == "fr" else "en"
    argparse._ = _  # type: ignore[attr-defined]  # see the module docstring
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def language() -> str:
    return _language


def _(text: str) -> str:
    """``text`` in the command line's language (English is the key)."""
    if _language != "fr":
        return text
    found = section("cli").get(text)
    return text if found is None else found["fr"]


def ngettext(singular: str, plural: str, count: int) -> str:
    return _(singular if count == 1 else plural)
