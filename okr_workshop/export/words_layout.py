"""The deck's and the posters' words for pagination and the posters' check-in grid (helper
F's part of the catalogue's "deck" section; see :mod:`okr_workshop.export.deck_labels`)."""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    "deck.page_of_chapter": entry(
        fr=("{title} ({page}/{total})",
            "Titre d'une diapositive quand le contenu en occupe plusieurs : « Ventes (2/2) »."),
        en=("{title} ({page}/{total})",
            "Title of a slide when its content takes several: “Sales (2/2)”."),
    ),
    "deck.grid.title": entry(
        fr=("Point hebdomadaire", "Titre de la grille à remplir à la main sur le poster."),
        en=("Weekly check-in", "Title of the grid filled in by hand on the poster."),
    ),
    "deck.grid.how": entry(
        fr=("À chaque point, notez la valeur atteinte et la confiance sur 10 "
            "(par exemple « 42 / 7 »).",
            "Sous le titre de la grille : comment la remplir."),
        en=("At each check-in, write the value reached and the confidence out of 10 "
            "(for example “42 / 7”).",
            "Under the grid's title: how to fill it in."),
    ),
    "deck.grid.span": entry(
        fr=("Semaine 1 : celle du {start}. Dernière semaine : celle du {end}.",
            "Sous le titre de la grille : à quelles dates correspondent les semaines."),
        en=("Week 1 is the week of {start}. Last week: the week of {end}.",
            "Under the grid's title: which dates the weeks are."),
    ),
    "deck.grid.key_result": entry(
        fr=("Résultat clé · semaine",
            "En-tête de la 1re colonne de la grille ; les autres portent le numéro de la "
            "semaine."),
        en=("Key result · week",
            "Heading of the grid's first column; the others carry the week's number."),
    ),
    "deck.grid.none": entry(
        fr=("Pas encore de résultat clé à suivre.",
            "À la place de la grille quand l'équipe n'a aucun résultat clé retenu."),
        en=("No key result to follow yet.",
            "Instead of the grid when the team has no kept key result."),
    ),
}
