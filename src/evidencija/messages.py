"""Messages the core shows to people (CLI output, known errors), in the four UI languages.

Serbian Cyrillic is derived from Serbian Latin by transliteration, so each text is written three
times, not four. The Qt interface has its own `.ts` files; these are the texts the core produces.
"""

from __future__ import annotations

import os
from string import Formatter

LANGS = ("sr_Latn", "sr_Cyrl", "en", "sq")
DEFAULT_LANG = "sr_Latn"

# message id → (Serbian Latin, English, Albanian)
CATALOGUE: dict[str, tuple[str, str, str]] = {
    "error_generic": (
        "Došlo je do greške.",
        "Something went wrong.",
        "Ndodhi një gabim.",
    ),
    "wrong_credentials": (
        "Pogrešno korisničko ime ili lozinka.",
        "Wrong username or passphrase.",
        "Emër përdoruesi ose fjalëkalim i gabuar.",
    ),
    "register_missing": (
        "U folderu {path} nema evidencije. Napravite je komandom „init” ili izaberite drugi folder.",
        "There is no register in {path}. Create one with “init” or choose another folder.",
        "Nuk ka regjistër në {path}. Krijojeni me „init” ose zgjidhni një dosje tjetër.",
    ),
    "foreign_file": (
        "Datoteka {path} nije deo ove evidencije ili je oštećena.",
        "The file {path} is not part of this register, or it is damaged.",
        "Skedari {path} nuk është pjesë e këtij regjistri ose është i dëmtuar.",
    ),
    "damaged_register": (
        "Baza evidencije je oštećena ({detail}). Ništa nije izmenjeno. Vratite poslednju rezervnu kopiju.",
        "The register database is damaged ({detail}). Nothing was changed. Restore the latest backup.",
        "Baza e regjistrit është e dëmtuar ({detail}). Asgjë nuk u ndryshua. Riktheni kopjen rezervë më të fundit.",
    ),
    "newer_register": (
        "Ovu evidenciju je napravila novija verzija programa (šema {revision}). Instalirajte najnoviju verziju Evidencije.",
        "This register was made by a newer version of the program (schema {revision}). Install the latest Evidencija.",
        "Ky regjistër është krijuar nga një version më i ri i programit (skema {revision}). Instaloni Evidencija-n më të fundit.",
    ),
    "disk_full": (
        "Nema dovoljno mesta na disku za {path}. Ništa nije izmenjeno; oslobodite prostor i pokušajte ponovo.",
        "There is not enough disk space for {path}. Nothing was changed; free some space and try again.",
        "Nuk ka hapësirë të mjaftueshme në disk për {path}. Asgjë nuk u ndryshua; lironi hapësirë dhe provoni përsëri.",
    ),
    "write_failed": (
        "Upis u {path} nije uspeo ({reason}). Ništa nije izmenjeno.",
        "Writing to {path} failed ({reason}). Nothing was changed.",
        "Shkrimi në {path} dështoi ({reason}). Asgjë nuk u ndryshua.",
    ),
    "register_in_use": (
        "Evidencija je već otvorena u drugom prozoru ili programu. Zatvorite ga pa pokušajte ponovo.",
        "The register is already open in another window or program. Close it and try again.",
        "Regjistri është tashmë i hapur në një dritare ose program tjetër. Mbylleni dhe provoni përsëri.",
    ),
    "network_share": (
        "Evidencija ne može da radi sa mrežnog diska ({path}). Izaberite folder na ovom računaru.",
        "The register cannot be kept on a network drive ({path}). Choose a folder on this computer.",
        "Regjistri nuk mund të mbahet në një disk rrjeti ({path}). Zgjidhni një dosje në këtë kompjuter.",
    ),
    "permission_denied": (
        "Nemate ovlašćenje za ovu radnju.",
        "You are not allowed to do this.",
        "Nuk keni leje për këtë veprim.",
    ),
    "invalid_input": (
        "Neispravan unos: {detail}",
        "Invalid input: {detail}",
        "Të dhëna të pavlefshme: {detail}",
    ),
    "bad_backup": (
        "Rezervna kopija {path} nije ispravna ({detail}). Ništa nije izmenjeno.",
        "The backup {path} is not valid ({detail}). Nothing was changed.",
        "Kopja rezervë {path} nuk është e vlefshme ({detail}). Asgjë nuk u ndryshua.",
    ),
    "register_exists": (
        "U folderu {path} već postoji evidencija.",
        "A register already exists in {path}.",
        "Në {path} ekziston tashmë një regjistër.",
    ),
    "migration_failed": (
        "Nadogradnja evidencije nije uspela; evidencija je ostala kakva je bila. Rezervna kopija: {backup}",
        "Upgrading the register failed; it was left as it was. Backup: {backup}",
        "Përditësimi i regjistrit dështoi; ai mbeti siç ishte. Kopja rezervë: {backup}",
    ),
    "recovery_key_mistyped": (
        "Ključ za oporavak je pogrešno prepisan (grupa {group}). Proverite tu grupu znakova.",
        "The recovery key is mistyped (group {group}). Check that group of characters.",
        "Çelësi i rikuperimit është shkruar gabim (grupi {group}). Kontrolloni atë grup karakteresh.",
    ),
    "recovery_key_wrong": (
        "Ovaj ključ za oporavak ne otvara ovu evidenciju.",
        "This recovery key does not open this register.",
        "Ky çelës rikuperimi nuk e hap këtë regjistër.",
    ),
    "passphrase_too_weak": (
        "Lozinka je preslaba: {reasons}",
        "The passphrase is too weak: {reasons}",
        "Fjalëkalimi është shumë i dobët: {reasons}",
    ),
    "weak_too_short": (
        "mora imati najmanje {n} znakova",
        "it must have at least {n} characters",
        "duhet të ketë të paktën {n} karaktere",
    ),
    "weak_common": (
        "previše je česta",
        "it is too common",
        "është shumë e zakonshme",
    ),
    "weak_contains_name": (
        "sadrži korisničko ime",
        "it contains the username",
        "përmban emrin e përdoruesit",
    ),
    "weak_few_kinds": (
        "treba da ima bar tri različita znaka",
        "it needs at least three different characters",
        "duhet të ketë të paktën tre karaktere të ndryshme",
    ),
    "passphrases_differ": (
        "Lozinke se ne poklapaju.",
        "The passphrases do not match.",
        "Fjalëkalimet nuk përputhen.",
    ),
    "no_passphrase_source": (
        "Lozinka nije zadata: koristite --passphrase-file, promenljivu EVIDENCIJA_PASSPHRASE ili terminal.",
        "No passphrase given: use --passphrase-file, the EVIDENCIJA_PASSPHRASE variable or a terminal.",
        "Nuk u dha fjalëkalim: përdorni --passphrase-file, variablën EVIDENCIJA_PASSPHRASE ose një terminal.",
    ),
    "unknown_user": (
        "Korisnik {username} ne postoji.",
        "There is no user {username}.",
        "Përdoruesi {username} nuk ekziston.",
    ),
    "user_exists": (
        "Korisnik {username} već postoji.",
        "The user {username} already exists.",
        "Përdoruesi {username} ekziston tashmë.",
    ),
    "last_admin": (
        "Ne može se onemogućiti poslednji aktivni administrator.",
        "The last active administrator cannot be disabled.",
        "Administratori i fundit aktiv nuk mund të çaktivizohet.",
    ),
    # Reports printed by the CLI
    "init_done": (
        "Evidencija je napravljena u {path}.",
        "The register was created in {path}.",
        "Regjistri u krijua në {path}.",
    ),
    "recovery_key_notice": (
        "KLJUČ ZA OPORAVAK — zapišite ga i čuvajte zaključanog; prikazuje se samo sada:",
        "RECOVERY KEY — write it down and keep it locked away; it is shown only now:",
        "ÇELËSI I RIKUPERIMIT — shkruajeni dhe ruajeni të mbyllur; shfaqet vetëm tani:",
    ),
    "check_ok": (
        "Evidencija je ispravna.",
        "The register is sound.",
        "Regjistri është në rregull.",
    ),
    "check_failed": (
        "Evidencija NIJE ispravna.",
        "The register is NOT sound.",
        "Regjistri NUK është në rregull.",
    ),
    "backup_done": (
        "Rezervna kopija je napravljena i proverena: {path}",
        "The backup was written and verified: {path}",
        "Kopja rezervë u shkrua dhe u verifikua: {path}",
    ),
    "restore_done": (
        "Evidencija je vraćena iz rezervne kopije od {created}.",
        "The register was restored from the backup of {created}.",
        "Regjistri u rikthye nga kopja rezervë e {created}.",
    ),
    "passwd_done": (
        "Lozinka je promenjena.",
        "The passphrase was changed.",
        "Fjalëkalimi u ndryshua.",
    ),
    "user_added": (
        "Korisnik {username} je dodat.",
        "The user {username} was added.",
        "Përdoruesi {username} u shtua.",
    ),
    "user_disabled": (
        "Korisnik {username} je onemogućen.",
        "The user {username} was disabled.",
        "Përdoruesi {username} u çaktivizua.",
    ),
    "user_reset": (
        "Lozinka korisnika {username} je postavljena.",
        "The passphrase of {username} was set.",
        "Fjalëkalimi i {username} u vendos.",
    ),
    "recover_done": (
        "Nova lozinka za {username} je postavljena pomoću ključa za oporavak.",
        "A new passphrase for {username} was set with the recovery key.",
        "Një fjalëkalim i ri për {username} u vendos me çelësin e rikuperimit.",
    ),
    "migrated": (
        "Evidencija je nadograđena na šemu {revision}; rezervna kopija pre nadogradnje: {backup}",
        "The register was upgraded to schema {revision}; backup taken first: {backup}",
        "Regjistri u përditësua në skemën {revision}; kopja rezervë paraprake: {backup}",
    ),
}


def current_lang() -> str:
    """The language for messages: EVIDENCIJA_LANG if set to a known language, else the default."""
    lang = os.environ.get("EVIDENCIJA_LANG", "")
    return lang if lang in LANGS else DEFAULT_LANG


def text(message_id: str, lang: str | None = None, **params: object) -> str:
    """The message in `lang` (default: `current_lang()`), with `params` filled in."""
    lang = lang if lang in LANGS else current_lang()
    sr, en, sq = CATALOGUE[message_id]
    if lang == "en":
        template = en
    elif lang == "sq":
        template = sq
    elif lang == "sr_Cyrl":
        from .translit import latin_to_cyrillic

        # Placeholders must survive transliteration: convert the literal parts only.
        template = "".join(
            latin_to_cyrillic(literal) + ("{" + field + "}" if field is not None else "")
            for literal, field, _spec, _conv in Formatter().parse(sr)
        )
    else:
        template = sr
    return template.format(**params)
