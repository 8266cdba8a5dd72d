"""Word lists for reading key-result sentences in French and English.

Plain data, kept apart from the parsing and the judgement so a coach's vocabulary can grow
without touching the logic. Every entry is lower case with straight apostrophes (the reader
normalises ’ to ' first); alternatives are regular-expression fragments.
"""

from __future__ import annotations

import re

# --- Verbs that open a sentence -------------------------------------------------------------

# An activity or a deliverable: the work, not what the work changes (issue: mistake 3).
# Flagged even when a number follows ("Organiser 4 ateliers").
ACTIVITY_FR = (
    # French infinitives
    "lancer", "créer", "mettre en place", "mettre en œuvre", "mettre en oeuvre", "recruter",
    "embaucher", "former", "organiser", "publier", "déployer", "rédiger", "écrire", "préparer",
    "analyser", "aider", "participer", "refondre", "construire", "concevoir", "installer",
    "migrer", "documenter", "planifier", "définir", "produire", "animer", "mener",
    "conduire", "cartographier", "formaliser", "structurer", "outiller", "intégrer",
    "accompagner", "sensibiliser", "communiquer", "mettre à jour", "tester", "présenter",
    "rencontrer", "appeler", "contacter", "envoyer", "visiter", "auditer", "repenser", "revoir",
    "identifier", "étudier", "assister", "instaurer", "initier", "refaire", "proposer", "faire",
    "négocier", "renégocier", "être présent", "être présents", "être présente", "référencer",
    "être référencé", "être référencée", "être référencés", "imprimer", "distribuer",
    "paramétrer", "configurer", "programmer", "tenir un stand", "exposer", "diffuser",
    "traduire", "filmer", "tourner", "inspecter", "contrôler", "vérifier", "relancer",
    "démarcher", "prospecter", "interviewer", "équiper", "commander", "acheter", "nettoyer",
    "effectuer", "coder", "poster",
    # French nouns that name an activity when they open the sentence
    "création", "mise en place", "mise en œuvre", "mise en oeuvre", "lancement", "organisation",
    "recrutement", "formation", "publication", "déploiement", "rédaction", "préparation",
    "analyse", "refonte", "migration", "installation", "mise à jour", "conception", "réalisation",
    "participation", "accompagnement", "animation", "embauche",
)
ACTIVITY_EN = (
    # English imperatives, gerunds and nouns
    "launch", "launching", "launch of", "create", "creating", "creation of", "implement",
    "implementing", "implementation of", "hire", "hiring", "recruit", "recruiting", "train",
    "training", "organise", "organize", "organising", "organizing", "publish", "publishing",
    "deploy", "deploying", "deployment of", "write", "writing", "prepare", "preparing",
    "analyse", "analyze", "analysing", "analyzing", "help", "helping", "participate",
    "participating", "take part", "build", "building", "design", "designing", "redesign",
    "redesigning", "redesign of", "set up", "setting up", "roll out", "rolling out",
    "rollout of", "roll-out of", "introduce", "install", "installing", "migrate", "migrating",
    "migration of", "migration to", "document", "planning", "draft", "produce", "hold a",
    "hold an", "negotiate", "negotiating", "renegotiate", "get listed", "be listed",
    "be present",
    "host", "conduct", "attend", "define", "put in place", "onboard", "interview",
    "audit", "update", "upgrade", "refactor", "rewrite", "integrate", "communicate",
    "raise awareness", "coach", "mentor", "meet", "visit", "send", "present", "pitch",
    "test", "prototype", "run", "call", "plan", "map", "print", "distribute", "configure",
    "schedule", "exhibit", "exhibit at", "translate", "film", "post", "inspect", "check",
    "clean", "purchase", "buy", "survey", "prospect", "canvass", "reach out to",
    "follow up with", "knock on", "equip", "code",
)
ACTIVITY_VERBS = ACTIVITY_FR + ACTIVITY_EN

# Verbs that read as a wish without a figure, but as an outcome with one
# ("Optimiser les processus" is vague; "Optimiser le taux de conversion de 2 % à 3 %" is fine).
SOFT_FR = (
    "optimiser", "améliorer", "développer", "renforcer", "accélérer", "maximiser", "minimiser",
    "moderniser", "digitaliser", "automatiser", "fiabiliser", "sécuriser", "simplifier",
    "harmoniser", "rationaliser", "fluidifier", "booster", "dynamiser", "valoriser",
)
SOFT_EN = (
    "optimise", "optimize", "improve", "develop", "enhance", "strengthen", "accelerate",
    "maximise", "maximize", "minimise", "minimize", "modernise", "modernize", "digitise",
    "digitize", "automate", "streamline", "simplify", "boost", "secure", "consolidate",
)
SOFT_VERBS = SOFT_FR + SOFT_EN

# Completion: done or not done. A milestone only when no figure measures it.
MILESTONE_FR = (
    "terminer", "finir", "achever", "finaliser", "compléter", "boucler", "livrer",
    "mettre en production", "mettre en service", "passer en production", "obtenir", "signer",
    "décrocher", "clôturer", "valider", "faire certifier", "réussir", "ouvrir",
)
MILESTONE_EN = (
    "finish", "complete", "finalise", "finalize", "deliver", "ship", "go live", "obtain",
    "get", "sign", "wrap up", "achieve", "pass", "open", "close out", "be certified",
)
MILESTONE_VERBS = MILESTONE_FR + MILESTONE_EN

# Completion verbs that, followed by a bare count, count deliverables ("Ship 3 features").
OUTPUT_VERBS = frozenset({
    "terminer", "finir", "achever", "finaliser", "compléter", "livrer", "mettre en production",
    "ouvrir", "finish", "complete", "finalise", "finalize", "deliver", "ship", "go live", "open",
})

# Words that say "it is done" anywhere in the sentence ("Le nouvel entrepôt est opérationnel").
MILESTONE_STATES = (
    "opérationnel", "opérationnelle", "opérationnels", "en production", "en service",
    "terminé", "terminée", "terminés", "achevé", "achevée", "finalisé", "finalisée", "livré",
    "livrée", "signé", "signée", "certifié", "certifiée", "en place", "lancé", "lancée",
    "déployé", "déployée", "bouclé", "bouclée", "validé", "validée",
    "operational", "live", "in production", "done", "completed", "complete", "finished",
    "delivered", "shipped", "signed", "certified", "in place", "launched", "deployed",
    "rolled out", "up and running",
)

# Vague on their own: no figure says how much, or how good (issue: "améliorer", "be the best").
VAGUE_WORDS = (
    "être le meilleur", "être la meilleure", "être les meilleurs", "devenir le leader",
    "devenir la référence", "devenir leader", "be the best", "become the leader",
    "become the market leader", "become a leader", "world-class", "world class",
    "de classe mondiale", "best-in-class", "best in class", "n°1", "numéro un", "numéro 1",
    "number one", "#1", "no. 1", "devenir n°1", "devenir numéro un", "être n°1",
    "become the #1", "become number one", "be number one", "be the #1",
    "améliorer", "optimiser", "renforcer", "développer", "accroître", "augmenter", "réduire",
    "diminuer", "baisser", "maximiser", "minimiser", "booster", "accélérer", "mieux",
    "meilleur", "meilleure", "meilleurs", "meilleures", "leader", "excellence", "davantage",
    "significativement", "fortement", "nettement", "sensiblement",
    "improve", "optimise", "optimize", "enhance", "strengthen", "increase", "reduce",
    "decrease", "grow", "boost", "maximise", "maximize", "minimise", "minimize", "accelerate",
    "better", "best", "excellent", "significantly", "substantially", "greatly", "more",
    "fewer", "less", "develop",
)

# The word after an opening noun or gerund that makes it a metric, not an activity:
# "Training completion rate", "Recrutement : délai moyen", "Test coverage".
METRIC_HEADS = frozenset(
    "rate rates time times cost costs coverage completion score scores satisfaction lead "
    "cycle conversion spend volume share ratio index quality speed throughput success "
    "abandon abandonment accuracy efficiency adherence budget nps csat response reply retention "
    "fulfilment fulfillment open click return uptime taux délai délais coût coûts "
    "couverture qualité part indice vitesse efficacité réussite budget durée".split()
)

# --- Direction ------------------------------------------------------------------------------

INCREASE_FR = (
    "augmenter", "accroître", "accroitre", "hausser", "relever", "faire progresser",
    "progresser", "faire croître", "croître", "gagner", "booster", "développer", "améliorer",
    "multiplier", "doubler", "tripler", "quadrupler", "élargir", "étendre", "allonger",
    "rallonger", "faire grimper", "faire monter", "grimper", "monter", "prendre", "gonfler",
)
INCREASE_EN = (
    "increase", "raise", "grow", "lift", "boost", "expand", "improve", "gain", "add", "double",
    "triple", "quadruple", "push", "drive up", "step up", "scale", "multiply", "lengthen",
    "extend", "prolong", "widen", "climb", "take up", "bump up", "augment",
)
INCREASE_VERBS = INCREASE_FR + INCREASE_EN
DECREASE_FR = (
    "réduire", "baisser", "faire baisser", "diminuer", "abaisser", "limiter", "diviser",
    "raccourcir", "éliminer", "supprimer", "contenir", "minimiser", "résorber",
    "faire reculer", "reculer", "faire chuter", "alléger", "écourter", "comprimer",
)
DECREASE_EN = (
    "reduce", "cut", "lower", "decrease", "shorten", "halve", "bring down", "minimise",
    "minimize", "drop", "shrink", "trim", "eliminate", "slash", "curb", "divide", "bring down",
    "push down", "drive down", "knock down", "compress", "diminish",
)
DECREASE_VERBS = DECREASE_FR + DECREASE_EN
# Set a value without saying which way: the numbers decide.
SETTING_FR = (
    "passer", "faire passer", "porter", "atteindre", "obtenir", "arriver à", "parvenir à",
    "générer", "réaliser", "vendre", "acquérir", "conquérir", "convertir", "enregistrer",
    "collecter", "lever", "ramener", "faire en sorte que", "faire en sorte qu'",
    "faire revenir", "faire souscrire", "faire adhérer",
    "faire signer", "faire venir", "faire acheter", "faire utiliser", "convaincre",
    "fidéliser", "réactiver", "reconquérir", "récupérer", "recouvrer", "placer", "insérer",
    "retenir", "séduire", "attirer", "recueillir", "encaisser",
)
SETTING_EN = (
    "move", "go", "get", "reach", "hit", "achieve", "bring", "take", "attain", "generate",
    "sell", "acquire", "win", "convert", "record", "collect", "book", "close", "persuade",
    "convince", "land", "place", "recover", "win back", "bring back", "reactivate", "retain",
    "re-engage", "re-activate", "attract", "recapture", "earn",
)
SETTING_VERBS = SETTING_FR + SETTING_EN
# Hold a level: a threshold.
HOLDING_FR = (
    "maintenir", "garder", "conserver", "rester", "tenir", "préserver",
)
HOLDING_EN = (
    "keep", "maintain", "hold", "stay", "remain", "sustain", "preserve",
)
HOLDING_VERBS = HOLDING_FR + HOLDING_EN

# Nouns of a change: "une hausse de 10 %", "Increase of 10% in sales", "Baisse du NPS de 30
# à 45" (which contradicts itself). Opening a sentence they say its direction as a verb would;
# the neutral ones ("amélioration", "improvement") say none.
INCREASE_NOUNS = ("hausse", "augmentation", "croissance", "progression", "increase", "growth",
                  "rise", "uplift")
DECREASE_NOUNS = ("baisse", "réduction", "diminution", "recul", "chute", "decline", "fall",
                  "reduction", "decrease", "drop")
NEUTRAL_CHANGE_NOUNS = ("amélioration", "gain", "improvement")
# English ones are verbs too: before a number they name a change only with "of" ("an increase
# of 10%"; "Increase 12-month retention" is the verb).
ENGLISH_CHANGE_NOUNS = frozenset(("increase", "growth", "rise", "uplift", "decline", "fall",
                                  "reduction", "decrease", "drop", "improvement", "gain"))
# Participles after the metric that say a direction: "Churn reduced from 3% to 5%".
PARTICIPLES_UP = ("augmenté", "accru", "relevé", "haussé", "doublé", "triplé", "allongé",
                  "increased", "raised", "grown", "lifted", "boosted", "doubled", "tripled",
                  "lengthened", "extended")
PARTICIPLES_DOWN = ("réduit", "diminué", "baissé", "abaissé", "raccourci", "divisé",
                    "reduced", "decreased", "lowered", "cut", "shortened", "halved",
                    "brought down")

# Metrics where less is better: a bare "atteindre 2 jours" or "maintenir à 2 %" is a ceiling.
LOWER_IS_BETTER = (
    "délai", "delai", "temps", "durée", "time", "lead time", "coût", "cout", "cost", "churn",
    "attrition", "turnover", "erreur", "error", "incident", "accident", "réclamation",
    "complaint", "retour", "return", "rupture", "stock-out", "stockout", "absentéisme",
    "absenteeism", "dso", "backlog", "défaut", "defect", "panne", "outage", "bug", "retard",
    "delay", "latence", "latency", "attente", "wait", "émission", "emission", "co2", "déchet",
    "waste", "heures supplémentaires", "overtime", "litige", "dispute", "breach", "fraude",
    "fraud", "impayé", "désabonnement", "cancellation", "abandon", "escalade", "escalation",
)

# --- Time -----------------------------------------------------------------------------------

MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|janv|févr|fév|avr|juil|déc|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# The word just before a four-digit number that makes it a year ("fin 2026", "the 2027 budget").
YEAR_BEFORE = (
    "en", "in", "ici", "by", "fin", "end", "début", "debut", "mi", "mid", "of", "depuis", "since",
    "année", "annee", "year", "exercice", "fy", "budget", "vs", "vs.", "versus", "than", "the",
    "le", "l", "du", "until", "till", "through", "jusqu'en", "avant", "before",
    "après", "after", "cycle", "plan", "roadmap", "rapport à", "compared to", "compared with",
    "relative to", "against",
    "ici à", "ici fin", "jusqu en",
)
DURATION_UNITS = frozenset(
    {"h", "min", "s", "ms", "jours", "days", "semaines", "weeks", "mois", "months", "ans",
     "years"}
)
SHORT_DURATIONS = frozenset({"h", "min", "s", "ms", "jours", "days"})

# --- Numbers written in words ---------------------------------------------------------------

# "de cinq à huit partenaires", "from twelve weeks to seven", "quarante-cinq", "a dozen".
# Joined by spaces, hyphens, "et" or "and" ("vingt et un", "two hundred and fifty").
NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
    # approximately: "une vingtaine de bénévoles", "a couple of schools"
    "huitaine": 8, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "couple": 2,
}
# "un", "une", "one", "a": a number only inside a run ("vingt et un") or before a multiplier
# ("un millier", "a dozen", "one million"); alone they are articles.
NUMBER_ONE = ("un", "une", "one", "a", "an")
# Multiply what comes before them (at least one): "deux cents", "a thousand", "trois
# douzaines". The first three close a group ("deux mille cinq cents" is 2000 + 500).
NUMBER_MULTIPLIERS = {
    "milliard": 10**9, "milliards": 10**9, "billion": 10**9, "million": 10**6,
    "millions": 10**6, "mille": 1000, "millier": 1000, "milliers": 1000, "thousand": 1000,
    "cent": 100, "cents": 100, "centaine": 100, "centaines": 100, "hundred": 100,
    "douzaine": 12, "douzaines": 12, "dozen": 12, "dizaine": 10, "dizaines": 10,
}
NUMBER_GROUPS = frozenset({"milliard", "milliards", "billion", "million", "millions", "mille",
                           "millier", "milliers", "thousand"})
# "une seule relance", "a single visit": one, after an article only ("le seul canal" is none).
NUMBER_SINGLE = ("seul", "seule", "single")
# "four and a half stars", "half a day", "trois et demi".
NUMBER_HALVES = ("half", "demi", "demie")
# "quatre-vingts" is eighty, not four and twenty.
NUMBER_COMPOUNDS = {"quatre-vingt": 80, "quatre-vingts": 80, "quatre vingt": 80,
                    "quatre vingts": 80}

# --- Language hints ---------------------------------------------------------------------------

FRENCH_HINTS = frozenset(
    "le la les des du de d' un une et à au aux pour sur en par avec dans nos notre est être "
    "d'ici moins plus taux délai chiffre affaires clients augmenter réduire atteindre "
    "maintenir passer porter ramener zéro jours semaines mois heures au-dessus sous entre "
    "chaque nouveaux nouvelles qui que ou fin nombre moyen moyenne équipe équipes ventes "
    "mensuel mensuelle annuel annuelle sans enquête taux collaborateurs salariés coût coûts "
    "délais commandes demandes hebdomadaire trimestriel trimestre actifs premier ans "
    "entreprise marché fournisseurs".split()
)
ENGLISH_HINTS = frozenset(
    "the of to and a an in for by from with our on at per least than increase reduce reach "
    "keep grow cut raise zero days weeks months hours above below under new every each "
    "rate revenue customers users time be all number average team teams sales orders "
    "monthly yearly annual without survey score level employees cost costs growth tickets "
    "leads deals quality data weekly quarterly quarter active first year years share market "
    "suppliers staff".split()
)


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation, longest first so "mettre en place" wins over "mettre"."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _tokens(entries: tuple[str, ...]) -> set[str]:
    return {t for e in entries for t in re.findall(r"[a-zà-ÿœ]+", e)}


_FR_VERBS = ACTIVITY_FR + SOFT_FR + MILESTONE_FR + INCREASE_FR + DECREASE_FR + SETTING_FR
_EN_VERBS = ACTIVITY_EN + SOFT_EN + MILESTONE_EN + INCREASE_EN + DECREASE_EN + SETTING_EN
# Verbs only one of the two languages uses: "Hire 5 developers" has no English stop word.
FRENCH_VERB_WORDS = frozenset(_tokens(_FR_VERBS + HOLDING_FR) - _tokens(_EN_VERBS + HOLDING_EN))
ENGLISH_VERB_WORDS = frozenset(_tokens(_EN_VERBS + HOLDING_EN) - _tokens(_FR_VERBS + HOLDING_FR))


# --- Around a number (read by kr_roles) -----------------------------------------------------

# Said just before a number that is where we stand today: "(aujourd'hui 62 %)", "vs 40".
BASELINE_BEFORE = (
    "aujourd'hui", "actuellement", "actuellement à", "initialement", "point de départ",
    "contre", "au lieu de", "par rapport à", "où nous sommes à", "où nous en sommes à",
    "où l'on est à", "nous sommes à", "qui atteignent", "qui atteint", "qui plafonne à",
    "qui plafonnent à", "qui s'élève à", "qui s'élèvent à", "en partant de", "vs.", "vs",
    "versus", "currently", "currently at", "current", "today", "today's", "now", "baseline",
    "was", "compared with", "compared to", "up from", "down from", "instead of",
    "this year's", "last year's", "we are at", "we're at", "we sit at", "we stand at",
    "sits at", "stands at", "is at", "from the current", "from a current", "starting from",
    "starting at", "on part de", "on part d'", "nous partons de", "nous partons d'",
    "we start from", "we're starting from", "we are starting from", "where we're at today",
    "where we are today", "à partir de", "à partir d'", "against", "sur la base de", "base :",
    "base:", "référence :", "baseline of", "from a base of", "from a baseline of", "on est à",
    "on en est à", "qui est de", "qui est à", "qui sont de", "qui sont à", "qui était de",
    "qui s'établit à", "au nombre de", "réf.", "réf :", "ref.", "which is", "which stands at",
    "auj.", "auj", "we had", "we were at", "on avait", "nous avions", "nous étions à",
    "on était à",
)
# Said just after it, for the same: "62 % aujourd'hui", "40 today".
BASELINE_AFTER = (
    "aujourd'hui", "actuellement", "en ce moment", "actuel", "actuels", "today", "currently",
    "now", "at present",
)
# After a number that opens a clause, what says it is where we stand: "; 9 l'ont déjà fait",
# ", 110 have joined so far".
BASELINE_AFTER_CLAUSE = (
    "déjà", "à ce jour", "jusqu'ici", "pour l'instant", "pour le moment", "so far", "to date",
    "already", "as of today",
)
# A floor said before the number: "au moins 97 %" ("supérieur(e)(s) (ou égal(e)(s)) à" is
# ABOVE_OR_EQUAL below).
AT_LEAST_BEFORE = (
    "au moins", "au minimum", "minimum", "min.", "min", "pas moins de", "plus de",
    "au-dessus de", "au dessus de", "au-delà de", "au-dela de", "dépasser", "franchir",
    "at least", "no less than", "not less than", "more than", "over", "above", "greater than",
    "higher than", "beyond", "upwards of", "at or above", "no fewer than", "not fewer than",
    "no lower than", "exceed", "surpass",
)
# A ceiling said before the number: "moins de 48 h", "no more than 3" (the longest phrase is
# read: "no more than" is a ceiling although it ends in "more than").
AT_MOST_BEFORE = (
    "au plus", "au maximum", "maximum", "max.", "max", "pas plus de", "moins de", "sous",
    "en dessous de", "en-dessous de", "au-dessous de", "jusqu'à", "ne pas dépasser",
    "sans dépasser", "sous les", "en dessous des", "under the", "below the", "at most",
    "no more than", "not more than", "less than", "fewer than",
    "under", "below", "lower than", "at or below", "within", "in under", "no higher than",
    "not higher than", "no greater than", "not exceed", "not to exceed", "never exceed",
    "not exceeding",
)
# The threshold signs, before a number, with no word boundary.
AT_LEAST_SIGNS = ("≥", ">=", ">")
AT_MOST_SIGNS = ("≤", "<=", "<")
# "supérieur à", "supérieures ou égales à"… (regular-expression fragments).
ABOVE_OR_EQUAL = r"supérieure?s?\s+(?:ou\s+égale?s?\s+)?à"
BELOW_OR_EQUAL = r"inférieure?s?\s+(?:ou\s+égale?s?\s+)?à"
# A floor said after the number: "97 % minimum", "500 or more".
AT_LEAST_AFTER = (
    "minimum", "min", "au moins", "au minimum", "ou plus", "et plus", "or more", "or above",
    "and above", "at least",
)
# A ceiling said after the number: "48 h maximum", "3 or fewer".
AT_MOST_AFTER = (
    "maximum", "max", "au plus", "au maximum", "ou moins", "or less", "or fewer", "and below",
    "at most",
)
# After a number, a change upwards rather than a level: "500 clients de plus", "20% more".
CHANGE_UP_AFTER = (
    "de plus", "en plus", "supplémentaire", "supplémentaires", "de hausse", "d'augmentation",
    "de croissance", "more", "higher", "increase", "growth", "uplift", "improvement",
)
# After a number, a change downwards: "2 jours de moins", "30% fewer".
CHANGE_DOWN_AFTER = (
    "de moins", "de baisse", "de réduction", "less", "fewer", "lower", "reduction", "decrease",
    "drop",
)
# After a number, a change over a year: "+12 % sur un an", "8% yoy".
CHANGE_YEARLY_AFTER = ("sur un an", "en glissement annuel", "yoy", "year over year",
                       "year-on-year")
# French changes that may follow the thing counted: "500 clients de plus".
CHANGE_AFTER_NOUN = ("de plus", "de moins", "supplémentaire", "supplémentaires", "en plus")
# Before a number, a starting point: "de 45 € à 60 €", "from 20", "NPS : 30".
START_BEFORE = ("de", "d'", "du", "from", "passer")
# Of those, the ones that may also open a change: "augmenter de 20 %".
CHANGE_OR_START_BEFORE = ("de", "d'")
# Before a number, a change: "increase by 20%".
CHANGE_BEFORE = ("by",)
# Before a number, the target: "à 60 €", "reach 500", "objectif : 45".
TARGET_BEFORE = (
    "à", "jusqu'à", "atteindre", "vers", "cible", "objectif", "obtenir", "to", "up to", "reach",
    "hit", "achieve", "target", "goal", "get",
)
# Between two numbers, what makes them a starting point and a target: "de 30 à 45".
CONNECTORS = ("à", "a", "jusqu'à", "vers", "to")
ARROWS = ("→", "->", "=>", "⟶", "➝")
# Before a duration, what makes it the time frame ("d'ici 90 jours", "over the next 30 days")
# rather than what is measured.
FRAME_BEFORE = (
    "ici", "dans", "en", "sur", "pendant", "durant", "après", "au bout de", "au cours des", "à",
    "within", "in", "over", "for", "after", "at",
)
FRAME_ARTICLES = ("les", "des", "the")
FRAME_NEXT = (
    "prochain", "prochains", "prochaine", "prochaines", "premier", "premiers", "dernier",
    "derniers", "next", "first", "last", "past",
)
# Before a short duration, a condition on what is counted: "livrées en moins de 48 h".
CONDITION_BEFORE = (
    "en moins de", "moins de", "pas plus de", "sous", "en", "dans un délai de", "dans les", "à",
    "in under", "in less than", "less than", "no more than", "within the first", "within",
    "under", "in",
)
# Before a number, a denominator: "2 incidents pour 1 000 commandes", "per 100 users".
PER_BEFORE = ("pour", "par", "chaque", "tous les", "toutes les", "sur", "per", "every", "each",
              "out of")  # also "six jours sur sept"
# Around two numbers, a band: "entre 20 et 25 %", "between 20 and 25%".
BAND_BEFORE = ("entre", "between")
BAND_AND = ("et", "and")


# --- Removed with a number or a date (read by kr_metric) -------------------------------------

# Words that introduce a number, left out of the metric with it: "passer le NPS de 30".
NUMBER_MARKERS = (
    "de", "d'", "du", "from", "à", "to", "by", "au moins", "au minimum", "at least", "plus de",
    "more than", "over", "above", "au-dessus de", "au dessus de", "au-delà de", "greater than",
    "higher than", "at or above", "at or below", "au plus", "au maximum", "at most",
    "no more than", "no less than", "pas plus de", "pas moins de", "not less than",
    "not more than", "no higher than", "not higher than", "no greater than", "no fewer than",
    "no lower than", "ne pas dépasser", "sans dépasser", "not to exceed", "not exceed",
    "never exceed", "dépasser", "exceed", "moins de", "less than", "fewer than", "under",
    "below", "sous", "sous les", "en dessous de", "en dessous des", "under the", "below the",
    "au-dessous de", "lower than", "within", "jusqu'à",
    "up to", "atteindre", "reach", "hit", "achieve", "of", "at", "cible", "target", "objectif",
    "goal", "aujourd'hui", "actuellement", "currently", "today", "contre", "vs.", "vs",
    "versus", "baseline", "environ", "about", "around", "approximately", "près de", "nearly",
    "almost", "presque", "entre", "between", "et", "and",
)
# Signs that introduce a number, likewise: "NPS ≥ 40", "délai : 3 jours".
NUMBER_MARKER_SIGNS = ("≥", ">=", ">", "≤", "<=", "<", "~", "≈", ":", "→", "->", "=>")
# Words after a number, left out of the metric with it (a "+" too): "97 % minimum".
NUMBER_MARKERS_AFTER = (
    "minimum", "min", "maximum", "max", "au moins", "au plus", "ou plus", "ou moins", "or more",
    "or less", "or fewer", "at least", "at most", "aujourd'hui", "actuellement", "today",
    "currently", "de plus", "de moins", "en plus", "supplémentaire", "supplémentaires", "yoy",
    "year over year", "year-on-year",
)
# Words that introduce a date, left out of the metric with it: "d'ici fin juin".
DATE_MARKERS = (
    "d'ici", "by", "before", "avant", "until", "jusqu'à", "jusqu'en", "en", "in", "au", "à",
    "at", "the", "le", "la", "fin", "end", "of", "début", "mi-", "mi", "mid-", "mid", "for",
    "pour", "de", "du", "vs.", "vs", "versus", "par rapport à", "compared to", "compared with",
    "this", "cette", "cet", "ce",
)
