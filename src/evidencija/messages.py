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
    "display_library_missing": (
        "Evidencija ne može da otvori prozor: na računaru nedostaje sistemska biblioteka {library}. "
        "Zamolite administratora da je instalira (sudo apt install {library}) pa pokrenite program ponovo.",
        "Evidencija cannot open its window: the system library {library} is not installed. Ask "
        "the administrator to install it (sudo apt install {library}), then start the program again.",
        "Evidencija nuk mund të hapë dritaren: në kompjuter mungon biblioteka e sistemit {library}. "
        "Kërkojini administratorit ta instalojë (sudo apt install {library}) dhe nisni programin përsëri.",
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
    # Services layer: validation, case state and deadlines
    "validation_failed": (
        "Podaci nisu ispravni: {details}",
        "The data are not valid: {details}",
        "Të dhënat nuk janë të vlefshme: {details}",
    ),
    "case_closed": (
        "Slučaj {file_number} je zatvoren i može se samo pregledati. Ponovo ga otvorite da biste unosili izmene.",
        "Case {file_number} is closed and can only be viewed. Reopen it to make changes.",
        "Rasti {file_number} është i mbyllur dhe mund vetëm të shikohet. Rihapeni për të bërë ndryshime.",
    ),
    "case_not_closed": (
        "Slučaj {file_number} nije zatvoren.",
        "Case {file_number} is not closed.",
        "Rasti {file_number} nuk është i mbyllur.",
    ),
    "record_not_found": (
        "Zapis nije pronađen; možda ga je u međuvremenu neko obrisao.",
        "The record was not found; someone may have deleted it meanwhile.",
        "Regjistrimi nuk u gjet; ndoshta dikush e ka fshirë ndërkohë.",
    ),
    "edited_elsewhere": (
        "Slučaj je u međuvremenu izmenio neko drugi. Osvežite prikaz i unesite izmene ponovo.",
        "Someone else changed the case meanwhile. Refresh the view and make your changes again.",
        "Dikush tjetër e ka ndryshuar rastin ndërkohë. Rifreskoni pamjen dhe bëni përsëri ndryshimet.",
    ),
    "person_duplicate_jmbg": (
        "Osoba sa ovim JMBG već postoji u evidenciji: {name}. Izaberite postojeću osobu.",
        "A person with this JMBG is already in the register: {name}. Choose the existing person.",
        "Një person me këtë JMBG ekziston tashmë në regjistër: {name}. Zgjidhni personin ekzistues.",
    ),
    "value_required": (
        "Obavezan podatak.",
        "This is required.",
        "Kjo fushë është e detyrueshme.",
    ),
    "document_too_large": (
        "Dokument je prevelik: najviše {limit} MB po datoteci.",
        "The document is too large: {limit} MB a file at most.",
        "Dokumenti është shumë i madh: më së shumti {limit} MB për skedar.",
    ),
    "documents_full": (
        "Registar ne može da primi još dokumenata: svi zajedno smeju imati najviše {limit} MB. "
        "Obrišite dokumente koji više nisu potrebni.",
        "The register cannot take more documents: together they may hold {limit} MB at most. "
        "Delete documents that are no longer needed.",
        "Regjistri nuk mund të pranojë më dokumente: së bashku mund të kenë më së shumti {limit} MB. "
        "Fshini dokumentet që nuk nevojiten më.",
    ),
    "document_empty": (
        "Datoteka je prazna.",
        "The file is empty.",
        "Skedari është bosh.",
    ),
    "document_unreadable": (
        "Datoteka ne može da se pročita: {detail}",
        "The file cannot be read: {detail}",
        "Skedari nuk mund të lexohet: {detail}",
    ),
    "text_too_long": (
        "Tekst je predug: najviše {limit} znakova.",
        "The text is too long: {limit} characters at most.",
        "Teksti është shumë i gjatë: më së shumti {limit} karaktere.",
    ),
    "unknown_code": (
        "Nepoznata šifra: {code}.",
        "Unknown code: {code}.",
        "Kod i panjohur: {code}.",
    ),
    "unknown_municipality": (
        "Nepoznata opština: {code}.",
        "Unknown municipality: {code}.",
        "Komunë e panjohur: {code}.",
    ),
    "unknown_reference": (
        "Izabrani zapis ne postoji ili ne pripada ovom slučaju.",
        "The chosen record does not exist or does not belong to this case.",
        "Regjistrimi i zgjedhur nuk ekziston ose nuk i përket këtij rasti.",
    ),
    "date_in_future": (
        "Datum ne može biti u budućnosti.",
        "The date cannot be in the future.",
        "Data nuk mund të jetë në të ardhmen.",
    ),
    "date_before_other": (
        "Ne može biti pre {other}.",
        "Cannot be before {other}.",
        "Nuk mund të jetë para {other}.",
    ),
    "decision_before_proposal": (
        "Odluka suda ne može biti pre predloga tužioca ({other}).",
        "The court's decision cannot precede the prosecutor's proposal ({other}).",
        "Vendimi i gjykatës nuk mund të jetë para propozimit të prokurorit ({other}).",
    ),
    "decision_before_petition": (
        "Odluka suda ne može biti pre zahteva ({other}).",
        "The court's decision cannot precede the petition ({other}).",
        "Vendimi i gjykatës nuk mund të jetë para kërkesës ({other}).",
    ),
    "decision_not_for_this_order": (
        "Ova odluka ne pripada ovoj vrsti mere ili naloga (drugi zakon).",
        "This decision does not belong to this kind of measure or order (another law).",
        "Ky vendim nuk i përket këtij lloji mase ose urdhri (ligj tjetër).",
    ),
    "measure_of_another_jurisdiction": (
        "Ova vrsta mere pripada zakonu druge jurisdikcije od one u kojoj je centar.",
        "This kind of measure belongs to the law of another jurisdiction than the centre's.",
        "Ky lloj mase i përket ligjit të një juridiksioni tjetër nga ai i qendrës.",
    ),
    "jmbg_not_13_digits": (
        "JMBG mora imati tačno 13 cifara.",
        "The JMBG must have exactly 13 digits.",
        "JMBG duhet të ketë saktësisht 13 shifra.",
    ),
    "jmbg_checksum": (
        "JMBG nije ispravan: kontrolna cifra se ne slaže. Proverite da li je dobro prepisan.",
        "The JMBG is not valid: its check digit does not match. Check that it was copied correctly.",
        "JMBG nuk është i vlefshëm: shifra e kontrollit nuk përputhet. Kontrolloni nëse është kopjuar saktë.",
    ),
    "jmbg_no_such_date": (
        "JMBG ne počinje ispravnim datumom rođenja.",
        "The JMBG does not begin with a valid birth date.",
        "JMBG nuk fillon me një datë të vlefshme lindjeje.",
    ),
    "jmbg_birth_date_mismatch": (
        "Datum rođenja se ne slaže sa JMBG ({jmbg_date}).",
        "The birth date does not agree with the JMBG ({jmbg_date}).",
        "Data e lindjes nuk përputhet me JMBG-në ({jmbg_date}).",
    ),
    "jmbg_sex_mismatch": (
        "Pol se ne slaže sa JMBG.",
        "The sex does not agree with the JMBG.",
        "Gjinia nuk përputhet me JMBG-në.",
    ),
    "status_set_by_closure": (
        "Slučaj se zatvara radnjom „Zatvori slučaj”, uz razlog zatvaranja.",
        "A case is closed with “Close case”, giving the reason.",
        "Rasti mbyllet me „Mbyll rastin”, duke dhënë arsyen.",
    ),
    "file_number_taken": (
        "Broj predmeta {file_number} je već upisan.",
        "The file number {file_number} is already in use.",
        "Numri i lëndës {file_number} është tashmë në përdorim.",
    ),
    "number_not_negative": (
        "Broj ne može biti negativan.",
        "The number cannot be negative.",
        "Numri nuk mund të jetë negativ.",
    ),
    "number_positive": (
        "Broj mora biti veći od nule.",
        "The number must be greater than zero.",
        "Numri duhet të jetë më i madh se zero.",
    ),
    "user_cannot_manage_cases": (
        "Ovaj korisnik ne može biti voditelj slučaja.",
        "This user cannot be a case manager.",
        "Ky përdorues nuk mund të jetë menaxher i rastit.",
    ),
    "participant_role_taken": (
        "Ova osoba već ima tu ulogu u slučaju.",
        "This person already has that role in the case.",
        "Ky person e ka tashmë këtë rol në rast.",
    ),
    "participant_in_use": (
        "Osoba je navedena u usluzi ili planu zaštite ovog slučaja; prvo je uklonite odatle.",
        "The person is named in a service or protection plan of this case; remove them from there first.",
        "Personi është përmendur në një shërbim ose plan mbrojtjeje të këtij rasti; hiqeni së pari prej andej.",
    ),
    "relationship_same_person": (
        "Žrtva i učinilac moraju biti različite osobe.",
        "The victim and the perpetrator must be different people.",
        "Viktima dhe autori duhet të jenë persona të ndryshëm.",
    ),
    "relationship_not_victim": (
        "Ova osoba nije žrtva ni dete u slučaju.",
        "This person is not a victim or a child in the case.",
        "Ky person nuk është viktimë as fëmijë në rast.",
    ),
    "relationship_not_perpetrator": (
        "Ova osoba nije učinilac u slučaju.",
        "This person is not a perpetrator in the case.",
        "Ky person nuk është autor në rast.",
    ),
    "relationship_exists": (
        "Odnos ovih osoba je već upisan.",
        "The relationship of these two people is already recorded.",
        "Marrëdhënia e këtyre dy personave është regjistruar tashmë.",
    ),
    "done_on_required": (
        "Upišite datum kada je mera sprovedena.",
        "Enter the date the measure was carried out.",
        "Shënoni datën kur u zbatua masa.",
    ),
    "done_after_deadline": (
        "Mera je sprovedena posle roka, pa nije „sprovedena u roku”.",
        "The measure was carried out after its deadline, so it was not “done on time”.",
        "Masa u zbatua pas afatit, prandaj nuk është „zbatuar në afat”.",
    ),
    "protection_duration_max_12": (
        "Mera zaštite traje od 1 do najviše 12 meseci.",
        "A protection measure lasts from 1 to at most 12 months.",
        "Masa mbrojtëse zgjat nga 1 deri në 12 muaj më së shumti.",
    ),
    "satisfaction_1_to_5": (
        "Ocena je od 1 do 5.",
        "The rating is from 1 to 5.",
        "Vlerësimi është nga 1 deri në 5.",
    ),
    "deadline_urgent_expiry": (
        "Hitna mera ističe: {due}",
        "The urgent measure expires: {due}",
        "Masa urgjente skadon: {due}",
    ),
    "deadline_urgent_proposal": (
        "Predlog tužioca za produženje hitne mere — rok: {due}",
        "Prosecutor's proposal to extend the urgent measure — due: {due}",
        "Propozimi i prokurorit për zgjatjen e masës urgjente — afati: {due}",
    ),
    "deadline_urgent_decision": (
        "Odluka suda o produženju hitne mere — rok: {due}",
        "Court decision on extending the urgent measure — due: {due}",
        "Vendimi i gjykatës për zgjatjen e masës urgjente — afati: {due}",
    ),
    "deadline_urgent_extension_end": (
        "Produžena hitna mera ističe: {due}",
        "The extended urgent measure ends: {due}",
        "Masa urgjente e zgjatur përfundon: {due}",
    ),
    "deadline_urgent_appeal": (
        "Rok za žalbu na odluku o hitnoj meri: {due}",
        "Appeal against the urgent-measure decision — until: {due}",
        "Afati për ankesë kundër vendimit për masën urgjente: {due}",
    ),
    "deadline_xk_interim_expiry": (
        "Privremeni hitni nalog ističe (kraj narednog radnog dana suda): {due}",
        "The interim emergency protection order expires (end of the court's next working day): {due}",
        "Urdhri i përkohshëm për mbrojtje emergjente skadon (fundi i ditës së ardhshme të punës së gjykatës): {due}",
    ),
    "deadline_xk_petition_decision": (
        "Odluka suda o zahtevu za nalog za zaštitu — rok: {due}",
        "Court decision on the petition for a protection order — due: {due}",
        "Vendimi i gjykatës për kërkesën për urdhër mbrojtjeje — afati: {due}",
    ),
    "deadline_xk_order_end": (
        "Nalog za zaštitu ističe: {due}",
        "The protection order ends: {due}",
        "Urdhri për mbrojtje skadon: {due}",
    ),
    "deadline_mechanism_decision": (
        "Odluka mehanizma koordinacije „{decision}” — rok: {due}",
        "Coordination mechanism's decision \"{decision}\" — due: {due}",
        "Vendimi i mekanizmit të koordinimit „{decision}” — afati: {due}",
    ),
    "deadline_gks_review": (
        "Razmatranje slučaja na grupi za koordinaciju i saradnju — rok: {due} (poslednji sastanak: {last}).",
        "Review of the case by the coordination group — due: {due} (last meeting: {last}).",
        "Shqyrtimi i rastit nga grupi i koordinimit — afati: {due} (takimi i fundit: {last}).",
    ),
    "deadline_plan_measure": (
        "Mera iz plana zaštite i podrške — rok: {due}",
        "Measure of the protection and support plan — due: {due}",
        "Masa e planit të mbrojtjes dhe mbështetjes — afati: {due}",
    ),
    "deadline_protection_measure_end": (
        "Mera zaštite od nasilja u porodici ističe: {due}",
        "The family-law protection measure ends: {due}",
        "Masa mbrojtëse kundër dhunës në familje përfundon: {due}",
    ),
    "deadline_first_contact": (
        "Prvi kontakt sa žrtvom posle prijave — rok: {due}",
        "First contact with the victim after the report — due: {due}",
        "Kontakti i parë me viktimën pas denoncimit — afati: {due}",
    ),
    # The outbox: export packages e-mailed to the NGO (evidencija.outbox)
    "outbox_not_package": (
        "U izlaznu poštu može da se stavi samo šifrovani paket izvoza ({pattern}): {detail}",
        "Only an encrypted export package ({pattern}) can go into the outbox: {detail}",
        "Në kutinë dalëse mund të vendoset vetëm një paketë e enkriptuar eksporti ({pattern}): {detail}",
    ),
    "outbox_package_too_large": (
        "Paket {file} je prevelik za slanje e-poštom ({size} MB; najviše {limit} MB).",
        "The package {file} is too large to send by e-mail ({size} MB; at most {limit} MB).",
        "Paketa {file} është shumë e madhe për t'u dërguar me email ({size} MB; më së shumti {limit} MB).",
    ),
    "outbox_not_configured": (
        "Slanje e-poštom nije podešeno (server, adresa pošiljaoca i adresa organizacije). Podesite ga ili pošaljite paket iz svog programa za e-poštu.",
        "Sending by e-mail is not set up (server, sender address and the NGO's address). Set it up, or send the package from your own mail program.",
        "Dërgimi me email nuk është konfiguruar (serveri, adresa e dërguesit dhe adresa e organizatës). Konfigurojeni ose dërgojeni paketën nga programi juaj i email-it.",
    ),
    "outbox_no_ngo_address": (
        "Adresa e-pošte organizacije nije upisana u podešavanjima.",
        "The NGO's e-mail address is not set in the settings.",
        "Adresa e email-it të organizatës nuk është vendosur në cilësime.",
    ),
    "outbox_item_missing": (
        "U izlaznoj pošti nema stavke {item}.",
        "There is no outbox item {item}.",
        "Nuk ka artikull {item} në kutinë dalëse.",
    ),
    "outbox_item_ambiguous": (
        "Više stavki izlazne pošte odgovara oznaci {item}; navedite je potpunije.",
        "More than one outbox item matches {item}; give more of it.",
        "Më shumë se një artikull i kutisë dalëse përputhet me {item}; jepni më shumë prej tij.",
    ),
    "outbox_wrong_state": (
        "Stavka {item} je sada u stanju „{state}”; ova radnja nije moguća.",
        "The item {item} is now “{state}”; this cannot be done.",
        "Artikulli {item} tani është „{state}”; ky veprim nuk është i mundur.",
    ),
    "outbox_login_needs_tls": (
        "Prijava na server preko nešifrovane veze nije dozvoljena: izaberite {modes}.",
        "Logging in to the server over an unencrypted connection is not allowed: choose {modes}.",
        "Hyrja në server përmes një lidhjeje të paenkriptuar nuk lejohet: zgjidhni {modes}.",
    ),
    "outbox_state_queued": (
        "Čeka slanje",
        "Queued",
        "Në pritje",
    ),
    "outbox_state_queued_retry": (
        "Čeka slanje — {reason}; sledeći pokušaj {at}",
        "Queued — {reason}; next attempt {at}",
        "Në pritje — {reason}; përpjekja e radhës {at}",
    ),
    "outbox_state_sending": (
        "Šalje se…",
        "Sending…",
        "Po dërgohet…",
    ),
    "outbox_state_interrupted": (
        "Prekinuto — biće ponovo poslato",
        "Interrupted — will be re-sent",
        "U ndërpre — do të ridërgohet",
    ),
    "outbox_state_sent": (
        "Poslato {at}",
        "Sent at {at}",
        "U dërgua më {at}",
    ),
    "outbox_state_sent_manual": (
        "Poslato ručno (zabeleženo {at})",
        "Sent by hand (recorded {at})",
        "U dërgua me dorë (regjistruar më {at})",
    ),
    "outbox_state_failed": (
        "Nije poslato: {reason}",
        "Failed: {reason}",
        "Dështoi: {reason}",
    ),
    "outbox_error_connection": (
        "server e-pošte nije dostupan",
        "the mail server cannot be reached",
        "serveri i email-it nuk arrihet",
    ),
    "outbox_error_timeout": (
        "server e-pošte nije odgovorio na vreme",
        "the mail server did not answer in time",
        "serveri i email-it nuk u përgjigj në kohë",
    ),
    "outbox_error_tls": (
        "šifrovana veza sa serverom nije uspela (sertifikat ili podrška za šifrovanje)",
        "the encrypted connection to the server failed (certificate or encryption support)",
        "lidhja e enkriptuar me serverin dështoi (certifikata ose mbështetja për enkriptim)",
    ),
    "outbox_error_auth": (
        "server nije prihvatio korisničko ime ili lozinku",
        "the server did not accept the username or password",
        "serveri nuk pranoi emrin e përdoruesit ose fjalëkalimin",
    ),
    "outbox_error_disconnected": (
        "server je prekinuo vezu pre nego što je prihvatio poruku",
        "the server closed the connection before accepting the message",
        "serveri e mbylli lidhjen para se ta pranonte mesazhin",
    ),
    "outbox_error_temporary": (
        "server privremeno odbija poruku",
        "the server is refusing the message for now",
        "serveri po e refuzon mesazhin përkohësisht",
    ),
    "outbox_error_rejected": (
        "server je odbio poruku",
        "the server refused the message",
        "serveri e refuzoi mesazhin",
    ),
    "outbox_error_interrupted": (
        "slanje je prekinuto pre potvrde servera; biće ponovo poslato sa istom oznakom poruke",
        "sending was interrupted before the server confirmed it; it will be re-sent with the same message id",
        "dërgimi u ndërpre para konfirmimit të serverit; do të ridërgohet me të njëjtin identifikues mesazhi",
    ),
    "outbox_error_not_package": (
        "sadržaj nije šifrovani paket izvoza",
        "the content is not an encrypted export package",
        "përmbajtja nuk është paketë e enkriptuar eksporti",
    ),
    "outbox_error_unexpected": (
        "neočekivana greška pri slanju",
        "unexpected error while sending",
        "gabim i papritur gjatë dërgimit",
    ),
    "outbox_mail_body": (
        "Poštovani,\n\nu prilogu je šifrovani mesečni izvoz centra {centre} za {period}.\nDatoteka: {file}\n{algorithm}: {digest}\n\nPoslato iz programa Evidencija.",
        "Hello,\n\nattached is the encrypted monthly export of the centre {centre} for {period}.\nFile: {file}\n{algorithm}: {digest}\n\nSent from Evidencija.",
        "Përshëndetje,\n\nbashkëngjitur është eksporti mujor i enkriptuar i qendrës {centre} për {period}.\nSkedari: {file}\n{algorithm}: {digest}\n\nDërguar nga Evidencija.",
    ),
    "outbox_attach_hint": (
        "Priložite datoteku {file} iz foldera koji se otvorio, pa pošaljite poruku. Zatim je označite kao poslatu.",
        "Attach the file {file} from the folder that opened, then send the message. Then mark it as sent.",
        "Bashkëngjitni skedarin {file} nga dosja që u hap, pastaj dërgoni mesazhin. Më pas shënojeni si të dërguar.",
    ),
    "reminder_not_exported": (
        "Izvoz za {period} još nije napravljen i poslat organizaciji.",
        "The export for {period} has not been made and sent to the NGO yet.",
        "Eksporti për {period} ende nuk është bërë dhe nuk i është dërguar organizatës.",
    ),
    "reminder_not_sent": (
        "Izvoz za {period} je napravljen, ali još nije poslat organizaciji.",
        "The export for {period} was made but has not been sent to the NGO yet.",
        "Eksporti për {period} u bë, por ende nuk i është dërguar organizatës.",
    ),
    "reminder_failed": (
        "Slanje izvoza za {period} nije uspelo: {reason}",
        "Sending the export for {period} failed: {reason}",
        "Dërgimi i eksportit për {period} dështoi: {reason}",
    ),
    "outbox_added": (
        "Paket {file} je stavljen u izlaznu poštu.",
        "The package {file} was put in the outbox.",
        "Paketa {file} u vendos në kutinë dalëse.",
    ),
    "outbox_empty": (
        "Izlazna pošta je prazna.",
        "The outbox is empty.",
        "Kutia dalëse është bosh.",
    ),
    "outbox_send_report": (
        "Poslato: {sent}; čeka ponovni pokušaj: {queued}; nije poslato: {failed}.",
        "Sent: {sent}; waiting to retry: {queued}; failed: {failed}.",
        "U dërguan: {sent}; në pritje për përpjekje të re: {queued}; dështuan: {failed}.",
    ),
    "outbox_settings_saved": (
        "Podešavanja slanja e-poštom su sačuvana.",
        "The e-mail settings were saved.",
        "Cilësimet e email-it u ruajtën.",
    ),
    # Monthly export (evidencija.export)
    "export_bad_period": (
        "Period mora biti mesec u obliku GGGG-MM (dobijeno: {value}).",
        "The period must be a month written YYYY-MM (got: {value}).",
        "Periudha duhet të jetë një muaj në formën VVVV-MM (u dha: {value}).",
    ),
    "export_no_recipient": (
        "Nije podešen javni ključ organizacije (age primalac). Dodajte ga (--recipient) ili izričito izaberite nešifrovanu tabelu (--plain).",
        "No NGO public key (age recipient) is configured. Add one (--recipient) or explicitly choose an unencrypted workbook (--plain).",
        "Nuk është konfiguruar çelësi publik i OJQ-së (marrësi age). Shtoni një (--recipient) ose zgjidhni shprehimisht një tabelë të pakriptuar (--plain).",
    ),
    "export_bad_recipient": (
        "Neispravan age primalac: {value}",
        "Not a valid age recipient: {value}",
        "Marrës age i pavlefshëm: {value}",
    ),
    "export_bad_card": (
        "Datoteka {path} nije ispravna kartica centra.",
        "The file {path} is not a valid centre card.",
        "Skedari {path} nuk është një kartelë e vlefshme e qendrës.",
    ),
    "export_cancelled": (
        "Izvoz je prekinut; ništa nije zapisano.",
        "The export was cancelled; nothing was written.",
        "Eksporti u anulua; asgjë nuk u shkrua.",
    ),
    "export_plain_warning": (
        "UPOZORENJE: tabela se zapisuje NEŠIFROVANA. Čuvajte je kao poverljiv dokument i ne šaljite je e-poštom.",
        "WARNING: the workbook is written UNENCRYPTED. Keep it as a confidential document and do not e-mail it.",
        "PARALAJMËRIM: tabela shkruhet E PAKRIPTUAR. Ruajeni si dokument konfidencial dhe mos e dërgoni me email.",
    ),
    "export_done": (
        "Izvoz za {period} je zapisan: {path} (SHA-256 {sha256}). Potisnuto zapisa: {suppressed} od {records}.",
        "The export for {period} was written: {path} (SHA-256 {sha256}). Records suppressed: {suppressed} of {records}.",
        "Eksporti për {period} u shkrua: {path} (SHA-256 {sha256}). Regjistrime të fshehura: {suppressed} nga {records}.",
    ),
    "centre_card_done": (
        "Kartica centra je zapisana u {path}. Otisak ključa: {fingerprint}",
        "The centre card was written to {path}. Key fingerprint: {fingerprint}",
        "Kartela e qendrës u shkrua në {path}. Gjurma e çelësit: {fingerprint}",
    ),
    "package_invalid": (
        "Paket {path} nije ispravan.",
        "The package {path} is not valid.",
        "Paketa {path} nuk është e vlefshme.",
    ),
    "package_unreadable": (
        "Paket {path} ne može da se dešifruje ili nije paket izvoza (oštećen, skraćen ili za drugi ključ).",
        "The package {path} cannot be decrypted or is not an export package (damaged, truncated or for another key).",
        "Paketa {path} nuk mund të deshifrohet ose nuk është paketë eksporti (e dëmtuar, e shkurtuar ose për një çelës tjetër).",
    ),
    "package_unknown_centre": (
        "Paket {path} je od nepoznatog centra {centre}: registrujte njegovu karticu.",
        "The package {path} comes from an unknown centre {centre}: register its card first.",
        "Paketa {path} vjen nga një qendër e panjohur {centre}: regjistroni kartelën e saj.",
    ),
    "package_wrong_signer": (
        "Paket {path} nije potpisan registrovanim ključem centra {centre}.",
        "The package {path} is not signed with the registered key of centre {centre}.",
        "Paketa {path} nuk është nënshkruar me çelësin e regjistruar të qendrës {centre}.",
    ),
    "package_bad_signature": (
        "Potpis paketa {path} nije ispravan: sadržaj je menjan posle potpisivanja.",
        "The signature of the package {path} is not valid: its content was changed after signing.",
        "Nënshkrimi i paketës {path} nuk është i vlefshëm: përmbajtja u ndryshua pas nënshkrimit.",
    ),
    "package_tampered": (
        "Tabela u paketu {path} nije ona koju je centar {centre} potpisao.",
        "The workbook in the package {path} is not the one centre {centre} signed.",
        "Tabela në paketën {path} nuk është ajo që nënshkroi qendra {centre}.",
    ),
    # Services layer: deletions that would take other records with them
    "plan_has_measures": (
        "Plan ima mere. Prvo obrišite njegove mere, pa plan.",
        "The plan has measures. Delete its measures first, then the plan.",
        "Plani ka masa. Fshini së pari masat e tij, pastaj planin.",
    ),
    "plan_measure_in_use": (
        "Na ovu meru plana se poziva usluga. Prvo uklonite tu vezu u usluzi.",
        "A service refers to this plan measure. Remove that link in the service first.",
        "Një shërbim i referohet kësaj mase të planit. Hiqeni së pari atë lidhje në shërbim.",
    ),
}


def current_lang() -> str:
    """The language for messages: EVIDENCIJA_LANG if set to a known language, else the default."""
    lang = os.environ.get("EVIDENCIJA_LANG", "")
    return lang if lang in LANGS else DEFAULT_LANG


def text(message_id: str, lang: str | None = None, **params: object) -> str:
    """The message in `lang` (default: `current_lang()`), with `params` filled in."""
    return render(CATALOGUE[message_id], lang, **params)


def render(entry: tuple[str, str, str], lang: str | None = None, **params: object) -> str:
    """One (Serbian Latin, English, Albanian) entry of any feature's catalogue in `lang`."""
    lang = lang if lang in LANGS else current_lang()
    sr, en, sq = entry
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
