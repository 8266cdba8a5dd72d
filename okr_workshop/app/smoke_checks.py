"""The Qt-free steps of the smoke test (``okr-workshop --smoke-test``): what a standalone
bundle could be missing without anyone noticing before a coach does — the library's schema
and SQLite, the shipped samples, the rules' words, the deck's fonts, reportlab, PDFium,
python-pptx, icalendar and Babel's data files. Each step works in a temporary folder through
the same use cases as the window, reads what it wrote back, and returns a short detail for
its line ("12 pages"); a failure raises. The window's side is ``ui/smoke_test.py``.
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import date

from okr_workshop.app.calendar_file import export_rituals
from okr_workshop.app.check_kr import check_sentences
from okr_workshop.app.check_workshop import workshop_report
from okr_workshop.app.export_deck import export_deck, export_handout, export_posters, export_pptx
from okr_workshop.app.library_file import open_library_file
from okr_workshop.app.session import WorkshopSession
from okr_workshop.app.smoke_run import SmokeRun, count, expect
from okr_workshop.app.smoke_workbook import check_in_workbook
from okr_workshop.app.workshops import new_workshop, new_workshop_from_sample
from okr_workshop.domain.enums import Direction, ObjectiveStatus
from okr_workshop.domain.model import (
    CheckIn,
    KeyResult,
    Language,
    Objective,
    Participant,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.steering.rituals import default_rituals

# Text that reaches every path a bundle could lack: accents, guillemets, an emoji (the emoji
# font), markup-looking text (reportlab's escaping).
TITLE = "Atelier « fumée » — T1 2027 🚀"
KR_TEXT = "Passer de 40 % à 60 % de clients satisfaits d’ici juin"
CYCLE = (date(2027, 1, 1), date(2027, 3, 31))
ZONE = "Europe/Paris"


def library(run: SmokeRun) -> str:
    """A new library in the temporary folder: SQLite, the schema's migrations, the lock."""
    opened = run.open_library()
    expect(opened.writer, "the library was opened without its writer lock")
    expect(opened.repository.list_workshops("") == [], "a new library is not empty")
    return opened.path.name


def workshop(run: SmokeRun) -> str:
    """A workshop made as the window makes it: created, then edited through a session."""
    repository = run.open_library().repository
    created = new_workshop(repository, TITLE, Language.FRENCH, "Coopérative <b>&</b>", "T1 2027")
    run.workshop_id = created.id
    run.workshop_ids.append(created.id)
    session = WorkshopSession(repository, created.id)
    session.update_workshop("Cycle", cycle_start=CYCLE[0], cycle_end=CYCLE[1],
                            facilitator="Zoé Lefèvre", vision="Des clients fidèles 💚")
    session.add("Participant", Participant(name="Élodie Dupré", role="Produit"))
    session.add("Axe", StrategicObjective(title="Fidéliser", why="La moitié part en un an"))
    ambassador = session.workshop.participants[0].id
    session.add("Équipe", Team(name="Équipe Été", department="Ventes",
                               ambassador_id=ambassador))
    team = session.workshop.teams[0]
    session.add("Objectif", Objective(
        team_id=team.id, title="Des clients ravis", why="Ils reviennent",
        strategic_objective_id=session.workshop.strategic_objectives[0].id,
        status=ObjectiveStatus.KEPT, author_id=ambassador))
    objective = session.workshop.teams[0].objectives[0]
    session.add("KR", KeyResult(
        text=KR_TEXT, metric="clients satisfaits", baseline=40, target=60, unit="%",
        direction=Direction.INCREASE, data_source="Enquête <i>trimestrielle</i>",
        owner="Élodie", due=CYCLE[1]), objective.id)
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    session.add("Point", CheckIn(on=date(2027, 1, 15), value=45, confidence=7,
                                 comment="Bon départ"), kr.id)
    # In the laptop's zone, as the window proposes them: the .ics then carries a VTIMEZONE
    # from the zone database (the tzdata package on Windows).
    rituals = [dataclasses.replace(r, time_zone=ZONE) for r in default_rituals(session.workshop)]
    session.add_many("Rituels", [(r, None) for r in rituals])
    stored = repository.load_workshop(created.id)
    expect(stored == session.workshop, "the workshop read back differs from the one edited")
    kr_count = sum(len(o.key_results) for t in stored.teams for o in t.objectives)
    expect(kr_count == 1 and len(stored.rituals) >= 2, "the key result or rituals are missing")
    return f"1 team, 1 objective, 1 KR, {len(stored.rituals)} rituals"


def sample(run: SmokeRun) -> str:
    """The sample workshops shipped in the resources, as "New workshop from a sample"."""
    repository = run.open_library().repository
    titles = []
    for language in (Language.ENGLISH, Language.FRENCH):
        added = new_workshop_from_sample(repository, language)
        run.workshop_ids.append(added.id)
        expect(bool(added.teams), f"the {language.value} sample has no team")
        titles.append(language.value)
    return ", ".join(titles)


def kr_reader(run: SmokeRun) -> str:
    """The key-result reader on a French sentence, reported in French."""
    (result,) = check_sentences([KR_TEXT], "fr")
    parsed = result["parsed"]
    expect((parsed["baseline"], parsed["target"], parsed["unit"]) == (40, 60, "%"),
           f"the sentence was read as {parsed}")
    return f"{result['verdict']}, {count(len(result['findings']), 'finding')}"


def health_check(run: SmokeRun) -> str:
    """Every rule and the health of the five mistakes, worded in both languages."""
    current = run.workshop()
    for lang in ("fr", "en"):
        report = workshop_report(current, lang)
        expect(len(report["health"]) == 5, f"the health check has {len(report['health'])} items")
        for item in report["findings"]:
            expect(bool(item["message"]), f"finding {item['code']} has no {lang} message")
    return f"{count(len(report['findings']), 'finding')}, 5 health items"


def deck_pdf(run: SmokeRun) -> str:
    from okr_workshop.export.read_back import pdf_pages

    path = export_deck(run.workshop(), run.folder / "deck.pdf", appendix=True)
    return count(pdf_pages(path), "page")


def deck_pptx(run: SmokeRun) -> str:
    from okr_workshop.export.read_back import pptx_slides

    path = export_pptx(run.workshop(), run.folder / "deck.pptx", Language.ENGLISH)
    return count(pptx_slides(path), "slide")


def handout(run: SmokeRun) -> str:
    from okr_workshop.export.read_back import pdf_pages

    path = export_handout(run.workshop(), run.folder / "handout.pdf")
    return count(pdf_pages(path), "page")


def posters(run: SmokeRun) -> str:
    from okr_workshop.export.read_back import pdf_pages

    written = export_posters(run.workshop(), run.folder / "posters", paper="a3")
    expect(len(written) == 1, f"{len(written)} posters for one team")
    return count(sum(pdf_pages(path) for path in written), "page")


def rituals_calendar(run: SmokeRun) -> str:
    from okr_workshop.export.read_back import calendar_events, calendar_zones

    current = run.workshop()
    path = export_rituals(current, run.folder / "rituals.ics", today=CYCLE[0])
    events = calendar_events(path)
    expect(events == len(current.rituals), f"{events} events for {len(current.rituals)} rituals")
    expect(calendar_zones(path) == [ZONE], f"the calendar's zones are {calendar_zones(path)}")
    return f"{events} events in {ZONE}"


def formats(run: SmokeRun) -> str:
    """Babel's CLDR data: French numbers, money and dates as the deck writes them."""
    from okr_workshop.app.formats import format_day, format_value, use_region

    use_region(None)  # France's conventions, whatever this computer's region
    money = format_value(1234567.5, "fr", "€")
    day = format_day(date(2027, 3, 31), "fr")
    expect(money.replace("\u202f", " ").replace("\u00a0", " ") == "1 234 567,50 €",
           f"1234567.5 € was written {money!r} in French")
    expect(day == "31\u00a0mars\u00a02027", f"2027-03-31 was written {day!r} in French")
    return f"fr: {money}, {day}"


def exchange_file(run: SmokeRun) -> str:
    """Export the workshop to an exchange file and import it back as a new one."""
    from okr_workshop import EXCHANGE_SUFFIX
    from okr_workshop.app.exchange_files import export_workshop, import_workshop

    repository = run.open_library().repository
    path = run.folder / f"atelier{EXCHANGE_SUFFIX}"
    original = export_workshop(repository, run.workshop_id, path)
    imported = import_workshop(repository, path)
    run.workshop_ids.append(imported.id)
    expect(imported.id != original.id, "the imported workshop kept the original's id")
    expect(_content(repository.load_workshop(imported.id)) == _content(original),
           "the imported workshop differs from the exported one")
    return f"{path.stat().st_size // 1024} KB"


def _content(workshop: Workshop) -> tuple:
    """What a person sees of a workshop, without ids and dates that an import renews."""
    teams = tuple((t.name, t.department, tuple(
        (o.title, o.status, tuple((k.text, k.baseline, k.target, len(k.check_ins))
                                  for k in o.key_results)) for o in t.objectives))
                  for t in workshop.teams)
    rituals = tuple((r.kind, r.cadence, r.starts_on, r.starts_at) for r in workshop.rituals)
    header = dataclasses.astuple(workshop.rule)
    return (workshop.title, workshop.vision, header, teams, rituals)


def release_library(run: SmokeRun) -> str:
    """Close the library (the window opens it next): the log folded in, the lock let go."""
    run.close()
    expect(run.library is not None and run.library.closed, "the library did not close")
    return f"{len(run.workshop_ids)} workshops"


def library_released(run: SmokeRun) -> str:
    """After the window closed: the library opens again, so its lock was released."""
    opened = open_library_file(run.library_path, wait=0.0)
    try:
        listed = len(opened.repository.list_workshops(""))
    finally:
        opened.close()
    expect(listed == len(run.workshop_ids), f"{listed} workshops in the library after the window")
    return "lock released"


# In order; a failed step stops the run (those after it depend on it).
def opened_programs(_run: SmokeRun) -> str:
    """Programs the window opens (file manager, PDF viewer) get the session's libraries."""
    from okr_workshop.app.bundle_environment import bundle_paths_in_environment

    leaking = bundle_paths_in_environment()
    expect(not leaking, f"{', '.join(leaking)} still points into the bundle")
    return "bundle" if getattr(sys, "frozen", False) else "from source"


BEFORE_WINDOW = (
    ("environment for opened programs", opened_programs),
    ("temporary library", library),
    ("workshop", workshop),
    ("samples", sample),
    ("KR reader", kr_reader),
    ("health check", health_check),
    ("deck PDF", deck_pdf),
    ("deck PPTX", deck_pptx),
    ("handout PDF", handout),
    ("poster PDF", posters),
    ("rituals .ics", rituals_calendar),
    ("Babel formats", formats),
    ("exchange file", exchange_file),
    ("check-in workbook", check_in_workbook),
    ("library closed", release_library),
)
AFTER_WINDOW = (("library lock", library_released),)
