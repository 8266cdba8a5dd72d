<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsBox</name>
    <message>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <source>What will be done; Enter adds it</source>
        <translation>Ce qui sera fait&#xa0;; Entrée l’ajoute</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Échéanc&amp;e</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Fai&amp;t</translation>
    </message>
    <message>
        <source>New a&amp;ction:</source>
        <translation>Nou&amp;velle action&#xa0;:</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Action te&amp;xt:</source>
        <translation>Te&amp;xte de l’action&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Resp&amp;onsable&#xa0;:</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message>
        <source>An action needs some text: delete it instead.</source>
        <translation>Une action a besoin d’un texte&#xa0;: supprimez-la plutôt.</translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>1 kept objective</source>
        <translation>1 objectif retenu</translation>
    </message>
    <message>
        <source>%1 kept objectives</source>
        <translation>%1 objectifs retenus</translation>
    </message>
    <message>
        <source>%1
Metric: %2</source>
        <translation>%1
Indicateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>No reason given yet</source>
        <translation>Raison pas encore donnée</translation>
    </message>
    <message>
        <source>Link it to the strategic objective it serves, or write down why it serves none (Contributions step).</source>
        <translation>Reliez-le à l’objectif stratégique qu’il sert, ou notez pourquoi il n’en sert aucun (étape Contributions).</translation>
    </message>
    <message>
        <source>%1
Why: %2</source>
        <translation>%1
Pourquoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>One candidate serving it is still to be kept or parked (Focus step).</source>
        <translation>Un candidat qui le sert attend encore d’être retenu ou mis au parking (étape Focus).</translation>
    </message>
    <message>
        <source>%1 candidates serving it are still to be kept or parked (Focus step).</source>
        <translation>%1 candidats qui le servent attendent encore d’être retenus ou mis au parking (étape Focus).</translation>
    </message>
    <message>
        <source>No kept objective</source>
        <translation>Aucun objectif retenu</translation>
    </message>
    <message>
        <source>Not aligned with a strategic objective</source>
        <translation>Non relié à un objectif stratégique</translation>
    </message>
    <message>
        <source>Kept objectives that serve no strategic objective, with the team&apos;s reason.</source>
        <translation>Objectifs retenus qui ne servent aucun objectif stratégique, avec la raison donnée par l’équipe.</translation>
    </message>
    <message>
        <source>Strategic objective, objective or key result</source>
        <translation>Objectif stratégique, objectif ou résultat clé</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Départ → cible</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>AudienceControl</name>
    <message>
        <source>&amp;Audience view</source>
        <translation>&amp;Vue de la salle</translation>
    </message>
    <message>
        <source>Show the room this step, large, on the projector (F5). Esc there, or F5 again, closes it.</source>
        <translation>Montre cette étape à la salle, en grand, sur le projecteur (F5). Échap sur cette vue, ou F5 à nouveau, la ferme.</translation>
    </message>
    <message>
        <source>Show to the room on t&amp;his screen</source>
        <translation>Montrer à la salle sur &amp;cet écran</translation>
    </message>
    <message>
        <source>The audience view fills this screen, in place of the console, until Esc (Shift+F5).</source>
        <translation>La vue de la salle remplit cet écran, à la place de la console, jusqu’à Échap (Maj+F5).</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <source>Black out the audience view, and bring it back (B, or Ctrl+Shift+B).</source>
        <translation>Passe la vue de la salle au noir, puis la rallume (B, ou Ctrl+Maj+B).</translation>
    </message>
    <message>
        <source>&amp;Swap screens</source>
        <translation>&amp;Échanger les écrans</translation>
    </message>
    <message>
        <source>The console and the audience view change screens (S, or Ctrl+Shift+F5).</source>
        <translation>La console et la vue de la salle échangent leurs écrans (S, ou Ctrl+Maj+F5).</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <source>The next team, strategic objective or key result on the audience view (N, or Ctrl+Shift+PgDown).</source>
        <translation>L’équipe, l’objectif stratégique ou le résultat clé suivant sur la vue de la salle (N, ou Ctrl+Maj+Pg suiv).</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <source>The previous one on the audience view (P, or Ctrl+Shift+PgUp).</source>
        <translation>Le précédent sur la vue de la salle (P, ou Ctrl+Maj+Pg préc).</translation>
    </message>
    <message>
        <source>Audience &amp;screen</source>
        <translation>Écran de la sa&amp;lle</translation>
    </message>
    <message>
        <source>The screen the audience view goes to; remembered.</source>
        <translation>L’écran où s’affiche la vue de la salle&#xa0;; retenu pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Automatic: a screen other than the console’s</source>
        <translation>Automatique&#xa0;: un autre écran que celui de la console</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Écran %1</translation>
    </message>
</context>
<context>
    <name>AudienceKeys</name>
    <message>
        <source>Audience view: black screen, or back</source>
        <translation>Vue de la salle&#xa0;: écran noir, ou retour</translation>
    </message>
    <message>
        <source>Audience view: full screen, or a window</source>
        <translation>Vue de la salle&#xa0;: plein écran, ou en fenêtre</translation>
    </message>
    <message>
        <source>Audience view: swap screens</source>
        <translation>Vue de la salle&#xa0;: échanger les écrans</translation>
    </message>
    <message>
        <source>Audience view: next item (→ in the audience view)</source>
        <translation>Vue de la salle&#xa0;: élément suivant (→ sur la vue de la salle)</translation>
    </message>
    <message>
        <source>Audience view: previous item (← in the audience view)</source>
        <translation>Vue de la salle&#xa0;: élément précédent (← sur la vue de la salle)</translation>
    </message>
    <message>
        <source>Audience view: leave (in the audience view)</source>
        <translation>Vue de la salle&#xa0;: quitter (sur la vue de la salle)</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view — %1</source>
        <translation>Vue de la salle — %1</translation>
    </message>
</context>
<context>
    <name>BallotBooth</name>
    <message>
        <source>End the ballot (coach)</source>
        <translation>Clore le scrutin (animation)</translation>
    </message>
    <message>
        <source>Back to the console: the round stays open until you reveal it.</source>
        <translation>Retour à la console&#xa0;: le tour reste ouvert jusqu’à ce que vous dévoiliez les votes.</translation>
    </message>
</context>
<context>
    <name>BallotView</name>
    <message>
        <source>Cast my vote</source>
        <translation>Je vote</translation>
    </message>
    <message>
        <source>Not me: back to the names</source>
        <translation>Ce n’est pas moi&#xa0;: retour aux noms</translation>
    </message>
    <message>
        <source>Cast my vote (Enter)</source>
        <translation>Je vote (Entrée)</translation>
    </message>
    <message>
        <source>Back to the names without voting (Esc)</source>
        <translation>Retour aux noms sans voter (Échap)</translation>
    </message>
    <message>
        <source>Back to the names without voting</source>
        <translation>Retour aux noms sans voter</translation>
    </message>
    <message>
        <source>%1, spend your dots</source>
        <translation>%1, répartissez vos gommettes</translation>
    </message>
    <message>
        <source>One dot less on “%1”</source>
        <translation>Une gommette de moins sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>One dot more on “%1”</source>
        <translation>Une gommette de plus sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 dot left of %2 (at most %3 on one objective)</source>
        <translation>%1 gommette restante sur %2 (au plus %3 sur un même objectif)</translation>
    </message>
    <message>
        <source>%1 dots left of %2 (at most %3 on one objective)</source>
        <translation>%1 gommettes restantes sur %2 (au plus %3 sur un même objectif)</translation>
    </message>
</context>
<context>
    <name>CarryOverModel</name>
    <message>
        <source>Kept</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Au parking</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Tick its objective first: a key result travels with its objective.</source>
        <translation>Cochez d’abord son objectif&#xa0;: un résultat clé suit toujours son objectif.</translation>
    </message>
    <message>
        <source>No objectives yet</source>
        <translation>Pas encore d’objectif</translation>
    </message>
    <message>
        <source>%1 of 1 objective carried over</source>
        <translation>%1 objectif repris sur 1</translation>
    </message>
    <message>
        <source>%1 of %2 objectives carried over</source>
        <translation>%1 objectifs repris sur %2</translation>
    </message>
    <message>
        <source>Baseline ← last value %1 (check-in of %2)</source>
        <translation>Référence ← dernière valeur %1 (point d’étape du %2)</translation>
    </message>
    <message>
        <source>Team, objective or key result</source>
        <translation>Équipe, objectif ou résultat clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>A value</source>
        <translation>Une valeur</translation>
    </message>
    <message>
        <source>A change in %</source>
        <translation>Une évolution en&#xa0;%</translation>
    </message>
    <message>
        <source>A change in units</source>
        <translation>Une évolution en unités</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>ampleur</translation>
    </message>
</context>
<context>
    <name>CheckInEditors</name>
    <message>
        <source>Confidence, 0 to 10</source>
        <translation>Confiance, de 0 à 10</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
</context>
<context>
    <name>CheckInExport</name>
    <message>
        <source>Export the check-ins</source>
        <translation>Exporter les points d’étape</translation>
    </message>
    <message>
        <source>%1 – check-ins.csv</source>
        <translation>%1 – points d’étape.csv</translation>
    </message>
    <message>
        <source>Check-in files (*.csv)</source>
        <translation>Fichiers de points d’étape (*.csv)</translation>
    </message>
    <message>
        <source>Check-ins not exported: %1</source>
        <translation>Points d’étape non exportés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check-ins exported to “%1”: a spreadsheet opens the file, and Import reads it back.</source>
        <translation>Points d’étape exportés dans «&#xa0;%1&#xa0;»&#xa0;: un tableur l’ouvre, et l’import des points d’étape le relit.</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date.</translation>
    </message>
</context>
<context>
    <name>CheckInImport</name>
    <message>
        <source>Import check-ins</source>
        <translation>Importer des points d’étape</translation>
    </message>
    <message>
        <source>Check-in files (*.csv);;All files (*)</source>
        <translation>Fichiers de points d’étape (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing to import: every line of this file is already in the workshop.</source>
        <translation>Rien à importer&#xa0;: chaque ligne de ce fichier est déjà dans l’atelier.</translation>
    </message>
</context>
<context>
    <name>CheckInImportDialog</name>
    <message>
        <source>Import check-ins</source>
        <translation>Importer des points d’étape</translation>
    </message>
    <message>
        <source>“%1” — check-ins to add: %2, to key results: %3.</source>
        <translation>«&#xa0;%1&#xa0;» — points d’étape à ajouter&#xa0;: %2, à des résultats clés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Lines already in the workshop, left out: %1.</source>
        <translation>Lignes déjà dans l’atelier, laissées de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Add these check-ins</source>
        <translation>&amp;Ajouter ces points d’étape</translation>
    </message>
</context>
<context>
    <name>CheckInReasons</name>
    <message>
        <source>“%1” is not a number: type the value measured, for example 42 or 3.5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: tapez la valeur mesurée, par exemple 42 ou 3,5.</translation>
    </message>
    <message>
        <source>Type the value measured (a number).</source>
        <translation>Tapez la valeur mesurée (un nombre).</translation>
    </message>
    <message>
        <source>“%1” is too large: a value lies between -%2 and %2.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand&#xa0;: une valeur est comprise entre -%2 et %2.</translation>
    </message>
    <message>
        <source>Confidence runs from 0 to 10: %1 is refused.</source>
        <translation>La confiance va de 0 à 10&#xa0;: %1 est refusé.</translation>
    </message>
    <message>
        <source>%1 is outside the cycle, which runs from %2 to %3.</source>
        <translation>Le %1 est hors du cycle, qui va du %2 au %3.</translation>
    </message>
</context>
<context>
    <name>CheckInRoundModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Last conf.</source>
        <translation>Dern. conf.</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>The last check-in before this round</source>
        <translation>Le dernier point d’étape avant ce tour</translation>
    </message>
    <message>
        <source>The last confidence, 0 to 10</source>
        <translation>La dernière confiance, de 0 à 10</translation>
    </message>
    <message>
        <source>Type the value measured today (the last one is preset); for a milestone, done or not yet</source>
        <translation>Tapez la valeur mesurée aujourd’hui (la dernière est proposée)&#xa0;; pour un jalon, fait ou pas encore</translation>
    </message>
    <message>
        <source>How sure the team is to reach the target, 0 to 10: 0–3 off track, 4–7 at risk, 8–10 on track</source>
        <translation>À quel point l’équipe est sûre d’atteindre la cible, de 0 à 10&#xa0;: 0–3 hors trajectoire, 4–7 à risque, 8–10 en bonne voie</translation>
    </message>
    <message>
        <source>What changed since the last check-in</source>
        <translation>Ce qui a changé depuis le dernier point d’étape</translation>
    </message>
    <message>
        <source>What the team does next</source>
        <translation>Ce que l’équipe fait ensuite</translation>
    </message>
    <message>
        <source>Who gives this check-in</source>
        <translation>Qui donne ce point d’étape</translation>
    </message>
    <message>
        <source>Checked in this round</source>
        <translation>Point d’étape fait pendant ce tour</translation>
    </message>
</context>
<context>
    <name>CheckInRoundTab</name>
    <message>
        <source>&amp;Lowest confidence first</source>
        <translation>Confiance la plus &amp;basse d’abord</translation>
    </message>
    <message>
        <source>I&amp;mport check-ins…</source>
        <translation>Importer des poi&amp;nts d’étape…</translation>
    </message>
    <message>
        <source>E&amp;xport check-ins…</source>
        <translation>E&amp;xporter les points d’étape…</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Round &amp;date:</source>
        <translation>Date du to&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Key results of the ro&amp;und — type the value, Tab, the confidence, Tab, what changed, Enter:</source>
        <translation>Résultats clés du &amp;tour — tapez la valeur, Tab, la confiance, Tab, ce qui a changé, Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;heck-ins</source>
        <translation>&amp;Points d’étape</translation>
    </message>
    <message>
        <source>(cycle: %1 – %2)</source>
        <translation>(cycle&#xa0;: %1 – %2)</translation>
    </message>
    <message>
        <source>(the cycle has no dates: any day is accepted)</source>
        <translation>(le cycle n’a pas de dates&#xa0;: tout jour est accepté)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Type the value measured before Enter.</source>
        <translation>Tapez la valeur mesurée avant Entrée.</translation>
    </message>
</context>
<context>
    <name>ClosingForm</name>
    <message>
        <source>Co&amp;mmitment:</source>
        <translation>En&amp;gagement&#xa0;:</translation>
    </message>
    <message>
        <source>Closing the objective</source>
        <translation>Clôture de l’objectif</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Iss&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>What we &amp;learned:</source>
        <translation>Ce que nous avons appri&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decisions and next steps:</source>
        <translation>Décisions et prochaines é&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>Gr&amp;ades of the key results:</source>
        <translation>&amp;Notes des résultats clés&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a kept objective to grade and close it.</source>
        <translation>Choisissez un objectif retenu pour le noter et le clore.</translation>
    </message>
    <message>
        <source>Not closed yet (the grade says: %1)</source>
        <translation>Pas encore clos (d’après la note&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Objective grade: %1</source>
        <translation>Note de l’objectif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objectives kept:</source>
        <translation>O&amp;bjectifs retenus&#xa0;:</translation>
    </message>
    <message>
        <source>Clos&amp;ing</source>
        <translation>&amp;Clôture</translation>
    </message>
    <message>
        <source>No team yet: add the teams in Setup.</source>
        <translation>Pas encore d’équipe&#xa0;: ajoutez les équipes à l’étape Préparation.</translation>
    </message>
    <message>
        <source>This team kept no objective in the Focus step: nothing to grade.</source>
        <translation>Cette équipe n’a retenu aucun objectif à l’étape Focus&#xa0;: rien à noter.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Deux versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Your version and %1’s (revision %2, from the computer %3) differ, and neither was written from the other. Nothing has been overwritten. Compare them, then choose which one to keep.</source>
        <translation>Votre version et celle de %1 (révision %2, depuis l’ordinateur %3) diffèrent, et aucune n’a été écrite à partir de l’autre. Rien n’a été écrasé. Comparez-les, puis choisissez celle à garder.</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>%1’s version</source>
        <translation>Version de %1</translation>
    </message>
    <message>
        <source>The two versions hold the same things: keep either.</source>
        <translation>Les deux versions contiennent la même chose&#xa0;: gardez l’une ou l’autre.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Publish your version to the team folder; %1’s differences are dropped</source>
        <translation>Publier votre version dans le dossier d’équipe&#xa0;; les différences de %1 sont abandonnées</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder celle de l’&amp;autre</translation>
    </message>
    <message>
        <source>Take %1’s version here; your differences are dropped</source>
        <translation>Prendre ici la version de %1&#xa0;; vos différences sont abandonnées</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>Take %1’s version here and keep yours beside it as another workshop</source>
        <translation>Prendre ici la version de %1 et garder la vôtre à côté, comme un autre atelier</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <source>Change nothing now (Esc)</source>
        <translation>Ne rien changer pour l’instant (Échap)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Your version will become the next revision in the team folder. The differences in %1’s version listed here will be dropped, on every laptop once the folder syncs.</source>
        <translation>Votre version deviendra la prochaine révision dans le dossier d’équipe. Les différences de la version de %1 listées ici seront abandonnées, sur chaque ordinateur une fois le dossier synchronisé.</translation>
    </message>
    <message>
        <source>%1’s version will replace yours in this library. Your differences listed here will be dropped; to keep them too, choose Keep both.</source>
        <translation>La version de %1 remplacera la vôtre dans cette bibliothèque. Vos différences listées ici seront abandonnées&#xa0;; pour les garder aussi, choisissez «&#xa0;Garder les deux&#xa0;».</translation>
    </message>
    <message>
        <source>%1’s version will become the shared one in this library, and yours will be kept beside it as another workshop, not shared, titled “%2”.</source>
        <translation>La version de %1 deviendra la version partagée dans cette bibliothèque, et la vôtre sera gardée à côté comme un autre atelier, non partagé, intitulé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Keep your version?</source>
        <translation>Garder votre version&#xa0;?</translation>
    </message>
    <message>
        <source>Keep %1’s version?</source>
        <translation>Garder la version de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Keep both versions?</source>
        <translation>Garder les deux versions&#xa0;?</translation>
    </message>
    <message>
        <source>Kept your version: published as revision %1</source>
        <translation>Votre version est gardée&#xa0;: publiée en révision %1</translation>
    </message>
    <message>
        <source>Kept %1’s version (revision %2)</source>
        <translation>La version de %1 est gardée (révision %2)</translation>
    </message>
    <message>
        <source>Kept both: yours is in the library as “%1”</source>
        <translation>Les deux sont gardées&#xa0;: la vôtre est dans la bibliothèque sous le titre «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>Not aligned…</source>
        <translation>Non relié…</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— personne —</translation>
    </message>
    <message>
        <source>Why not aligned</source>
        <translation>Pourquoi non relié</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>Ambitieux</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Au parking</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Non relié</translation>
    </message>
    <message>
        <source>⚠ Reason needed</source>
        <translation>⚠ Raison à donner</translation>
    </message>
    <message>
        <source>F2 or a double click edits it. Del deletes it; Alt+Up and Alt+Down reorder.</source>
        <translation>F2 ou un double-clic pour le modifier. Suppr pour le supprimer&#xa0;; Alt+Haut et Alt+Bas pour le déplacer.</translation>
    </message>
    <message>
        <source>Why this matters now, in one sentence.</source>
        <translation>Pourquoi c’est important maintenant, en une phrase.</translation>
    </message>
    <message>
        <source>The strategic objective this contribution serves. When it serves none, choose “Not aligned…” and say why in “%1”.</source>
        <translation>L’objectif stratégique que sert cette contribution. S’il n’en sert aucun, choisissez «&#xa0;Non relié…&#xa0;» et dites pourquoi dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Why the team wants this objective although it serves no strategic objective.</source>
        <translation>Pourquoi l’équipe tient à cet objectif alors qu’il ne sert aucun objectif stratégique.</translation>
    </message>
    <message>
        <source>Only needed when the objective is not aligned.</source>
        <translation>Seulement si l’objectif n’est relié à aucun objectif stratégique.</translation>
    </message>
    <message>
        <source>An objective that serves no strategic objective needs a reason, written down for everyone to read.</source>
        <translation>Un objectif qui ne sert aucun objectif stratégique a besoin d’une raison, écrite pour que tout le monde la lise.</translation>
    </message>
    <message>
        <source>Who proposed it. The team&apos;s members come first in the list.</source>
        <translation>Qui l’a proposé. Les membres de l’équipe sont en tête de liste.</translation>
    </message>
    <message>
        <source>Committed objectives aim for 100%, aspirational ones for about 70%.</source>
        <translation>Un objectif engagé vise 100&#xa0;%, un objectif ambitieux environ 70&#xa0;%.</translation>
    </message>
    <message>
        <source>Objectives are kept or moved to the parking lot in the Focus step.</source>
        <translation>Les objectifs sont retenus ou mis au parking à l’étape Focus.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What the team wants to achieve, in its own words.</source>
        <translation>Ce que l’équipe veut atteindre, avec ses propres mots.</translation>
    </message>
    <message>
        <source>Why this matters now.</source>
        <translation>Pourquoi c’est important maintenant.</translation>
    </message>
    <message>
        <source>The strategic objective this contribution serves.</source>
        <translation>L’objectif stratégique que sert cette contribution.</translation>
    </message>
    <message>
        <source>Who proposed it.</source>
        <translation>Qui l’a proposé.</translation>
    </message>
    <message>
        <source>Committed (aim for 100%) or aspirational (about 70%).</source>
        <translation>Engagé (vise 100&#xa0;%) ou ambitieux (environ 70&#xa0;%).</translation>
    </message>
    <message>
        <source>Candidate, kept or parked: decided in the Focus step.</source>
        <translation>Candidat, retenu ou au parking&#xa0;: décidé à l’étape Focus.</translation>
    </message>
    <message>
        <source>An objective needs a title: the previous title is back.</source>
        <translation>Un objectif a besoin d’un titre&#xa0;: l’ancien est revenu.</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>The team writing its contribution now (Ctrl+1 to Ctrl+9).</source>
        <translation>L’équipe qui écrit sa contribution en ce moment (Ctrl+1 à Ctrl+9).</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>The team&apos;s &amp;objectives</source>
        <translation>&amp;Objectifs de l’équipe</translation>
    </message>
    <message>
        <source>Delete the selected objective (Del). Ctrl+Z brings it back.</source>
        <translation>Supprimer l’objectif sélectionné (Suppr). Ctrl+Z le fait revenir.</translation>
    </message>
    <message>
        <source>Move the selected objective up (Alt+Up).</source>
        <translation>Monter l’objectif sélectionné (Alt+Haut).</translation>
    </message>
    <message>
        <source>Move the selected objective down (Alt+Down).</source>
        <translation>Descendre l’objectif sélectionné (Alt+Bas).</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Team “%1” has no candidate objective yet.</source>
        <translation>L’équipe «&#xa0;%1&#xa0;» n’a pas encore d’objectif candidat.</translation>
    </message>
    <message>
        <source>“%1” serves no strategic objective: choose the one it serves, or fill in “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne sert aucun objectif stratégique&#xa0;: choisissez celui qu’il sert, ou remplissez «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ContributionsScene</name>
    <message>
        <source>No team yet</source>
        <translation>Pas encore d’équipe</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <comment>one</comment>
        <translation>+%1 autre</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <comment>many</comment>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1 objectif</translation>
    </message>
    <message>
        <source>No candidate objective yet: what will this team contribute?</source>
        <translation>Pas encore d’objectif candidat&#xa0;: quelle sera la contribution de cette équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Sert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not aligned: %1</source>
        <translation>Non relié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Non relié</translation>
    </message>
</context>
<context>
    <name>CoverageModels</name>
    <message>
        <source>%1 counts as a product, digital or IT department.</source>
        <translation>%1 compte comme une direction produit, digital ou informatique.</translation>
    </message>
    <message>
        <source>%1 is a department beyond product and IT.</source>
        <translation>%1 est une direction au-delà du produit et de l’informatique.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Kept objectives</source>
        <translation>Objectifs retenus</translation>
    </message>
    <message>
        <source>(an objective that no longer exists)</source>
        <translation>(un objectif qui n’existe plus)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Depends on team</source>
        <translation>Dépend de l’équipe</translation>
    </message>
    <message>
        <source>Objective it depends on</source>
        <translation>Objectif dont il dépend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Strategic objectives no kept objective serves</source>
        <translation>Objectifs stratégiques qu’aucun objectif retenu ne sert</translation>
    </message>
    <message>
        <source>Teams without a kept objective</source>
        <translation>Équipes sans objectif retenu</translation>
    </message>
    <message>
        <source>Departments taking part</source>
        <translation>Directions représentées</translation>
    </message>
    <message>
        <source>Dependencies between teams</source>
        <translation>Dépendances entre équipes</translation>
    </message>
    <message>
        <source>Each row: an objective, and the other team&apos;s objective it depends on. Pick one to change or delete it below.</source>
        <translation>Chaque ligne&#xa0;: un objectif, et l’objectif de l’autre équipe dont il dépend. Choisissez-en une pour la modifier ou la supprimer en dessous.</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>Dépe&amp;nd de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Add dependenc&amp;y</source>
        <translation>A&amp;jouter la dépendance</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les changements</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>No strategic objective yet: add them in the Vision step.</source>
        <translation>Pas encore d’objectif stratégique&#xa0;: ajoutez-les à l’étape Vision.</translation>
    </message>
    <message>
        <source>%1 Every strategic objective is served by at least one kept objective.</source>
        <translation>%1 Chaque objectif stratégique est servi par au moins un objectif retenu.</translation>
    </message>
    <message>
        <source>No team yet: add them in the Setup step.</source>
        <translation>Pas encore d’équipe&#xa0;: ajoutez-les à l’étape Préparation.</translation>
    </message>
    <message>
        <source>%1 Every team has kept at least one objective.</source>
        <translation>%1 Chaque équipe a retenu au moins un objectif.</translation>
    </message>
    <message>
        <source>No team has a department yet (Setup step).</source>
        <translation>Aucune équipe n’a encore de direction (étape Préparation).</translation>
    </message>
    <message>
        <source>%1 No department set for team “%2”.</source>
        <translation>%1 Pas de direction pour l’équipe «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 No department set for these teams: %2.</source>
        <translation>%1 Pas de direction pour ces équipes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Dependencies between teams (%1)</source>
        <translation>Dépendances entre équipes (%1)</translation>
    </message>
    <message>
        <source>No dependency between teams is recorded yet: ask each team whom it needs in order to succeed.</source>
        <translation>Aucune dépendance entre équipes pour l’instant&#xa0;: demandez à chaque équipe de qui elle a besoin pour réussir.</translation>
    </message>
    <message>
        <source>One candidate serving it is still to be kept or parked (Focus step).</source>
        <translation>Un candidat qui le sert attend encore d’être retenu ou mis au parking (étape Focus).</translation>
    </message>
    <message>
        <source>%1 candidates serving it are still to be kept or parked (Focus step).</source>
        <translation>%1 candidats qui le servent attendent encore d’être retenus ou mis au parking (étape Focus).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The details are in this log file. Please attach it when you report the problem:</source>
        <translation>Les détails sont dans ce fichier journal. Joignez-le quand vous signalez le problème&#xa0;:</translation>
    </message>
    <message>
        <source>The details could not be written to the log. Here they are, to copy into your report:</source>
        <translation>Les détails n’ont pas pu être écrits dans le journal. Les voici, à copier dans votre signalement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>An unexpected error stopped it while starting. Your workshops are not affected: the library keeps everything saved so far.</source>
        <translation>Une erreur inattendue l’a interrompu au démarrage. Vos ateliers ne sont pas touchés&#xa0;: la bibliothèque garde tout ce qui a été enregistré jusqu’ici.</translation>
    </message>
    <message>
        <source>An unexpected error occurred and %1 carried on. Your work is safe: every change is written to the library as you make it, and typing within a second. Only the action that failed may not have been saved: check it before going on.</source>
        <translation>Une erreur inattendue s’est produite et %1 continue de fonctionner. Votre travail est en sécurité&#xa0;: chaque modification est enregistrée dans la bibliothèque dès que vous la faites, et la saisie en moins d’une seconde. Seule l’action qui a échoué n’a peut-être pas été enregistrée&#xa0;: vérifiez-la avant de poursuivre.</translation>
    </message>
</context>
<context>
    <name>CycleWords</name>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Not closed yet</source>
        <translation>Pas encore clos</translation>
    </message>
    <message>
        <source>Accomplished</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Carried to the next cycle</source>
        <translation>Poursuivi au prochain cycle</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>DamagedWorkshop</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <source>No backup holds a sound copy of it.</source>
        <translation>Aucune sauvegarde n’en contient de copie saine.</translation>
    </message>
    <message>
        <source>Restore this workshop from the backup of {date}? Only this workshop is replaced; the library as it is now is kept beside it first.</source>
        <translation>Restaurer cet atelier depuis la sauvegarde du {date}&#xa0;? Seul cet atelier est remplacé&#xa0;; la bibliothèque telle qu’elle est maintenant est d’abord conservée à côté.</translation>
    </message>
    <message>
        <source>Cannot restore the workshop</source>
        <translation>Impossible de restaurer l’atelier</translation>
    </message>
    <message>
        <source>“{title}” is back as it was in the backup of {date}. The library as it was before is kept as {path}.</source>
        <translation>«&#xa0;{title}&#xa0;» est revenu tel qu’il était dans la sauvegarde du {date}. La bibliothèque telle qu’elle était avant est conservée sous {path}.</translation>
    </message>
    <message>
        <source>Workshop restored</source>
        <translation>Atelier restauré</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>At most %1 behind the expected line, and confidence %2 to 10.</source>
        <translation>Au plus %1 de retard sur la trajectoire attendue, et une confiance de %2 à 10.</translation>
    </message>
    <message>
        <source>Up to %1 behind the line, or confidence %2 to %3.</source>
        <translation>Jusqu’à %1 de retard sur la trajectoire, ou une confiance de %2 à %3.</translation>
    </message>
    <message>
        <source>Further behind the line, a threshold breached, or confidence 0 to %1.</source>
        <translation>Plus en retard, un seuil franchi, ou une confiance de 0 à %1.</translation>
    </message>
    <message>
        <source>No value recorded yet.</source>
        <translation>Aucune valeur notée pour l’instant.</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Aucun point d’étape</translation>
    </message>
    <message>
        <source>Confidence trend</source>
        <translation>Évolution de la confiance</translation>
    </message>
    <message>
        <source>Progress per objective</source>
        <translation>Avancement par objectif</translation>
    </message>
    <message>
        <source>Confidence, mean per week (0-10)</source>
        <translation>Confiance moyenne par semaine (sur 10)</translation>
    </message>
    <message>
        <source>Status of the key results</source>
        <translation>Statut des résultats clés</translation>
    </message>
    <message>
        <source>(untitled objective)</source>
        <translation>(objectif sans titre)</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore mesurable</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type the date as %1, or open the calendar with Alt+Down or F4.</source>
        <translation>Tapez la date sous la forme %1, ou ouvrez le calendrier avec Alt+Bas ou F4.</translation>
    </message>
    <message>
        <source>Open the calendar (Alt+Down or F4)</source>
        <translation>Ouvrir le calendrier (Alt+Bas ou F4)</translation>
    </message>
    <message>
        <source>dd</source>
        <comment>day in a date pattern</comment>
        <translation>jj</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date pattern</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date pattern</comment>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: tapez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>Choose a date between %1 and %2.</source>
        <translation>Choisissez une date entre le %1 et le %2.</translation>
    </message>
</context>
<context>
    <name>DeckOptions</name>
    <message>
        <source>Progress is left out: no key result has a check-in yet.</source>
        <translation>L’avancement est laissé de côté&#xa0;: aucun résultat clé n’a encore de point d’étape.</translation>
    </message>
    <message>
        <source>Your feedback is left out: no participant has given feedback yet.</source>
        <translation>Vos retours sont laissés de côté&#xa0;: aucun participant n’a encore donné son avis.</translation>
    </message>
    <message>
        <source>Who took part is left out: no participant is listed yet.</source>
        <translation>«&#xa0;Qui a participé&#xa0;» est laissé de côté&#xa0;: aucun participant n’est encore inscrit.</translation>
    </message>
    <message>
        <source>This section has nothing to show yet.</source>
        <translation>Cette partie n’a encore rien à montrer.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The deck&apos;s language, whatever the window&apos;s. At first, the workshop&apos;s.</source>
        <translation>La langue de la présentation, quelle que soit celle de la fenêtre. Au départ, celle de l’atelier.</translation>
    </message>
    <message>
        <source>Main &amp;deck only</source>
        <translation>Présentation s&amp;eule, sans annexe</translation>
    </message>
    <message>
        <source>The story told at the all-hands, without the coach&apos;s diagnostics.</source>
        <translation>Le récit présenté à toute l’entreprise, sans les diagnostics du coach.</translation>
    </message>
    <message>
        <source>With &amp;appendix</source>
        <translation>A&amp;vec l’annexe</translation>
    </message>
    <message>
        <source>After the story, behind a divider slide: key-result quality, health, parking lot and undecided objectives.</source>
        <translation>Après le récit, derrière une diapositive de séparation&#xa0;: qualité des résultats clés, santé, parking et objectifs non tranchés.</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Deck &amp;language:</source>
        <translation>Lan&amp;gue de la présentation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeckPreview</name>
    <message>
        <source>Pages of the deck</source>
        <translation>Pages de la présentation</translation>
    </message>
    <message>
        <source>Up and Down, Page Up and Page Down go through the pages.</source>
        <translation>Haut et Bas, Page préc. et Page suiv. pour parcourir les pages.</translation>
    </message>
    <message>
        <source>The chosen page, large</source>
        <translation>La page choisie, en grand</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
</context>
<context>
    <name>DependencyForm</name>
    <message>
        <source>No kept objective yet (Focus step)</source>
        <translation>Pas encore d’objectif retenu (étape Focus)</translation>
    </message>
    <message>
        <source>No kept objective of another team yet</source>
        <translation>Pas encore d’objectif retenu d’une autre équipe</translation>
    </message>
    <message>
        <source>What for: a deliverable, data, a decision…</source>
        <translation>Pour quoi&#xa0;: un livrable, des données, une décision…</translation>
    </message>
    <message>
        <source>Pick the objective that depends and the other team&apos;s objective it needs.</source>
        <translation>Choisissez l’objectif qui dépend et l’objectif de l’autre équipe dont il a besoin.</translation>
    </message>
    <message>
        <source>This dependency is already recorded: pick it in the list to change its note.</source>
        <translation>Cette dépendance est déjà notée&#xa0;: choisissez-la dans la liste pour modifier sa note.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Enter shows this ritual in the list below.</source>
        <translation>Entrée affiche ce rituel dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Check it in on the Check-ins tab (Ctrl+Tab).</source>
        <translation>Faites son point d’étape dans l’onglet Points d’étape (Ctrl+Tab).</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>What is due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Jump to it</source>
        <translation>Aller à la li&amp;gne</translation>
    </message>
    <message>
        <source>Go to the ritual or key result of the selected line (Enter in the list does the same).</source>
        <translation>Aller au rituel ou au résultat clé de la ligne choisie (Entrée dans la liste fait de même).</translation>
    </message>
    <message>
        <source>What is due today, %1</source>
        <translation>À faire aujourd’hui, %1</translation>
    </message>
    <message>
        <source>Nothing is due: the cycle starts on %1.</source>
        <translation>Rien à faire&#xa0;: le cycle commence le %1.</translation>
    </message>
    <message>
        <source>Nothing is due: the cycle ended on %1.</source>
        <translation>Rien à faire&#xa0;: le cycle s’est terminé le %1.</translation>
    </message>
    <message>
        <source>Nothing is due today. Propose the usual rituals below to know when the check-ins and reviews are.</source>
        <translation>Rien à faire aujourd’hui. Proposez les rituels usuels ci-dessous pour savoir quand ont lieu les points d’étape et les revues.</translation>
    </message>
    <message>
        <source>Nothing is due today: every ritual was held and every key result has a recent check-in.</source>
        <translation>Rien à faire aujourd’hui&#xa0;: chaque rituel a eu lieu et chaque résultat clé a un point d’étape récent.</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <source>edit title</source>
        <translation>modifier le titre</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Titre modifié</translation>
    </message>
    <message>
        <source>Change to the title undone</source>
        <translation>Modification du titre annulée</translation>
    </message>
    <message>
        <source>Change to the title redone</source>
        <translation>Modification du titre rétablie</translation>
    </message>
    <message>
        <source>edit organisation</source>
        <translation>modifier l’organisation</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Organisation modifiée</translation>
    </message>
    <message>
        <source>Change to the organisation undone</source>
        <translation>Modification de l’organisation annulée</translation>
    </message>
    <message>
        <source>Change to the organisation redone</source>
        <translation>Modification de l’organisation rétablie</translation>
    </message>
    <message>
        <source>edit cycle</source>
        <translation>modifier le cycle</translation>
    </message>
    <message>
        <source>Cycle changed</source>
        <translation>Cycle modifié</translation>
    </message>
    <message>
        <source>Change to the cycle undone</source>
        <translation>Modification du cycle annulée</translation>
    </message>
    <message>
        <source>Change to the cycle redone</source>
        <translation>Modification du cycle rétablie</translation>
    </message>
    <message>
        <source>edit facilitator</source>
        <translation>modifier l’animation</translation>
    </message>
    <message>
        <source>Facilitator changed</source>
        <translation>Animation modifiée</translation>
    </message>
    <message>
        <source>Change of facilitator undone</source>
        <translation>Modification de l’animation annulée</translation>
    </message>
    <message>
        <source>Change of facilitator redone</source>
        <translation>Modification de l’animation rétablie</translation>
    </message>
    <message>
        <source>edit start date</source>
        <translation>modifier la date de début</translation>
    </message>
    <message>
        <source>Start date changed</source>
        <translation>Date de début modifiée</translation>
    </message>
    <message>
        <source>Change to the start date undone</source>
        <translation>Modification de la date de début annulée</translation>
    </message>
    <message>
        <source>Change to the start date redone</source>
        <translation>Modification de la date de début rétablie</translation>
    </message>
    <message>
        <source>edit end date</source>
        <translation>modifier la date de fin</translation>
    </message>
    <message>
        <source>End date changed</source>
        <translation>Date de fin modifiée</translation>
    </message>
    <message>
        <source>Change to the end date undone</source>
        <translation>Modification de la date de fin annulée</translation>
    </message>
    <message>
        <source>Change to the end date redone</source>
        <translation>Modification de la date de fin rétablie</translation>
    </message>
    <message>
        <source>change language</source>
        <translation>changer de langue</translation>
    </message>
    <message>
        <source>Workshop language changed</source>
        <translation>Langue de l’atelier changée</translation>
    </message>
    <message>
        <source>Change of language undone</source>
        <translation>Changement de langue annulé</translation>
    </message>
    <message>
        <source>Change of language redone</source>
        <translation>Changement de langue rétabli</translation>
    </message>
    <message>
        <source>change the common rule</source>
        <translation>changer la règle commune</translation>
    </message>
    <message>
        <source>Common rule changed</source>
        <translation>Règle commune modifiée</translation>
    </message>
    <message>
        <source>Change to the common rule undone</source>
        <translation>Modification de la règle commune annulée</translation>
    </message>
    <message>
        <source>Change to the common rule redone</source>
        <translation>Modification de la règle commune rétablie</translation>
    </message>
    <message>
        <source>add team</source>
        <translation>ajouter une équipe</translation>
    </message>
    <message>
        <source>Team added</source>
        <translation>Équipe ajoutée</translation>
    </message>
    <message>
        <source>Team addition undone</source>
        <translation>Ajout de l’équipe annulé</translation>
    </message>
    <message>
        <source>Team addition redone</source>
        <translation>Ajout de l’équipe rétabli</translation>
    </message>
    <message>
        <source>delete team “%1”</source>
        <translation>supprimer l’équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Team “%1” deleted</source>
        <translation>Équipe «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Deletion of team “%1” undone</source>
        <translation>Suppression de l’équipe «&#xa0;%1&#xa0;» annulée</translation>
    </message>
    <message>
        <source>Deletion of team “%1” redone</source>
        <translation>Suppression de l’équipe «&#xa0;%1&#xa0;» rétablie</translation>
    </message>
    <message>
        <source>move team</source>
        <translation>déplacer l’équipe</translation>
    </message>
    <message>
        <source>Team moved</source>
        <translation>Équipe déplacée</translation>
    </message>
    <message>
        <source>Team move undone</source>
        <translation>Déplacement de l’équipe annulé</translation>
    </message>
    <message>
        <source>Team move redone</source>
        <translation>Déplacement de l’équipe rétabli</translation>
    </message>
    <message>
        <source>rename team</source>
        <translation>renommer l’équipe</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Équipe renommée</translation>
    </message>
    <message>
        <source>Team renaming undone</source>
        <translation>Changement de nom de l’équipe annulé</translation>
    </message>
    <message>
        <source>Team renaming redone</source>
        <translation>Changement de nom de l’équipe rétabli</translation>
    </message>
    <message>
        <source>change department</source>
        <translation>changer la direction</translation>
    </message>
    <message>
        <source>Team&apos;s department changed</source>
        <translation>Direction de l’équipe modifiée</translation>
    </message>
    <message>
        <source>Change of department undone</source>
        <translation>Modification de la direction de l’équipe annulée</translation>
    </message>
    <message>
        <source>Change of department redone</source>
        <translation>Modification de la direction de l’équipe rétablie</translation>
    </message>
    <message>
        <source>change ambassador</source>
        <translation>changer l’ambassadeur</translation>
    </message>
    <message>
        <source>Ambassador changed</source>
        <translation>Ambassadeur changé</translation>
    </message>
    <message>
        <source>Change of ambassador undone</source>
        <translation>Changement d’ambassadeur annulé</translation>
    </message>
    <message>
        <source>Change of ambassador redone</source>
        <translation>Changement d’ambassadeur rétabli</translation>
    </message>
    <message>
        <source>add participant</source>
        <translation>ajouter un participant</translation>
    </message>
    <message>
        <source>Participant added</source>
        <translation>Participant ajouté</translation>
    </message>
    <message>
        <source>Participant addition undone</source>
        <translation>Ajout du participant annulé</translation>
    </message>
    <message>
        <source>Participant addition redone</source>
        <translation>Ajout du participant rétabli</translation>
    </message>
    <message>
        <source>delete participant “%1”</source>
        <translation>supprimer le participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Participant “%1” deleted</source>
        <translation>Participant «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Deletion of participant “%1” undone</source>
        <translation>Suppression du participant «&#xa0;%1&#xa0;» annulée</translation>
    </message>
    <message>
        <source>Deletion of participant “%1” redone</source>
        <translation>Suppression du participant «&#xa0;%1&#xa0;» rétablie</translation>
    </message>
    <message>
        <source>move participant</source>
        <translation>déplacer le participant</translation>
    </message>
    <message>
        <source>Participant moved</source>
        <translation>Participant déplacé</translation>
    </message>
    <message>
        <source>Participant move undone</source>
        <translation>Déplacement du participant annulé</translation>
    </message>
    <message>
        <source>Participant move redone</source>
        <translation>Déplacement du participant rétabli</translation>
    </message>
    <message>
        <source>rename participant</source>
        <translation>renommer le participant</translation>
    </message>
    <message>
        <source>Participant renamed</source>
        <translation>Participant renommé</translation>
    </message>
    <message>
        <source>Participant renaming undone</source>
        <translation>Changement de nom du participant annulé</translation>
    </message>
    <message>
        <source>Participant renaming redone</source>
        <translation>Changement de nom du participant rétabli</translation>
    </message>
    <message>
        <source>edit role</source>
        <translation>modifier le rôle</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Change to the role undone</source>
        <translation>Modification du rôle annulée</translation>
    </message>
    <message>
        <source>Change to the role redone</source>
        <translation>Modification du rôle rétablie</translation>
    </message>
    <message>
        <source>change team</source>
        <translation>changer d’équipe</translation>
    </message>
    <message>
        <source>Participant&apos;s team changed</source>
        <translation>Équipe du participant changée</translation>
    </message>
    <message>
        <source>Change of team undone</source>
        <translation>Changement d’équipe annulé</translation>
    </message>
    <message>
        <source>Change of team redone</source>
        <translation>Changement d’équipe rétabli</translation>
    </message>
    <message>
        <source>edit the vision</source>
        <translation>modifier la vision</translation>
    </message>
    <message>
        <source>Vision changed</source>
        <translation>Vision modifiée</translation>
    </message>
    <message>
        <source>Change to the vision undone</source>
        <translation>Modification de la vision annulée</translation>
    </message>
    <message>
        <source>Change to the vision redone</source>
        <translation>Modification de la vision rétablie</translation>
    </message>
    <message>
        <source>edit the why</source>
        <translation>modifier le pourquoi</translation>
    </message>
    <message>
        <source>Why changed</source>
        <translation>Pourquoi modifié</translation>
    </message>
    <message>
        <source>Change to the why undone</source>
        <translation>Modification du pourquoi annulée</translation>
    </message>
    <message>
        <source>Change to the why redone</source>
        <translation>Modification du pourquoi rétablie</translation>
    </message>
    <message>
        <source>add strategic objective</source>
        <translation>ajouter un objectif stratégique</translation>
    </message>
    <message>
        <source>Strategic objective added</source>
        <translation>Objectif stratégique ajouté</translation>
    </message>
    <message>
        <source>Strategic objective addition undone</source>
        <translation>Ajout de l’objectif stratégique annulé</translation>
    </message>
    <message>
        <source>Strategic objective addition redone</source>
        <translation>Ajout de l’objectif stratégique rétabli</translation>
    </message>
    <message>
        <source>delete strategic objective</source>
        <translation>supprimer l’objectif stratégique</translation>
    </message>
    <message>
        <source>Strategic objective deleted</source>
        <translation>Objectif stratégique supprimé</translation>
    </message>
    <message>
        <source>Strategic objective deletion undone</source>
        <translation>Suppression de l’objectif stratégique annulée</translation>
    </message>
    <message>
        <source>Strategic objective deletion redone</source>
        <translation>Suppression de l’objectif stratégique rétablie</translation>
    </message>
    <message>
        <source>move strategic objective</source>
        <translation>déplacer l’objectif stratégique</translation>
    </message>
    <message>
        <source>Strategic objective moved</source>
        <translation>Objectif stratégique déplacé</translation>
    </message>
    <message>
        <source>Strategic objective move undone</source>
        <translation>Déplacement de l’objectif stratégique annulé</translation>
    </message>
    <message>
        <source>Strategic objective move redone</source>
        <translation>Déplacement de l’objectif stratégique rétabli</translation>
    </message>
    <message>
        <source>rename strategic objective</source>
        <translation>renommer l’objectif stratégique</translation>
    </message>
    <message>
        <source>Strategic objective renamed</source>
        <translation>Objectif stratégique renommé</translation>
    </message>
    <message>
        <source>Strategic objective renaming undone</source>
        <translation>Changement de nom de l’objectif stratégique annulé</translation>
    </message>
    <message>
        <source>Strategic objective renaming redone</source>
        <translation>Changement de nom de l’objectif stratégique rétabli</translation>
    </message>
    <message>
        <source>delete workshop</source>
        <translation>supprimer l’atelier</translation>
    </message>
    <message>
        <source>Workshop deleted</source>
        <translation>Atelier supprimé</translation>
    </message>
    <message>
        <source>Workshop deletion undone</source>
        <translation>Suppression de l’atelier annulée</translation>
    </message>
    <message>
        <source>Workshop deletion redone</source>
        <translation>Suppression de l’atelier rétablie</translation>
    </message>
    <message>
        <source>rename workshop</source>
        <translation>renommer l’atelier</translation>
    </message>
    <message>
        <source>Workshop renamed</source>
        <translation>Atelier renommé</translation>
    </message>
    <message>
        <source>Workshop renaming undone</source>
        <translation>Changement de nom de l’atelier annulé</translation>
    </message>
    <message>
        <source>Workshop renaming redone</source>
        <translation>Changement de nom de l’atelier rétabli</translation>
    </message>
    <message>
        <source>add candidate objective</source>
        <translation>ajouter un objectif candidat</translation>
    </message>
    <message>
        <source>Candidate objective added</source>
        <translation>Objectif candidat ajouté</translation>
    </message>
    <message>
        <source>Candidate objective addition undone</source>
        <translation>Ajout de l’objectif candidat annulé</translation>
    </message>
    <message>
        <source>Candidate objective addition redone</source>
        <translation>Ajout de l’objectif candidat rétabli</translation>
    </message>
    <message>
        <source>delete objective</source>
        <translation>supprimer l’objectif</translation>
    </message>
    <message>
        <source>Objective deleted</source>
        <translation>Objectif supprimé</translation>
    </message>
    <message>
        <source>Objective deletion undone</source>
        <translation>Suppression de l’objectif annulée</translation>
    </message>
    <message>
        <source>Objective deletion redone</source>
        <translation>Suppression de l’objectif rétablie</translation>
    </message>
    <message>
        <source>move objective</source>
        <translation>déplacer l’objectif</translation>
    </message>
    <message>
        <source>Objective moved</source>
        <translation>Objectif déplacé</translation>
    </message>
    <message>
        <source>Objective move undone</source>
        <translation>Déplacement de l’objectif annulé</translation>
    </message>
    <message>
        <source>Objective move redone</source>
        <translation>Déplacement de l’objectif rétabli</translation>
    </message>
    <message>
        <source>rename objective</source>
        <translation>renommer l’objectif</translation>
    </message>
    <message>
        <source>Objective renamed</source>
        <translation>Objectif renommé</translation>
    </message>
    <message>
        <source>Objective renaming undone</source>
        <translation>Changement de nom de l’objectif annulé</translation>
    </message>
    <message>
        <source>Objective renaming redone</source>
        <translation>Changement de nom de l’objectif rétabli</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” changed</source>
        <translation>«&#xa0;%1&#xa0;» modifié</translation>
    </message>
    <message>
        <source>Change to “%1” undone</source>
        <translation>Modification de «&#xa0;%1&#xa0;» annulée</translation>
    </message>
    <message>
        <source>Change to “%1” redone</source>
        <translation>Modification de «&#xa0;%1&#xa0;» rétablie</translation>
    </message>
    <message>
        <source>change author</source>
        <translation>changer l’auteur</translation>
    </message>
    <message>
        <source>Author changed</source>
        <translation>Auteur changé</translation>
    </message>
    <message>
        <source>Change of author undone</source>
        <translation>Changement d’auteur annulé</translation>
    </message>
    <message>
        <source>Change of author redone</source>
        <translation>Changement d’auteur rétabli</translation>
    </message>
    <message>
        <source>change commitment</source>
        <translation>changer l’engagement</translation>
    </message>
    <message>
        <source>Commitment changed</source>
        <translation>Engagement modifié</translation>
    </message>
    <message>
        <source>Change of commitment undone</source>
        <translation>Modification de l’engagement annulée</translation>
    </message>
    <message>
        <source>Change of commitment redone</source>
        <translation>Modification de l’engagement rétablie</translation>
    </message>
    <message>
        <source>mark not aligned</source>
        <translation>marquer non relié</translation>
    </message>
    <message>
        <source>Objective marked not aligned</source>
        <translation>Objectif marqué non relié</translation>
    </message>
    <message>
        <source>Marking as not aligned undone</source>
        <translation>Retrait du lien stratégique annulé</translation>
    </message>
    <message>
        <source>Marking as not aligned redone</source>
        <translation>Retrait du lien stratégique rétabli</translation>
    </message>
    <message>
        <source>link objective</source>
        <translation>relier l’objectif</translation>
    </message>
    <message>
        <source>Objective linked to a strategic objective</source>
        <translation>Objectif relié à un objectif stratégique</translation>
    </message>
    <message>
        <source>Link to the strategic objective undone</source>
        <translation>Rattachement à l’objectif stratégique annulé</translation>
    </message>
    <message>
        <source>Link to the strategic objective redone</source>
        <translation>Rattachement à l’objectif stratégique rétabli</translation>
    </message>
    <message>
        <source>add a vote</source>
        <translation>ajouter un vote</translation>
    </message>
    <message>
        <source>Vote added</source>
        <translation>Vote ajouté</translation>
    </message>
    <message>
        <source>Vote addition undone</source>
        <translation>Ajout du vote annulé</translation>
    </message>
    <message>
        <source>Vote addition redone</source>
        <translation>Ajout du vote rétabli</translation>
    </message>
    <message>
        <source>remove a vote</source>
        <translation>retirer un vote</translation>
    </message>
    <message>
        <source>Vote removed</source>
        <translation>Vote retiré</translation>
    </message>
    <message>
        <source>Vote removal undone</source>
        <translation>Retrait du vote annulé</translation>
    </message>
    <message>
        <source>Vote removal redone</source>
        <translation>Retrait du vote rétabli</translation>
    </message>
    <message>
        <source>keep objective</source>
        <translation>retenir l’objectif</translation>
    </message>
    <message>
        <source>Objective kept</source>
        <translation>Objectif retenu</translation>
    </message>
    <message>
        <source>Decision to keep the objective undone</source>
        <translation>Décision de retenir l’objectif annulée</translation>
    </message>
    <message>
        <source>Decision to keep the objective redone</source>
        <translation>Décision de retenir l’objectif rétablie</translation>
    </message>
    <message>
        <source>park objective</source>
        <translation>mettre l’objectif au parking</translation>
    </message>
    <message>
        <source>Objective moved to the parking lot</source>
        <translation>Objectif mis au parking</translation>
    </message>
    <message>
        <source>Move to the parking lot undone</source>
        <translation>Mise au parking annulée</translation>
    </message>
    <message>
        <source>Move to the parking lot redone</source>
        <translation>Mise au parking rétablie</translation>
    </message>
    <message>
        <source>back to candidates</source>
        <translation>remettre en candidat</translation>
    </message>
    <message>
        <source>Objective back among the candidates</source>
        <translation>Objectif remis en candidat</translation>
    </message>
    <message>
        <source>Return to the candidates undone</source>
        <translation>Retour en candidat annulé</translation>
    </message>
    <message>
        <source>Return to the candidates redone</source>
        <translation>Retour en candidat rétabli</translation>
    </message>
    <message>
        <source>bring back objective</source>
        <translation>ressortir l’objectif du parking</translation>
    </message>
    <message>
        <source>Objective brought back from the parking lot</source>
        <translation>Objectif ressorti du parking</translation>
    </message>
    <message>
        <source>Return from the parking lot undone</source>
        <translation>Sortie du parking annulée</translation>
    </message>
    <message>
        <source>Return from the parking lot redone</source>
        <translation>Sortie du parking rétablie</translation>
    </message>
    <message>
        <source>add key result</source>
        <translation>ajouter un résultat clé</translation>
    </message>
    <message>
        <source>Key result added</source>
        <translation>Résultat clé ajouté</translation>
    </message>
    <message>
        <source>Key result addition undone</source>
        <translation>Ajout du résultat clé annulé</translation>
    </message>
    <message>
        <source>Key result addition redone</source>
        <translation>Ajout du résultat clé rétabli</translation>
    </message>
    <message>
        <source>delete key result</source>
        <translation>supprimer le résultat clé</translation>
    </message>
    <message>
        <source>Key result deleted</source>
        <translation>Résultat clé supprimé</translation>
    </message>
    <message>
        <source>Key result deletion undone</source>
        <translation>Suppression du résultat clé annulée</translation>
    </message>
    <message>
        <source>Key result deletion redone</source>
        <translation>Suppression du résultat clé rétablie</translation>
    </message>
    <message>
        <source>move key result</source>
        <translation>déplacer le résultat clé</translation>
    </message>
    <message>
        <source>Key result moved</source>
        <translation>Résultat clé déplacé</translation>
    </message>
    <message>
        <source>Key result move undone</source>
        <translation>Déplacement du résultat clé annulé</translation>
    </message>
    <message>
        <source>Key result move redone</source>
        <translation>Déplacement du résultat clé rétabli</translation>
    </message>
    <message>
        <source>accept the proposed fields</source>
        <translation>accepter les champs proposés</translation>
    </message>
    <message>
        <source>Proposed fields accepted</source>
        <translation>Champs proposés acceptés</translation>
    </message>
    <message>
        <source>Acceptance of the proposed fields undone</source>
        <translation>Acceptation des champs proposés annulée</translation>
    </message>
    <message>
        <source>Acceptance of the proposed fields redone</source>
        <translation>Acceptation des champs proposés rétablie</translation>
    </message>
    <message>
        <source>edit the key result</source>
        <translation>modifier le résultat clé</translation>
    </message>
    <message>
        <source>Key result sentence changed</source>
        <translation>Phrase du résultat clé modifiée</translation>
    </message>
    <message>
        <source>Change to the sentence undone</source>
        <translation>Modification de la phrase annulée</translation>
    </message>
    <message>
        <source>Change to the sentence redone</source>
        <translation>Modification de la phrase rétablie</translation>
    </message>
    <message>
        <source>edit the metric</source>
        <translation>modifier l’indicateur</translation>
    </message>
    <message>
        <source>Metric changed</source>
        <translation>Indicateur modifié</translation>
    </message>
    <message>
        <source>Change to the metric undone</source>
        <translation>Modification de l’indicateur annulée</translation>
    </message>
    <message>
        <source>Change to the metric redone</source>
        <translation>Modification de l’indicateur rétablie</translation>
    </message>
    <message>
        <source>edit the baseline</source>
        <translation>modifier la valeur de départ</translation>
    </message>
    <message>
        <source>Baseline changed</source>
        <translation>Valeur de départ modifiée</translation>
    </message>
    <message>
        <source>Change to the baseline undone</source>
        <translation>Modification de la valeur de départ annulée</translation>
    </message>
    <message>
        <source>Change to the baseline redone</source>
        <translation>Modification de la valeur de départ rétablie</translation>
    </message>
    <message>
        <source>edit the target</source>
        <translation>modifier la cible</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Cible modifiée</translation>
    </message>
    <message>
        <source>Change to the target undone</source>
        <translation>Modification de la cible annulée</translation>
    </message>
    <message>
        <source>Change to the target redone</source>
        <translation>Modification de la cible rétablie</translation>
    </message>
    <message>
        <source>change the target type</source>
        <translation>changer le type de cible</translation>
    </message>
    <message>
        <source>Target type changed</source>
        <translation>Type de cible changé</translation>
    </message>
    <message>
        <source>Change of target type undone</source>
        <translation>Changement du type de cible annulé</translation>
    </message>
    <message>
        <source>Change of target type redone</source>
        <translation>Changement du type de cible rétabli</translation>
    </message>
    <message>
        <source>edit the relative change</source>
        <translation>modifier l’évolution</translation>
    </message>
    <message>
        <source>Relative change edited</source>
        <translation>Évolution modifiée</translation>
    </message>
    <message>
        <source>Edit of the relative change undone</source>
        <translation>Modification de l’évolution annulée</translation>
    </message>
    <message>
        <source>Edit of the relative change redone</source>
        <translation>Modification de l’évolution rétablie</translation>
    </message>
    <message>
        <source>edit the unit</source>
        <translation>modifier l’unité</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Unité modifiée</translation>
    </message>
    <message>
        <source>Change to the unit undone</source>
        <translation>Modification de l’unité annulée</translation>
    </message>
    <message>
        <source>Change to the unit redone</source>
        <translation>Modification de l’unité rétablie</translation>
    </message>
    <message>
        <source>change the direction</source>
        <translation>changer le sens</translation>
    </message>
    <message>
        <source>Direction changed</source>
        <translation>Sens modifié</translation>
    </message>
    <message>
        <source>Change of direction undone</source>
        <translation>Changement de sens annulé</translation>
    </message>
    <message>
        <source>Change of direction redone</source>
        <translation>Changement de sens rétabli</translation>
    </message>
    <message>
        <source>edit the data source</source>
        <translation>modifier la source des données</translation>
    </message>
    <message>
        <source>Data source changed</source>
        <translation>Source des données modifiée</translation>
    </message>
    <message>
        <source>Change to the data source undone</source>
        <translation>Modification de la source des données annulée</translation>
    </message>
    <message>
        <source>Change to the data source redone</source>
        <translation>Modification de la source des données rétablie</translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation>changer le responsable</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Responsable changé</translation>
    </message>
    <message>
        <source>Change of owner undone</source>
        <translation>Changement de responsable annulé</translation>
    </message>
    <message>
        <source>Change of owner redone</source>
        <translation>Changement de responsable rétabli</translation>
    </message>
    <message>
        <source>change the due date</source>
        <translation>changer l’échéance</translation>
    </message>
    <message>
        <source>Due date changed</source>
        <translation>Échéance modifiée</translation>
    </message>
    <message>
        <source>Change to the due date undone</source>
        <translation>Modification de l’échéance annulée</translation>
    </message>
    <message>
        <source>Change to the due date redone</source>
        <translation>Modification de l’échéance rétablie</translation>
    </message>
    <message>
        <source>change whether it is a milestone</source>
        <translation>changer le réglage de jalon</translation>
    </message>
    <message>
        <source>Milestone setting changed</source>
        <translation>Réglage de jalon modifié</translation>
    </message>
    <message>
        <source>Change to the milestone setting undone</source>
        <translation>Modification du réglage de jalon annulée</translation>
    </message>
    <message>
        <source>Change to the milestone setting redone</source>
        <translation>Modification du réglage de jalon rétablie</translation>
    </message>
    <message>
        <source>tick good practice</source>
        <translation>cocher la bonne pratique</translation>
    </message>
    <message>
        <source>Good practice ticked</source>
        <translation>Bonne pratique cochée</translation>
    </message>
    <message>
        <source>Ticking of the good practice undone</source>
        <translation>Coche de la bonne pratique annulée</translation>
    </message>
    <message>
        <source>Ticking of the good practice redone</source>
        <translation>Coche de la bonne pratique rétablie</translation>
    </message>
    <message>
        <source>untick good practice</source>
        <translation>décocher la bonne pratique</translation>
    </message>
    <message>
        <source>Good practice unticked</source>
        <translation>Bonne pratique décochée</translation>
    </message>
    <message>
        <source>Unticking of the good practice undone</source>
        <translation>Décoche de la bonne pratique annulée</translation>
    </message>
    <message>
        <source>Unticking of the good practice redone</source>
        <translation>Décoche de la bonne pratique rétablie</translation>
    </message>
    <message>
        <source>add ROTI vote</source>
        <translation>ajouter le vote ROTI</translation>
    </message>
    <message>
        <source>ROTI vote added</source>
        <translation>Vote ROTI ajouté</translation>
    </message>
    <message>
        <source>ROTI vote addition undone</source>
        <translation>Ajout du vote ROTI annulé</translation>
    </message>
    <message>
        <source>ROTI vote addition redone</source>
        <translation>Ajout du vote ROTI rétabli</translation>
    </message>
    <message>
        <source>delete ROTI vote</source>
        <translation>supprimer le vote ROTI</translation>
    </message>
    <message>
        <source>ROTI vote deleted</source>
        <translation>Vote ROTI supprimé</translation>
    </message>
    <message>
        <source>ROTI vote deletion undone</source>
        <translation>Suppression du vote ROTI annulée</translation>
    </message>
    <message>
        <source>ROTI vote deletion redone</source>
        <translation>Suppression du vote ROTI rétablie</translation>
    </message>
    <message>
        <source>add feedback note</source>
        <translation>ajouter la note de retour</translation>
    </message>
    <message>
        <source>Feedback note added</source>
        <translation>Note de retour ajoutée</translation>
    </message>
    <message>
        <source>Feedback note addition undone</source>
        <translation>Ajout de la note de retour annulé</translation>
    </message>
    <message>
        <source>Feedback note addition redone</source>
        <translation>Ajout de la note de retour rétabli</translation>
    </message>
    <message>
        <source>edit feedback note</source>
        <translation>modifier la note de retour</translation>
    </message>
    <message>
        <source>Feedback note changed</source>
        <translation>Note de retour modifiée</translation>
    </message>
    <message>
        <source>Change to the feedback note undone</source>
        <translation>Modification de la note de retour annulée</translation>
    </message>
    <message>
        <source>Change to the feedback note redone</source>
        <translation>Modification de la note de retour rétablie</translation>
    </message>
    <message>
        <source>delete feedback note</source>
        <translation>supprimer la note de retour</translation>
    </message>
    <message>
        <source>Feedback note deleted</source>
        <translation>Note de retour supprimée</translation>
    </message>
    <message>
        <source>Feedback note deletion undone</source>
        <translation>Suppression de la note de retour annulée</translation>
    </message>
    <message>
        <source>Feedback note deletion redone</source>
        <translation>Suppression de la note de retour rétablie</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>ajouter l’action</translation>
    </message>
    <message>
        <source>Action added</source>
        <translation>Action ajoutée</translation>
    </message>
    <message>
        <source>Action addition undone</source>
        <translation>Ajout de l’action annulé</translation>
    </message>
    <message>
        <source>Action addition redone</source>
        <translation>Ajout de l’action rétabli</translation>
    </message>
    <message>
        <source>edit action</source>
        <translation>modifier l’action</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Action modifiée</translation>
    </message>
    <message>
        <source>Change to the action undone</source>
        <translation>Modification de l’action annulée</translation>
    </message>
    <message>
        <source>Change to the action redone</source>
        <translation>Modification de l’action rétablie</translation>
    </message>
    <message>
        <source>delete action</source>
        <translation>supprimer l’action</translation>
    </message>
    <message>
        <source>Action deleted</source>
        <translation>Action supprimée</translation>
    </message>
    <message>
        <source>Action deletion undone</source>
        <translation>Suppression de l’action annulée</translation>
    </message>
    <message>
        <source>Action deletion redone</source>
        <translation>Suppression de l’action rétablie</translation>
    </message>
    <message>
        <source>add dependency</source>
        <translation>ajouter la dépendance</translation>
    </message>
    <message>
        <source>Dependency added</source>
        <translation>Dépendance ajoutée</translation>
    </message>
    <message>
        <source>Dependency addition undone</source>
        <translation>Ajout de la dépendance annulé</translation>
    </message>
    <message>
        <source>Dependency addition redone</source>
        <translation>Ajout de la dépendance rétabli</translation>
    </message>
    <message>
        <source>edit dependency</source>
        <translation>modifier la dépendance</translation>
    </message>
    <message>
        <source>Dependency changed</source>
        <translation>Dépendance modifiée</translation>
    </message>
    <message>
        <source>Change to the dependency undone</source>
        <translation>Modification de la dépendance annulée</translation>
    </message>
    <message>
        <source>Change to the dependency redone</source>
        <translation>Modification de la dépendance rétablie</translation>
    </message>
    <message>
        <source>delete dependency</source>
        <translation>supprimer la dépendance</translation>
    </message>
    <message>
        <source>Dependency deleted</source>
        <translation>Dépendance supprimée</translation>
    </message>
    <message>
        <source>Dependency deletion undone</source>
        <translation>Suppression de la dépendance annulée</translation>
    </message>
    <message>
        <source>Dependency deletion redone</source>
        <translation>Suppression de la dépendance rétablie</translation>
    </message>
    <message>
        <source>add ritual</source>
        <translation>ajouter un rituel</translation>
    </message>
    <message>
        <source>Ritual added</source>
        <translation>Rituel ajouté</translation>
    </message>
    <message>
        <source>Ritual addition undone</source>
        <translation>Ajout du rituel annulé</translation>
    </message>
    <message>
        <source>Ritual addition redone</source>
        <translation>Ajout du rituel rétabli</translation>
    </message>
    <message>
        <source>delete ritual “%1”</source>
        <translation>supprimer le rituel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ritual “%1” deleted</source>
        <translation>Rituel «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Deletion of ritual “%1” undone</source>
        <translation>Suppression du rituel «&#xa0;%1&#xa0;» annulée</translation>
    </message>
    <message>
        <source>Deletion of ritual “%1” redone</source>
        <translation>Suppression du rituel «&#xa0;%1&#xa0;» rétablie</translation>
    </message>
    <message>
        <source>add the usual rituals</source>
        <translation>ajouter les rituels usuels</translation>
    </message>
    <message>
        <source>Usual rituals added</source>
        <translation>Rituels usuels ajoutés</translation>
    </message>
    <message>
        <source>Addition of the usual rituals undone</source>
        <translation>Ajout des rituels usuels annulé</translation>
    </message>
    <message>
        <source>Addition of the usual rituals redone</source>
        <translation>Ajout des rituels usuels rétabli</translation>
    </message>
    <message>
        <source>edit ritual</source>
        <translation>modifier le rituel</translation>
    </message>
    <message>
        <source>Ritual changed</source>
        <translation>Rituel modifié</translation>
    </message>
    <message>
        <source>Change to the ritual undone</source>
        <translation>Modification du rituel annulée</translation>
    </message>
    <message>
        <source>Change to the ritual redone</source>
        <translation>Modification du rituel rétablie</translation>
    </message>
    <message>
        <source>grade key result</source>
        <translation>noter le résultat clé</translation>
    </message>
    <message>
        <source>Grade changed</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Change to the grade undone</source>
        <translation>Modification de la note annulée</translation>
    </message>
    <message>
        <source>Change to the grade redone</source>
        <translation>Modification de la note rétablie</translation>
    </message>
    <message>
        <source>change how the objective ended</source>
        <translation>changer l’issue de l’objectif</translation>
    </message>
    <message>
        <source>Objective’s outcome changed</source>
        <translation>Issue de l’objectif modifiée</translation>
    </message>
    <message>
        <source>Change to the objective’s outcome undone</source>
        <translation>Modification de l’issue de l’objectif annulée</translation>
    </message>
    <message>
        <source>Change to the objective’s outcome redone</source>
        <translation>Modification de l’issue de l’objectif rétablie</translation>
    </message>
    <message>
        <source>edit what we learned</source>
        <translation>modifier ce que nous avons appris</translation>
    </message>
    <message>
        <source>What we learned changed</source>
        <translation>Enseignements modifiés</translation>
    </message>
    <message>
        <source>Change to what we learned undone</source>
        <translation>Modification des enseignements annulée</translation>
    </message>
    <message>
        <source>Change to what we learned redone</source>
        <translation>Modification des enseignements rétablie</translation>
    </message>
    <message>
        <source>edit decisions</source>
        <translation>modifier les décisions</translation>
    </message>
    <message>
        <source>Decisions changed</source>
        <translation>Décisions modifiées</translation>
    </message>
    <message>
        <source>Change to the decisions undone</source>
        <translation>Modification des décisions annulée</translation>
    </message>
    <message>
        <source>Change to the decisions redone</source>
        <translation>Modification des décisions rétablie</translation>
    </message>
    <message>
        <source>add check-in</source>
        <translation>ajouter un point d’étape</translation>
    </message>
    <message>
        <source>Check-in added</source>
        <translation>Point d’étape ajouté</translation>
    </message>
    <message>
        <source>Check-in addition undone</source>
        <translation>Ajout du point d’étape annulé</translation>
    </message>
    <message>
        <source>Check-in addition redone</source>
        <translation>Ajout du point d’étape rétabli</translation>
    </message>
    <message>
        <source>change check-in</source>
        <translation>modifier le point d’étape</translation>
    </message>
    <message>
        <source>Check-in changed</source>
        <translation>Point d’étape modifié</translation>
    </message>
    <message>
        <source>Check-in change undone</source>
        <translation>Modification du point d’étape annulée</translation>
    </message>
    <message>
        <source>Check-in change redone</source>
        <translation>Modification du point d’étape rétablie</translation>
    </message>
    <message>
        <source>delete check-in</source>
        <translation>supprimer le point d’étape</translation>
    </message>
    <message>
        <source>Check-in deleted</source>
        <translation>Point d’étape supprimé</translation>
    </message>
    <message>
        <source>Check-in deletion undone</source>
        <translation>Suppression du point d’étape annulée</translation>
    </message>
    <message>
        <source>Check-in deletion redone</source>
        <translation>Suppression du point d’étape rétablie</translation>
    </message>
    <message>
        <source>override status</source>
        <translation>imposer le statut</translation>
    </message>
    <message>
        <source>Status overridden</source>
        <translation>Statut imposé</translation>
    </message>
    <message>
        <source>Status override undone</source>
        <translation>Statut imposé annulé</translation>
    </message>
    <message>
        <source>Status override redone</source>
        <translation>Statut imposé rétabli</translation>
    </message>
    <message>
        <source>clear status override</source>
        <translation>retirer le statut imposé</translation>
    </message>
    <message>
        <source>Status override cleared</source>
        <translation>Statut imposé retiré</translation>
    </message>
    <message>
        <source>Clearing of the status override undone</source>
        <translation>Retrait du statut imposé annulé</translation>
    </message>
    <message>
        <source>Clearing of the status override redone</source>
        <translation>Retrait du statut imposé rétabli</translation>
    </message>
    <message>
        <source>import check-ins</source>
        <translation>importer des points d’étape</translation>
    </message>
    <message>
        <source>Check-ins imported</source>
        <translation>Points d’étape importés</translation>
    </message>
    <message>
        <source>Check-in import undone</source>
        <translation>Import des points d’étape annulé</translation>
    </message>
    <message>
        <source>Check-in import redone</source>
        <translation>Import des points d’étape rétabli</translation>
    </message>
    <message>
        <source>start voting round</source>
        <translation>lancer le tour de vote</translation>
    </message>
    <message>
        <source>Voting round started</source>
        <translation>Tour de vote lancé</translation>
    </message>
    <message>
        <source>Start of the voting round undone</source>
        <translation>Lancement du tour de vote annulé</translation>
    </message>
    <message>
        <source>Start of the voting round redone</source>
        <translation>Lancement du tour de vote rétabli</translation>
    </message>
    <message>
        <source>cast vote</source>
        <translation>voter</translation>
    </message>
    <message>
        <source>Vote cast</source>
        <translation>Vote enregistré</translation>
    </message>
    <message>
        <source>Vote undone</source>
        <translation>Vote annulé</translation>
    </message>
    <message>
        <source>Vote redone</source>
        <translation>Vote rétabli</translation>
    </message>
    <message>
        <source>change dot count</source>
        <translation>modifier le nombre de gommettes</translation>
    </message>
    <message>
        <source>Dot count changed</source>
        <translation>Nombre de gommettes modifié</translation>
    </message>
    <message>
        <source>Change of dot count undone</source>
        <translation>Modification du nombre de gommettes annulée</translation>
    </message>
    <message>
        <source>Change of dot count redone</source>
        <translation>Modification du nombre de gommettes rétablie</translation>
    </message>
    <message>
        <source>reveal votes</source>
        <translation>dévoiler les votes</translation>
    </message>
    <message>
        <source>Votes revealed</source>
        <translation>Votes dévoilés</translation>
    </message>
    <message>
        <source>Reveal of the votes undone</source>
        <translation>Dévoilement des votes annulé</translation>
    </message>
    <message>
        <source>Reveal of the votes redone</source>
        <translation>Dévoilement des votes rétabli</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FacilitatorNotes</name>
    <message>
        <source>What to say</source>
        <translation>Ce qu’il faut dire</translation>
    </message>
    <message>
        <source>What to ask</source>
        <translation>Ce qu’il faut demander</translation>
    </message>
    <message>
        <source>Typical traps</source>
        <translation>Pièges fréquents</translation>
    </message>
    <message>
        <source>&amp;Facilitator’s notes</source>
        <translation>Notes d’&amp;animation</translation>
    </message>
    <message>
        <source>Show or hide what to say, ask and watch for on this step, beside the page (never on the audience view)</source>
        <translation>Afficher ou masquer, à côté de la page, ce qu’il faut dire, demander et surveiller à cette étape (jamais sur la vue de la salle)</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <source>ROTI</source>
        <translation>ROTI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>A note needs some text: delete it instead.</source>
        <translation>Une note a besoin d’un texte&#xa0;: supprimez-la plutôt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message>
        <source>From the note: %1</source>
        <translation>D’après la note&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>End of the workshop</source>
        <translation>Fin de l’atelier</translation>
    </message>
    <message>
        <source>A review during the cycle</source>
        <translation>Une revue pendant le cycle</translation>
    </message>
    <message>
        <source>End of the cycle</source>
        <translation>Fin du cycle</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien marché</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Ce qui a aidé</translation>
    </message>
    <message>
        <source>What blocked</source>
        <translation>Ce qui a bloqué</translation>
    </message>
    <message>
        <source>GOOD</source>
        <translation>BIEN</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>PAS BIEN</translation>
    </message>
    <message>
        <source>TRY</source>
        <translation>À ESSAYER</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>The votes and notes shown, and those added, are this occasion&apos;s.</source>
        <translation>Les votes et les notes affichés, et ceux ajoutés, sont ceux de ce moment.</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Moment&#xa0;:</translation>
    </message>
    <message>
        <source>On this da&amp;y</source>
        <translation>Ce &amp;jour</translation>
    </message>
    <message>
        <source>Tick to show and record only this day&apos;s votes and notes (one review among several).</source>
        <translation>Cochez pour n’afficher et n’enregistrer que les votes et les notes de ce jour (une revue parmi d’autres).</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>Feedbac&amp;k</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Import a workshop</source>
        <translation>Importer un atelier</translation>
    </message>
    <message>
        <source>Import the workshop “%1” from %2?</source>
        <translation>Importer l’atelier «&#xa0;%1&#xa0;» depuis le fichier %2&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>It has no team yet.</source>
        <translation>Il n’a pas encore d’équipe.</translation>
    </message>
    <message>
        <source>It has %1 team.</source>
        <translation>Il compte %1&#xa0;équipe.</translation>
    </message>
    <message>
        <source>It has %1 teams.</source>
        <translation>Il compte %1&#xa0;équipes.</translation>
    </message>
    <message>
        <source>It is added to your library as a new workshop; the workshops already there do not change.</source>
        <translation>Il est ajouté à votre bibliothèque comme un nouvel atelier&#xa0;; les ateliers qui s’y trouvent déjà ne changent pas.</translation>
    </message>
    <message>
        <source>The file is in the folder %1.</source>
        <translation>Le fichier se trouve dans le dossier %1.</translation>
    </message>
</context>
<context>
    <name>FistToFive</name>
    <message>
        <source>Wide spread: hear the lowest and the highest before recording</source>
        <translation>Avis très partagés&#xa0;: écoutez la main la plus basse et la plus haute avant d’enregistrer</translation>
    </message>
    <message>
        <source>Fist</source>
        <translation>Poing</translation>
    </message>
    <message>
        <source>Count the hands: how many showed a fist, 1, 2, 3, 4 or 5 fingers</source>
        <translation>Comptez les mains&#xa0;: combien ont montré le poing, 1, 2, 3, 4 ou 5 doigts</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>%1 · middle hand %2 → confidence %3/10</source>
        <translation>%1 · main médiane %2 → confiance %3/10</translation>
    </message>
</context>
<context>
    <name>FistToFiveBox</name>
    <message>
        <source>Fist to five: the room’s confidence in this key result</source>
        <translation>Du poing aux cinq doigts&#xa0;: la confiance de la salle dans ce résultat clé</translation>
    </message>
    <message>
        <source>People showing: %1</source>
        <translation>Personnes montrant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The confidence recorded is the middle hand × 2 (a fist 0, five fingers 10).</source>
        <translation>La confiance enregistrée est la main médiane × 2 (le poing 0, cinq doigts 10).</translation>
    </message>
    <message>
        <source>Record confide&amp;nce</source>
        <translation>Enre&amp;gistrer la confiance</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Remettre à &amp;zéro</translation>
    </message>
    <message>
        <source>Fist to five…</source>
        <translation>Du poing aux cinq doigts…</translation>
    </message>
    <message>
        <source>Count the room’s fingers for the confidence of this key result (Ctrl+Shift+V)</source>
        <translation>Compter les doigts levés dans la salle pour la confiance de ce résultat clé (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>1 finger</source>
        <translation>1 doigt</translation>
    </message>
    <message>
        <source>%1 fingers</source>
        <translation>%1 doigts</translation>
    </message>
</context>
<context>
    <name>FocusModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Au parking</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message>
        <source>Tied at the cut: the room decides.
%1</source>
        <translation>Ex æquo à la limite de la règle commune&#xa0;: la salle tranche.
%1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FocusPage</name>
    <message>
        <source>The team whose objectives are being chosen.</source>
        <translation>L’équipe dont on choisit les objectifs.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Objectives ranked by votes</source>
        <translation>Objectifs classés par votes</translation>
    </message>
    <message>
        <source>+1 vote</source>
        <translation>+1 vote</translation>
    </message>
    <message>
        <source>Add a vote (+ or Ctrl+Up).</source>
        <translation>Ajouter un vote (+ ou Ctrl+Haut).</translation>
    </message>
    <message>
        <source>−1 vote</source>
        <translation>−1 vote</translation>
    </message>
    <message>
        <source>Remove a vote (− or Ctrl+Down).</source>
        <translation>Retirer un vote (− ou Ctrl+Bas).</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Retenir</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>Mettre au &amp;parking</translation>
    </message>
    <message>
        <source>Back to &amp;candidates</source>
        <translation>Remettre en &amp;candidat</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>+ or − to vote, %1 to keep, %2 to park, %3 to make a candidate again.</source>
        <translation>+ ou − pour voter, %1 pour retenir, %2 pour mettre au parking, %3 pour remettre en candidat.</translation>
    </message>
    <message>
        <source>Move to the parking lot: set aside, never lost (%1 or Ctrl+P).</source>
        <translation>Mettre au parking&#xa0;: de côté, jamais perdu (%1 ou Ctrl+P).</translation>
    </message>
    <message>
        <source>Undo the decision: the objective is a candidate again (%1 or Ctrl+B).</source>
        <translation>Revenir sur la décision&#xa0;: l’objectif redevient candidat (%1 ou Ctrl+B).</translation>
    </message>
    <message>
        <source>Keep this objective for the cycle (%1 or Ctrl+K).</source>
        <translation>Retenir cet objectif pour le cycle (%1 ou Ctrl+K).</translation>
    </message>
    <message>
        <source>Add teams in the Setup step first: each team chooses its own objectives.</source>
        <translation>Ajoutez d’abord les équipes à l’étape Préparation&#xa0;: chaque équipe choisit ses propres objectifs.</translation>
    </message>
    <message>
        <source>“%1” still has one candidate to keep or park.</source>
        <translation>«&#xa0;%1&#xa0;» a encore un candidat à retenir ou à mettre au parking.</translation>
    </message>
    <message>
        <source>“%1” still has %2 candidates to keep or park.</source>
        <translation>«&#xa0;%1&#xa0;» a encore %2 candidats à retenir ou à mettre au parking.</translation>
    </message>
    <message>
        <source>%1 / %2 kept</source>
        <translation>%1 / %2 retenus</translation>
    </message>
    <message>
        <source>%1 / %2 kept: limit reached</source>
        <translation>%1 / %2 retenus&#xa0;: limite atteinte</translation>
    </message>
    <message>
        <source>%1 / %2 kept: over the common rule</source>
        <translation>%1 / %2 retenus&#xa0;: au-delà de la règle commune</translation>
    </message>
    <message>
        <source>The common rule of this workshop: one kept objective per team.</source>
        <translation>La règle commune de cet atelier&#xa0;: un objectif retenu par équipe.</translation>
    </message>
    <message>
        <source>The common rule of this workshop: at most %1 kept objectives per team.</source>
        <translation>La règle commune de cet atelier&#xa0;: %1 objectifs retenus au plus par équipe.</translation>
    </message>
    <message>
        <source>Too many objectives scatter the team&apos;s effort: the source advises two or three, each with two key results. The other candidates go to the parking lot, where nothing is lost.</source>
        <translation>Trop d’objectifs dispersent l’effort de l’équipe&#xa0;: la source en conseille deux ou trois, avec deux résultats clés chacun. Les autres candidats vont au parking, où rien ne se perd.</translation>
    </message>
    <message>
        <source>The rule is strict: keeping one more is refused until another is parked.</source>
        <translation>La règle est stricte&#xa0;: impossible d’en retenir un de plus sans en mettre un autre au parking.</translation>
    </message>
    <message>
        <source>The rule is flexible: going over is allowed, but the counter turns red and the review flags it.</source>
        <translation>La règle est souple&#xa0;: on peut la dépasser, mais le compteur passe au rouge et la revue le signale.</translation>
    </message>
</context>
<context>
    <name>FocusScene</name>
    <message>
        <source>Tied at the cut</source>
        <translation>Ex æquo à la limite</translation>
    </message>
    <message>
        <source>The common rule’s cut: no place left</source>
        <translation>Limite de la règle commune&#xa0;: plus aucune place</translation>
    </message>
    <message>
        <source>The common rule’s cut: one place left above</source>
        <translation>Limite de la règle commune&#xa0;: une place au-dessus</translation>
    </message>
    <message>
        <source>The common rule’s cut: %1 places left above</source>
        <translation>Limite de la règle commune&#xa0;: %1 places au-dessus</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 de plus</translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation>Aucune équipe pour l’instant</translation>
    </message>
    <message>
        <source>Round %1, secret ballot: nobody has voted yet (0 of %2)</source>
        <translation>Tour %1, vote à bulletin secret&#xa0;: personne n’a encore voté (0 sur %2)</translation>
    </message>
    <message>
        <source>Voting: %1 of %2 has voted</source>
        <translation>Vote en cours&#xa0;: %1 sur %2 a voté</translation>
    </message>
    <message>
        <source>Voting: %1 of %2 have voted</source>
        <translation>Vote en cours&#xa0;: %1 sur %2 ont voté</translation>
    </message>
    <message>
        <source>Round %1: counting the dots</source>
        <translation>Tour %1&#xa0;: décompte des gommettes</translation>
    </message>
    <message>
        <source>Round %1: the result</source>
        <translation>Tour %1&#xa0;: le résultat</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>Soumis au vote</translation>
    </message>
    <message>
        <source>Candidates, most dots first</source>
        <translation>Candidats, les plus votés d’abord</translation>
    </message>
    <message>
        <source>No candidate left to decide</source>
        <translation>Plus aucun candidat à trancher</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Nothing kept yet</source>
        <translation>Rien de retenu pour l’instant</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Nothing parked</source>
        <translation>Rien au parking</translation>
    </message>
</context>
<context>
    <name>FocusVoting</name>
    <message>
        <source>secret ballot</source>
        <translation>bulletin secret</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>décompte</translation>
    </message>
    <message>
        <source>Round %1, %2: revealed</source>
        <translation>Tour %1, %2&#xa0;: dévoilé</translation>
    </message>
    <message>
        <source>Round %1, %2: open</source>
        <translation>Tour %1, %2&#xa0;: ouvert</translation>
    </message>
    <message>
        <source>No round yet: choose how the team votes below, then start a round.</source>
        <translation>Aucun tour pour l’instant&#xa0;: choisissez ci-dessous comment l’équipe vote, puis lancez un tour.</translation>
    </message>
    <message>
        <source>%1 dot each, at most %2 on one objective.</source>
        <translation>%1 gommette par personne, au plus %2 sur un même objectif.</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one objective.</source>
        <translation>%1 gommettes par personne, au plus %2 sur un même objectif.</translation>
    </message>
    <message>
        <source>Secret ballot: %1 of %2 has voted. The counts stay hidden until you reveal them.</source>
        <translation>Bulletin secret&#xa0;: %1 sur %2 a voté. Les décomptes restent cachés jusqu’à ce que vous les dévoiliez.</translation>
    </message>
    <message>
        <source>Secret ballot: %1 of %2 have voted. The counts stay hidden until you reveal them.</source>
        <translation>Bulletin secret&#xa0;: %1 sur %2 ont voté. Les décomptes restent cachés jusqu’à ce que vous les dévoiliez.</translation>
    </message>
    <message>
        <source>Tally: type the dots counted on the wall for each objective.</source>
        <translation>Décompte&#xa0;: saisissez pour chaque objectif les gommettes comptées au mur.</translation>
    </message>
    <message>
        <source>Revealed: its totals were written to the objectives’ votes.</source>
        <translation>Dévoilé&#xa0;: ses totaux sont devenus les votes des objectifs.</translation>
    </message>
    <message>
        <source>Round %1 of “%2”: pick your name</source>
        <translation>Tour %1 de «&#xa0;%2&#xa0;»&#xa0;: choisissez votre nom</translation>
    </message>
    <message>
        <source>%1 of %2 has voted.</source>
        <translation>%1 sur %2 a voté.</translation>
    </message>
    <message>
        <source>%1 of %2 have voted.</source>
        <translation>%1 sur %2 ont voté.</translation>
    </message>
    <message>
        <source>You have already voted in this round. Ask the coach if you need to vote again.</source>
        <translation>Vous avez déjà voté à ce tour. Demandez à l’animateur ou l’animatrice si vous devez voter de nouveau.</translation>
    </message>
    <message>
        <source>This round is closed: its votes were revealed.</source>
        <translation>Ce tour est clos&#xa0;: ses votes ont été dévoilés.</translation>
    </message>
    <message>
        <source>This ballot cannot be cast: check your dots.</source>
        <translation>Ce bulletin ne peut pas être enregistré&#xa0;: vérifiez vos gommettes.</translation>
    </message>
    <message>
        <source>Nobody has voted yet (0 of %2). Reveal the votes now? Nobody can vote in this round afterwards.</source>
        <translation>Personne n’a encore voté (0 sur %2). Dévoiler les votes maintenant&#xa0;? Plus personne ne pourra voter à ce tour.</translation>
    </message>
    <message>
        <source>Only %1 of %2 has voted. Reveal the votes now? The others can no longer vote in this round.</source>
        <translation>Seul %1 sur %2 a voté. Dévoiler les votes maintenant&#xa0;? Les autres ne pourront plus voter à ce tour.</translation>
    </message>
    <message>
        <source>Only %1 of %2 have voted. Reveal the votes now? The others can no longer vote in this round.</source>
        <translation>Seuls %1 sur %2 ont voté. Dévoiler les votes maintenant&#xa0;? Les autres ne pourront plus voter à ce tour.</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Dévoiler les votes</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <source>Not graded yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Delivered as committed</source>
        <translation>Tenu comme promis</translation>
    </message>
    <message>
        <source>Post-mortem needed</source>
        <translation>Post-mortem à prévoir</translation>
    </message>
    <message>
        <source>Reached in full</source>
        <translation>Atteint entièrement</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Short of the goal</source>
        <translation>En deçà du but</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Committed: the team promised it, so 1.0 is expected; anything less calls for a post-mortem.</source>
        <translation>Engagé&#xa0;: l’équipe l’a promis, 1,0 est donc attendu&#xa0;; en dessous, un post-mortem s’impose.</translation>
    </message>
    <message>
        <source>Aspirational: a stretch, so about 0.7 is a success; 1.0 says the bar could have been higher.</source>
        <translation>Ambitieux&#xa0;: un défi, donc environ 0,7 est une réussite&#xa0;; 1,0 montre que la barre pouvait être plus haute.</translation>
    </message>
    <message>
        <source>No commitment set: graded as aspirational (about 0.7 is a success). Choose one to be sure.</source>
        <translation>Engagement non précisé&#xa0;: noté comme ambitieux (environ 0,7 est une réussite). Choisissez-en un pour lever le doute.</translation>
    </message>
</context>
<context>
    <name>GradesModel</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The proposed grade counts. Type a grade from 0 to 1 to replace it.</source>
        <translation>La note proposée compte. Tapez une note de 0 à 1 pour la remplacer.</translation>
    </message>
    <message>
        <source>Graded by hand. Empty the cell to go back to the proposed grade.</source>
        <translation>Notée à la main. Videz la case pour revenir à la note proposée.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>“%1” is not a number: type a grade from 0 to 1, such as 0.7.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: tapez une note de 0 à 1, comme 0,7.</translation>
    </message>
    <message>
        <source>Grade %1 refused: %2</source>
        <translation>Note %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>The value of its last check-in.</source>
        <translation>La valeur de son dernier point d’étape.</translation>
    </message>
    <message>
        <source>From the last value: the share of the way from the baseline to the target (a threshold: the share of check-ins that held it; a milestone: 1 done, 0 not).</source>
        <translation>D’après la dernière valeur&#xa0;: la part du chemin parcouru de la valeur de départ à la cible (un seuil&#xa0;: la part des points d’étape où il a tenu&#xa0;; un jalon&#xa0;: 1 atteint, 0 sinon).</translation>
    </message>
    <message>
        <source>The grade that counts, 0.0 to 1.0: the proposed one (in grey) until you type another.</source>
        <translation>La note qui compte, de 0,0 à 1,0&#xa0;: la note proposée (en gris) tant que vous n’en tapez pas une autre.</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Mistake to avoid, and what shows it</source>
        <translation>Erreur à éviter, et ce qui la révèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a workshop, blank or from a sample (Ctrl+N)</source>
        <translation>Créer un atelier, vierge ou à partir d’un exemple (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected workshop (Enter or double-click)</source>
        <translation>Ouvrir l’atelier sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Give the selected workshop a new title (F2)</source>
        <translation>Donner un nouveau titre à l’atelier sélectionné (F2)</translation>
    </message>
    <message>
        <source>&amp;Duplicate for the next cycle…</source>
        <translation>&amp;Dupliquer pour le cycle suivant…</translation>
    </message>
    <message>
        <source>Start the next cycle from the selected workshop: choose which objectives and key results carry over; check-ins never do (Ctrl+D)</source>
        <translation>Préparer le cycle suivant à partir de l’atelier sélectionné&#xa0;: choisissez les objectifs et les résultats clés à reprendre&#xa0;; les points d’étape ne sont jamais repris (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a workshop from an exchange file a colleague sent (Ctrl+I)</source>
        <translation>Ajouter un atelier depuis un fichier d’échange envoyé par un collègue (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save the selected workshop as an exchange file to move it to another laptop (Ctrl+E)</source>
        <translation>Enregistrer l’atelier sélectionné dans un fichier d’échange, pour le passer sur un autre ordinateur (Ctrl+E)</translation>
    </message>
    <message>
        <source>Workshop files (*%1 *.json);;All files (*)</source>
        <translation>Fichiers d’atelier (*%1 *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workshop files (*%1)</source>
        <translation>Fichiers d’atelier (*%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected workshop (Del); Undo (Ctrl+Z) brings it back</source>
        <translation>Supprimer l’atelier sélectionné (Suppr)&#xa0;; Annuler (Ctrl+Z) le fait revenir</translation>
    </message>
    <message>
        <source>Go back to the library (Ctrl+L) to use this.</source>
        <translation>Revenez à la bibliothèque (Ctrl+L) pour utiliser cette commande.</translation>
    </message>
    <message>
        <source>Cannot create the workshop</source>
        <translation>Impossible de créer l’atelier</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <source>Cannot duplicate the workshop</source>
        <translation>Impossible de dupliquer l’atelier</translation>
    </message>
    <message>
        <source>“%1” is ready for the next cycle.</source>
        <translation>«&#xa0;%1&#xa0;» est prêt pour le cycle suivant.</translation>
    </message>
    <message>
        <source>Import a workshop</source>
        <translation>Importer un atelier</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d’importer ce fichier</translation>
    </message>
    <message>
        <source>“%1” was imported.</source>
        <translation>«&#xa0;%1&#xa0;» a été importé.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>L’&amp;ouvrir</translation>
    </message>
    <message>
        <source>Rename the workshop</source>
        <translation>Renommer l’atelier</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre&#xa0;:</translation>
    </message>
    <message>
        <source>A workshop needs a title; it keeps its own.</source>
        <translation>Un atelier a besoin d’un titre&#xa0;; il garde le sien.</translation>
    </message>
    <message>
        <source>Export the workshop</source>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <source>Cannot export the workshop</source>
        <translation>Impossible d’exporter l’atelier</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was exported to %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été exporté dans %2.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Search by title, organisation or cycle</source>
        <translation>Chercher par titre, organisation ou cycle</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Every word must match; accents and capitals do not matter (Ctrl+F).</source>
        <translation>Chaque mot doit correspondre&#xa0;; accents et majuscules ne comptent pas (Ctrl+F).</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Go to the list of workshops</source>
        <translation>Aller à la liste des ateliers</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to OKR Workshop&lt;/h2&gt;&lt;p&gt;Your library is empty. Start from a sample workshop to see a whole session, from the vision to measurable key results, or create your own.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans OKR Workshop&lt;/h2&gt;&lt;p&gt;Votre bibliothèque est vide. Partez d’un atelier d’exemple pour voir une séance entière, de la vision aux résultats clés mesurables, ou créez le vôtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the &amp;sample workshops</source>
        <translation>Ajouter les ateliers d’&amp;exemple</translation>
    </message>
    <message>
        <source>A French and an English workshop, complete, to explore or rehearse with.</source>
        <translation>Un atelier en français et un en anglais, complets, pour découvrir l’outil ou répéter.</translation>
    </message>
    <message>
        <source>&amp;Create a new workshop…</source>
        <translation>&amp;Créer un nouvel atelier…</translation>
    </message>
    <message>
        <source>No workshop matches.</source>
        <translation>Aucun atelier ne correspond.</translation>
    </message>
    <message>
        <source>No workshop yet.</source>
        <translation>Pas encore d’atelier.</translation>
    </message>
    <message>
        <source>1 workshop</source>
        <translation>1 atelier</translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation>%1 ateliers</translation>
    </message>
    <message>
        <source>Select a workshop in the list first.</source>
        <translation>Sélectionnez d’abord un atelier dans la liste.</translation>
    </message>
    <message>
        <source>No workshop matches the search; clear it to see them all.</source>
        <translation>Aucun atelier ne correspond à la recherche&#xa0;; effacez-la pour tous les voir.</translation>
    </message>
    <message>
        <source>There is no workshop yet: create one or add the samples.</source>
        <translation>Il n’y a pas encore d’atelier&#xa0;: créez-en un ou ajoutez les exemples.</translation>
    </message>
    <message>
        <source>Cannot add the samples</source>
        <translation>Impossible d’ajouter les exemples</translation>
    </message>
    <message>
        <source>The sample workshops are already in the library.</source>
        <translation>Les ateliers d’exemple sont déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot delete the workshop</source>
        <translation>Impossible de supprimer l’atelier</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>A workshop needs a title; it keeps its own.</source>
        <translation>Un atelier a besoin d’un titre&#xa0;; il garde le sien.</translation>
    </message>
    <message>
        <source>Cannot rename the workshop</source>
        <translation>Impossible de renommer l’atelier</translation>
    </message>
    <message>
        <source>“%1” is now called “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» s’appelle désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot undo or redo this</source>
        <translation>Impossible d’annuler ou de rétablir cette action</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>KeptObjectivesModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
No key result yet; the common rule allows %2.</source>
        <translation>%1
Pas encore de résultat clé&#xa0;; la règle commune en permet %2.</translation>
    </message>
    <message>
        <source>%1
One key result; the common rule allows %2.</source>
        <translation>%1
Un résultat clé&#xa0;; la règle commune en permet %2.</translation>
    </message>
    <message>
        <source>%1
%2 key results; the common rule allows %3.</source>
        <translation>%1
%2 résultats clés&#xa0;; la règle commune en permet %3.</translation>
    </message>
    <message>
        <source>This team has not kept an objective yet (Focus step).</source>
        <translation>Cette équipe n’a pas encore retenu d’objectif (étape Focus).</translation>
    </message>
    <message>
        <source>Kept objective</source>
        <translation>Objectif retenu</translation>
    </message>
    <message>
        <source>KRs</source>
        <translation>KR</translation>
    </message>
</context>
<context>
    <name>KeyResultDependencies</name>
    <message>
        <source>Depends on another team</source>
        <translation>Dépend d’une autre équipe</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Needs another team’s:</source>
        <translation>A besoin de l’objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The other team’s kept objective this one depends on.</source>
        <translation>L’objectif retenu de l’autre équipe dont celui-ci dépend.</translation>
    </message>
</context>
<context>
    <name>KeyResultEditor</name>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Milestone: done or not yet</source>
        <translation>Jalon&#xa0;: fait ou pas encore</translation>
    </message>
    <message>
        <source>Se&amp;ntence:</source>
        <translation>&amp;Phrase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Valeur de départ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Target t&amp;ype:</source>
        <translation>T&amp;ype de cible&#xa0;:</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Responsa&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Sou&amp;rce des données&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Échéa&amp;nce&#xa0;:</translation>
    </message>
    <message>
        <source>Accept the proposed fields</source>
        <translation>Accepter les champs proposés</translation>
    </message>
    <message>
        <source>today&apos;s value?</source>
        <translation>valeur d’aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>A long text wraps onto the next lines. Enter saves it and stays here; it is one sentence, so it holds no line breaks. Tab moves on.</source>
        <translation>Un texte long passe à la ligne. Entrée l’enregistre et reste ici&#xa0;; c’est une seule phrase, sans retour à la ligne. Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>The key result as the room says it, with its numbers (“from 1.8% to 3%”). The fields below are proposed from it.</source>
        <translation>Le résultat clé tel que la salle le formule, avec ses chiffres («&#xa0;de 1,8&#xa0;% à 3&#xa0;%&#xa0;»). Les champs ci-dessous en sont tirés.</translation>
    </message>
    <message>
        <source>What is measured, in a few words: “conversion rate”.</source>
        <translation>Ce que l’on mesure, en quelques mots&#xa0;: «&#xa0;taux de conversion&#xa0;».</translation>
    </message>
    <message>
        <source>Where we start today. Without it, nobody can tell how far we have come. Leave empty when it is not known yet.</source>
        <translation>D’où l’on part aujourd’hui. Sans elle, personne ne peut dire le chemin parcouru. Laissez vide si elle n’est pas encore connue.</translation>
    </message>
    <message>
        <source>The number to reach by the end of the cycle. For a change from the baseline (“−20%”), choose it in Target type: the target then follows from the baseline.</source>
        <translation>Le chiffre à atteindre d’ici la fin du cycle. Pour une évolution depuis la valeur de départ («&#xa0;−20&#xa0;%&#xa0;»), choisissez-la dans Type de cible&#xa0;: la cible se déduit alors de la valeur de départ.</translation>
    </message>
    <message>
        <source>How the target is given: a value to reach, or a change from the baseline, in percent of it or in the unit. Switching keeps the number aimed at when the baseline is known.</source>
        <translation>Comment la cible est donnée&#xa0;: une valeur à atteindre, ou une évolution depuis la valeur de départ, en pourcentage de celle-ci ou dans l’unité. Changer de type garde le chiffre visé quand la valeur de départ est connue.</translation>
    </message>
    <message>
        <source>How much the value should change from the baseline, as a positive amount: Direction says which way (a minus sign typed first sets it to Decrease). Empty it to clear the change.</source>
        <translation>De combien la valeur doit évoluer depuis la valeur de départ, en nombre positif&#xa0;: le Sens dit dans quelle direction (un signe moins tapé devant le met à Baisse). Videz le champ pour retirer l’évolution.</translation>
    </message>
    <message>
        <source>What is counted: %, €, customers, days…</source>
        <translation>Ce que l’on compte&#xa0;:&#xa0;%, €, clients, jours…</translation>
    </message>
    <message>
        <source>Which way progress goes: up, down, or a threshold to stay above or below.</source>
        <translation>Le sens du progrès&#xa0;: à la hausse, à la baisse, ou un seuil à tenir par le haut ou par le bas.</translation>
    </message>
    <message>
        <source>Where the value is read: a tool, a dashboard, a file. A key result nobody can read is forgotten during the cycle.</source>
        <translation>Où se lit la valeur&#xa0;: un outil, un tableau de bord, un fichier. Un résultat clé que personne ne peut lire est oublié en cours de cycle.</translation>
    </message>
    <message>
        <source>One person who follows it and reports on it at every check-in.</source>
        <translation>Une personne qui le suit et en rend compte à chaque point d’étape.</translation>
    </message>
    <message>
        <source>When the target should be reached, inside the cycle.</source>
        <translation>Quand la cible doit être atteinte, dans le cycle.</translation>
    </message>
    <message>
        <source>A milestone is done or not yet, with no number to follow: its check-ins say “done” or “not yet”, and it is graded 1 or 0.</source>
        <translation>Un jalon est fait ou pas encore, sans chiffre à suivre&#xa0;: ses points d’étape disent «&#xa0;fait&#xa0;» ou «&#xa0;pas encore&#xa0;», et il est noté 1 ou 0.</translation>
    </message>
    <message>
        <source>The target typed wins over the change of %1 also stored: the next target typed clears it, or choose the change in Target type.</source>
        <translation>La cible saisie l’emporte sur l’évolution de %1, elle aussi enregistrée&#xa0;: la prochaine cible saisie l’efface&#xa0;; sinon, choisissez l’évolution dans Type de cible.</translation>
    </message>
    <message>
        <source>Type the amount of the change beside its type: the target follows from it and from the baseline.</source>
        <translation>Saisissez l’ampleur de l’évolution à côté de son type&#xa0;: la cible s’en déduit, avec la valeur de départ.</translation>
    </message>
    <message>
        <source>A change of %1 is not a target: not measurable until you type today&apos;s value in Baseline. The target follows from it.</source>
        <translation>Une évolution de %1 n’est pas une cible&#xa0;: non mesurable tant que la valeur d’aujourd’hui n’est pas saisie dans Valeur de départ. La cible s’en déduit.</translation>
    </message>
    <message>
        <source>A change of %1 needs a direction (increase or decrease) to give a target.</source>
        <translation>Une évolution de %1 a besoin d’un sens (hausse ou baisse) pour donner une cible.</translation>
    </message>
    <message>
        <source>Target from the change of %1: from %2 to %3.</source>
        <translation>Cible déduite de l’évolution de %1&#xa0;: de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>KeyResultListPanel</name>
    <message>
        <source>%1 / %2 key results</source>
        <translation>%1 / %2 résultats clés</translation>
    </message>
    <message>
        <source>%1 / %2 key results: limit reached</source>
        <translation>%1 / %2 résultats clés&#xa0;: limite atteinte</translation>
    </message>
    <message>
        <source>%1 / %2 key results: over the common rule</source>
        <translation>%1 / %2 résultats clés&#xa0;: au-delà de la règle commune</translation>
    </message>
    <message>
        <source>The common rule of this workshop: one key result per objective.</source>
        <translation>La règle commune de cet atelier&#xa0;: un résultat clé par objectif.</translation>
    </message>
    <message>
        <source>The common rule of this workshop: at most %1 key results per objective.</source>
        <translation>La règle commune de cet atelier&#xa0;: %1 résultats clés au plus par objectif.</translation>
    </message>
    <message>
        <source>A few key results that show progress beat a long list nobody follows.</source>
        <translation>Quelques résultats clés qui montrent le progrès valent mieux qu’une longue liste que personne ne suit.</translation>
    </message>
    <message>
        <source>The rule is strict: adding one more is refused.</source>
        <translation>La règle est stricte&#xa0;: impossible d’en ajouter un de plus.</translation>
    </message>
    <message>
        <source>The rule is flexible: one more is allowed, and flagged.</source>
        <translation>La règle est souple&#xa0;: un de plus est permis, et signalé.</translation>
    </message>
    <message>
        <source>Key results of the objective</source>
        <translation>Résultats clés de l’objectif</translation>
    </message>
    <message>
        <source>&amp;Add key result</source>
        <translation>&amp;Ajouter un résultat clé</translation>
    </message>
    <message>
        <source>Add a key result to this objective (Insert).</source>
        <translation>Ajouter un résultat clé à cet objectif (Inser).</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Delete the selected key result (Delete). Ctrl+Z brings it back.</source>
        <translation>Supprimer le résultat clé sélectionné (Suppr). Ctrl+Z le fait revenir.</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move the key result up (Ctrl+Up).</source>
        <translation>Monter le résultat clé (Ctrl+Haut).</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Move the key result down (Ctrl+Down).</source>
        <translation>Descendre le résultat clé (Ctrl+Bas).</translation>
    </message>
    <message>
        <source>Delete the key result</source>
        <translation>Supprimer le résultat clé</translation>
    </message>
    <message>
        <source>Move the key result up</source>
        <translation>Monter le résultat clé</translation>
    </message>
    <message>
        <source>Move the key result down</source>
        <translation>Descendre le résultat clé</translation>
    </message>
    <message>
        <source>Edit the key result</source>
        <translation>Modifier le résultat clé</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Ajouter un résultat clé</translation>
    </message>
</context>
<context>
    <name>KeyResultsModel</name>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>hausse</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>baisse</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Départ → cible</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>KeyResultsPage</name>
    <message>
        <source>Key results are written for kept objectives only.</source>
        <translation>Les résultats clés s’écrivent pour les objectifs retenus seulement.</translation>
    </message>
    <message>
        <source>&amp;Kept objectives:</source>
        <translation>Ob&amp;jectifs retenus&#xa0;:</translation>
    </message>
    <message>
        <source>Fin&amp;dings:</source>
        <translation>Remar&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to improve in this key result.</source>
        <translation>Rien à améliorer dans ce résultat clé.</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Résultats clés</translation>
    </message>
    <message>
        <source>No team has kept an objective yet: keep objectives in the Focus step, then write their key results here.</source>
        <translation>Aucune équipe n’a encore retenu d’objectif&#xa0;: retenez-en à l’étape Focus, puis écrivez leurs résultats clés ici.</translation>
    </message>
    <message>
        <source>Choose a kept objective on the left.</source>
        <translation>Choisissez un objectif retenu à gauche.</translation>
    </message>
    <message>
        <source>New key result</source>
        <translation>Nouveau résultat clé</translation>
    </message>
</context>
<context>
    <name>KeyResultsScene</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No key result yet</source>
        <translation>Pas encore de résultat clé</translation>
    </message>
    <message>
        <source>No kept objective has a key result yet</source>
        <translation>Aucun objectif retenu n’a encore de résultat clé</translation>
    </message>
    <message>
        <source>Metric, baseline and target still to write</source>
        <translation>Indicateur, valeur de départ et cible encore à écrire</translation>
    </message>
    <message>
        <source>Measurable and clear: nothing to improve</source>
        <translation>Mesurable et clair&#xa0;: rien à améliorer</translation>
    </message>
    <message>
        <source>%1 point to discuss</source>
        <translation>%1 point à discuter</translation>
    </message>
    <message>
        <source>%1 points to discuss</source>
        <translation>%1 points à discuter</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <comment>one</comment>
        <translation>…et %1 autre</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <comment>many</comment>
        <translation>…et %1 autres</translation>
    </message>
</context>
<context>
    <name>KrChart</name>
    <message>
        <source>Measured values</source>
        <translation>Valeurs mesurées</translation>
    </message>
    <message>
        <source>Expected pace</source>
        <translation>Rythme attendu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Confidence (0-10, right)</source>
        <translation>Confiance sur 10 (à droite)</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Aucun point d’étape pour l’instant</translation>
    </message>
    <message>
        <source>Chart of “%1”</source>
        <translation>Graphique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Latest value %1 on %2, confidence %3/10</source>
        <translation>Dernière valeur %1 le %2, confiance %3/10</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>the line breaks once, where a week has no check-in</source>
        <translation>la courbe s’interrompt une fois, là où une semaine n’a pas de point d’étape</translation>
    </message>
    <message>
        <source>the line breaks %1 times, where weeks lack a check-in</source>
        <translation>la courbe s’interrompt %1 fois, là où des semaines n’ont pas de point d’étape</translation>
    </message>
</context>
<context>
    <name>KrHistoryPanel</name>
    <message>
        <source>Check-in histor&amp;y:</source>
        <translation>Hist&amp;orique des points d’étape&#xa0;:</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Supprimer le point d’étape</translation>
    </message>
    <message>
        <source>Delete check-in (Del)</source>
        <translation>Supprimer le point d’étape (Suppr)</translation>
    </message>
    <message>
        <source>From pace and confidence</source>
        <translation>Selon la trajectoire et la confiance</translation>
    </message>
    <message>
        <source>Why the coach sets this status</source>
        <translation>Pourquoi le coach impose ce statut</translation>
    </message>
    <message>
        <source>&amp;Clear override</source>
        <translation>&amp;Retirer le statut imposé</translation>
    </message>
    <message>
        <source>&amp;Override status:</source>
        <translation>Statut i&amp;mposé&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rai&amp;son&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a key result to see its check-ins.</source>
        <translation>Choisissez un résultat clé pour voir ses points d’étape.</translation>
    </message>
    <message>
        <source>Check-ins of “%1”</source>
        <translation>Points d’étape de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the check-in to delete in the history first.</source>
        <translation>Choisissez d’abord dans l’historique le point d’étape à supprimer.</translation>
    </message>
</context>
<context>
    <name>LibraryGuard</name>
    <message>
        <source>Cannot open the library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The workshop library is in use</source>
        <translation>La bibliothèque d’ateliers est en cours d’utilisation</translation>
    </message>
    <message>
        <source>%1

This file was not imported:
%2

If the library is open in another OKR Workshop window, import it there with File › Import… (Ctrl+I); otherwise open the file again once the library is free.</source>
        <translation>%1

Ce fichier n’a pas été importé&#xa0;:
%2

Si la bibliothèque est ouverte dans une autre fenêtre d’OKR Workshop, importez-le depuis celle-ci avec Fichier › Importer… (Ctrl+I)&#xa0;; sinon, ouvrez de nouveau le fichier une fois la bibliothèque libérée.</translation>
    </message>
    <message>
        <source>The library&apos;s last changes need a look</source>
        <translation>Les dernières modifications de la bibliothèque sont à vérifier</translation>
    </message>
    <message>
        <source>The library was damaged</source>
        <translation>La bibliothèque était endommagée</translation>
    </message>
    <message>
        <source>No backup can bring it back, so OKR Workshop starts with an empty library.</source>
        <translation>Aucune sauvegarde ne peut la restaurer&#xa0;: OKR Workshop démarre avec une bibliothèque vide.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds no workshop.</source>
        <translation>La sauvegarde valide la plus récente date du %1 et ne contient aucun atelier.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds one workshop.</source>
        <translation>La sauvegarde valide la plus récente date du %1 et contient un atelier.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 and holds %2 workshops.</source>
        <translation>La sauvegarde valide la plus récente date du %1 et contient %2 ateliers.</translation>
    </message>
    <message>
        <source>Restore it now? If you choose No, OKR Workshop closes without changing anything else.</source>
        <translation>La restaurer maintenant&#xa0;? Si vous répondez Non, OKR Workshop se ferme sans rien changer d’autre.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n’a pas pu être restaurée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save the last change again</source>
        <translation>Enregistrer à nouveau la dernière modification</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library of workshops</source>
        <translation>Retour à la bibliothèque des ateliers</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Last change NOT saved</source>
        <translation>Dernière modification NON enregistrée</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>NamesView</name>
    <message>
        <source>Pass the laptop round. Pick your name, spend your dots, then cast your vote: nobody sees anyone else’s dots.</source>
        <translation>Faites passer l’ordinateur. Choisissez votre nom, répartissez vos gommettes, puis votez&#xa0;: personne ne voit les gommettes des autres.</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Autres participants</translation>
    </message>
    <message>
        <source>%1 ✓ voted</source>
        <translation>%1 ✓ a voté</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>A blank workshop</source>
        <translation>Un atelier vierge</translation>
    </message>
    <message>
        <source>The French sample: %1</source>
        <translation>L’exemple en français&#xa0;: %1</translation>
    </message>
    <message>
        <source>The English sample: %1</source>
        <translation>L’exemple en anglais&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sample is a whole workshop, from the vision to measured key results: a good way to rehearse or to show how the day goes.</source>
        <translation>Un exemple est un atelier complet, de la vision aux résultats clés mesurés&#xa0;: idéal pour répéter ou montrer le déroulé de la journée.</translation>
    </message>
    <message>
        <source>For example: OKR workshop Q1 2027</source>
        <translation>Par exemple&#xa0;: Atelier OKR T1 2027</translation>
    </message>
    <message>
        <source>Shown in the library and on the results deck.</source>
        <translation>Affiché dans la bibliothèque et sur la présentation de restitution.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The rules speak this language and the deck is written in it.</source>
        <translation>Les règles s’expriment dans cette langue, et la présentation y est rédigée.</translation>
    </message>
    <message>
        <source>The company or department that sets these OKRs.</source>
        <translation>L’entreprise ou la direction qui fixe ces OKR.</translation>
    </message>
    <message>
        <source>For example: Q1 2027</source>
        <translation>Par exemple&#xa0;: T1 2027</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>A sample comes in its own language.</source>
        <translation>Un exemple garde sa propre langue.</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Donnez un titre à l’atelier.</translation>
    </message>
</context>
<context>
    <name>NextCycleDialog</name>
    <message>
        <source>Duplicate for the next cycle</source>
        <translation>Dupliquer pour le cycle suivant</translation>
    </message>
    <message>
        <source>For example: Q2 2027</source>
        <translation>Par exemple&#xa0;: T2 2027</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Untick when the start is not known yet.</source>
        <translation>Décochez si le début n’est pas encore connu.</translation>
    </message>
    <message>
        <source>Untick when the end is not known yet.</source>
        <translation>Décochez si la fin n’est pas encore connue.</translation>
    </message>
    <message>
        <source>What carries over</source>
        <translation>Ce qui est repris</translation>
    </message>
    <message>
        <source>Tick what the next cycle starts from. Space ticks or unticks the line under the cursor.</source>
        <translation>Cochez ce dont part le cycle suivant. Espace coche ou décoche la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>Teams, participants, the vision and the common rule carry over. Check-ins are not carried over: each carried key result starts from its last measured value. Carried objectives come back as candidates, so the room decides again what to keep.</source>
        <translation>Les équipes, les participants, la vision et la règle commune sont repris. Les points d’étape ne le sont pas&#xa0;: chaque résultat clé repris part de sa dernière valeur mesurée. Les objectifs repris reviennent comme candidats&#xa0;: la salle décide à nouveau ce qu’elle retient.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What carries over:</source>
        <translation>&amp;Ce qui est repris&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Give the new workshop a title.</source>
        <translation>Donnez un titre au nouvel atelier.</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts.</source>
        <translation>Le cycle ne peut pas finir avant de commencer.</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>One idea per note; Enter adds it</source>
        <translation>Une idée par note&#xa0;; Entrée l’ajoute</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous note.</source>
        <translation>Laissez vide pour une note anonyme.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ke it an action</source>
        <translation>Tran&amp;sformer en action</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Ru&amp;brique&#xa0;:</translation>
    </message>
    <message>
        <source>Add an action decided from the selected note.</source>
        <translation>Ajouter une action décidée à partir de la note sélectionnée.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator’s notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Facilitator’s notes: %1</source>
        <translation>Notes d’animation&#xa0;: %1</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>cochée</translation>
    </message>
    <message>
        <source>not ticked yet</source>
        <translation>pas encore cochée</translation>
    </message>
    <message>
        <source>Good practices from the source</source>
        <translation>Bonnes pratiques de l’article source</translation>
    </message>
    <message>
        <source>Tick them in the Good practices panel under the page.</source>
        <translation>Cochez-les dans le panneau «&#xa0;Bonnes pratiques&#xa0;» sous la page.</translation>
    </message>
</context>
<context>
    <name>ObjectiveNotes</name>
    <message>
        <source>Why this matters now, in a sentence the team would say.</source>
        <translation>Pourquoi c’est important maintenant, dans une phrase que l’équipe dirait.</translation>
    </message>
    <message>
        <source>The why gets the team on board; kept objectives need one. Saved as soon as you pause typing.</source>
        <translation>Le pourquoi embarque l’équipe&#xa0;; un objectif retenu en a besoin. Enregistré dès que vous marquez une pause.</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Pourquoi c’est important</translation>
    </message>
    <message>
        <source>What the rules say</source>
        <translation>Ce que disent les règles</translation>
    </message>
    <message>
        <source>Choose an objective to see what the rules say.</source>
        <translation>Choisissez un objectif pour voir ce que disent les règles.</translation>
    </message>
    <message>
        <source>&amp;Why “%1” matters</source>
        <translation>&amp;Pourquoi «&#xa0;%1&#xa0;» est important</translation>
    </message>
    <message>
        <source>“%1” serves no strategic objective.
Choose the one it serves, or fill in “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne sert aucun objectif stratégique.
Choisissez celui qu’il sert, ou remplissez «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to say about this objective.</source>
        <translation>Rien à redire sur cet objectif.</translation>
    </message>
</context>
<context>
    <name>PageThumbnailsModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Objectives set aside for now. Nothing here is lost: bring one back as a candidate whenever the team wants to.</source>
        <translation>Les objectifs mis de côté pour l’instant. Rien n’est perdu&#xa0;: l’équipe peut en remettre un en candidat quand elle le souhaite.</translation>
    </message>
    <message>
        <source>Show &amp;all teams</source>
        <translation>Voir &amp;toutes les équipes</translation>
    </message>
    <message>
        <source>Show the parked objectives of every team.</source>
        <translation>Voir les objectifs au parking de toutes les équipes.</translation>
    </message>
    <message>
        <source>&amp;Bring back as candidate</source>
        <translation>Remettre en ca&amp;ndidat</translation>
    </message>
    <message>
        <source>Make the selected objective a candidate again (Enter in the list).</source>
        <translation>Refaire de l’objectif sélectionné un candidat (Entrée dans la liste).</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>— no team —</source>
        <translation>— aucune équipe —</translation>
    </message>
    <message>
        <source>The person&apos;s name. F2 or a double click edits it.</source>
        <translation>Le nom de la personne. F2 ou un double-clic pour le modifier.</translation>
    </message>
    <message>
        <source>Their job, so the room knows who speaks for what.</source>
        <translation>Son poste, pour que la salle sache qui parle de quoi.</translation>
    </message>
    <message>
        <source>The team they write objectives with. People from every department belong in the room, not only product and IT.</source>
        <translation>L’équipe avec qui elle écrit ses objectifs. Toutes les directions ont leur place dans la salle, pas seulement le produit et l’informatique.</translation>
    </message>
    <message>
        <source>A participant needs a name: the previous name is back.</source>
        <translation>Un participant a besoin d’un nom&#xa0;: l’ancien est revenu.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Add &amp;participant</source>
        <translation>Ajouter un &amp;participant</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Participant “%1” deleted (Ctrl+Z brings them back)</source>
        <translation>Participant «&#xa0;%1&#xa0;» supprimé (Ctrl+Z le fait revenir)</translation>
    </message>
    <message>
        <source>Select a participant in the table first.</source>
        <translation>Sélectionnez d’abord un participant dans le tableau.</translation>
    </message>
</context>
<context>
    <name>PosterPaper</name>
    <message>
        <source>A4 (office printer)</source>
        <translation>A4 (imprimante de bureau)</translation>
    </message>
    <message>
        <source>A3 (larger, for a wall)</source>
        <translation>A3 (plus grand, pour un mur)</translation>
    </message>
    <message>
        <source>Every team&apos;s poster is set in the same type size, the largest at which each team fits one page.</source>
        <translation>Tous les posters ont la même taille de texte, la plus grande à laquelle chaque équipe tient sur une page.</translation>
    </message>
    <message>
        <source>Poster pape&amp;r:</source>
        <translation>Papie&amp;r des posters&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PowerPointExport</name>
    <message>
        <source>Save the deck as an editable PowerPoint file (.pptx), with the speaker notes, the sections ticked above and the company template below.</source>
        <translation>Enregistrer la présentation en fichier PowerPoint modifiable (.pptx), avec les notes de l’orateur, les sections cochées ci-dessus et le modèle de l’entreprise ci-dessous.</translation>
    </message>
    <message>
        <source>Export as Po&amp;werPoint…</source>
        <translation>Exporter en Po&amp;werPoint…</translation>
    </message>
    <message>
        <source>Speaker &amp;notes in the PDF</source>
        <translation>&amp;Notes de l’orateur dans le PDF</translation>
    </message>
    <message>
        <source>After each slide that has speaker notes, a page with its title and notes: to rehearse, or to hand out.</source>
        <translation>Après chaque diapositive qui a des notes de l’orateur, une page avec son titre et ses notes&#xa0;: pour répéter, ou à distribuer.</translation>
    </message>
    <message>
        <source>Company te&amp;mplate…</source>
        <translation>&amp;Modèle de l’entreprise…</translation>
    </message>
    <message>
        <source>A .pptx or .potx of your company: the slides take its layouts, theme and size.</source>
        <translation>Un .pptx ou .potx de votre entreprise&#xa0;: les diapositives en prennent les dispositions, le thème et la taille.</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Sans modèle</translation>
    </message>
    <message>
        <source>Back to the deck&apos;s own look.</source>
        <translation>Revenir à l’apparence de la présentation.</translation>
    </message>
    <message>
        <source>PowerPoint template: none (the deck&apos;s look).</source>
        <translation>Modèle PowerPoint&#xa0;: aucun (l’apparence de la présentation).</translation>
    </message>
    <message>
        <source>PowerPoint template: “%1”.</source>
        <translation>Modèle PowerPoint&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the company&apos;s PowerPoint template</source>
        <translation>Choisir le modèle PowerPoint de l’entreprise</translation>
    </message>
    <message>
        <source>PowerPoint presentations and templates (*.pptx *.potx)</source>
        <translation>Présentations et modèles PowerPoint (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>This template cannot be used</source>
        <translation>Ce modèle est inutilisable</translation>
    </message>
    <message>
        <source>Export as PowerPoint</source>
        <translation>Exporter en PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>PracticesModel</name>
    <message>
        <source>%1
Against mistake %2: %3</source>
        <translation>%1
Contre l’erreur&#xa0;%2&#xa0;:&#xa0;%3</translation>
    </message>
</context>
<context>
    <name>PracticesPanel</name>
    <message>
        <source>Show or hide the source’s good practices for this step. The health check counts those ticked.</source>
        <translation>Afficher ou masquer les bonnes pratiques de cette étape. Le bilan de santé compte celles qui sont cochées.</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected practice.</source>
        <translation>Espace coche ou décoche la pratique sélectionnée.</translation>
    </message>
    <message>
        <source>Good practices: %1 of %2 ticked</source>
        <translation>Bonnes pratiques cochées&#xa0;:&#xa0;%1 sur&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>PresentView</name>
    <message>
        <source>The vision has not been written yet.</source>
        <translation>La vision n’est pas encore écrite.</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Notre vision</translation>
    </message>
    <message>
        <source>Strategic objective %1 of %2</source>
        <translation>Objectif stratégique %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>No check-in yet</source>
        <translation>Aucun point d’étape</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>The dashboard and the list show this team, or all.</source>
        <translation>Le tableau de bord et la liste montrent cette équipe, ou toutes.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Key results and their status</source>
        <translation>Résultats clés et leur statut</translation>
    </message>
    <message>
        <source>&amp;Key results:</source>
        <translation>&amp;Résultats clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Avancement</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>(unnamed team)</source>
        <translation>(équipe sans nom)</translation>
    </message>
    <message>
        <source>No kept key result for this choice yet.</source>
        <translation>Aucun résultat clé retenu pour ce choix pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Nothing was written to “%1”: %2.</source>
        <translation>Rien n’a été écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message>
        <source>A&amp;ccept</source>
        <translation>Accep&amp;ter</translation>
    </message>
    <message>
        <source>Fill the fields with these values (Ctrl+Enter). One undo puts them all back.</source>
        <translation>Remplir les champs avec ces valeurs (Ctrl+Entrée). Une seule annulation les remet tous comme avant.</translation>
    </message>
    <message>
        <source>Proposed from the sentence: metric “%1”, a change of %2 (not a target: the target follows from the baseline), unit “%3”, direction: %4.</source>
        <translation>Tiré de la phrase&#xa0;: indicateur «&#xa0;%1&#xa0;», évolution de %2 (pas une cible&#xa0;: elle se déduit de la valeur de départ), unité «&#xa0;%3&#xa0;», sens&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Proposed from the sentence: metric “%1”, baseline %2, target %3, unit “%4”, direction: %5.</source>
        <translation>Tiré de la phrase&#xa0;: indicateur «&#xa0;%1&#xa0;», départ %2, cible %3, unité «&#xa0;%4&#xa0;», sens&#xa0;: %5.</translation>
    </message>
    <message>
        <source>It replaces the change of %1.</source>
        <translation>Cela remplace l’évolution de %1.</translation>
    </message>
    <message>
        <source>It replaces the target %1.</source>
        <translation>Cela remplace la cible %1.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Type a candidate objective and press Enter; then the next one</source>
        <translation>Tapez un objectif candidat et appuyez sur Entrée&#xa0;; puis le suivant</translation>
    </message>
    <message>
        <source>Enter adds it as a candidate of this team, linked and credited as chosen below, and leaves you here for the next one (Insert).</source>
        <translation>Entrée l’ajoute comme candidat de cette équipe, relié et attribué comme choisi ci-dessous, et vous laisse ici pour le suivant (Inser).</translation>
    </message>
    <message>
        <source>&amp;New candidate:</source>
        <translation>&amp;Nouveau candidat&#xa0;:</translation>
    </message>
    <message>
        <source>The strategic objective the next candidates serve.</source>
        <translation>L’objectif stratégique que servent les prochains candidats.</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Sert&#xa0;:</translation>
    </message>
    <message>
        <source>Who proposes the next candidates. The team&apos;s members come first.</source>
        <translation>Qui propose les prochains candidats. Les membres de l’équipe sont en tête.</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Add teams in the Setup step first.</source>
        <translation>Ajoutez d’abord des équipes à l’étape Préparation.</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>One sentence per kept objective, for the room to read aloud.</source>
        <translation>Une phrase par objectif retenu, à lire à voix haute dans la salle.</translation>
    </message>
    <message>
        <source>Co&amp;py all</source>
        <translation>Co&amp;pier tout</translation>
    </message>
    <message>
        <source>Copy every sentence, grouped by team, to the clipboard (Ctrl+Shift+C).</source>
        <translation>Copier toutes les phrases, regroupées par équipe, dans le presse-papiers (Ctrl+Maj+C).</translation>
    </message>
    <message>
        <source>Sentences to read aloud</source>
        <translation>Phrases à lire à voix haute</translation>
    </message>
    <message>
        <source>No kept objective yet: the sentences appear here as teams keep objectives (Focus step).</source>
        <translation>Pas encore d’objectif retenu&#xa0;: les phrases apparaissent ici à mesure que les équipes retiennent des objectifs (étape Focus).</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>RestitutionPage</name>
    <message>
        <source>E&amp;xport the deck…</source>
        <translation>E&amp;xporter la présentation…</translation>
    </message>
    <message>
        <source>Save the deck as a PDF file with the sections ticked above.</source>
        <translation>Enregistrer la présentation en PDF, avec les parties cochées ci-dessus.</translation>
    </message>
    <message>
        <source>Export team &amp;posters…</source>
        <translation>Exporter les &amp;posters d’équipe…</translation>
    </message>
    <message>
        <source>One page per team and its check-in grid, to pin up and fill in at each ritual, in the deck&apos;s language.</source>
        <translation>Une page par équipe et sa grille de suivi, à afficher et à remplir à chaque rituel, dans la langue de la présentation.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <source>No team yet: the deck has no team slides and there is no poster to export.</source>
        <translation>Pas encore d’équipe&#xa0;: la présentation n’a pas de diapositive d’équipe et il n’y a aucun poster à exporter.</translation>
    </message>
    <message>
        <source>No kept objective yet: the team slides will be empty.</source>
        <translation>Pas encore d’objectif retenu&#xa0;: les diapositives des équipes seront vides.</translation>
    </message>
    <message>
        <source>%1 has no kept objective yet: its slide and poster will be empty.</source>
        <translation>%1 n’a pas encore retenu d’objectif&#xa0;: sa diapositive et son poster seront vides.</translation>
    </message>
    <message>
        <source>%1 teams have no kept objective yet: their slides and posters will be empty.</source>
        <translation>%1 équipes n’ont pas encore retenu d’objectif&#xa0;: leurs diapositives et leurs posters seront vides.</translation>
    </message>
    <message>
        <source>No vision yet: the vision slide will be empty.</source>
        <translation>Pas encore de vision&#xa0;: la diapositive de la vision sera vide.</translation>
    </message>
    <message>
        <source>Tick at least one section to see the deck.</source>
        <translation>Cochez au moins une partie pour voir la présentation.</translation>
    </message>
    <message>
        <source>The preview could not be built: %1</source>
        <translation>L’aperçu n’a pas pu être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the deck</source>
        <translation>Exporter la présentation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Export the team posters into this folder</source>
        <translation>Exporter les posters d’équipe dans ce dossier</translation>
    </message>
    <message>
        <source>Export the team posters</source>
        <translation>Exporter les posters d’équipe</translation>
    </message>
    <message>
        <source>Writing one poster per team into “%1”…</source>
        <translation>Écriture d’un poster par équipe dans «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Deck saved as “%1”.</source>
        <translation>Présentation enregistrée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Afficher dans le do&amp;ssier</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exported now, the deck would carry this error:</source>
        <translation>Exportée maintenant, la présentation contiendrait cette erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Exported now, the deck would carry these %1 errors:</source>
        <translation>Exportée maintenant, la présentation contiendrait ces %1&#xa0;erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>One poster saved in “%1”.</source>
        <translation>Un poster enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%2 posters saved in “%1”.</source>
        <translation>%2 posters enregistrés dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing could be written to “%1”: %2.</source>
        <translation>Rien n’a pu être écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing could be written: %1.</source>
        <translation>Rien n’a pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected problem: %1</source>
        <translation>L’export s’est arrêté sur un problème inattendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Alignment tree</source>
        <translation>Arbre d’alignement</translation>
    </message>
    <message>
        <source>Health of the five mistakes</source>
        <translation>Santé face aux cinq erreurs</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alignement</translation>
    </message>
    <message>
        <source>&amp;Coverage and dependencies</source>
        <translation>&amp;Couverture et dépendances</translation>
    </message>
    <message>
        <source>&amp;Health of the five mistakes</source>
        <translation>&amp;Santé face aux cinq erreurs</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>À lire à &amp;voix haute</translation>
    </message>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go from one tab to the next.</source>
        <translation>Ctrl+Tab et Ctrl+Maj+Tab passent d’un onglet à l’autre.</translation>
    </message>
    <message>
        <source>Copy all sentences</source>
        <translation>Copier toutes les phrases</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>No strategic objective yet: add them in the Vision step, then link each team&apos;s objectives to them.</source>
        <translation>Pas encore d’objectif stratégique&#xa0;: ajoutez-les à l’étape Vision, puis reliez-y les objectifs de chaque équipe.</translation>
    </message>
    <message>
        <source>No kept objective yet: objectives appear under the strategy they serve once teams keep them (Focus step).</source>
        <translation>Pas encore d’objectif retenu&#xa0;: les objectifs apparaissent sous la stratégie qu’ils servent dès que les équipes les retiennent (étape Focus).</translation>
    </message>
</context>
<context>
    <name>ReviewScene</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Not aligned with a strategic objective</source>
        <translation>Non relié à un objectif stratégique</translation>
    </message>
    <message>
        <source>No strategic objective yet.</source>
        <translation>Pas encore d’objectif stratégique.</translation>
    </message>
    <message>
        <source>+%1 more strategic objectives</source>
        <translation>+%1 autres objectifs stratégiques</translation>
    </message>
    <message>
        <source>No kept objective serves it yet</source>
        <translation>Aucun objectif retenu ne le sert encore</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 équipe</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 équipes</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>✗ %1 — no contribution yet</source>
        <translation>✗ %1 — aucune contribution pour l’instant</translation>
    </message>
    <message>
        <source>1 kept objective</source>
        <translation>1 objectif retenu</translation>
    </message>
    <message>
        <source>%1 kept objectives</source>
        <translation>%1 objectifs retenus</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>✗ %1 — nothing kept yet</source>
        <translation>✗ %1 — rien de retenu pour l’instant</translation>
    </message>
    <message>
        <source>%1 +%2 more</source>
        <translation>%1 +%2 autres</translation>
    </message>
    <message>
        <source>Teams with no kept objective: %1</source>
        <translation>Équipes sans objectif retenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Teams with no department: %1</source>
        <translation>Équipes sans direction&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 strategic objective of %2 has no contribution</source>
        <translation>%1 objectif stratégique sur %2 n’a aucune contribution</translation>
    </message>
    <message>
        <source>%1 strategic objectives of %2 have no contribution</source>
        <translation>%1 objectifs stratégiques sur %2 n’ont aucune contribution</translation>
    </message>
    <message>
        <source>Every strategic objective has a contribution</source>
        <translation>Chaque objectif stratégique a au moins une contribution</translation>
    </message>
    <message>
        <source>No team yet.</source>
        <translation>Pas encore d’équipe.</translation>
    </message>
    <message>
        <source>No team has a department yet.</source>
        <translation>Aucune équipe n’a encore de direction.</translation>
    </message>
    <message>
        <source>Departments taking part</source>
        <translation>Directions qui participent</translation>
    </message>
    <message>
        <source>Alignment: who serves which strategic objective</source>
        <translation>Alignement&#xa0;: qui sert quel objectif stratégique</translation>
    </message>
    <message>
        <source>Coverage: strategic objectives and departments</source>
        <translation>Couverture&#xa0;: objectifs stratégiques et directions</translation>
    </message>
    <message>
        <source>Health of the five mistakes</source>
        <translation>Santé face aux cinq erreurs</translation>
    </message>
</context>
<context>
    <name>RitualForm</name>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Untick while the first date is not known.</source>
        <translation>Décochez tant que la première date n’est pas connue.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>hh&#xa0;h&#xa0;mm</translation>
    </message>
    <message>
        <source>The time it starts, 24-hour clock: 09:30, 14:00.</source>
        <translation>L’heure de début, sur 24&#xa0;heures&#xa0;: 9&#xa0;h&#xa0;30, 14&#xa0;h.</translation>
    </message>
    <message>
        <source>The time zone the start time is in; calendars in other zones show it at their own time. Type the first letters of a city to find it.</source>
        <translation>Le fuseau horaire de l’heure de début&#xa0;; les agendas d’autres fuseaux l’affichent à leur heure. Tapez les premières lettres d’une ville pour le trouver.</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes (5 to 1,440).</source>
        <translation>Sa durée, en minutes (de 5 à 1&#xa0;440).</translation>
    </message>
    <message>
        <source>A room, or a video call link</source>
        <translation>Une salle, ou un lien de visioconférence</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Des noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Fré&amp;quence&#xa0;:</translation>
    </message>
    <message>
        <source>Fir&amp;st date:</source>
        <translation>Date de la pr&amp;emière séance&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zone horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation>Durée (&amp;minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Lieu (salle ou lie&amp;n)&#xa0;:</translation>
    </message>
    <message>
        <source>Who atte&amp;nds:</source>
        <translation>Pa&amp;rticipants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;time (24-hour):</source>
        <translation>Heure de dé&amp;but&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RitualsModel</name>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>RitualsTab</name>
    <message>
        <source>Add a ritua&amp;l</source>
        <translation>A&amp;jouter un rituel</translation>
    </message>
    <message>
        <source>&amp;Delete ritual</source>
        <translation>&amp;Supprimer le rituel</translation>
    </message>
    <message>
        <source>Delete the selected ritual (Ctrl+Z brings it back).</source>
        <translation>Supprimer le rituel choisi (Ctrl+Z le fait revenir).</translation>
    </message>
    <message>
        <source>Propose the &amp;usual rituals</source>
        <translation>Proposer les rituels &amp;usuels</translation>
    </message>
    <message>
        <source>Adds the weekly check-in, the monthly review, grading and retrospective, and next-cycle planning, dated from the cycle; a kind already there is not added again.</source>
        <translation>Ajoute le point d’étape hebdomadaire, la revue mensuelle, la notation et rétrospective et la préparation du prochain cycle, datés d’après le cycle&#xa0;; un type déjà présent n’est pas ajouté à nouveau.</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporter vers un agenda (.ics)…</translation>
    </message>
    <message>
        <source>One recurring event per ritual, for Outlook, Google Calendar or Apple Calendar; exporting again updates the same events.</source>
        <translation>Un événement récurrent par rituel, pour Outlook, Google Agenda ou Apple Calendrier&#xa0;; exporter à nouveau met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>Supprimer le rituel</translation>
    </message>
    <message>
        <source>Rituals of the c&amp;ycle:</source>
        <translation>Rituels du c&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rituals</source>
        <translation>R&amp;ituels</translation>
    </message>
    <message>
        <source>The usual rituals are all there already; change them in the form.</source>
        <translation>Les rituels usuels sont déjà tous là&#xa0;; modifiez-les dans le formulaire.</translation>
    </message>
    <message>
        <source>%1 usual ritual added, dated from the cycle: adjust it in the form.</source>
        <translation>%1 rituel usuel ajouté, daté d’après le cycle&#xa0;: ajustez-le dans le formulaire.</translation>
    </message>
    <message>
        <source>%1 usual rituals added, dated from the cycle: adjust them in the form.</source>
        <translation>%1 rituels usuels ajoutés, datés d’après le cycle&#xa0;: ajustez-les dans le formulaire.</translation>
    </message>
    <message>
        <source>Export the rituals to a calendar file</source>
        <translation>Exporter les rituels vers un fichier d’agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved: %1</source>
        <translation>Agenda non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar saved as “%1”: import it in Outlook, Google Calendar or Apple Calendar. Exporting again updates the same events.</source>
        <translation>Agenda enregistré sous «&#xa0;%1&#xa0;»&#xa0;: importez-le dans Outlook, Google Agenda ou Apple Calendrier. Exporter à nouveau met à jour les mêmes événements.</translation>
    </message>
</context>
<context>
    <name>RotiBox</name>
    <message>
        <source>ROTI: was the time well spent? (1 = wasted, 5 = well worth it)</source>
        <translation>ROTI&#xa0;: le temps était-il bien investi&#xa0;? (1 = perdu, 5 = largement rentabilisé)</translation>
    </message>
    <message>
        <source>Who votes; then press a digit from 1 to 5.</source>
        <translation>Qui vote&#xa0;; puis tapez un chiffre de 1 à 5.</translation>
    </message>
    <message>
        <source>Add a vote of %1 (or press %1)</source>
        <translation>Ajouter un vote de&#xa0;%1 (ou taper&#xa0;%1)</translation>
    </message>
    <message>
        <source>Who vote&amp;s:</source>
        <translation>&amp;Qui vote&#xa0;:</translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Retirer le vote</translation>
    </message>
    <message>
        <source>%1 vote, average %2</source>
        <translation>%1 vote, moyenne&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 votes, average %2</source>
        <translation>%1 votes, moyenne&#xa0;%2</translation>
    </message>
    <message>
        <source>No vote yet.</source>
        <translation>Pas encore de vote.</translation>
    </message>
</context>
<context>
    <name>RoundSummary</name>
    <message>
        <source>Round of %1 — key results checked in: %2 of %3 · values up: %4, down: %5 · confidence drops: %6</source>
        <translation>Tour du %1 — résultats clés renseignés&#xa0;: %2 sur %3 · valeurs en hausse&#xa0;: %4, en baisse&#xa0;: %5 · confiance en baisse&#xa0;: %6</translation>
    </message>
    <message>
        <source>%1 and others: %2</source>
        <translation>%1 et %2 autres</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>How many objectives each team may keep in the Focus step. The source recommends 2 or 3.</source>
        <translation>Combien d’objectifs chaque équipe peut retenir à l’étape Focus. La source en recommande 2 ou 3.</translation>
    </message>
    <message>
        <source>How many key results each kept objective may have. The source recommends 2.</source>
        <translation>Combien de résultats clés chaque objectif retenu peut avoir. La source en recommande 2.</translation>
    </message>
    <message>
        <source>Soft: &amp;warn</source>
        <translation>Souple&#xa0;: a&amp;vertir</translation>
    </message>
    <message>
        <source>Going over the limit is allowed; the step shows a warning until it is fixed.</source>
        <translation>Dépasser la limite est permis&#xa0;; l’étape affiche un avertissement tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>St&amp;rict: refuse</source>
        <translation>St&amp;ricte&#xa0;: refuser</translation>
    </message>
    <message>
        <source>Going over the limit is refused: a team must park an objective before keeping another one.</source>
        <translation>Dépasser la limite est refusé&#xa0;: une équipe doit mettre un objectif au parking avant d’en retenir un autre.</translation>
    </message>
    <message>
        <source>Objectives per team, at &amp;most:</source>
        <translation>Objectifs par équipe, au plu&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key results per objective, at most:</source>
        <translation>Résultats &amp;clés par objectif, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>When over the limit:</source>
        <translation>Au-delà de la limite&#xa0;:</translation>
    </message>
    <message>
        <source>Why: the source recommends 2 or 3 objectives per team and 2 key results per objective. Too many objectives means trying to do everything, and focus is the whole point of OKRs.</source>
        <translation>Pourquoi&#xa0;: la source recommande 2 ou 3 objectifs par équipe et 2 résultats clés par objectif. Trop d’objectifs, c’est vouloir tout faire&#xa0;; or tout l’intérêt des OKR, c’est de choisir.</translation>
    </message>
    <message>
        <source>Soft warns when a team keeps more than the limit; strict refuses to keep anything beyond it. Parked objectives never count.</source>
        <translation>Souple avertit quand une équipe retient plus que la limite&#xa0;; stricte refuse tout objectif au-delà. Les objectifs au parking ne comptent jamais.</translation>
    </message>
</context>
<context>
    <name>RunSheetActions</name>
    <message>
        <source>Run sheet…</source>
        <translation>Déroulé…</translation>
    </message>
    <message>
        <source>The session&apos;s date and start time, the minutes planned per step, breaks, and the time spent</source>
        <translation>La date et l’heure de début de la séance, les minutes prévues par étape, les pauses et le temps passé</translation>
    </message>
    <message>
        <source>Print run sheet…</source>
        <translation>Imprimer le déroulé…</translation>
    </message>
    <message>
        <source>The run sheet on one A4 page (PDF)</source>
        <translation>Le déroulé sur une page A4 (PDF)</translation>
    </message>
    <message>
        <source>Print the run sheet</source>
        <translation>Imprimer le déroulé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Run sheet written to “%1”</source>
        <translation>Déroulé enregistré dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RunSheetDialog</name>
    <message>
        <source>Run sheet</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>S&amp;et</source>
        <translation>Fi&amp;xée</translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation>p. ex. 9&#xa0;h&#xa0;30</translation>
    </message>
    <message>
        <source>When the session starts (HH:MM); empty: times are counted from the start</source>
        <translation>L’heure de début de la séance (p. ex. 9&#xa0;h&#xa0;30)&#xa0;; vide&#xa0;: les heures sont comptées depuis le début</translation>
    </message>
    <message>
        <source>Session &amp;date:</source>
        <translation>&amp;Date de la séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Add a &amp;break</source>
        <translation>Ajouter une &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Remove the break</source>
        <translation>&amp;Supprimer la pause</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>&amp;Print run sheet…</source>
        <translation>&amp;Imprimer le déroulé…</translation>
    </message>
    <message>
        <source>Planned: %1 min, breaks included (%2 min)</source>
        <translation>Prévu&#xa0;: %1&#xa0;min, pauses comprises (%2&#xa0;min)</translation>
    </message>
    <message>
        <source>Planned: %1 min</source>
        <translation>Prévu&#xa0;: %1&#xa0;min</translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation>fin à %1</translation>
    </message>
    <message>
        <source>spent: %1</source>
        <translation>passé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Not a time of day: write it as 09:30</source>
        <translation>Ce n’est pas une heure&#xa0;: écrivez-la comme 9&#xa0;h&#xa0;30</translation>
    </message>
</context>
<context>
    <name>RunSheetEdits</name>
    <message>
        <source>change planned minutes</source>
        <translation>modifier les minutes prévues</translation>
    </message>
    <message>
        <source>Planned minutes changed</source>
        <translation>Minutes prévues modifiées</translation>
    </message>
    <message>
        <source>Change to the planned minutes undone</source>
        <translation>Modification des minutes prévues annulée</translation>
    </message>
    <message>
        <source>Change to the planned minutes redone</source>
        <translation>Modification des minutes prévues rétablie</translation>
    </message>
    <message>
        <source>rename run-sheet line</source>
        <translation>renommer la ligne du déroulé</translation>
    </message>
    <message>
        <source>Run-sheet line renamed</source>
        <translation>Ligne du déroulé renommée</translation>
    </message>
    <message>
        <source>Renaming of the run-sheet line undone</source>
        <translation>Changement de nom de la ligne du déroulé annulé</translation>
    </message>
    <message>
        <source>Renaming of the run-sheet line redone</source>
        <translation>Changement de nom de la ligne du déroulé rétabli</translation>
    </message>
    <message>
        <source>add break</source>
        <translation>ajouter une pause</translation>
    </message>
    <message>
        <source>Break added</source>
        <translation>Pause ajoutée</translation>
    </message>
    <message>
        <source>Break addition undone</source>
        <translation>Ajout de la pause annulé</translation>
    </message>
    <message>
        <source>Break addition redone</source>
        <translation>Ajout de la pause rétabli</translation>
    </message>
    <message>
        <source>remove break</source>
        <translation>supprimer la pause</translation>
    </message>
    <message>
        <source>Break removed</source>
        <translation>Pause supprimée</translation>
    </message>
    <message>
        <source>Break removal undone</source>
        <translation>Suppression de la pause annulée</translation>
    </message>
    <message>
        <source>Break removal redone</source>
        <translation>Suppression de la pause rétablie</translation>
    </message>
    <message>
        <source>move run-sheet line</source>
        <translation>déplacer la ligne du déroulé</translation>
    </message>
    <message>
        <source>Run-sheet line moved</source>
        <translation>Ligne du déroulé déplacée</translation>
    </message>
    <message>
        <source>Move of the run-sheet line undone</source>
        <translation>Déplacement de la ligne du déroulé annulé</translation>
    </message>
    <message>
        <source>Move of the run-sheet line redone</source>
        <translation>Déplacement de la ligne du déroulé rétabli</translation>
    </message>
    <message>
        <source>change session date and time</source>
        <translation>modifier la date et l’heure de la séance</translation>
    </message>
    <message>
        <source>Session date and time changed</source>
        <translation>Date et heure de la séance modifiées</translation>
    </message>
    <message>
        <source>Change to the session date and time undone</source>
        <translation>Modification de la date et de l’heure de la séance annulée</translation>
    </message>
    <message>
        <source>Change to the session date and time redone</source>
        <translation>Modification de la date et de l’heure de la séance rétablie</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <source>%1 (+%2 d)</source>
        <translation>%1 (J+%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>From start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Prévu (min)</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>A break: its title, its minutes; Delete removes it</source>
        <translation>Une pause&#xa0;: son titre, ses minutes&#xa0;; Suppr la supprime</translation>
    </message>
    <message>
        <source>A step of the workshop: a title of your own is shown beside its name; the step timer counts it</source>
        <translation>Une étape de l’atelier&#xa0;: un titre à vous s’affiche à côté de son nom&#xa0;; le minuteur la chronomètre</translation>
    </message>
</context>
<context>
    <name>SessionBridge</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Common rule</source>
        <translation>Règle commune</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>No participant yet: add the people taking part, so each team can have an ambassador.</source>
        <translation>Pas encore de participant&#xa0;: ajoutez les personnes présentes, pour que chaque équipe ait un ambassadeur.</translation>
    </message>
    <message>
        <source>The cycle&apos;s dates are not set yet: the deck and the check-ins need them.</source>
        <translation>Les dates du cycle ne sont pas encore fixées&#xa0;: la présentation et les points d’étape en ont besoin.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Cette page</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>La salle</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a shortcut or an action</source>
        <translation>Chercher un raccourci ou une action</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
    <message>
        <source>The audience view’s single letters work while it is open and no text field has the focus.</source>
        <translation>Les touches à une lettre de la vue de la salle agissent quand elle est ouverte et que le curseur n’est dans aucun champ de texte.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut that works on this page (F1)</source>
        <translation>Tous les raccourcis utilisables sur cette page (F1)</translation>
    </message>
</context>
<context>
    <name>SteeringPage</name>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go from one tab to the next.</source>
        <translation>Ctrl+Tab et Ctrl+Maj+Tab passent d’un onglet à l’autre.</translation>
    </message>
    <message>
        <source>Steering</source>
        <translation>Pilotage</translation>
    </message>
</context>
<context>
    <name>SteeringScene</name>
    <message>
        <source>Where we stand — %1</source>
        <translation>Où nous en sommes — %1</translation>
    </message>
    <message>
        <source>Where we stand — all teams</source>
        <translation>Où nous en sommes — toutes les équipes</translation>
    </message>
    <message>
        <source>No kept key result yet.</source>
        <translation>Pas encore de résultat clé retenu.</translation>
    </message>
    <message>
        <source>%1 · confidence %2/10</source>
        <translation>%1 · confiance %2/10</translation>
    </message>
    <message>
        <source>%1 not checked in yet</source>
        <translation>%1 sans point d’étape</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>Check-in round · %1 of %2 · %3</source>
        <translation>Tour des points d’étape · %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Last value (%1, %2/10)</source>
        <translation>Dernière valeur (%1, %2/10)</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>Ce qui a changé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Setup</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Résultats clés</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <source>Steering</source>
        <translation>Pilotage</translation>
    </message>
</context>
<context>
    <name>StrategicObjectivesModel</name>
    <message>
        <source>Why is still to write</source>
        <translation>Pourquoi encore à écrire</translation>
    </message>
    <message>
        <source>F2 or a double click renames it. Alt+Up and Alt+Down reorder.</source>
        <translation>F2 ou un double-clic pour le renommer. Alt+Haut et Alt+Bas pour le déplacer.</translation>
    </message>
    <message>
        <source>Every strategic objective needs its why: teams commit to what they understand. Write it in the field beside the list.</source>
        <translation>Chaque objectif stratégique a besoin de son pourquoi&#xa0;: les équipes s’engagent sur ce qu’elles comprennent. Écrivez-le dans le champ à côté de la liste.</translation>
    </message>
    <message>
        <source>Strategic objective</source>
        <translation>Objectif stratégique</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>A strategic objective needs a title: the previous title is back.</source>
        <translation>Un objectif stratégique a besoin d’un titre&#xa0;: l’ancien est revenu.</translation>
    </message>
</context>
<context>
    <name>SyncedLibraryBanner</name>
    <message>
        <source>Warning: your library is in a folder that %1 synchronises (%2). A sync engine copying a database while it is open corrupts it, and a colleague’s copy can replace yours. Quit, move the library file out of the synced folder, and share workshops through a team folder instead (File › Team folder…): there, each workshop is one closed file.</source>
        <translation>Attention&#xa0;: votre bibliothèque est dans un dossier que %1 synchronise (%2). Un outil de synchronisation qui copie une base de données ouverte la corrompt, et la copie d’un collègue peut remplacer la vôtre. Quittez l’application, sortez le fichier de la bibliothèque du dossier synchronisé et partagez plutôt vos ateliers par un dossier d’équipe (Fichier › Dossier d’équipe…)&#xa0;: chaque atelier y est un fichier fermé.</translation>
    </message>
    <message>
        <source>Warning about where the library is</source>
        <translation>Avertissement sur l’emplacement de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>&amp;Team folder…</source>
        <translation>Dossier d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Choose the folder shared with other coaches and the name they see (Ctrl+Shift+F)</source>
        <translation>Choisir le dossier partagé avec les autres coachs et le nom qu’ils voient (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>S&amp;hare in the team folder</source>
        <translation>&amp;Partager dans le dossier d’équipe</translation>
    </message>
    <message>
        <source>Put the selected workshop in the team folder, or publish your changes to it (Ctrl+Shift+S)</source>
        <translation>Mettre l’atelier sélectionné dans le dossier d’équipe, ou y publier vos modifications (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>O&amp;pen from the team folder</source>
        <translation>Ou&amp;vrir depuis le dossier d’équipe</translation>
    </message>
    <message>
        <source>Open the workshop selected in the team folder’s list; a colleague’s comes into your library (Enter)</source>
        <translation>Ouvrir l’atelier sélectionné dans la liste du dossier d’équipe&#xa0;; celui d’un collègue entre dans votre bibliothèque (Entrée)</translation>
    </message>
    <message>
        <source>Upd&amp;ate from the team folder</source>
        <translation>&amp;Mettre à jour depuis le dossier d’équipe</translation>
    </message>
    <message>
        <source>Bring the newer versions colleagues published into your library; workshops with changes not yet published are left as they are (Ctrl+Shift+U)</source>
        <translation>Faire entrer dans votre bibliothèque les versions plus récentes publiées par vos collègues&#xa0;; les ateliers aux modifications pas encore publiées restent tels quels (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>No team folder: your workshops stay on this computer only.</source>
        <translation>Aucun dossier d’équipe&#xa0;: vos ateliers restent sur cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Workshops are shared through “%1”, as %2.</source>
        <translation>Les ateliers sont partagés par «&#xa0;%1&#xa0;», au nom de %2.</translation>
    </message>
    <message>
        <source>Choose a team folder first.</source>
        <translation>Choisissez d’abord un dossier d’équipe.</translation>
    </message>
    <message>
        <source>Cannot share the workshop</source>
        <translation>Impossible de partager l’atelier</translation>
    </message>
    <message>
        <source>“%1” is in the team folder: colleagues can open it.</source>
        <translation>«&#xa0;%1&#xa0;» est dans le dossier d’équipe&#xa0;: vos collègues peuvent l’ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Your changes to “%1” were published in the team folder (revision %2).</source>
        <translation>Vos modifications de «&#xa0;%1&#xa0;» ont été publiées dans le dossier d’équipe (révision %2).</translation>
    </message>
    <message>
        <source>“%1” is up to date in the team folder (revision %2).</source>
        <translation>«&#xa0;%1&#xa0;» est à jour dans le dossier d’équipe (révision %2).</translation>
    </message>
    <message>
        <source>A colleague published a newer version of “%1”: update from the team folder first (Ctrl+Shift+U).</source>
        <translation>Un collègue a publié une version plus récente de «&#xa0;%1&#xa0;»&#xa0;: mettez d’abord à jour depuis le dossier d’équipe (Ctrl+Maj+U).</translation>
    </message>
    <message>
        <source>“%1” changed both here and in the team folder; nothing was overwritten. Open it to compare both versions and choose.</source>
        <translation>«&#xa0;%1&#xa0;» a changé ici et dans le dossier d’équipe&#xa0;; rien n’a été écrasé. Ouvrez-le pour comparer les deux versions et choisir.</translation>
    </message>
    <message>
        <source>“%1” could not be published: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être publié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot take the workshop back</source>
        <translation>Impossible de retirer l’atelier</translation>
    </message>
    <message>
        <source>“%1” is no longer in the team folder; your copy is kept.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans le dossier d’équipe&#xa0;; votre exemplaire est conservé.</translation>
    </message>
    <message>
        <source>Select a workshop in the team folder’s list first.</source>
        <translation>Sélectionnez d’abord un atelier dans la liste du dossier d’équipe.</translation>
    </message>
    <message>
        <source>Nothing was read from this file. %1</source>
        <translation>Rien n’a été lu dans ce fichier. %1</translation>
    </message>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <source>“%1” was brought into your library from the team folder, linked to its file.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté à votre bibliothèque depuis le dossier d’équipe, relié à son fichier.</translation>
    </message>
    <message>
        <source>Cannot update from the team folder</source>
        <translation>Impossible de mettre à jour depuis le dossier d’équipe</translation>
    </message>
    <message>
        <source>“%1” was updated from the team folder.</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à jour depuis le dossier d’équipe.</translation>
    </message>
    <message>
        <source>%1 workshops were updated from the team folder.</source>
        <translation>%1 ateliers ont été mis à jour depuis le dossier d’équipe.</translation>
    </message>
    <message>
        <source>Your workshops are up to date with the team folder.</source>
        <translation>Vos ateliers sont à jour avec le dossier d’équipe.</translation>
    </message>
    <message>
        <source>Left as they are, with changes of yours not yet published: %1.</source>
        <translation>Laissés tels quels, avec des modifications à vous pas encore publiées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TeamBar</name>
    <message>
        <source>Team folder</source>
        <translation>Dossier d’équipe</translation>
    </message>
    <message>
        <source>Team folder: not published</source>
        <translation>Dossier d’équipe&#xa0;: non publié</translation>
    </message>
    <message>
        <source>Team folder: revision %1</source>
        <translation>Dossier d’équipe&#xa0;: révision %1</translation>
    </message>
    <message>
        <source>This workshop is the same here and in the team folder.</source>
        <translation>Cet atelier est identique ici et dans le dossier d’équipe.</translation>
    </message>
    <message>
        <source>Team folder: conflict</source>
        <translation>Dossier d’équipe&#xa0;: conflit</translation>
    </message>
    <message>
        <source>Compare and choose…</source>
        <translation>Comparer et choisir…</translation>
    </message>
</context>
<context>
    <name>TeamChoiceModel</name>
    <message>
        <source>“%1” has no objective yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore d’objectif.</translation>
    </message>
    <message>
        <source>“%1” has one objective.</source>
        <translation>«&#xa0;%1&#xa0;» a un objectif.</translation>
    </message>
    <message>
        <source>“%1” has %2 objectives.</source>
        <translation>«&#xa0;%1&#xa0;» a %2 objectifs.</translation>
    </message>
    <message>
        <source>Ctrl+%1 chooses it.</source>
        <translation>Ctrl+%1 la choisit.</translation>
    </message>
</context>
<context>
    <name>TeamFolderDialog</name>
    <message>
        <source>Team folder</source>
        <translation>Dossier d’équipe</translation>
    </message>
    <message>
        <source>Share workshops with other coaches through a folder that Syncthing, Nextcloud, OneDrive, Dropbox or a network share keeps in step between laptops. Each shared workshop is one file there; your library stays on this computer.</source>
        <translation>Partagez des ateliers avec d’autres coachs par un dossier que Syncthing, Nextcloud, OneDrive, Dropbox ou un partage réseau tient à jour d’un portable à l’autre. Chaque atelier partagé y est un fichier&#xa0;; votre bibliothèque reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Use a team folder</source>
        <translation>&amp;Utiliser un dossier d’équipe</translation>
    </message>
    <message>
        <source>For example: ~/Sync/OKR team</source>
        <translation>Par exemple&#xa0;: ~/Sync/Équipe OKR</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Pick the folder in a folder dialog</source>
        <translation>Choisir le dossier dans une fenêtre de sélection</translation>
    </message>
    <message>
        <source>Shown to colleagues on what you publish, with this computer’s name (%1).</source>
        <translation>Montré à vos collègues sur ce que vous publiez, avec le nom de cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name for colleagues:</source>
        <translation>Votre &amp;nom pour les collègues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Choisir le dossier d’équipe</translation>
    </message>
    <message>
        <source>Choose the team folder, or untick “Use a team folder”.</source>
        <translation>Choisissez le dossier d’équipe, ou décochez «&#xa0;Utiliser un dossier d’équipe&#xa0;».</translation>
    </message>
    <message>
        <source>Give the name colleagues will see on what you publish.</source>
        <translation>Indiquez le nom que vos collègues verront sur ce que vous publiez.</translation>
    </message>
    <message>
        <source>Your library is in this folder: the sync engine would copy it while it is open, which corrupts it. Choose a folder that does not hold the library.</source>
        <translation>Votre bibliothèque est dans ce dossier&#xa0;: l’outil de synchronisation la copierait pendant qu’elle est ouverte, ce qui la corrompt. Choisissez un dossier qui ne contient pas la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>TeamFolderModel</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Your copy compared with the team folder’s file</source>
        <translation>Votre exemplaire comparé au fichier du dossier d’équipe</translation>
    </message>
    <message>
        <source>The coach who published the file, and on which computer</source>
        <translation>Le coach qui a publié le fichier, et sur quel ordinateur</translation>
    </message>
    <message>
        <source>When the file was published (your local time)</source>
        <translation>Quand le fichier a été publié (à votre heure locale)</translation>
    </message>
    <message>
        <source>How many times it was published</source>
        <translation>Combien de fois il a été publié</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>TeamKeys</name>
    <message>
        <source>Ctrl+1 to Ctrl+9 choose the team directly.</source>
        <translation>Ctrl+1 à Ctrl+9 choisissent directement l’équipe.</translation>
    </message>
    <message>
        <source>Choose team %1</source>
        <translation>Choisir l’équipe %1</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>The team&apos;s name. F2 or a double click renames it.</source>
        <translation>Le nom de l’équipe. F2 ou un double-clic pour le modifier.</translation>
    </message>
    <message>
        <source>Pick a department from the list or type your own. OKRs concern the whole company, not only product and IT teams.</source>
        <translation>Choisissez une direction dans la liste ou tapez la vôtre. Les OKR concernent toute l’entreprise, pas seulement le produit et l’informatique.</translation>
    </message>
    <message>
        <source>The person who will keep the OKRs alive in this team after the workshop. Every team needs one.</source>
        <translation>La personne qui fera vivre les OKR dans cette équipe après l’atelier. Chaque équipe en a besoin d’un.</translation>
    </message>
    <message>
        <source>How many objectives the team has written so far.</source>
        <translation>Combien d’objectifs l’équipe a écrits jusqu’ici.</translation>
    </message>
    <message>
        <source>A team needs a name: the previous name is back.</source>
        <translation>Une équipe a besoin d’un nom&#xa0;: l’ancien est revenu.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Team folder</source>
        <translation>Dossier d’équipe</translation>
    </message>
    <message>
        <source>Workshops in the team folder</source>
        <translation>Ateliers du dossier d’équipe</translation>
    </message>
    <message>
        <source>No team folder yet. To prepare and follow workshops with other coaches, choose a folder that Syncthing, Nextcloud, OneDrive, Dropbox or a network share keeps in step (Team folder…).</source>
        <translation>Pas encore de dossier d’équipe. Pour préparer et suivre des ateliers avec d’autres coachs, choisissez un dossier que Syncthing, Nextcloud, OneDrive, Dropbox ou un partage réseau tient à jour (Dossier d’équipe…).</translation>
    </message>
    <message>
        <source>%1 — as %2</source>
        <translation>%1 — au nom de %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1 Workshops will be listed again as soon as it is back.</source>
        <translation>%1 Les ateliers seront de nouveau listés dès son retour.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lu %1</translation>
    </message>
    <message>
        <source>No workshop in the team folder yet. Select one of yours above and share it (Ctrl+Shift+S).</source>
        <translation>Aucun atelier dans le dossier d’équipe pour l’instant. Sélectionnez l’un des vôtres ci-dessus et partagez-le (Ctrl+Maj+S).</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>a colleague</source>
        <translation>un ou une collègue</translation>
    </message>
    <message>
        <source>Published to the team folder (revision %1)</source>
        <translation>Publié dans le dossier d’équipe (révision %1)</translation>
    </message>
    <message>
        <source>Updated with %1’s changes (revision %2)</source>
        <translation>Mis à jour avec les modifications de %1 (révision %2)</translation>
    </message>
    <message>
        <source>A colleague published a newer version: %1’s revision %2 comes in once nothing is being typed or edited here</source>
        <translation>Une version plus récente a été publiée&#xa0;: la révision %2 de %1 arrivera dès que rien ne sera plus en cours de saisie ou de modification ici</translation>
    </message>
    <message>
        <source>Conflict with %1’s version (revision %2): choose which version to keep</source>
        <translation>Conflit avec la version de %1 (révision %2)&#xa0;: choisissez la version à garder</translation>
    </message>
    <message>
        <source>Not published: %1 Your changes are safe in this library and will be published when the folder is back.</source>
        <translation>Non publié&#xa0;: %1 Vos modifications sont en sécurité dans cette bibliothèque et seront publiées au retour du dossier.</translation>
    </message>
    <message>
        <source>the team folder “%1” cannot be found (a disconnected drive or network share?).</source>
        <translation>le dossier d’équipe «&#xa0;%1&#xa0;» est introuvable (disque ou partage réseau déconnecté&#xa0;?).</translation>
    </message>
    <message>
        <source>the team folder “%1” cannot be read (%2).</source>
        <translation>le dossier d’équipe «&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>the team folder cannot be written to (%1: %2).</source>
        <translation>impossible d’écrire dans le dossier d’équipe (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>the team folder cannot be used (%1).</source>
        <translation>le dossier d’équipe est inutilisable (%1).</translation>
    </message>
    <message>
        <source>Not published: this workshop’s file is no longer in the team folder (a colleague may have removed it). Your copy stays in this library.</source>
        <translation>Non publié&#xa0;: le fichier de cet atelier n’est plus dans le dossier d’équipe (quelqu’un l’a peut-être supprimé). Votre copie reste dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>Not published: the team file “%1” cannot be read (%2). It is read again at the next check; nothing is overwritten meanwhile.</source>
        <translation>Non publié&#xa0;: le fichier d’équipe «&#xa0;%1&#xa0;» est illisible (%2). Il sera relu à la prochaine vérification&#xa0;; rien n’est écrasé d’ici là.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Also open by %1 on %2 since %3</source>
        <translation>Ouvert aussi par %1 sur %2 depuis %3</translation>
    </message>
    <message>
        <source>%1, and %2 other colleague</source>
        <translation>%1, et %2 autre collègue</translation>
    </message>
    <message>
        <source>%1, and %2 other colleagues</source>
        <translation>%1, et %2 autres collègues</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>Shared, up to date</source>
        <translation>Partagé, à jour</translation>
    </message>
    <message>
        <source>Changes not yet published</source>
        <translation>Modifications pas encore publiées</translation>
    </message>
    <message>
        <source>A colleague published a newer version</source>
        <translation>Un collègue a publié une version plus récente</translation>
    </message>
    <message>
        <source>Conflict: both versions changed</source>
        <translation>Conflit&#xa0;: les deux versions ont changé</translation>
    </message>
    <message>
        <source>A colleague’s, not in your library</source>
        <translation>D’un collègue, absent de votre bibliothèque</translation>
    </message>
    <message>
        <source>Removed from the team folder</source>
        <translation>Retiré du dossier d’équipe</translation>
    </message>
    <message>
        <source>Unreadable file</source>
        <translation>Fichier illisible</translation>
    </message>
    <message>
        <source>Unreadable file: %1</source>
        <translation>Fichier illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unreadable file “%1”: %2</source>
        <translation>Fichier illisible «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your copy and the team folder’s file are the same.</source>
        <translation>Votre exemplaire et le fichier du dossier d’équipe sont identiques.</translation>
    </message>
    <message>
        <source>You changed it since it was last published: Share (Ctrl+Shift+S) publishes your changes.</source>
        <translation>Vous l’avez modifié depuis sa dernière publication&#xa0;: Partager (Ctrl+Maj+S) publie vos modifications.</translation>
    </message>
    <message>
        <source>Update from the team folder (Ctrl+Shift+U) or open it to bring the newer version into your library.</source>
        <translation>Mettez à jour depuis le dossier d’équipe (Ctrl+Maj+U) ou ouvrez-le pour faire entrer la version plus récente dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Your copy and the team folder’s both changed since you last shared them. Nothing was overwritten: open it to compare both versions and choose.</source>
        <translation>Votre exemplaire et celui du dossier d’équipe ont tous deux changé depuis votre dernier partage. Rien n’a été écrasé&#xa0;: ouvrez-le pour comparer les deux versions et choisir.</translation>
    </message>
    <message>
        <source>Open it (Enter) to bring it into your library, linked to its file.</source>
        <translation>Ouvrez-le (Entrée) pour le faire entrer dans votre bibliothèque, relié à son fichier.</translation>
    </message>
    <message>
        <source>Its file is no longer in the team folder (a colleague deleted it, or the sync engine has not brought it yet). Your copy is kept.</source>
        <translation>Son fichier n’est plus dans le dossier d’équipe (un collègue l’a supprimé, ou l’outil de synchronisation ne l’a pas encore apporté). Votre exemplaire est conservé.</translation>
    </message>
    <message>
        <source>This file was not read into your library: nothing in it changed anything here. Ask its author to share the workshop again.</source>
        <translation>Ce fichier n’a pas été lu dans votre bibliothèque&#xa0;: rien de ce qu’il contient n’a changé quoi que ce soit ici. Demandez à son auteur de partager l’atelier de nouveau.</translation>
    </message>
    <message>
        <source>A colleague has published it since: it stays in the team folder.</source>
        <translation>Un collègue l’a publié depuis&#xa0;: il reste dans le dossier d’équipe.</translation>
    </message>
    <message>
        <source>This workshop is not shared.</source>
        <translation>Cet atelier n’est pas partagé.</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Ajouter une équipe</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Team “%1” deleted (Ctrl+Z brings it back)</source>
        <translation>Équipe «&#xa0;%1&#xa0;» supprimée (Ctrl+Z la fait revenir)</translation>
    </message>
    <message>
        <source>Team “%1” deleted with its objective (Ctrl+Z brings them back)</source>
        <translation>Équipe «&#xa0;%1&#xa0;» supprimée avec son objectif (Ctrl+Z les fait revenir)</translation>
    </message>
    <message>
        <source>Team “%1” deleted with its %2 objectives (Ctrl+Z brings them back)</source>
        <translation>Équipe «&#xa0;%1&#xa0;» supprimée avec ses %2 objectifs (Ctrl+Z les fait revenir)</translation>
    </message>
    <message>
        <source>Select a team in the table first.</source>
        <translation>Sélectionnez d’abord une équipe dans le tableau.</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Take a minute off the timer</source>
        <translation>Retirer une minute au minuteur</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Ajouter une minute au minuteur</translation>
    </message>
    <message>
        <source>Add five minutes to the timer</source>
        <translation>Ajouter cinq minutes au minuteur</translation>
    </message>
    <message>
        <source>Reset the step’s timer</source>
        <translation>Remettre à zéro le minuteur de l’étape</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Put this step’s clock back to its planned time, paused; the time counted on the step is forgotten</source>
        <translation>Remettre le minuteur de cette étape à sa durée prévue, en pause&#xa0;; le temps compté sur l’étape est oublié</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Reprendre le minuteur</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Time spent not saved: %1</source>
        <translation>Temps passé non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Not on the run sheet</source>
        <translation>Hors du déroulé</translation>
    </message>
    <message>
        <source>%1: %2 min planned</source>
        <translation>%1&#xa0;: %2&#xa0;min prévues</translation>
    </message>
    <message>
        <source>%1 min planned</source>
        <translation>%1&#xa0;min prévues</translation>
    </message>
    <message>
        <source>%1 — over time</source>
        <translation>%1 — temps dépassé</translation>
    </message>
    <message>
        <source>%1 — paused</source>
        <translation>%1 — en pause</translation>
    </message>
</context>
<context>
    <name>TitleScene</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Where the organisation wants to be, in a few sentences the room remembers.</source>
        <translation>Où l’organisation veut aller, en quelques phrases que la salle retient.</translation>
    </message>
    <message>
        <source>Vi&amp;sion statement</source>
        <translation>&amp;Vision</translation>
    </message>
    <message>
        <source>&amp;Present (F5)</source>
        <translation>&amp;Présenter (F5)</translation>
    </message>
    <message>
        <source>The vision every team&apos;s objectives will serve. It is saved as soon as you pause typing; F5 shows it to the room on the audience view.</source>
        <translation>La vision que serviront les objectifs de chaque équipe. Elle est enregistrée dès que vous marquez une pause&#xa0;; F5 la montre à la salle sur la vue de la salle.</translation>
    </message>
    <message>
        <source>Show the vision, then each strategic objective with its why, on the audience view (the projector). Space goes on, Esc comes back here.</source>
        <translation>Affiche la vision, puis chaque objectif stratégique avec son pourquoi, sur la vue de la salle (le projecteur). Espace pour avancer, Échap pour revenir ici.</translation>
    </message>
    <message>
        <source>Strategic &amp;objectives</source>
        <translation>&amp;Objectifs stratégiques</translation>
    </message>
    <message>
        <source>Type a strategic objective and press Enter to add it</source>
        <translation>Tapez un objectif stratégique et appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Enter adds it to the list and leaves you here for the next one (Insert).</source>
        <translation>Entrée l’ajoute à la liste et vous laisse ici pour le suivant (Inser).</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Why this matters now: the reason teams will want to contribute.</source>
        <translation>Pourquoi c’est important maintenant&#xa0;: la raison qui donnera envie aux équipes de contribuer.</translation>
    </message>
    <message>
        <source>Every strategic objective needs its why: people commit to what they understand. Saved as soon as you pause typing.</source>
        <translation>Chaque objectif stratégique a besoin de son pourquoi&#xa0;: on s’engage sur ce que l’on comprend. Enregistré dès que vous marquez une pause.</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Pourquoi c’est &amp;important</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete the selected strategic objective (Del). Ctrl+Z brings it back, with the team objectives linked to it.</source>
        <translation>Supprimer l’objectif stratégique sélectionné (Suppr). Ctrl+Z le fait revenir, avec les objectifs d’équipe qui y sont reliés.</translation>
    </message>
    <message>
        <source>Move the selected strategic objective up (Alt+Up).</source>
        <translation>Monter l’objectif stratégique sélectionné (Alt+Haut).</translation>
    </message>
    <message>
        <source>Move the selected strategic objective down (Alt+Down).</source>
        <translation>Descendre l’objectif stratégique sélectionné (Alt+Bas).</translation>
    </message>
    <message>
        <source>&amp;Why “%1” matters</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;» est &amp;important</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Earlier rounds are kept: a re-vote never loses the first one.</source>
        <translation>Les tours précédents sont conservés&#xa0;: un nouveau vote ne fait jamais perdre le premier.</translation>
    </message>
    <message>
        <source>Open the ballot booth</source>
        <translation>Ouvrir l’isoloir</translation>
    </message>
    <message>
        <source>Allow a re-cast</source>
        <translation>Autoriser un nouveau vote</translation>
    </message>
    <message>
        <source>Someone who has voted may vote again: their new ballot replaces the first.</source>
        <translation>Une personne qui a déjà voté peut revoter&#xa0;: son nouveau bulletin remplace le premier.</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Dévoiler les votes</translation>
    </message>
    <message>
        <source>Close the round and show the result: its totals become the objectives’ votes.</source>
        <translation>Clore le tour et montrer le résultat&#xa0;: ses totaux deviennent les votes des objectifs.</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Bulletin secret</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Secret ballot: the laptop goes round and each person spends their dots unseen.
Tally: dots stuck on the wall, counted and typed here.</source>
        <translation>Bulletin secret&#xa0;: l’ordinateur passe de main en main et chacun répartit ses gommettes sans être vu.
Décompte&#xa0;: des gommettes collées au mur, comptées puis saisies ici.</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>Lancer un tour</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>Par per&amp;sonne&#xa0;:</translation>
    </message>
    <message>
        <source>At most on &amp;one:</source>
        <translation>Maxi par &amp;objectif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>The name of this workshop, shown in the library and on the deck.</source>
        <translation>Le nom de cet atelier, affiché dans la bibliothèque et sur la présentation.</translation>
    </message>
    <message>
        <source>The company or department that sets these OKRs.</source>
        <translation>L’entreprise ou la direction qui fixe ces OKR.</translation>
    </message>
    <message>
        <source>A short name for the cycle, such as “Q1 2027”.</source>
        <translation>Un nom court pour le cycle, par exemple «&#xa0;T1 2027&#xa0;».</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Untick when the start of the cycle is not known yet.</source>
        <translation>Décochez si le début du cycle n’est pas encore connu.</translation>
    </message>
    <message>
        <source>Untick when the end of the cycle is not known yet.</source>
        <translation>Décochez si la fin du cycle n’est pas encore connue.</translation>
    </message>
    <message>
        <source>Who runs the workshop.</source>
        <translation>Qui anime l’atelier.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The language of the workshop: the rules speak it and the deck is written in it.</source>
        <translation>La langue de l’atelier&#xa0;: celle des règles et de la présentation.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>Fi&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitator:</source>
        <translation>Ani&amp;mation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>A workshop needs a title: the previous title is back.</source>
        <translation>Un atelier a besoin d’un titre&#xa0;: l’ancien est revenu.</translation>
    </message>
    <message>
        <source>The cycle cannot end before it starts: the previous date is back.</source>
        <translation>Le cycle ne peut pas finir avant de commencer&#xa0;: l’ancienne date est revenue.</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Today at %1</source>
        <translation>Aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Yesterday at %1</source>
        <translation>Hier à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagé)</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <source>%1 team</source>
        <translation>%1 équipe</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>%1 objectif</translation>
    </message>
    <message>
        <source>%1 key result</source>
        <translation>%1 résultat clé</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 équipes</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Open at step %1 of %2: %3</source>
        <translation>Ouvert à l’étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objectifs</translation>
    </message>
    <message>
        <source>%1 key results</source>
        <translation>%1 résultats clés</translation>
    </message>
    <message>
        <source>%1. %2. Press Enter to open it.</source>
        <translation>%1. %2. Appuyez sur Entrée pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Go to this step (Alt+%1)</source>
        <translation>Aller à cette étape (Alt+%1)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>Still to do in this step:</source>
        <translation>Reste à faire dans cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>…and %1 more (see the Health tab).</source>
        <translation>… et encore %1 (voir l’onglet Santé).</translation>
    </message>
    <message>
        <source>…and %1 more (see the Review step).</source>
        <translation>… et encore %1 (voir l’étape Revue).</translation>
    </message>
    <message>
        <source>Nothing missing in this step.</source>
        <translation>Rien ne manque dans cette étape.</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger type and rows in the console (not on the audience view)</source>
        <translation>Texte et lignes plus grands dans la console (pas sur la vue de la salle)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller type and rows in the console</source>
        <translation>Texte et lignes plus petits dans la console</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>The console’s type at its usual size</source>
        <translation>Le texte de la console à sa taille habituelle</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
</context>
</TS>
