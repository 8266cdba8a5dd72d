"""Opening a damaged workshop in the window: one sentence, and the offer to put back only
that workshop from the newest backup where it is sound (issue 16, point 1)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from okr_workshop.storage.backups import take_backup
from okr_workshop.ui.workshop_list_model import TITLE
from tests.storage.library_builders import rich_workshop

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _damage(repository, workshop_id: str) -> None:
    conn = sqlite3.connect(repository.path)
    conn.execute("UPDATE key_results SET owner = 'Quelqu’un d’autre' WHERE workshop_id = ?",
                 [workshop_id])
    conn.commit()
    conn.close()


def test_a_damaged_workshop_is_offered_back_from_its_newest_sound_backup(
    main_window, prompts, repository
):
    workshop = rich_workshop("Atelier « abîmé » 🚀")
    neighbour = rich_workshop("Atelier voisin")
    repository.add_workshop(workshop)
    repository.add_workshop(neighbour)
    take_backup(repository.db, now=NOON)
    _damage(repository, workshop.id)
    prompts.answers.append(True)

    main_window.open_workshop(workshop.id)

    kind, title = prompts.asked[0]
    assert (kind, title) == ("confirm", "Cannot open the workshop")
    assert prompts.asked[1][0] == "information"
    assert "Atelier « abîmé » 🚀" in prompts.asked[1][1]
    assert main_window.bridge is not None and main_window.bridge.workshop.id == workshop.id
    owners = {kr.owner for team in main_window.bridge.workshop.teams
              for objective in team.objectives for kr in objective.key_results}
    assert "Quelqu’un d’autre" not in owners
    assert repository.load_workshop(neighbour.id).title == "Atelier voisin"
    kept = [p for p in repository.path.parent.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1


def test_declining_the_restore_changes_nothing(main_window, prompts, repository):
    workshop = rich_workshop("Atelier abîmé")
    repository.add_workshop(workshop)
    take_backup(repository.db, now=NOON)
    _damage(repository, workshop.id)
    prompts.answers.append(False)

    main_window.open_workshop(workshop.id)

    assert [kind for kind, _title in prompts.asked] == ["confirm"]
    assert main_window.bridge is None
    assert main_window.stack.currentWidget() is main_window.home


def test_without_a_sound_backup_it_only_says_why(main_window, prompts, repository):
    workshop = rich_workshop("Jamais sauvegardé")
    repository.add_workshop(workshop)
    _damage(repository, workshop.id)

    main_window.open_workshop(workshop.id)

    ((kind, text),) = prompts.asked
    # Named as the coach knows it, by its title: the id means nothing in the window.
    assert kind == "error" and "“Jamais sauvegardé”" in text and "No backup holds" in text
    assert workshop.id not in text


def test_an_unreadable_title_is_listed_as_damaged_not_a_crash(main_window, repository):
    workshop = rich_workshop("Titre illisible")
    repository.add_workshop(workshop)
    conn = sqlite3.connect(repository.path)
    conn.execute("UPDATE workshops SET title = CAST(x'41ff42' AS TEXT)")
    conn.commit()
    conn.close()
    home = main_window.home
    home.refresh()
    row = home.model.row_of(workshop.id)
    shown = home.model.data(home.model.index(row, TITLE))
    assert shown.startswith("A") and shown.endswith("(damaged)")
