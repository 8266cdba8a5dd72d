"""The words of a check-in file (CSV): its column names in both languages, and why a file
or one of its lines is refused (catalogue section "check_in_file", code → language →
template). A line's reason reads after "line 7: " ("ligne 7 : ").
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry

N = "\u00a0"

# Column → the names a header may give it, compared without case, accents, "_" or extra
# spaces. The first English and the first French name are the ones the export writes.
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "team": (("team",), ("équipe",)),
    "objective": (("objective",), ("objectif",)),
    "kr_id": (("key result id", "kr id", "key result identifier"),
              ("id du résultat clé", "identifiant du résultat clé", "id rc", "id kr")),
    "kr": (("key result", "kr", "key result sentence"),
           ("résultat clé", "rc", "phrase du résultat clé")),
    "date": (("date", "day", "check-in date"), ("date", "jour", "date du point")),
    "value": (("value",), ("valeur",)),
    "confidence": (("confidence", "confidence (0-10)"), ("confiance", "confiance (0-10)")),
    "comment": (("comment", "what changed", "comments"),
                ("commentaire", "ce qui a changé", "commentaires")),
    "next_step": (("next step", "next steps"), ("prochaine étape", "prochaines étapes")),
    "author": (("author",), ("auteur", "autrice")),
}

# The import reads these; the others are written by the export for people and ignored.
REQUIRED = ("date", "value", "confidence")

MESSAGES = {
    # The file as a whole.
    "file.too_big": entry(
        en="The file is {size:en} MB; a check-in file may hold at most {max:en} MB.",
        fr=f"Le fichier fait {{size:fr}}{N}Mo{N}; un fichier de points d’étape ne peut pas "
        f"dépasser {{max:fr}}{N}Mo."),
    "file.too_many_rows": entry(
        en="The file has more than {max:en} lines; import it in several parts.",
        fr=f"Le fichier a plus de {{max:fr}} lignes{N}; importez-le en plusieurs fois."),
    "file.workbook": entry(
        en="This is an old Excel workbook (.xls): save it as .xlsx or as “CSV UTF-8” first.",
        fr=f"C’est un ancien classeur Excel (.xls){N}: enregistrez-le d’abord en .xlsx ou en "
        f"«{N}CSV UTF-8{N}»."),
    "file.bad_workbook": entry(
        en="This Excel workbook cannot be read (damaged, or protected by a password?): save "
        "it again as .xlsx or as “CSV UTF-8”.",
        fr=f"Ce classeur Excel est illisible (abîmé, ou protégé par un mot de passe{N}?){N}: "
        f"enregistrez-le de nouveau en .xlsx ou en «{N}CSV UTF-8{N}»."),
    "file.not_text": entry(
        en="This is not a text file: save the sheet as “CSV UTF-8”.",
        fr=f"Ce n’est pas un fichier texte{N}: enregistrez la feuille en «{N}CSV UTF-8{N}»."),
    "file.empty": entry(
        en="The file is empty.", fr="Le fichier est vide."),
    "file.no_rows": entry(
        en="The file has column names but no check-in under them.",
        fr="Le fichier a des noms de colonnes mais aucun point d’étape dessous."),
    "file.missing_columns": entry(
        en="The first line names no column {columns} (it reads: {found}). The columns are "
        "date, key result (or key result id), value, confidence and comment.",
        fr=f"La première ligne ne nomme pas la colonne {{columns}} (on y lit{N}: {{found}}). "
        "Les colonnes sont date, résultat clé (ou id du résultat clé), valeur, confiance "
        "et commentaire."),
    "file.problems": entry(
        en="Nothing was imported. Line {line}: {reason}",
        fr=f"Rien n’a été importé. Ligne {{line}}{N}: {{reason}}"),
    "file.more_problems": entry(
        en=" ({count:en} other lines are wrong too)",
        fr=" ({count:fr} autres lignes sont erronées aussi)"),
    "file.one_more_problem": entry(
        en=" (1 other line is wrong too)", fr=" (1 autre ligne est erronée aussi)"),
    # One line's reason.
    "row.too_many_cells": entry(
        en="it has {cells} cells but the first line names {columns} columns (a comma or "
        "semicolon inside a comment needs quotes)",
        fr="elle a {cells} cellules alors que la première ligne nomme {columns} "
        "colonnes (une virgule ou un point-virgule dans un commentaire doit être entre "
        "guillemets)"),
    "row.missing": entry(
        en="the {column} is missing", fr="il manque {column}"),
    "row.unknown_kr_id": entry(
        en="no key result of this workshop has the id “{text}”",
        fr=f"aucun résultat clé de cet atelier n’a l’identifiant «{N}{{text}}{N}»"),
    "row.unknown_kr": entry(
        en="no key result of this workshop reads “{text}”",
        fr=f"aucun résultat clé de cet atelier ne s’intitule «{N}{{text}}{N}»"),
    "row.ambiguous_kr": entry(
        en="{count} key results read “{text}”: give its id (column “key result id”)",
        fr=f"{{count}} résultats clés s’intitulent «{N}{{text}}{N}»{N}: donnez son "
        f"identifiant (colonne «{N}id du résultat clé{N}»)"),
    "row.bad_date": entry(
        en="“{text}” is not a date (write 2027-01-11 or 11/01/2027)",
        fr=f"«{N}{{text}}{N}» n’est pas une date (écrivez 2027-01-11 ou 11/01/2027)"),
    "row.date_range": entry(
        en="the date {day:en} is not between {low:en} and {high:en}",
        fr="la date du {day:fr} n’est pas comprise entre le {low:fr} et le {high:fr}"),
    "row.outside_cycle": entry(
        en="the date {day:en} is outside the cycle ({cycle:en})",
        fr="la date du {day:fr} est hors du cycle ({cycle:fr})"),
    "row.not_a_number": entry(
        en="the value “{text}” is not a number",
        fr=f"la valeur «{N}{{text}}{N}» n’est pas un nombre"),
    "row.too_large": entry(
        en="the value “{text}” is not between -{max:en} and {max:en}",
        fr=f"la valeur «{N}{{text}}{N}» n’est pas comprise entre -{{max:fr}} et {{max:fr}}"),
    "row.milestone": entry(
        en="“{kr}” is a milestone: its value is 1 (done) or 0 (not yet), not “{text}”",
        fr=f"«{N}{{kr}}{N}» est un jalon{N}: sa valeur est 1 (fait) ou 0 (pas encore), "
        f"pas «{N}{{text}}{N}»"),
    "row.confidence": entry(
        en="confidence {text} is not between 0 and 10",
        fr="la confiance {text} n’est pas comprise entre 0 et 10"),
    "row.confidence_whole": entry(
        en="confidence “{text}” is not a whole number from 0 to 10",
        fr=f"la confiance «{N}{{text}}{N}» n’est pas un nombre entier de 0 à 10"),
    "row.duplicate": entry(
        en="same key result and date as line {other}",
        fr="même résultat clé et même date qu’à la ligne {other}"),
    "row.conflict": entry(
        en="“{kr}” already has a check-in on {day:en} with the value {value:en}",
        fr=f"«{N}{{kr}}{N}» a déjà un point d’étape le {{day:fr}}, de valeur {{value:fr}}"),
    "row.unknown_author": entry(
        en="no participant is called “{text}”",
        fr=f"aucun participant ne s’appelle «{N}{{text}}{N}»"),
    "row.invalid": entry(
        en="{column}: {problem}", fr=f"{{column}}{N}: {{problem}}"),
    # Column names as a line's reason says them ("the value is missing", "il manque la
    # valeur").
    "column.kr": entry(en="key result", fr="le résultat clé"),
    "column.date": entry(en="date", fr="la date"),
    "column.value": entry(en="value", fr="la valeur"),
    "column.confidence": entry(en="confidence", fr="la confiance"),
    "column.comment": entry(en="comment", fr="le commentaire"),
    "column.next_step": entry(en="next step", fr="la prochaine étape"),
    "column.author": entry(en="author", fr="l’auteur"),
}
