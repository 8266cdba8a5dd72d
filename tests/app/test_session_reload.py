"""A workshop replaced from outside the session (a colleague's revision brought in from the
team folder): the session shows it, keeps its step, and offers no undo across it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from okr_workshop.app.samples import add_samples
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import Language, Step
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository


def test_reload_shows_the_library_keeps_the_step_and_clears_undo(tmp_path: Path) -> None:
    repository = Repository(open_library(tmp_path / "library.sqlite3"))
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    session = WorkshopSession(repository, workshop.id)
    session.go_to_step(Step.FOCUS)
    session.update_workshop("Rename", title="Mon titre")
    assert session.undo_label
    heard = []
    session.subscribe(heard.append)
    # Elsewhere (the team folder's pull): another title, another step.
    stored = repository.load_workshop(workshop.id)
    repository.save_workshop_header(replace(stored, title="Titre de Claire",
                                            current_step=Step.REVIEW))
    session.reload()
    assert session.workshop.title == "Titre de Claire"
    assert session.workshop.current_step is Step.FOCUS
    assert repository.load_workshop(workshop.id).current_step is Step.FOCUS
    assert session.undo_label is None and session.redo_label is None
    assert session.undo() is None  # nothing to take back across it
    assert repository.load_workshop(workshop.id).title == "Titre de Claire"
    assert [w.title for w in heard] == ["Titre de Claire"]
