"""The Restitution step: the deck's language and sections, its preview, and the exports."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from okr_workshop.app import export_deck as export_use_case
from okr_workshop.domain.model import Language, Objective, ObjectiveStatus, Step, Team, Workshop
from okr_workshop.domain.values import new_id
from okr_workshop.export import build_deck, poster_file_name
from okr_workshop.ui.models.page_thumbnails_model import PageThumbnailsModel
from okr_workshop.ui.pages.restitution_page import RestitutionPage
from okr_workshop.ui.widgets import deck_jobs
from okr_workshop.ui.widgets.export_runner import last_step_kept
from tests.export.pdf_reading import all_text, reader
from tests.ui.keyboard import press

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def no_worker_left(main_window):
    """Every test ends with the deck thread idle once the window is closed."""
    yield
    main_window.close()
    assert deck_jobs.wait_for_jobs(0)


def open_step(qtbot, main_window, workshop_id: str) -> RestitutionPage:
    """Open the workshop and reach the step with Alt+7, as a person would."""
    main_window.open_workshop(workshop_id)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    press(QApplication.focusWidget() or main_window, Qt.Key.Key_7, Alt)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, RestitutionPage)
    return page


def wait_for_preview(qtbot, page: RestitutionPage) -> bytes:
    qtbot.waitUntil(page.preview_is_current, timeout=20_000)
    assert page.preview.pdf is not None
    return page.preview.pdf


@pytest.fixture
def page(qtbot, main_window, french_workshop_id) -> RestitutionPage:
    return open_step(qtbot, main_window, french_workshop_id)


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the exports (tmp_path also holds the library)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url) or True)
    return calls


def click_box(qtbot, box: QCheckBox) -> None:
    """Click the check box's square, where a person clicks (the widget is wider than it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def page_count(workshop: Workshop, language: str, sections, appendix: bool = False) -> int:
    return len(reader(build_deck(workshop, language, sections, appendix=appendix)).pages)


# The preview -------------------------------------------------------------------------------


def test_alt_7_reaches_the_step_and_the_preview_shows_every_page(qtbot, main_window, page):
    assert main_window.workshop_view.step_list.currentItem().text() == "7. Presentation"
    assert page.options.language.hasFocus()
    assert page.options.deck_language() is Language.FRENCH  # the workshop's, at first
    pdf = wait_for_preview(qtbot, page)
    workshop = main_window.bridge.workshop
    expected = page_count(workshop, "fr", page.options.sections())
    assert page.preview.model.rowCount() == expected == len(reader(pdf).pages) > 10
    assert page.preview.status.text() == f"Page 1 of {expected}"
    assert "Au programme" in all_text(reader(pdf))
    qtbot.waitUntil(lambda: page.preview.model.thumbnail(expected - 1) is not None)
    qtbot.waitUntil(lambda: page.preview.page_view.pixmap() is not None
                    and not page.preview.page_view.pixmap().isNull())
    # Down in the page list goes to the next page.
    page.preview.pages.setFocus()
    press(page.preview.pages, Qt.Key.Key_Down)
    assert page.preview.status.text() == f"Page 2 of {expected}"


def test_the_deck_switches_to_english_while_the_window_keeps_its_words(qtbot, page):
    wait_for_preview(qtbot, page)
    boxes_before = [box.text() for box in page.options.boxes.values()]
    press(page.options.language, Qt.Key.Key_Down)
    assert page.options.deck_language() is Language.ENGLISH
    assert page.preview.status.text() == "Building the preview…"
    text = all_text(reader(wait_for_preview(qtbot, page)))
    assert "Agenda" in text and "Au programme" not in text
    assert [box.text() for box in page.options.boxes.values()] == boxes_before


def test_unticking_sections_leaves_their_pages_out(qtbot, main_window, page):
    wait_for_preview(qtbot, page)
    before = page.preview.model.rowCount()
    click_box(qtbot, page.options.boxes["teams"])
    click_box(qtbot, page.options.boxes["people"])
    assert "teams" not in page.options.sections() and "people" not in page.options.sections()
    wait_for_preview(qtbot, page)
    workshop = main_window.bridge.workshop
    after = page.preview.model.rowCount()
    assert after == page_count(workshop, "fr", page.options.sections()) < before - len(
        workshop.teams
    )


def test_with_no_section_ticked_there_is_nothing_to_export(qtbot, page):
    wait_for_preview(qtbot, page)
    for box in page.options.boxes.values():
        if box.isChecked():
            click_box(qtbot, box)
    assert page.preview.status.text() == "Tick at least one section to see the deck."
    assert page.preview.model.rowCount() == 0
    assert not page.export_deck_button.isEnabled()
    click_box(qtbot, page.options.boxes["cover"])
    assert page.export_deck_button.isEnabled()
    wait_for_preview(qtbot, page)
    assert page.preview.model.rowCount() == 1


def test_an_edit_and_its_undo_rebuild_the_preview(qtbot, main_window, page):
    wait_for_preview(qtbot, page)
    team = main_window.bridge.workshop.teams[0]
    renamed = "Équipe « Clic & Retrait » 🚀"
    assert main_window.bridge.edit(lambda s: s.update("rename team", team, name=renamed))
    assert renamed.split(" ")[0] in all_text(reader(wait_for_preview(qtbot, page)))
    main_window.undo_action.trigger()
    text = all_text(reader(wait_for_preview(qtbot, page)))
    assert team.name in text and "Équipe «" not in text


def test_sections_with_nothing_to_show_are_disabled_and_say_why(qtbot, main_window, repository):
    workshop = Workshop(title="Atelier vide", language=Language.ENGLISH)
    repository.add_workshop(workshop)
    page = open_step(qtbot, main_window, workshop.id)
    assert page.options.deck_language() is Language.ENGLISH
    progress, feedback = page.options.boxes["progress"], page.options.boxes["feedback"]
    assert not progress.isEnabled() and not progress.isChecked()
    assert not feedback.isEnabled() and not feedback.isChecked()
    assert "no key result has a check-in yet" in progress.toolTip()
    assert "no participant has given feedback yet" in page.options.note.text()
    people = page.options.boxes["people"]
    assert not people.isEnabled() and not people.isChecked()
    assert "Who took part is left out: no participant is listed yet." in people.toolTip()
    assert page.options.note.isVisible()
    cover = page.options.boxes["cover"]
    assert cover.isEnabled()
    assert cover.toolTip() == "Workshop, organisation, cycle, date and facilitator."
    assert not page.export_posters_button.isEnabled()  # no team, no poster
    assert "No team yet" in main_window.workshop_view.missing.text()
    assert wait_for_preview(qtbot, page)


def test_what_is_missing_says_which_slides_will_be_empty(qtbot, main_window, repository):
    logistics = new_id()
    kept = Objective(team_id=logistics, title="Servir mieux", status=ObjectiveStatus.KEPT)
    teams = (Team(name="Caisse"),
             Team(id=logistics, name="Logistique", position=1, objectives=(kept,)))
    workshop = Workshop(title="Atelier", teams=teams, vision="Être là")
    repository.add_workshop(workshop)
    page = open_step(qtbot, main_window, workshop.id)
    assert page.missing(main_window.bridge.workshop) == [
        "ℹ Caisse has no kept objective yet: its slide and poster will be empty."
    ]
    assert "Caisse has no kept objective yet" in main_window.workshop_view.missing.text()
    alone = Workshop(title="Atelier", teams=(Team(name="Caisse"),))
    assert page.missing(alone) == [
        "ℹ No kept objective yet: the team slides will be empty.",
        "ℹ No vision yet: the vision slide will be empty.",
    ]


# Exports ----------------------------------------------------------------------------------


def test_the_deck_is_exported_then_opened_or_shown_in_its_folder(
    qtbot, main_window, page, prompts, out, opened
):
    wait_for_preview(qtbot, page)
    target = out / "Restitution T1.pdf"
    prompts.answers.append(target)
    press(page.options.language, Qt.Key.Key_E, Ctrl | Shift)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text())
    assert prompts.asked == [("save_file", "Export the deck")]
    pdf = reader(target.read_bytes())
    assert len(pdf.pages) == page.preview.model.rowCount()
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
    assert all(team.name in all_text(pdf) for team in main_window.bridge.workshop.teams)
    assert str(target) in page.result.text()
    qtbot.mouseClick(page.result.button("Open"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.result.button("Show in folder"), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(out))]
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def test_a_name_without_pdf_gets_it(qtbot, page, prompts, out):
    prompts.answers.append(out / "bilan")
    qtbot.mouseClick(page.export_deck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text())
    assert (out / "bilan.pdf").is_file() and not (out / "bilan").exists()


def gate_export(monkeypatch) -> threading.Event:
    """The export waits at its first step until the test lets it go on."""
    gate = threading.Event()
    real = export_use_case.export_deck

    def gated_export(workshop, path, language=None, sections=(), progress=None, *,
                     appendix=True):
        def gated(done, total):
            assert gate.wait(10), "the test never let the export go on"
            return progress(done, total)

        return real(workshop, path, language, sections, gated, appendix=appendix)

    monkeypatch.setattr("okr_workshop.ui.pages.restitution_page.export_deck", gated_export)
    return gate


def cancel_button(page: RestitutionPage) -> QPushButton:
    dialog = page.exporter.dialog
    assert dialog is not None
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")


@pytest.mark.parametrize("existing", [None, b"%PDF-1.4 the deck of last quarter"])
def test_cancelling_the_export_leaves_the_target_as_it_was(
    qtbot, page, prompts, out, monkeypatch, existing
):
    wait_for_preview(qtbot, page)
    target = out / "deck.pdf"
    if existing is not None:
        target.write_bytes(existing)
    gate = gate_export(monkeypatch)
    prompts.answers.append(target)
    qtbot.mouseClick(page.export_deck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exporter.dialog is not None
                    and page.exporter.dialog.isVisible())
    assert page.exporter.dialog.labelText() == "Writing “deck.pdf”…"
    qtbot.mouseClick(cancel_button(page), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: "Export cancelled" in page.result.text())
    assert page.exporter.dialog is None and not page.exporter.busy()
    if existing is None:
        assert list(out.iterdir()) == []
    else:
        assert target.read_bytes() == existing
        assert [p.name for p in out.iterdir()] == ["deck.pdf"]  # no temporary file


def test_an_unwritable_target_is_told_in_a_sentence(qtbot, page, prompts, out):
    blocker = out / "file.txt"
    blocker.write_text("pas un dossier", encoding="utf-8")
    prompts.answers.append(blocker / "deck.pdf")
    qtbot.mouseClick(page.export_deck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _ in prompts.asked))
    (message,) = [text for kind, text in prompts.asked if kind == "error"]
    assert message.startswith("Export failed: Nothing could be written to “")
    assert str(blocker / "deck.pdf") in message and message.endswith(".")
    assert "Traceback" not in message and "Errno" not in message
    assert blocker.read_text(encoding="utf-8") == "pas un dossier"
    assert not page.result.text() and not page.exporter.busy()


def test_one_poster_per_team_goes_into_the_chosen_folder(
    qtbot, main_window, page, prompts, out, opened
):
    folder = out / "affiches"
    prompts.answers.append(folder)
    press(page.options.language, Qt.Key.Key_P, Ctrl | Shift)
    qtbot.waitUntil(lambda: "posters saved" in page.result.text())
    teams = main_window.bridge.workshop.teams
    assert page.result.text() == f"{len(teams)} posters saved in “{folder}”."
    names = [poster_file_name(n, team) for n, team in enumerate(teams, start=1)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    for name, team in zip(names, teams, strict=True):
        assert team.name in all_text(reader((folder / name).read_bytes()))
    qtbot.mouseClick(page.result.button("Open the folder"), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_posters_follow_the_deck_language(qtbot, page, prompts, out):
    press(page.options.language, Qt.Key.Key_Down)
    prompts.answers.append(out)
    qtbot.mouseClick(page.export_posters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "posters saved" in page.result.text())
    first = sorted(out.glob("poster-*.pdf"))[0]
    assert reader(first.read_bytes()).trailer["/Root"]["/Lang"] == "en"


def test_leaving_the_step_stops_the_work_in_flight(qtbot, main_window, page):
    press(page.options.language, Qt.Key.Key_Down)  # a rebuild on its way
    press(QApplication.focusWidget(), Qt.Key.Key_6, Alt)
    assert main_window.workshop_view.current_page().step is Step.REVIEW
    assert deck_jobs.wait_for_jobs(0) and not page.preview_is_current()
    press(QApplication.focusWidget(), Qt.Key.Key_7, Alt)
    text = all_text(reader(wait_for_preview(qtbot, page)))
    assert "Agenda" in text


def test_a_cancel_after_the_last_step_comes_too_late_to_undo_the_files():
    # Posters are written between their last two steps: a Cancel then must not report
    # "cancelled" while the files are there.
    kept = last_step_kept(lambda done, total: False)
    assert kept(0, 9) is False and kept(8, 9) is False and kept(9, 9) is True


# The thumbnails model ---------------------------------------------------------------------


def test_thumbnails_model(qtmodeltester):
    model = PageThumbnailsModel(QSize(16, 9))
    model.set_page_count(3)
    image = QImage(16, 9, QImage.Format.Format_RGBA8888)
    model.set_thumbnail(1, image)
    model.set_thumbnail(7, image)  # no such page: ignored
    qtmodeltester.check(model)
    assert model.index(1).data(Qt.ItemDataRole.DecorationRole) == image
    assert model.index(2).data(Qt.ItemDataRole.ToolTipRole) == "Page 3 of 3"
    assert model.index(0).data(PageThumbnailsModel.PAGE_ROLE) == 0
    model.set_page_count(1)
    assert model.rowCount() == 1 and model.thumbnail(1) is None


def test_after_an_export_at_1366x768_its_buttons_are_in_sight(
    qtbot, main_window, page, prompts, out, opened
):
    """Found in the English walkthrough at 1366×768: once the deck was saved, "Open" and
    "Show in folder" were below the fold of the left column (a scroll bar appeared, and the
    deck language box was cut by it). The result is shown where there is room."""
    main_window.resize(1280, 720)
    target = out / "a rather long folder name for a deck" / "Northwind Q1 2027 OKR workshop.pdf"
    target.parent.mkdir()
    prompts.answers.append(target)
    press(page.options.language, Qt.Key.Key_E, Ctrl | Shift)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text())
    QApplication.processEvents()  # the layout settles
    for caption in ("Open", "Show in folder"):
        button = page.result.button(caption)
        seen = button.visibleRegion().boundingRect()
        assert seen.size() == button.size(), caption
        assert button.sizeHint().width() <= button.width(), caption  # its text is whole
    language = page.options.language
    assert language.visibleRegion().boundingRect().size() == language.size()


def test_posters_on_a3_chosen_with_the_keyboard(qtbot, page, prompts, out):
    """The paper is picked beside the posters' button (Alt+R, then a key), and every page
    of every poster is A3."""
    press(page.options.language, Qt.Key.Key_R, Alt)
    assert QApplication.focusWidget() is page.poster_paper.combo
    press(page.poster_paper.combo, Qt.Key.Key_Down)
    assert page.poster_paper.paper() == "a3"
    press(page.poster_paper.combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.export_posters_button
    prompts.answers.append(out)
    press(page.export_posters_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "posters saved" in page.result.text())
    for poster in out.glob("poster-*.pdf"):
        for sheet in reader(poster.read_bytes()).pages:
            assert [round(float(v)) for v in sheet.mediabox[2:]] == [842, 1191]
