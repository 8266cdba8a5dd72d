"""What the facilitator of the end-to-end test types, in English and in French."""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.domain.model import Language


@dataclass(frozen=True)
class Script:
    """What the facilitator types, in the workshop's language."""

    language: Language
    language_name: str  # as the new-workshop dialog lists it (in English; the window translates)
    title: str
    organisation: str
    cycle: str
    facilitator: str
    teams: tuple[tuple[str, str], ...]  # name, department as typed
    people: tuple[str, ...]
    vision: str
    strategic: tuple[tuple[str, str], ...]  # title, why
    first_team: tuple[str, ...]  # four candidates: serve 1st, 2nd, 1st, 2nd strategic objective
    second_team: tuple[str, ...]  # four candidates, the last one not aligned
    reason: str
    kr: str
    owner: str
    source: str
    activity: str
    we_will: str
    activity_words: str
    strict_words: str  # how the rule's refusal begins


ENGLISH = Script(
    language=Language.ENGLISH,
    language_name="English",
    title="Northwind OKR workshop — Q3 2027",
    organisation="Northwind Coffee Roasters",
    cycle="Q3 2027",
    facilitator="Dana Whitfield",
    teams=(("Online Shop", "Digital"), ("Roastery", "Operations"), ("Coffee Bars", "Hospitality")),
    people=("Amira Haddad", "Ben O’Connor", "Chloe Martin", "Dev Patel"),
    vision="Be the roaster our neighbours are proud of, by 2029 ☕",
    strategic=(
        ("Grow loyal customers", "Repeat customers fund everything else we want to do."),
        ("Make every café profitable", "Two of our five cafés lose money: that cannot last!"),
    ),
    first_team=(
        "Make buying again a one-click habit",
        "Cut the cost of every online order",
        "Turn first-time buyers into regulars",
        "Sell our beans to nearby offices",
    ),
    second_team=(
        "Roast to order within two days",
        "Waste less green coffee",
        "Supply every café from one roast plan",
        "Repaint the roastery",
    ),
    reason="The health inspector asked for it in May",
    kr="Increase the repeat purchase rate from 22% to 30%",
    owner="Amira Haddad",
    source="Shop analytics dashboard",
    activity="Launch the new website",
    we_will="We will",
    activity_words="describes an activity, not an outcome",
    strict_words="The common rule is strict: “Online Shop” has already reached its limit",
)

FRENCH = Script(
    language=Language.FRENCH,
    language_name="French",
    title="Atelier OKR « Cap 2027 » — été",
    organisation="Brûlerie Lefèvre & Fils",
    cycle="T3 2027",
    facilitator="Noémie Faure",
    teams=(
        ("Boutique en ligne", "Numérique"),
        ("Torréfaction", "Production"),
        ("Cafés & comptoirs", "Restauration"),
    ),
    people=("Zoé Lefèvre 🌻", "Noël Dubois", "Ève Martin-Garçon", "Jérôme N’Diaye"),
    vision="Être « la » brûlerie dont nos voisins sont fiers, d’ici 2029 ☕",
    strategic=(
        ("Fidéliser nos clients", "Un client fidèle finance tout le reste : c’est vital !"),
        ("Rendre chaque café rentable", "Deux cafés sur cinq perdent de l’argent ; ça suffit."),
    ),
    first_team=(
        "Faire du réachat un réflexe en un clic",
        "Réduire le coût de chaque commande en ligne",
        "Transformer les premiers acheteurs en habitués",
        "Vendre nos grains aux bureaux du quartier",
    ),
    second_team=(
        "Torréfier à la commande en deux jours",
        "Gaspiller moins de café vert",
        "Approvisionner chaque café depuis un seul plan",
        "Repeindre l’atelier de torréfaction",
    ),
    reason="L’inspection sanitaire l’a demandé : « avant l’été »",
    kr="Porter le taux de réachat de 22 % à 30 %",
    owner="Zoé Lefèvre 🌻",
    source="Tableau de bord « boutique »",
    activity="Lancer le nouveau site",
    we_will="Nous allons",
    activity_words="décrit une activité, pas un résultat",
    strict_words="La règle commune est stricte\u00a0: «\u00a0Boutique en ligne\u00a0» a déjà",
)
