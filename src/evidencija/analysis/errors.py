"""Known errors and import rejection reasons of the analysis side, with their messages.

The analysis side keeps its own message catalogue (same shape as `evidencija.messages`: Serbian
Latin, English, Albanian; Serbian Cyrillic by transliteration) so that it can grow without
touching the register's texts. A rejected import file carries a stable reason *code* (stored in
the import log, printed in the summary, tested) and a message in the analyst's language.
"""

from __future__ import annotations

from typing import ClassVar

from ..errors import KnownError
from ..messages import render

# message id → (Serbian Latin, English, Albanian)
CATALOGUE: dict[str, tuple[str, str, str]] = {
    # ---------------------------------------------------------------- rejection reasons
    "too_large": (
        "Datoteka je prevelika ({size} bajtova; najviše {limit}).",
        "The file is too large ({size} bytes; at most {limit}).",
        "Skedari është shumë i madh ({size} bajt; më së shumti {limit}).",
    ),
    "not_a_package": (
        "Ovo nije izvozni paket Evidencije ({detail}).",
        "This is not an Evidencija export package ({detail}).",
        "Ky nuk është paketë eksporti e Evidencija-s ({detail}).",
    ),
    "not_for_us": (
        "Paket nije šifrovan za ključ ove organizacije (ili je oštećen): ne može se dešifrovati.",
        "The package is not encrypted to this organisation's key (or is damaged): it cannot be decrypted.",
        "Paketa nuk është e enkriptuar për çelësin e kësaj organizate (ose është e dëmtuar): nuk mund të dekriptohet.",
    ),
    "damaged": (
        "Paket je oštećen ili izmenjen na putu: nije prošao proveru integriteta šifrovanja.",
        "The package is damaged or was altered on the way: it failed the encryption's integrity check.",
        "Paketa është e dëmtuar ose u ndryshua gjatë rrugës: nuk e kaloi kontrollin e integritetit të enkriptimit.",
    ),
    "tampered": (
        "Radna sveska u paketu nije ona koju je centar potpisao (izmenjena posle potpisivanja).",
        "The workbook in the package is not the one the centre signed (altered after signing).",
        "Libri i punës në paketë nuk është ai që nënshkroi qendra (u ndryshua pas nënshkrimit).",
    ),
    "unknown_centre": (
        "Centar {centre} nije registrovan. Dodajte njegovu karticu centra („analysis centres add”).",
        "The centre {centre} is not registered. Add its centre card (“analysis centres add”).",
        "Qendra {centre} nuk është e regjistruar. Shtoni kartën e saj („analysis centres add”).",
    ),
    "wrong_signer": (
        "Paket je potpisan ključem koji nije registrovani ključ centra {centre} (ključ {fingerprint}): nepoznat ili promenjen ključ.",
        "The package is signed with a key that is not the registered key of centre {centre} (key {fingerprint}): an unknown or changed key.",
        "Paketa është nënshkruar me një çelës që nuk është çelësi i regjistruar i qendrës {centre} (çelësi {fingerprint}): çelës i panjohur ose i ndryshuar.",
    ),
    "bad_signature": (
        "Potpis ne odgovara sadržaju: paket je izmenjen posle potpisivanja.",
        "The signature does not match the contents: the package was altered after signing.",
        "Nënshkrimi nuk përputhet me përmbajtjen: paketa është ndryshuar pas nënshkrimit.",
    ),
    "schema_version": (
        "Nepodržana verzija šeme izvoza {found} (ovaj program čita {supported}).",
        "Unsupported export schema version {found} (this program reads {supported}).",
        "Version i pambështetur i skemës së eksportit {found} (ky program lexon {supported}).",
    ),
    "zip_limits": (
        "Radna sveska prelazi bezbedne granice ({detail}): moguća „zip bomba”.",
        "The workbook exceeds the safety limits ({detail}): a possible zip bomb.",
        "Libri i punës i kalon kufijtë e sigurisë ({detail}): një bombë zip e mundshme.",
    ),
    "xml_entities": (
        "Radna sveska sadrži XML deklaracije tipa ili entiteta ({member}), koje pravi izvoz nikad ne piše.",
        "The workbook contains XML type or entity declarations ({member}), which a real export never writes.",
        "Libri i punës përmban deklarata XML tipi ose entiteti ({member}), të cilat një eksport i vërtetë nuk i shkruan kurrë.",
    ),
    "invalid_workbook": (
        "Radna sveska ne odgovara formatu izvoza: {detail}",
        "The workbook does not match the export format: {detail}",
        "Libri i punës nuk përputhet me formatin e eksportit: {detail}",
    ),
    "metadata_mismatch": (
        "Podaci o paketu i radna sveska se ne slažu: {detail}",
        "The package and its workbook disagree: {detail}",
        "Paketa dhe libri i saj i punës nuk përputhen: {detail}",
    ),
    "replay": (
        "Ponovo poslat stari izvoz za {centre} {period}: {detail}. Ništa nije izmenjeno.",
        "A replay of an old export for {centre} {period}: {detail}. Nothing was changed.",
        "Ripërsëritje e një eksporti të vjetër për {centre} {period}: {detail}. Asgjë nuk u ndryshua.",
    ),
    "export_id_reused": (
        "Oznaka izvoza {export_id} je već uvezena sa drugačijim sadržajem.",
        "The export id {export_id} was already imported with different contents.",
        "Identifikuesi i eksportit {export_id} është importuar tashmë me përmbajtje tjetër.",
    ),
    "unreadable": (
        "Datoteka se ne može pročitati ({detail}).",
        "The file cannot be read ({detail}).",
        "Skedari nuk mund të lexohet ({detail}).",
    ),
    "too_slow": (
        "Provera datoteke je prekinuta jer je trajala predugo.",
        "Checking the file was stopped because it took too long.",
        "Kontrolli i skedarit u ndal sepse zgjati shumë.",
    ),
    "store_conflict": (
        "Istovremeni uvoz istog centra i meseca; pokušajte ponovo.",
        "Another import of the same centre and month ran at the same time; try again.",
        "Një import tjetër i së njëjtës qendër dhe muaj u krye në të njëjtën kohë; provoni përsëri.",
    ),
    # ---------------------------------------------------------------- outcomes
    "outcome_accepted": (
        "uvezeno: {centre} {period}, {rows} redova",
        "imported: {centre} {period}, {rows} rows",
        "u importua: {centre} {period}, {rows} rreshta",
    ),
    "outcome_replaced": (
        "uvezeno i zamenjuje raniji izvoz: {centre} {period}, {rows} redova",
        "imported, replacing the earlier export: {centre} {period}, {rows} rows",
        "u importua, duke zëvendësuar eksportin e mëparshëm: {centre} {period}, {rows} rreshta",
    ),
    "outcome_unchanged": (
        "već uvezeno, ništa nije izmenjeno: {centre} {period}",
        "already imported, nothing changed: {centre} {period}",
        "është importuar tashmë, asgjë nuk ndryshoi: {centre} {period}",
    ),
    "summary": (
        "Uvoz: {accepted} prihvaćeno, {unchanged} već postoji, {rejected} odbijeno.",
        "Import: {accepted} accepted, {unchanged} already present, {rejected} rejected.",
        "Importi: {accepted} të pranuara, {unchanged} ekzistonin, {rejected} të refuzuara.",
    ),
    # ---------------------------------------------------------------- known errors
    "identity_exists": (
        "Datoteka {path} već postoji; ključ nije prepisan.",
        "The file {path} already exists; the key was not overwritten.",
        "Skedari {path} ekziston tashmë; çelësi nuk u mbishkrua.",
    ),
    "identity_invalid": (
        "Datoteka {path} nije age ključ (identitet) ove organizacije.",
        "The file {path} is not an age identity (the organisation's private key).",
        "Skedari {path} nuk është një identitet age (çelësi privat i organizatës).",
    ),
    "card_invalid": (
        "Kartica centra {path} nije ispravna ({detail}).",
        "The centre card {path} is not valid ({detail}).",
        "Karta e qendrës {path} nuk është e vlefshme ({detail}).",
    ),
    "card_key_changed": (
        "Centar {centre} je već registrovan sa drugim ključem ({old}); nova kartica ima ključ {new}. "
        "Proverite sa centrom i ponovite sa --replace-key.",
        "The centre {centre} is already registered with another key ({old}); the new card has key {new}. "
        "Check with the centre, then repeat with --replace-key.",
        "Qendra {centre} është regjistruar tashmë me një çelës tjetër ({old}); karta e re ka çelësin {new}. "
        "Kontrolloni me qendrën dhe përsëritni me --replace-key.",
    ),
    "store_unreachable": (
        "Baza analize {url} nije dostupna ({detail}).",
        "The analysis store {url} cannot be reached ({detail}).",
        "Baza e analizës {url} nuk mund të arrihet ({detail}).",
    ),
    "store_newer": (
        "Bazu analize je napravila novija verzija programa (šema {revision}). Instalirajte najnoviju verziju.",
        "The analysis store was made by a newer version of the program (schema {revision}). Install the latest version.",
        "Baza e analizës është krijuar nga një version më i ri i programit (skema {revision}). Instaloni versionin më të fundit.",
    ),
    "no_files": (
        "Nema datoteka za uvoz u {paths}.",
        "No files to import in {paths}.",
        "Nuk ka skedarë për import në {paths}.",
    ),
    "bad_period": (
        "Neispravan period {period}: koristite GGGG, GGGG-Qn ili GGGG-MM.",
        "Invalid period {period}: use YYYY, YYYY-Qn or YYYY-MM.",
        "Periudhë e pavlefshme {period}: përdorni VVVV, VVVV-Qn ose VVVV-MM.",
    ),
    "nothing_imported": (
        "Još ništa nije uvezeno: prvo uvezite izvoze centara (evidencija analysis import).",
        "Nothing has been imported yet: import the centres' exports first (evidencija analysis import).",
        "Ende asgjë nuk është importuar: së pari importoni eksportet e qendrave (evidencija analysis import).",
    ),
    "keygen_done": (
        "Ključ organizacije je sačuvan u {path}. Javni ključ za centre:",
        "The organisation's key was saved in {path}. Public key for the centres:",
        "Çelësi i organizatës u ruajt në {path}. Çelësi publik për qendrat:",
    ),
    "centre_added": (
        "Centar {centre} ({name}) je registrovan; ključ {fingerprint}.",
        "The centre {centre} ({name}) was registered; key {fingerprint}.",
        "Qendra {centre} ({name}) u regjistrua; çelësi {fingerprint}.",
    ),
    "centre_unchanged": (
        "Centar {centre} je već registrovan sa ovim ključem.",
        "The centre {centre} is already registered with this key.",
        "Qendra {centre} është regjistruar tashmë me këtë çelës.",
    ),
    "report_done": (
        "Izveštaj je sačuvan: {path}",
        "The report was written: {path}",
        "Raporti u shkrua: {path}",
    ),
    "dataset_done": (
        "Skup podataka je sačuvan: {path} ({rows} redova)",
        "The dataset was written: {path} ({rows} rows)",
        "Grupi i të dhënave u shkrua: {path} ({rows} rreshta)",
    ),
}


def atext(message_id: str, lang: str | None = None, **params: object) -> str:
    """The analysis message `message_id` in `lang` (default: the current language)."""
    return render(CATALOGUE[message_id], lang, **params)


class AnalysisError(KnownError):
    """A known error of the analysis side, with its message in the analysis catalogue."""

    exit_code: ClassVar[int] = 30
    message_id: ClassVar[str] = "unreadable"

    def message(self, lang: str | None = None) -> str:
        return atext(self.message_id, lang, **self.params)


class IdentityError(AnalysisError):
    exit_code = 31


class CardError(AnalysisError):
    exit_code = 32


class StoreError(AnalysisError):
    exit_code = 33


class UsageError(AnalysisError):
    exit_code = 34


class Rejected(AnalysisError):
    """An import file was rejected whole; `message_id` is its reason code. Nothing was stored."""

    exit_code = 35

    @property
    def reason(self) -> str:
        return self.message_id
