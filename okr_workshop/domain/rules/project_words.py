"""Is an objective a project? "Refondre l'intranet", "Implement a CRM" (issue 18, family 6).

The rule, in one sentence: the title **opens with the verb or noun of project work** and
**the thing it works on is a deliverable** (a tool, a system, a site, a process, an
event…). "Construire une relation de confiance", "Build trust with our customers",
"Déployer notre savoir-faire" open like projects but work on an outcome, and are left alone.

How the thing is found, without a grammar:

* French puts the noun first: after the opening (and "vers", "de", "du"…), determiners and
  the few adjectives that come before a noun ("nouveau", "vrai", "vieil"…) are skipped;
  the next word is the thing ("un outil de ticketing" → "outil").
* English puts it last: the words up to the first preposition, conjunction or punctuation
  make the noun phrase and its last word is the thing ("the new customer portal for…" →
  "portal"). "CRM implementation", "Website redesign": a short title that *ends* with a
  project noun is a project too.
* An acronym in capitals ("SIRH", "ERP") counts as a system; a brand name does not, and
  when unsure nothing is said: a coach's false alarm costs more than a miss.

Words are matched without accents or case, after a leading "Objectif :", "O1 -", "2." or
"Nous allons" / "We will".
"""

from __future__ import annotations

import functools
import re

from okr_workshop.domain.rules.wording import fold_in_place

# Openers, by language, as folded words. A French opener reads its thing head first, an
# English one head last. Nouns shared by both ("migration", "integration"…) are French
# unless "of", "to" or "into" follows.
FRENCH_OPENERS = frozenset({
    "refondre", "deployer", "migrer", "lancer", "implementer", "installer", "developper",
    "construire", "creer", "concevoir", "refaire", "moderniser", "digitaliser",
    "informatiser", "automatiser", "integrer", "remplacer", "changer", "passer", "acquerir",
    "choisir", "selectionner", "rediger", "organiser", "equiper", "mettre en place",
    "mettre en oeuvre", "mettre a jour", "mettre en production", "se doter", "nous doter",
    "refonte", "deploiement", "migration", "lancement", "implementation", "installation",
    "developpement", "construction", "creation", "conception", "modernisation",
    "digitalisation", "informatisation", "automatisation", "integration", "remplacement",
    "mise en place", "mise en oeuvre", "mise a jour", "mise en production", "choix",
    "organisation", "redaction",
})
ENGLISH_OPENERS = frozenset({
    "launch", "launching", "implement", "implementing", "deploy", "deploying", "migrate",
    "migrating", "roll out", "rolling out", "build", "building", "develop", "developing",
    "create", "creating", "design", "designing", "redesign", "redesigning", "revamp",
    "revamping", "rebuild", "rebuilding", "overhaul", "overhauling", "install",
    "installing", "set up", "setting up", "introduce", "introducing", "upgrade",
    "upgrading", "replace", "replacing", "automate", "automating", "digitise", "digitize",
    "digitising", "digitizing", "integrate", "integrating", "rewrite", "rewriting",
    "modernise", "modernize", "adopt", "adopting", "move", "moving", "switch", "switching",
    "put in place", "release", "releasing", "go live with", "select", "choose", "organise",
    "organize", "organising", "organizing", "write", "writing",
    # nouns (besides the verbs above that are nouns too), followed by "of", "to", "into"
    "implementation", "deployment", "migration", "rollout", "roll-out", "creation",
    "development",
    "introduction", "installation", "integration", "replacement", "modernisation",
    "modernization",
})
ENGLISH_LINKS = frozenset({"of", "to", "into", "onto"})
# "Website redesign", "CRM rollout": a short English title ending with one of these.
PROJECT_NOUNS = frozenset({
    "launch", "implementation", "deployment", "migration", "rollout", "roll-out",
    "redesign", "overhaul", "upgrade", "rebuild", "revamp", "go-live", "refonte",
})

# Deliverables: what a project builds, installs or organises (folded, singular).
THINGS = frozenset({
    "intranet", "extranet", "site", "website", "webshop", "eshop", "e-shop", "e-commerce",
    "application", "appli", "app", "logiciel", "software", "outil", "tool", "toolkit",
    "plateforme", "platform", "portail", "portal", "systeme", "system", "cloud", "serveur",
    "server", "datacenter", "database", "dashboard", "module", "fonctionnalite", "feature",
    "solution", "infrastructure", "reseau", "network", "chatbot", "bot", "interface",
    "progiciel", "messagerie", "ticketing", "helpdesk", "catalogue", "catalog", "processus",
    "process", "procedure", "programme", "program", "newsletter", "campagne", "campaign",
    "formation", "training", "charte", "charter", "guide", "wiki", "entrepot", "warehouse",
    "usine", "factory", "batiment", "building", "boutique", "magasin", "shop", "store",
    "produit", "product", "version", "release", "donnee", "data", "pipeline", "ligne",
    "equipement", "equipment", "materiel", "hardware", "poste", "ordinateur", "laptop",
    "borne", "kiosk", "kiosque", "capteur", "sensor", "evenement", "event", "seminaire",
    "seminar", "salon", "conference", "hackathon", "webinaire", "webinar", "page", "blog",
    "podcast", "video", "chaine", "channel", "cms", "crm", "erp", "sirh", "hris", "api",
    "si", "paie", "payroll", "tableau de bord", "base de donnees", "boutique en ligne",
})
# Multi-word things, by their first word ("tableau" alone is not one).
_COMPOUNDS = {"tableau": ("tableau de bord",), "base": ("base de donnees",)}

# French words skipped between the opener and its thing.
FRENCH_SKIPPED = frozenset({
    "vers", "sur", "a", "au", "aux", "dans", "de", "d", "du", "des", "le", "la", "les", "l",
    "un", "une", "notre", "nos", "votre", "vos", "son", "sa", "ses", "leur", "leurs", "ce",
    "cet", "cette", "ces", "tout", "toute", "tous", "toutes", "chaque", "mon", "ma", "mes",
    "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "vrai", "vraie", "veritable",
    "premier", "premiere", "futur", "future", "grand", "grande", "petit", "petite",
    "meilleur", "meilleure", "seul", "seule", "unique", "propre", "vieux", "vieil",
    "vieille", "ancien", "ancienne", "autre", "bel", "beau", "belle",
})
# Where an English noun phrase stops.
ENGLISH_BREAKS = frozenset({
    "of", "for", "to", "with", "in", "on", "at", "by", "from", "into", "onto", "across",
    "that", "which", "who", "whose", "where", "so", "and", "or", "but", "while", "without",
    "before", "after", "as", "than", "because", "using", "via", "per", "within",
    "throughout", "including", "through", "then",
})
_LONGEST_OPENER = 3  # words: "mettre en place", "go live with"
_NOUN_PHRASE = 5  # English words read after the opener, at most

_PREFIX = re.compile(
    r"\s*(?:(?:(?:objectifs?|objectives?|obj\.?|okr)\s*(?:n[°o]\.?\s*)?\d*|o\d+|#?\d+)"
    r"\s*[:.)\-–—]+\s*)?(?:(?:nous allons|on va|we will|we'll|we are going to|let's|let us)\s+)?")
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|[^\sa-z0-9'’]")


@functools.lru_cache(maxsize=4096)  # every check asks again for every objective
def project_opening(title: str) -> str | None:
    """The project the objective names, as typed ("Déployer un outil", "Implement a CRM"),
    or None when the title reads as an ambition."""
    folded = fold_in_place(title)
    start = _PREFIX.match(folded).end()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded, start)]
    words = [word for _, _, word in tokens]
    end = _project_end(words, title, tokens)
    if end is None:
        return None
    return " ".join(title[tokens[0][0]:tokens[end][1]].split())


def _project_end(words: list[str], title: str, tokens: list[tuple[int, int, str]]) -> int | None:
    """The index of the thing's last word, when the words make a project."""
    for size in range(min(_LONGEST_OPENER, len(words)), 0, -1):
        opener = " ".join(words[:size])
        after = words[size] if len(words) > size else ""
        english = opener in ENGLISH_OPENERS and (
            opener not in FRENCH_OPENERS or after in ENGLISH_LINKS)
        if english:
            return _english_thing(words, size, title, tokens)
        if opener in FRENCH_OPENERS:
            return _french_thing(words, size, title, tokens)
    return _noun_titled(words)


def _french_thing(words, at: int, title: str, tokens) -> int | None:
    while at < len(words) and words[at] in FRENCH_SKIPPED:
        at += 1
    if at >= len(words):
        return None
    for compound in _COMPOUNDS.get(words[at], ()):
        size = compound.count(" ") + 1
        if " ".join(words[at:at + size]) == compound:
            return at + size - 1
    return at if _is_thing(words[at], title, tokens[at]) else None


def _english_thing(words, at: int, title: str, tokens) -> int | None:
    if at < len(words) and words[at] in ENGLISH_LINKS:
        at += 1  # "Migrate to the cloud", "Launch of the new website"
    last = None
    for index in range(at, min(len(words), at + _NOUN_PHRASE)):
        if words[index] in ENGLISH_BREAKS or not words[index][0].isalnum():
            break
        last = index
    if last is None:
        return None
    word = words[last]
    if _is_thing(word, title, tokens[last]) or word in PROJECT_NOUNS:
        return last
    return None


def _noun_titled(words: list[str]) -> int | None:
    """"Website redesign", "CRM rollout in Q3": a project noun ends the first phrase."""
    for index, word in enumerate(words[:4]):
        if word in ENGLISH_BREAKS or not word[0].isalnum():
            return None
        if index and word in PROJECT_NOUNS:
            follows = words[index + 1] if index + 1 < len(words) else ""
            ends = not follows or follows in ENGLISH_BREAKS or not follows[0].isalnum()
            return index if ends else None
    return None


def _is_thing(word: str, title: str, token: tuple[int, int, str]) -> bool:
    if word in THINGS or (word[-1:] in "sx" and word[:-1] in THINGS):
        return True
    typed = title[token[0]:token[1]]
    # An acronym ("SIRH", "ERP", "CRMs"), unless the whole title is in capitals.
    letters = typed.rstrip("s")
    return (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
            and not title.isupper())
