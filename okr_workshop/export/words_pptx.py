"""The deck's words for the speaker notes handout (see deck_labels.py)."""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    "deck.notes.kicker": entry(
        fr=("Notes de l’orateur", "Haut d’une page de notes, dans le PDF avec les notes."),
        en=("Speaker notes", "Top of a notes page, in the PDF with the notes."),
    ),
    "deck.notes.slide": entry(
        fr=("Diapositive {slide}", "Sous le titre d’une page de notes : sa diapositive."),
        en=("Slide {slide}", "Under a notes page's title: the slide it is about."),
    ),
    "deck.notes.slides": entry(
        fr=("Diapositives {first} à {last}", "Sous le titre d’une page de notes : ses "
            "diapositives."),
        en=("Slides {first} to {last}", "Under a notes page's title: the slides it is about."),
    ),
}
