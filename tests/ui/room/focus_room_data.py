"""A workshop for the Focus scene's tests: a team of six, five candidates (messy titles),
a second team, and helpers to read what the scene shows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.domain.model import (
    CommonRule,
    Objective,
    Participant,
    Team,
    Workshop,
)
from okr_workshop.domain.room import DotVote, VoteMode, VoteRound

TITLES = (
    "Redonner de l’éclat à nos boutiques les plus anciennes",
    "Faire de chaque client un ambassadeur <b>fidèle</b> 🚀",
    "Réduire de moitié l’attente en caisse le samedi",
    "Ouvrir le dimanche après-midi en centre-ville",
    "Former chaque vendeur à l’écoute « active » & au conseil",
)
NAMES = ("Amélie", "Bruno", "Chloé", "Dédé 🎉", "Élodie", "François")


def room_workshop(**rule) -> Workshop:
    team = Team(name="Réseau des boutiques", position=0)
    other = Team(name="Équipe Logistique & <i>Transport</i>", position=1)
    objectives = tuple(Objective(team_id=team.id, title=t, position=i)
                       for i, t in enumerate(TITLES))
    other_objectives = (Objective(team_id=other.id, title="Livrer en 24 h"),)
    people = tuple(Participant(name=n, team_id=team.id, position=i) for i, n in enumerate(NAMES))
    guest = Participant(name="Invitée d’une autre équipe", team_id=other.id, position=6)
    return Workshop(title="Atelier OKR", rule=CommonRule(**rule),
                    teams=(replace(team, objectives=objectives),
                           replace(other, objectives=other_objectives)),
                    participants=(*people, guest))


def with_ballots(workshop: Workshop, ballots: list[dict[int, int]],
                 revealed: bool = False) -> tuple[Workshop, VoteRound]:
    """A secret round for the first team: ``ballots[i]`` is participant i's dots by the
    index of the objective in TITLES."""
    team = workshop.teams[0]
    votes = [DotVote(objective_id=team.objectives[o].id, dots=d,
                     participant_id=workshop.participants[i].id)
             for i, ballot in enumerate(ballots) for o, d in ballot.items()]
    round_ = VoteRound(team_id=team.id, mode=VoteMode.SECRET, votes=tuple(votes),
                       revealed=revealed)
    return replace(workshop, vote_rounds=(*workshop.vote_rounds, round_)), round_


def dark(widget: QWidget) -> None:
    """The audience window's light-on-dark ground, for a scene shown on its own."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#111418"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f2f2f2"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)
            if label.isVisibleTo(widget) and label.text()]


def overflowing(widget: QWidget) -> list[str]:
    """Visible labels whose text does not fit the room they were given."""
    bad = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                bad.append(f"{label.text()!r}: {need} > {label.height()} high")
        elif label.sizeHint().width() > label.width() + 1:
            bad.append(f"{label.text()!r}: {label.sizeHint().width()} > {label.width()} wide")
        bottom = label.mapTo(widget, label.rect().bottomRight())
        if bottom.y() > widget.height() or bottom.x() > widget.width():
            bad.append(f"{label.text()!r}: ends at {bottom.x()},{bottom.y()} off the view")
    return bad
