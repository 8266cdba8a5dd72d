"""The words of the library's errors, in English and in French: the catalogue's "library"
section (its sentences) and "entity_kinds" (the things an edit may not find), with the parts
some sentences are built from. The errors themselves are in
:mod:`~okr_workshop.storage.errors`.
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import Entry, entry

# The catalogue's "library" section (okr_workshop.domain.catalogue): code → language →
# template. Templates may use {path} and the error's params. French typography: U+00A0
# (no-break space) before ; : ? ! and inside « ».
MESSAGES: dict[str, dict[str, str]] = {
    "not_sqlite": entry(
        en="“{path}” is not an OKR Workshop library (it is not a SQLite database) "
        "and was left untouched.",
        fr="« {path} » n’est pas une bibliothèque OKR Workshop (ce n’est pas une base "
        "SQLite) et n’a pas été modifié.",
    ),
    "damaged": entry(
        en="“{path}” is damaged or incomplete, so it cannot be opened as an OKR Workshop "
        "library; it was left untouched.",
        fr="« {path} » est endommagé ou incomplet et ne peut pas être ouvert comme "
        "bibliothèque OKR Workshop ; il n’a pas été modifié.",
    ),
    "other_application": entry(
        en="“{path}” belongs to another application, not to OKR Workshop, and was left "
        "untouched.",
        fr="« {path} » appartient à une autre application, pas à OKR Workshop, et n’a pas "
        "été modifié.",
    ),
    "too_new": entry(
        en="“{path}” was saved by a newer version of OKR Workshop; update the application "
        "to open it.",
        fr="« {path} » a été enregistré par une version plus récente d’OKR Workshop ; "
        "mettez l’application à jour pour l’ouvrir.",
    ),
    "locked": entry(
        en="The library “{path}” is busy in another program; close it there and try again.",
        fr="La bibliothèque « {path} » est occupée par un autre programme ; fermez-la "
        "là-bas puis réessayez.",
    ),
    "read_only": entry(
        en="The library “{path}” is read-only; choose a folder you can write to.",
        fr="La bibliothèque « {path} » est en lecture seule ; choisissez un dossier où "
        "vous pouvez écrire.",
    ),
    "no_wal": entry(
        en="The library “{path}” cannot be opened because its folder does not allow the "
        "write-ahead log SQLite needs (is it a network drive?).",
        fr="La bibliothèque « {path} » ne peut pas être ouverte, car son dossier ne permet "
        "pas le journal d’écriture anticipée dont SQLite a besoin (est-ce un lecteur réseau ?).",
    ),
    "in_use": entry(
        en="The library “{path}” is already open in OKR Workshop (process {pid} on {host}, "
        "since {since}); close that window or let that command finish, then try again.",
        fr="La bibliothèque « {path} » est déjà ouverte dans OKR Workshop (processus {pid} "
        "sur {host}, depuis {since}) ; fermez cette fenêtre ou laissez cette commande se "
        "terminer, puis réessayez.",
    ),
    "hard_linked": entry(
        en="The library “{path}” has {count} names on the disk (hard links), and SQLite "
        "cannot keep a library with several names safe, so OKR Workshop does not change "
        "it; keep a single name (copy the file, then delete the other names) and try again.",
        fr="La bibliothèque « {path} » porte {count} noms sur le disque (liens physiques) "
        "et SQLite ne peut pas protéger une bibliothèque qui a plusieurs noms ; OKR "
        "Workshop ne la modifie donc pas. Gardez un seul nom (copiez le fichier, puis "
        "supprimez les autres noms) et réessayez.",
    ),
    "hard_linked_read": entry(
        en="The library “{path}” has {count} names on the disk (hard links): it can be read, "
        "but it cannot be edited until it has a single name again.",
        fr="La bibliothèque « {path} » porte {count} noms sur le disque (liens "
        "physiques) : on peut la lire, mais pas la modifier tant qu’elle n’a pas "
        "retrouvé un nom unique.",
    ),
    "lock_not_file": entry(
        en="The lock file “{filename}” of the library “{path}” is not a plain file of its own "
        "(it is a link, a folder, a device or a second name of another file), so it was "
        "left untouched and the library was not opened for editing; move it away, then "
        "try again.",
        fr="Le fichier de verrou « {filename} » de la bibliothèque « {path} » n’est pas un "
        "simple fichier (c’est un lien, un dossier, un périphérique ou un autre nom d’un "
        "autre fichier) ; il n’a pas été modifié et la bibliothèque n’a pas été ouverte "
        "pour modification. Déplacez-le, puis réessayez.",
    ),
    "disk_full": entry(
        en="The library “{path}” could not be saved because the disk is full; free some "
        "space, then try again.",
        fr="La bibliothèque « {path} » n’a pas pu être enregistrée, car le disque est "
        "plein ; libérez de la place, puis réessayez.",
    ),
    "disk_error": entry(
        en="The library “{path}” could not be written to the disk ({detail}); check that "
        "the disk is connected and has room, then try again.",
        fr="La bibliothèque « {path} » n’a pas pu être écrite sur le disque ({detail}) ; "
        "vérifiez que le disque est branché et qu’il reste de la place, puis réessayez.",
    ),
    "folder_read_only": entry(
        en="The folder of the library “{path}” cannot be written to; choose a folder you "
        "can write to, or change its permissions.",
        fr="Le dossier de la bibliothèque « {path} » n’est pas accessible en écriture ; "
        "choisissez un dossier où vous pouvez écrire, ou changez ses droits.",
    ),
    # Three sentences, not one with a count: "only 0 of its 1 transactions" reads as a bug.
    "wal_lost_all": entry(
        en="The library “{path}” opened without its last saved changes: its write-ahead log "
        "is damaged and none of the transactions it holds could be read; the log is kept, "
        "unchanged, as “{aside}”.",
        fr="La bibliothèque « {path} » s’est ouverte sans ses dernières modifications "
        "enregistrées : son journal d’écriture anticipée est endommagé et aucune des "
        "transactions qu’il contient n’a pu être lue ; le journal est conservé, sans "
        "modification, sous « {aside} ».",
    ),
    "wal_lost_but_first": entry(
        en="The library “{path}” opened without its last saved changes: its write-ahead log "
        "is damaged and only the first of its {promised} transactions could be read; the "
        "log is kept, unchanged, as “{aside}”.",
        fr="La bibliothèque « {path} » s’est ouverte sans ses dernières modifications "
        "enregistrées : son journal d’écriture anticipée est endommagé et seule la première "
        "de ses {promised} transactions a pu être lue ; le journal est conservé, sans "
        "modification, sous « {aside} ».",
    ),
    "wal_lost_changes": entry(
        en="The library “{path}” opened without its last saved changes: its write-ahead log "
        "is damaged and only the first {readable} of its {promised} transactions could be "
        "read; the log is kept, unchanged, as “{aside}”.",
        fr="La bibliothèque « {path} » s’est ouverte sans ses dernières modifications "
        "enregistrées : son journal d’écriture anticipée est endommagé et seules les "
        "{readable} premières de ses {promised} transactions ont pu être lues ; le journal "
        "est conservé, sans modification, sous « {aside} ».",
    ),
    "wal_foreign": entry(
        en="The write-ahead log found beside the library “{path}” does not belong to it "
        "(another library’s, or damaged), so it was not merged; it is kept as “{aside}”.",
        fr="Le journal d’écriture anticipée trouvé à côté de la bibliothèque « {path} » ne "
        "lui appartient pas (il vient d’une autre bibliothèque ou est endommagé) ; il n’a "
        "pas été fusionné et est conservé sous « {aside} ».",
    ),
    "wal_not_kept": entry(
        en="The write-ahead log of the library “{path}” needs a look, but it could not be "
        "copied aside first ({detail}), so the library was left as it was.",
        fr="Le journal d’écriture anticipée de la bibliothèque « {path} » doit être examiné, "
        "mais il n’a pas pu être copié à part au préalable ({detail}) ; la bibliothèque est "
        "restée telle quelle.",
    ),
    "moved_aside": entry(
        en="The library “{path}” is damaged and cannot be opened; it was moved, unchanged, "
        "to “{aside}”.",
        fr="La bibliothèque « {path} » est endommagée et ne peut pas être ouverte ; elle a "
        "été déplacée, sans modification, vers « {aside} ».",
    ),
    "backup_failed": entry(
        en="The backup of the library “{path}” could not be written ({detail}); the "
        "library itself is unchanged.",
        fr="La sauvegarde de la bibliothèque « {path} » n’a pas pu être écrite ({detail}) ; "
        "la bibliothèque elle-même n’a pas changé.",
    ),
    "backup_not_sound": entry(
        en="No backup of the library “{path}” was kept, because the copy is not sound "
        "({detail}); the library itself is unchanged.",
        fr="Aucune sauvegarde de la bibliothèque « {path} » n’a été gardée, car la copie "
        "n’est pas saine ({detail}) ; la bibliothèque elle-même n’a pas changé.",
    ),
    "update_not_backed_up": entry(
        en="OKR Workshop could not back up the library “{path}” before updating it "
        "({detail}), so the library was left as it was.",
        fr="OKR Workshop n’a pas pu sauvegarder la bibliothèque « {path} » avant de la "
        "mettre à jour ({detail}) ; elle est restée telle quelle.",
    ),
    "no_good_backup": entry(
        en="No backup of the library “{path}” passes its check, so nothing was restored.",
        fr="Aucune sauvegarde de la bibliothèque « {path} » ne passe la vérification ; "
        "rien n’a été restauré.",
    ),
    "no_sound_copy": entry(
        en="No backup of the library “{path}” holds a sound copy of the workshop {id}, so "
        "nothing was restored.",
        fr="Aucune sauvegarde de la bibliothèque « {path} » ne contient de copie saine de "
        "l’atelier {id} ; rien n’a été restauré.",
    ),
    "bad_backup": entry(
        en="“{backup}” is not a sound backup of the library “{path}” (missing, damaged or "
        "from another application), so nothing was restored.",
        fr="« {backup} » n’est pas une sauvegarde saine de la bibliothèque « {path} » "
        "(absente, endommagée ou d’une autre application) ; rien n’a été restauré.",
    ),
    "would_lose": entry(
        en="Restoring “{backup}” over the library “{path}” would drop {count} workshops "
        "changed since that backup (the last: “{title}”, {when}), so nothing was restored; "
        "add --force to restore it anyway (the current library is then kept aside).",
        fr="Restaurer « {backup} » à la place de la bibliothèque « {path} » ferait perdre "
        "{count} ateliers modifiés depuis cette sauvegarde (le dernier : « {title} », "
        "{when}) ; rien n’a été restauré. Ajoutez --force pour la restaurer quand même (la "
        "bibliothèque actuelle est alors mise de côté).",
    ),
    "would_lose_one": entry(
        en="Restoring “{backup}” over the library “{path}” would drop the workshop “{title}”, "
        "changed since that backup ({when}), so nothing was restored; add --force to "
        "restore it anyway (the current library is then kept aside).",
        fr="Restaurer « {backup} » à la place de la bibliothèque « {path} » ferait perdre "
        "l’atelier « {title} », modifié depuis cette sauvegarde ({when}) ; rien n’a été "
        "restauré. Ajoutez --force pour la restaurer quand même (la bibliothèque actuelle "
        "est alors mise de côté).",
    ),
    "no_library": entry(
        en="The library “{path}” does not exist; check the path. Reading commands never "
        "create a library: the window and `okr-workshop demo` do.",
        fr="La bibliothèque « {path} » n’existe pas ; vérifiez le chemin. Les commandes "
        "de lecture ne créent jamais de bibliothèque : la fenêtre et « okr-workshop demo » "
        "en créent une.",
    ),
    "cannot_open": entry(
        en="The library “{path}” cannot be opened ({detail}).",
        fr="La bibliothèque « {path} » ne peut pas être ouverte ({detail}).",
    ),
    "save_failed": entry(
        en="The change could not be saved in “{path}” ({detail}); nothing was changed.",
        fr="La modification n’a pas pu être enregistrée dans « {path} » ({detail}) ; rien "
        "n’a été modifié.",
    ),
    "workshop_not_found": entry(
        en="The workshop {id} is not in the library “{path}”; it may have been deleted.",
        fr="L’atelier {id} n’est pas dans la bibliothèque « {path} » ; il a peut-être été "
        "supprimé.",
    ),
    "workshop_damaged": entry(
        en="The workshop {id} in “{path}” is damaged ({detail}); the library’s other "
        "workshops are not affected.",
        fr="L’atelier {id} de « {path} » est endommagé ({detail}) ; les autres ateliers de "
        "la bibliothèque ne sont pas touchés.",
    ),
    "entity_not_found": entry(
        en="No {kind} has the id {id} in the library “{path}”.",
        fr="{no_kind} n’a l’identifiant {id} dans la bibliothèque « {path} ».",
    ),
    "duplicate_id": entry(
        en="Something with the same id is already in the library “{path}”, so nothing was "
        "saved.",
        fr="Un élément portant le même identifiant existe déjà dans la bibliothèque "
        "« {path} » ; rien n’a été enregistré.",
    ),
    "broken_reference": entry(
        en="The change points to something that is not in this workshop, so nothing was "
        "saved in “{path}”.",
        fr="La modification renvoie à un élément absent de cet atelier ; rien n’a été "
        "enregistré dans « {path} ».",
    ),
    "duplicate_dependency": entry(
        en="This dependency is already recorded, so nothing was saved in “{path}”.",
        fr="Cette dépendance est déjà enregistrée ; rien n’a été enregistré dans "
        "« {path} ».",
    ),
    "invalid_workshop": entry(
        en="The workshop cannot be saved in “{path}”: {problem}.",
        fr="L’atelier ne peut pas être enregistré dans « {path} » : {problem}.",
    ),
}

# Why a workshop is damaged: the {detail} of "workshop_damaged" (parts, not sentences).
DAMAGE_DETAILS: dict[str, dict[str, str]] = {
    "damage_checksum": entry(
        en="its records changed on disk since its last save",
        fr="ses enregistrements ont changé sur le disque depuis son dernier enregistrement",
    ),
    "damage_storage": entry(
        en="SQLite finds the pages holding it damaged",
        fr="SQLite trouve endommagées les pages qui le contiennent",
    ),
    "damage_field": entry(
        en="the field “{field}” is not readable text",
        fr="le champ « {field} » n’est pas un texte lisible",
    ),
    "damage_value": entry(
        en="it holds a value OKR Workshop cannot read: {detail}",
        fr="il contient une valeur qu’OKR Workshop ne sait pas lire : {detail}",
    ),
}

# Why a file is not a sound library or backup (storage/certify.py's problem codes).
CERTIFICATE_PROBLEMS: dict[str, dict[str, str]] = {
    "not_sqlite": entry(en="it is not a SQLite database",
                        fr="ce n’est pas une base SQLite"),
    "unreadable": entry(en="it cannot be read", fr="il est illisible"),
    "integrity": entry(en="SQLite’s integrity check fails on it",
                       fr="la vérification d’intégrité de SQLite échoue"),
    "other_application": entry(en="it is not an OKR Workshop library",
                               fr="ce n’est pas une bibliothèque OKR Workshop"),
    "too_new": entry(en="it was saved by a newer version of OKR Workshop",
                     fr="il a été enregistré par une version plus récente d’OKR Workshop"),
    "workshops": entry(en="these workshops in it are damaged: {ids}",
                       fr="ces ateliers y sont endommagés : {ids}"),
}

# Entity class name → (English noun, French "no such" phrase, which carries the gender).
KIND_NAMES: dict[str, Entry] = {
    "Participant": entry(en="participant", fr="Aucun participant"),
    "StrategicObjective": entry(en="strategic objective", fr="Aucun objectif stratégique"),
    "Team": entry(en="team", fr="Aucune équipe"),
    "Objective": entry(en="objective", fr="Aucun objectif"),
    "KeyResult": entry(en="key result", fr="Aucun résultat clé"),
    "CheckIn": entry(en="check-in", fr="Aucun point d’étape"),
    "Dependency": entry(en="dependency", fr="Aucune dépendance"),
    "Ritual": entry(en="ritual", fr="Aucun rituel"),
    "Feedback": entry(en="feedback", fr="Aucun retour"),
    "ChecklistTick": entry(en="checklist tick", fr="Aucune case cochée"),
    "RotiVote": entry(en="ROTI vote", fr="Aucun vote ROTI"),
    "Action": entry(en="action", fr="Aucune action"),
    "VoteRound": entry(en="vote round", fr="Aucun tour de vote"),
    "DotVote": entry(en="vote", fr="Aucun vote"),
    "AgendaItem": entry(en="run sheet line", fr="Aucune ligne du déroulé"),
}
