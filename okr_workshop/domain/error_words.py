"""The words of a refused value or file, both languages: the tables the catalogue lists.

Sections "problems", "values" and "json_details" of :mod:`okr_workshop.domain.catalogue`
(the names of a file's parts are in :mod:`okr_workshop.domain.file_words`);
:mod:`okr_workshop.domain.error_messages` turns a code and its parameters into a sentence
with them.

``PROBLEMS``: code → language → phrase completing "<place>: …" (English ones are the
historic developer wording, kept as ``str(error)``). ``VALUE_SENTENCES``: the same codes
said on their own, for a field the person is editing. French typography: U+00A0 before
; : ? ! and inside « ».
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import Entry as Words
from okr_workshop.domain.catalogue import entry

NBSP = "\u00a0"

PROBLEMS: dict[str, dict[str, str]] = {
    # Values (domain/values.py, model.py)
    "not_text_id": entry(en="must be a text id", fr="doit être un identifiant texte"),
    "not_uuid": entry(en="must be a UUID", fr="doit être un UUID"),
    "empty_text": entry(en="must be a non-empty string", fr="doit être un texte non vide"),
    "not_text": entry(en="must be a string", fr="doit être un texte"),
    "too_long": entry(
        en="must be at most {max} characters",
        fr="doit compter au plus {max} caractères",
    ),
    "not_number": entry(en="must be a number", fr="doit être un nombre"),
    "not_finite": entry(en="must be a finite number", fr="doit être un nombre fini"),
    "not_whole": entry(en="must be a whole number", fr="doit être un nombre entier"),
    "out_of_range": entry(
        en="must be between {low} and {high}",
        fr="doit être compris entre {low} et {high}",
    ),
    "not_date": entry(en="must be a date", fr="doit être une date"),
    "not_timestamp": entry(
        en="must be a timestamp with a time zone",
        fr="doit être un horodatage avec fuseau horaire",
    ),
    "control_character": entry(
        en="must not hold a control character ({char})",
        fr="ne doit pas contenir de caractère de contrôle ({char})",
    ),
    "line_break": entry(
        en="must hold one line, without a line break ({char})",
        fr="doit tenir sur une ligne, sans saut de ligne ({char})",
    ),
    "offset_out_of_range": entry(
        en="must have a time zone offset between {low} and {high}",
        fr="doit avoir un décalage horaire compris entre {low} et {high}",
    ),
    "not_choice": entry(
        en="must be one of: {allowed}",
        fr=f"doit valoir l’un de{NBSP}: {{allowed}}",
    ),
    "not_bool": entry(en="must be true or false", fr="doit valoir true ou false"),
    "not_time": entry(en="must be a time of day such as 09:30",
                      fr="doit être une heure comme 09:30"),
    "not_time_zone": entry(en="must be a time zone such as Europe/Paris",
                           fr="doit être un fuseau horaire comme Europe/Paris"),
    "not_positive": entry(
        en="must be a positive amount (the direction says which way)",
        fr="doit être une quantité positive (le sens dit de quel côté)",
    ),
    "same_objective": entry(
        en="must differ from from_objective_id",
        fr="doit désigner un autre objectif que l’objectif de départ",
    ),
    "end_before_start": entry(
        en="must not be before cycle_start",
        fr="ne peut pas précéder le début du cycle",
    ),
    "not_rule": entry(en="must be a common rule", fr="doit être une règle commune"),
    # The room kit (domain/room.py)
    "above_budget": entry(
        en="must not be more than the dots each person has",
        fr="ne peut pas dépasser le nombre de gommettes de chaque personne",
    ),
    "break_untitled": entry(
        en="must name a line of the run sheet that is not a step",
        fr="doit nommer une ligne du déroulé qui n’est pas une étape",
    ),
    # Text forms of the exchange file (storage/exchange_read.py)
    "uuid_form": entry(
        en="must be a UUID written in lowercase, 8-4-4-4-12",
        fr="doit être un UUID écrit en minuscules, 8-4-4-4-12",
    ),
    "date_form": entry(
        en="must be a date written YYYY-MM-DD",
        fr="doit être une date écrite AAAA-MM-JJ",
    ),
    "not_calendar_date": entry(
        en="{value} is not a date of the calendar",
        fr="{value} n’est pas une date qui existe",
    ),
    "timestamp_form": entry(
        en="must be a timestamp written YYYY-MM-DDTHH:MM:SS with an offset (+01:00, Z)",
        fr="doit être un horodatage écrit AAAA-MM-JJTHH:MM:SS avec un décalage (+01:00, Z)",
    ),
    "not_calendar_time": entry(
        en="{value} is not a time of the calendar",
        fr="{value} n’est pas une date et heure qui existent",
    ),
    "too_large_number": entry(en="must be between -{max} and {max}",
                              fr="doit être compris entre -{max} et {max}"),
    # Shape of the exchange file
    "document_not_object": entry(
        en="the file must hold a JSON object, not {type}",
        fr="le fichier doit contenir un objet JSON, pas {type}",
    ),
    "format_missing": entry(
        en="is missing, so this is not an OKR Workshop file",
        fr="est absent ; ce n’est donc pas un fichier OKR Workshop",
    ),
    "format_wrong": entry(
        en="must be {expected}, not {found}, so this is not an OKR Workshop file",
        fr="doit valoir {expected} et non {found} ; ce n’est donc pas un fichier OKR Workshop",
    ),
    "missing": entry(en="is missing", fr="est absent"),
    "not_whole_type": entry(
        en="must be a whole number, not {type}",
        fr="doit être un nombre entier, pas {type}",
    ),
    "version_unsupported": entry(
        en="{version} is not supported: this OKR Workshop reads version {supported} only",
        fr=f"la version {{version}} n’est pas prise en charge{NBSP}: cet OKR Workshop ne lit "
        "que la version {supported}",
    ),
    "version_newer": entry(
        en="{version} is not supported: this OKR Workshop reads version {supported} only; "
        "the file comes from a newer OKR Workshop",
        fr=f"la version {{version}} n’est pas prise en charge{NBSP}: cet OKR Workshop ne lit "
        "que la version {supported} ; le fichier vient d’un OKR Workshop plus récent",
    ),
    "not_object": entry(
        en="must be a JSON object, not {type}",
        fr="doit être un objet JSON, pas {type}",
    ),
    "duplicate_key": entry(
        en="the field {key} appears twice",
        fr="le champ {key} figure deux fois",
    ),
    "unknown_field": entry(en="unknown field {key}", fr="champ inconnu {key}"),
    "unknown_top_field": entry(
        en="unknown top-level field {key}",
        fr="champ de premier niveau inconnu {key}",
    ),
    "shared_other_workshop": entry(
        en="names another workshop than the one in the file",
        fr="désigne un autre atelier que celui du fichier",
    ),
    "surrogate": entry(
        en="contains an unpaired surrogate escape, which is not text",
        fr="contient un échappement de demi-caractère isolé, qui n’est pas du texte",
    ),
    "not_array": entry(
        en="must be a JSON array, not {type}",
        fr="doit être un tableau JSON, pas {type}",
    ),
    "too_many_items": entry(
        en="must hold at most {max} items",
        fr="doit contenir au plus {max} éléments",
    ),
    "too_many_objectives": entry(
        en="the workshop holds {found} objectives; at most {max} are allowed",
        fr=f"l’atelier compte {{found}} objectifs{NBSP}; au plus {{max}} sont admis",
    ),
    "too_many_key_results": entry(
        en="the workshop holds {found} key results; at most {max} are allowed",
        fr=f"l’atelier compte {{found}} résultats clés{NBSP}; au plus {{max}} sont admis",
    ),
    "too_much_text": entry(
        en="the workshop holds {found} characters of text; at most {max} are allowed",
        fr=f"l’atelier compte {{found}} caractères de texte{NBSP}; au plus {{max}} sont "
        "admis",
    ),
    # Links inside the workshop (domain/integrity.py)
    "duplicate_id": entry(
        en="duplicate id, already used by {other}",
        fr="identifiant en double, déjà utilisé par {other}",
    ),
    "dangling": entry(
        en="no {kind} has this id",
        fr="{no_kind} ne porte cet identifiant",
    ),
    "duplicate_dependency": entry(
        en="the same dependency is already recorded by {other}",
        fr="la même dépendance est déjà enregistrée par {other}",
    ),
    "wrong_team": entry(
        en="must be the id of the team it is in",
        fr="doit être l’identifiant de l’équipe qui le contient",
    ),
    # The file as a whole (storage/exchange.py)
    "file_missing": entry(
        en="the file {name} does not exist",
        fr="le fichier {name} n’existe pas",
    ),
    "file_unreadable": entry(
        en="the file {name} cannot be read: {reason}",
        fr=f"le fichier {{name}} ne peut pas être lu{NBSP}: {{reason}}",
    ),
    "is_folder": entry(
        en="{name} is a folder, not a file",
        fr="{name} est un dossier, pas un fichier",
    ),
    "not_regular": entry(
        en="{name} is not a regular file",
        fr="{name} n’est pas un fichier ordinaire",
    ),
    "too_large_file": entry(
        en="the file is too large ({size} bytes); an OKR Workshop file is at most "
        "{max_mb} MB ({max} bytes)",
        fr="le fichier est trop gros ({size} octets) ; un fichier OKR Workshop fait au plus "
        "{max_mb} Mo ({max} octets)",
    ),
    "utf16": entry(
        en="the file is UTF-16 text; save it as UTF-8",
        fr="le fichier est un texte UTF-16 ; enregistrez-le en UTF-8",
    ),
    "not_utf8": entry(
        en="the file is not UTF-8 text: invalid byte at line {line}, byte {byte}",
        fr=f"le fichier n’est pas un texte UTF-8{NBSP}: octet invalide à la ligne {{line}}, "
        "octet {byte}",
    ),
    "empty_file": entry(en="the file is empty", fr="le fichier est vide"),
    "json_constant": entry(
        en="invalid JSON: {constant} is not a number (JSON has no NaN or Infinity)",
        fr=f"JSON invalide{NBSP}: {{constant}} n’est pas un nombre (JSON n’a ni NaN ni "
        "Infinity)",
    ),
    "json_syntax": entry(
        en="invalid JSON at line {line}, column {column}: {detail}",
        fr=f"JSON invalide à la ligne {{line}}, colonne {{column}}{NBSP}: {{detail}}",
    ),
    "json_cut": entry(
        en="invalid JSON at line {line}, column {column}: {detail} (the file seems cut short)",
        fr=f"JSON invalide à la ligne {{line}}, colonne {{column}}{NBSP}: {{detail}} (le "
        "fichier semble tronqué)",
    ),
    "json_huge_int": entry(
        en="invalid JSON: a number has more than 4300 digits",
        fr=f"JSON invalide{NBSP}: un nombre a plus de 4300 chiffres",
    ),
    "json_other": entry(en="invalid JSON", fr="JSON invalide"),
    "too_deep": entry(
        en="the JSON is nested more than {depth} levels deep; no OKR Workshop file is",
        fr="le JSON est imbriqué sur plus de {depth} niveaux ; aucun fichier OKR Workshop "
        "ne l’est",
    ),
    "too_many_containers": entry(
        en="the file holds more than {max} JSON objects and arrays; no OKR Workshop file "
        "does",
        fr=f"le fichier contient plus de {{max}} objets et tableaux JSON{NBSP}; aucun fichier "
        "OKR Workshop n’en contient autant",
    ),
    "too_many_values": entry(
        en="the file holds more than {max} JSON values; no OKR Workshop file does",
        fr=f"le fichier contient plus de {{max}} valeurs JSON{NBSP}; aucun fichier OKR "
        "Workshop n’en contient autant",
    ),
    "not_utf8_text": entry(
        en="the workshop holds text that cannot be written as UTF-8",
        fr="l’atelier contient du texte qui ne peut pas être écrit en UTF-8",
    ),
}

# What Python's JSON reader says (json.JSONDecodeError.msg) → the same in French. The reader
# keeps the stdlib's words in ``detail``; unknown ones are left out of the French sentence.
_JSON_DETAILS_FR: dict[str, str] = {
    "Expecting value": "une valeur est attendue",
    "Expecting ',' delimiter": "une virgule est attendue",
    "Expecting ':' delimiter": "un deux-points est attendu",
    "Expecting property name enclosed in double quotes":
        "un nom de champ entre guillemets droits est attendu",
    "Unterminated string starting at": "chaîne de caractères non fermée",
    "Invalid control character at": "caractère de contrôle interdit",
    "Invalid \\escape": "séquence d’échappement invalide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide",
    "Extra data": "des données suivent la fin du document",
}
# In the catalogue's one format, the English text being the code (as for the command line).
JSON_DETAILS: dict[str, Words] = {
    english: entry(en=english, fr=french) for english, french in _JSON_DETAILS_FR.items()
}

# Standalone sentences for a value refused in the window (no place: the field is in view).
VALUE_SENTENCES: dict[str, dict[str, str]] = {
    "empty_text": entry(en="This text cannot be empty.", fr="Ce texte ne peut pas être vide."),
    "control_character": entry(
        en="This text holds a control character ({char}) that cannot be kept.",
        fr="Ce texte contient un caractère de contrôle ({char}) qui ne peut pas être gardé.",
    ),
    "line_break": entry(
        en="This text must fit on one line.",
        fr="Ce texte doit tenir sur une ligne.",
    ),
    "too_long": entry(
        en="This text is too long: {max} characters at most.",
        fr=f"Ce texte est trop long{NBSP}: {{max}} caractères au plus.",
    ),
    "out_of_range": entry(
        en="The value must be between {low} and {high}.",
        fr="La valeur doit être comprise entre {low} et {high}.",
    ),
    "not_number": entry(en="The value must be a number.", fr="La valeur doit être un nombre."),
    "not_finite": entry(en="The value must be a number.", fr="La valeur doit être un nombre."),
    "not_whole": entry(
        en="The value must be a whole number.",
        fr="La valeur doit être un nombre entier.",
    ),
    "not_positive": entry(
        en="A change is a positive amount: the direction says which way.",
        fr=f"Une évolution est une quantité positive{NBSP}: le sens dit de quel côté.",
    ),
    "end_before_start": entry(
        en="The cycle cannot end before it starts.",
        fr="Le cycle ne peut pas finir avant de commencer.",
    ),
    "same_objective": entry(
        en="An objective cannot depend on itself.",
        fr="Un objectif ne peut pas dépendre de lui-même.",
    ),
    "above_budget": entry(
        en="No one can put more dots on one objective than they have.",
        fr="Personne ne peut mettre sur un objectif plus de gommettes qu’il n’en a.",
    ),
    "break_untitled": entry(
        en="A break or any line that is not a step needs a title.",
        fr="Une pause, ou toute ligne qui n’est pas une étape, a besoin d’un titre.",
    ),
}
