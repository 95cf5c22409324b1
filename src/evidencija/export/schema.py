"""The export contract in code: every sheet, every column, its type and its code list.

This is the ALLOW-LIST. The extractor (`rows.py`) selects only the register columns it needs to
fill these columns, the writer refuses a row whose keys differ from the sheet's columns, and the
data-dictionary sheet and `docs/export-format.md` describe exactly these. Changing anything here
is a contract change: bump SCHEMA_VERSION.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..db.codes import Code, CodeList, code_list

SCHEMA_VERSION = 1

# Column types (see docs/export-format.md §2)
PSEUDONYM = "pseudonym"  # 16 characters A–Z 2–7 (RFC 4648 base32 of an HMAC-SHA256)
CODE = "code"            # one code of the named code list
INT = "int"              # whole number (counts, days, months)
PERIOD = "period"        # YYYY-MM, YYYY-Qn, YYYY, ANY (withheld by recoding) or SUPPRESSED
TEXT = "text"            # program-generated text (metadata, dictionary, disclosure only)

SUPPRESSED = "SUPPRESSED"


def _c(code: str, sr: str, en: str, group: str | None = None) -> Code:
    return Code(code=code, sr=sr, en=en, sq=en, group=group)


def _l(name: str, sr: str, en: str, codes: list[Code]) -> CodeList:
    return CodeList(name, sr, en, en, tuple(codes))


_SUPP = _c(SUPPRESSED, "Potisnuto (zaštita podataka)", "Suppressed (disclosure control)")
_UNK = _c("UNKNOWN", "Nepoznato", "Unknown")

# Code lists that exist only in the export (generalised or collapsed forms of register lists).
EXPORT_CODE_LISTS: dict[str, CodeList] = {
    cl.name: cl
    for cl in (
        _l("yes_no", "Da / ne", "Yes / no", [_c("YES", "Da", "Yes"), _c("NO", "Ne", "No")]),
        _l("sex_qi", "Pol", "Sex", [
            _c("FEMALE", "Ženski", "Female"), _c("MALE", "Muški", "Male"), _UNK, _SUPP]),
        _l("age_band", "Starosna grupa (u trenutku otvaranja slučaja)",
           "Age band (at the opening of the case)", [
            _c("AGE_0_17", "0–17", "0–17", "A4 A3 A2"),
            _c("AGE_18_25", "18–25", "18–25", "A4"),
            _c("AGE_26_64", "26–64", "26–64", "A4"),
            _c("AGE_18_64", "18–64", "18–64", "A3"),
            _c("AGE_65_PLUS", "65+", "65+", "A4 A3"),
            _c("AGE_18_PLUS", "18+", "18+", "A2"),
            _UNK, _SUPP]),
        _l("relationship_group_qi", "Grupa odnosa učinioca prema žrtvi",
           "Relationship group of the perpetrator to the victim", [
            _c("PARTNER", "Partner", "Partner", "G6"),
            _c("FORMER_PARTNER", "Bivši partner", "Former partner", "G6"),
            _c("PARENT_TO_CHILD", "Roditelj prema detetu", "Parent against child", "G6"),
            _c("CHILD_TO_PARENT", "Dete prema roditelju", "Child against parent", "G6"),
            _c("OTHER_FAMILY", "Drugi član porodice", "Other family member", "G6"),
            _c("INTIMATE_PARTNER", "Sadašnji ili bivši partner", "Current or former partner",
               "G3 G2"),
            _c("PARENT_CHILD", "Roditelj i dete (oba smera)", "Parent and child (either way)",
               "G3"),
            _c("OTHER_OR_UNKNOWN", "Drugi član porodice ili nepoznato",
               "Other family member or unknown", "G3"),
            _c("FAMILY_OR_UNKNOWN", "Član porodice (nepartnerski) ili nepoznato",
               "Family member (not a partner) or unknown", "G2"),
            _c("UNKNOWN", "Nepoznato", "Unknown", "G6"), _SUPP]),
        _l("earlier_reports_band", "Broj ranijih prijava", "Number of earlier reports", [
            _c("NONE", "0", "0"), _c("ONE", "1", "1"), _c("TWO_TO_FOUR", "2–4", "2–4"),
            _c("FIVE_PLUS", "5+", "5+"), _UNK]),
        _l("injury_export", "Povrede", "Injuries", [
            _c("NONE", "Bez povreda", "No injuries"),
            _c("LIGHT", "Lake telesne povrede", "Light bodily injuries"),
            _c("SERIOUS_OR_DEATH", "Teške povrede ili smrt", "Serious injuries or death"),
            _UNK]),
        _l("closure_reason_export", "Razlog zatvaranja", "Closure reason", [
            *(c for c in code_list("closure_reason").codes
              if c.code not in ("PERPETRATOR_DIED", "VICTIM_KILLED_FEMICIDE",
                                "VICTIM_DIED_OTHER")),
            _c("OTHER_REASON", "Drugi razlog (uključuje smrtne ishode)",
               "Other reason (includes deaths)")]),
        _l("response_in_time", "Prvi kontakt u roku prioriteta",
           "First contact within the priority deadline", [
            _c("YES", "Da", "Yes"), _c("NO", "Ne", "No"),
            _c("PENDING", "Još nema kontakta do kraja perioda",
               "No contact by the end of the period"),
            _c("NO_PRIORITY", "Prioritet nije određen", "No priority set")]),
        _l("municipality_qi", "Opština prebivališta žrtve (ili opština centra)",
           "Municipality of the victim's residence (or of the centre)", [
            _c("OTHER_MUNICIPALITY", "Druga opština (retka u ovom izvozu)",
               "Another municipality (rare in this export)"),
            _c("ANY", "Opština nije objavljena (uopštavanje)", "Municipality withheld (recoding)"),
            _UNK, _SUPP]),
        _l("aggregate_status", "Status ćelije", "Cell status", [
            _c("VALUE", "Vrednost objavljena", "Value shown"),
            _c(SUPPRESSED, "Potisnuto: mali broj (1–4) ili da se mali broj ne bi izračunao iz "
               "zbirova", "Suppressed: a small count (1–4), or a cell hidden so that a small "
               "count cannot be worked out from the totals")]),
    )
}


def any_code_list(name: str) -> CodeList:
    return EXPORT_CODE_LISTS[name] if name in EXPORT_CODE_LISTS else code_list(name)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    en: str
    sr: str
    code_list: str | None = None
    qi: bool = False  # a quasi-identifier checked by the k-anonymity gate


@dataclass(frozen=True)
class Sheet:
    name: str
    en: str
    sr: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _col(name: str, type_: str, en: str, sr: str, code_list_: str | None = None,
         qi: bool = False) -> Column:
    return Column(name, type_, en, sr, code_list_, qi)


def _yn(name: str, en: str, sr: str) -> Column:
    return Column(name, CODE, en, sr, "yes_no")


def _tri(name: str, en: str, sr: str) -> Column:
    return Column(name, CODE, en, sr, "tri_state")


CASE_CODE = _col("case_code", PSEUDONYM, "Pseudonymous code of the case (stable across months)",
                 "Pseudonimna šifra slučaja (ista u svim mesecima)")

SHEETS: tuple[Sheet, ...] = (
    Sheet("metadata", "About this export", "O ovom izvozu", (
        _col("key", TEXT, "Name of the item", "Naziv stavke"),
        _col("value", TEXT, "Its value (text or whole number)", "Vrednost (tekst ili ceo broj)"),
    )),
    Sheet("disclosure", "Disclosure control record: every generalisation and suppression step",
          "Zapis zaštite podataka: svako uopštavanje i potiskivanje", (
        _col("step", INT, "Order of the step", "Redni broj koraka"),
        _col("stage", TEXT, "Stage: LEVEL_TRIED, LEVEL_CHOSEN, RECODE, MONTH_CHECK, UNION_CHECK, "
             "SUPPRESS, RESIDUAL, AGGREGATE", "Faza postupka"),
        _col("detail", TEXT, "What was done and why", "Šta je urađeno i zašto"),
        _col("records", INT, "Records or cells affected", "Broj zapisa ili ćelija"),
    )),
    Sheet("cases", "Cases active in the period (one row per case)",
          "Slučajevi aktivni u periodu (jedan red po slučaju)", (
        CASE_CODE,
        _col("case_type", CODE, "Case type", "Vrsta slučaja", "case_type"),
        _col("response_priority", CODE, "Response priority", "Prioritet postupanja",
             "response_priority"),
        _tri("repeat_case", "Repeat case (same victim and perpetrator within 12 months)",
             "Ponovljeni slučaj"),
        _col("earlier_reports", CODE, "Number of earlier reports, banded", "Broj ranijih prijava",
             "earlier_reports_band"),
        _yn("internal_team", "Handled by the centre's internal DV team", "Interni tim centra"),
        _col("victims", INT, "Number of victims in the case", "Broj žrtava u slučaju"),
        _yn("children_in_case", "Children in the household take part in the case",
            "U slučaju su i deca iz domaćinstva"),
        _col("days_report_to_first_contact", INT,
             "Whole days from the first report to the centre's first contact with the victim "
             "(empty: no contact by the end of the period)",
             "Broj celih dana od prve prijave do prvog kontakta"),
        _col("first_contact_in_time", CODE, "First contact within the priority deadline "
             "(24 h / 3 days / 7 days)", "Prvi kontakt u roku", "response_in_time"),
    )),
    Sheet("victims", "Victims in the cases active in the period (one row per victim and case)",
          "Žrtve u aktivnim slučajevima (jedan red po žrtvi i slučaju)", (
        CASE_CODE,
        _col("person_code", PSEUDONYM, "Pseudonymous code of the person (stable across months "
             "and cases)", "Pseudonimna šifra osobe"),
        _col("municipality", CODE, "Municipality of the victim's residence (quasi-identifier)",
             "Opština prebivališta žrtve", "municipality_qi", qi=True),
        _col("opened_period", PERIOD, "Period in which the case was opened (quasi-identifier)",
             "Period otvaranja slučaja", None, qi=True),
        _col("sex", CODE, "Sex (quasi-identifier)", "Pol", "sex_qi", qi=True),
        _col("age_band", CODE, "Age band at the opening of the case (quasi-identifier)",
             "Starosna grupa", "age_band", qi=True),
        _col("relationship_group", CODE, "Relationship group of the perpetrator to the victim "
             "(quasi-identifier)", "Grupa odnosa", "relationship_group_qi", qi=True),
        _tri("disability", "Has a disability (yes/no only)", "Osoba sa invaliditetom"),
        _yn("qi_suppressed", "The quasi-identifiers of this row were suppressed",
            "Kvazi-identifikatori ovog reda su potisnuti"),
    )),
    Sheet("incidents", "Incidents that happened in the period", "Događaji nasilja u periodu", (
        CASE_CODE,
        _col("gbvims_main_type", CODE, "Most severe GBVIMS core type", "Osnovni tip (GBVIMS)",
             "gbvims_type"),
        _yn("form_physical", "Physical violence", "Fizičko nasilje"),
        _yn("form_sexual", "Sexual violence (incl. sexual harassment and FGM)",
            "Seksualno nasilje"),
        _yn("form_psychological", "Psychological violence (incl. stalking, restriction of "
            "freedom, technology-facilitated)", "Psihičko nasilje"),
        _yn("form_economic", "Economic violence", "Ekonomsko nasilje"),
        _yn("form_neglect", "Neglect", "Zanemarivanje"),
        _tri("weapon_used", "A weapon or dangerous object was used", "Upotreba oružja"),
        _col("injury", CODE, "Injuries (collapsed)", "Povrede", "injury_export"),
        _tri("medical_help", "Medical help sought", "Lekarska pomoć"),
        _tri("children_present", "Children present or witnessed", "Deca prisutna"),
        _tri("perpetrator_intoxicated", "Perpetrator intoxicated", "Učinilac pod dejstvom"),
        _col("location_type", CODE, "Location type", "Vrsta mesta", "location_type"),
        _tri("first_incident", "First known incident", "Prvi poznati događaj"),
        _col("violence_duration", CODE, "How long the violence has lasted", "Trajanje nasilja",
             "violence_duration"),
    )),
    Sheet("reports", "Reports received in the period", "Prijave primljene u periodu", (
        CASE_CODE,
        _col("channel", CODE, "Report channel", "Način prijave", "report_channel"),
        _col("reporter_type", CODE, "Who reported", "Podnosilac prijave", "reporter_type"),
        _yn("first_report_of_case", "The report that opened the case", "Prva prijava slučaja"),
        _yn("forwarded_to_police", "Forwarded to the police or prosecutor (ZSNP art. 13)",
            "Prosleđeno policiji ili tužilaštvu"),
        _tri("victim_consent", "Reported with the victim's consent", "Saglasnost žrtve"),
        _yn("immediate_intervention", "Immediate intervention needed", "Neodložna intervencija"),
    )),
    Sheet("risk_assessments", "Risk assessments made in the period",
          "Procene rizika u periodu", (
        CASE_CODE,
        _col("assessor", CODE, "Assessor", "Ko procenjuje", "risk_assessor"),
        _col("level", CODE, "Risk level", "Nivo rizika", "risk_level"),
        _yn("imminent_danger", "Imminent danger established", "Neposredna opasnost"),
        _col("victim_view", CODE, "Victim's own view of the risk", "Procena žrtve", "risk_level"),
    )),
    Sheet("services", "Services started in the period", "Usluge započete u periodu", (
        CASE_CODE,
        _col("service_type", CODE, "Service type", "Vrsta usluge", "service_type"),
        _col("provider_type", CODE, "Provider type", "Pružalac", "provider_type"),
        _col("status", CODE, "Service status", "Status usluge", "service_status"),
        _col("recipient_role", CODE, "Role of the person served (empty: the family)",
             "Uloga korisnika usluge", "participant_role"),
        _yn("in_plan", "Carries out a measure of the protection plan", "Deo plana zaštite"),
    )),
    Sheet("meetings", "Case conferences and coordination-group meetings held in the period",
          "Konferencije slučaja i sastanci GKS u periodu", (
        CASE_CODE,
        _col("meeting_type", CODE, "Meeting type", "Vrsta sastanka", "meeting_type"),
        _col("chair", CODE, "Chair", "Predsedava", "meeting_chair"),
        _yn("victim_present", "The victim took part", "Žrtva je učestvovala"),
        _col("case_list", CODE, "List the case was on", "Lista", "meeting_case_list"),
        _yn("plan_drawn_up", "A protection plan was drawn up", "Izrađen plan zaštite"),
    )),
    Sheet("plans", "Protection and support plans drawn up in the period",
          "Planovi zaštite i podrške izrađeni u periodu", (
        CASE_CODE,
        _col("author", CODE, "Drawn up by", "Plan izradio", "plan_author"),
        _yn("victim_signed", "The victim consented and signed", "Žrtva je potpisala"),
        _col("measures", INT, "Measures in the plan", "Broj mera"),
        _col("measures_done_on_time", INT, "Measures done on time", "Sprovedeno u roku"),
        _col("measures_done_late", INT, "Measures done late", "Sprovedeno van roka"),
        _col("measures_not_done", INT, "Measures not done", "Nije sprovedeno"),
        _col("measures_open", INT, "Measures still planned", "Još planirano"),
        _col("measures_dropped", INT, "Measures dropped", "Odustalo"),
    )),
    Sheet("urgent_measures", "Urgent measures ordered, served or decided in the period",
          "Hitne mere u periodu", (
        CASE_CODE,
        _col("measure_type", CODE, "Measure type", "Vrsta mere", "urgent_measure_type"),
        _tri("prosecutor_proposal", "Prosecutor proposed an extension", "Predlog tužioca"),
        _col("court_decision", CODE, "Court decision", "Odluka suda", "urgent_court_decision"),
        _col("days_service_to_decision", INT, "Whole days from service of the order to the "
             "court's decision", "Dana od uručenja do odluke suda"),
        _col("appeal_by", CODE, "Appeal filed by", "Žalba", "appeal_by"),
        _col("appeal_outcome", CODE, "Appeal outcome", "Ishod žalbe", "appeal_outcome"),
        _tri("breach", "Breach recorded", "Kršenje"),
        _yn("served_in_period", "Served in the period", "Uručena u periodu"),
        _yn("decided_in_period", "Court decided in the period", "Odluka suda u periodu"),
    )),
    Sheet("protection_measures", "Family-law protection measures filed or ordered in the period",
          "Mere zaštite po Porodičnom zakonu u periodu", (
        CASE_CODE,
        _col("plaintiff", CODE, "Plaintiff", "Tužilac", "plaintiff"),
        _col("outcome", CODE, "Outcome", "Ishod", "protection_outcome"),
        _yn("type_eviction", "Order to leave the family home", "Iseljenje"),
        _yn("type_move_in", "Order letting the victim move in", "Useljenje"),
        _yn("type_approach_ban", "Ban on approaching", "Zabrana približavanja"),
        _yn("type_area_access_ban", "Ban on access to an area", "Zabrana pristupa"),
        _yn("type_harassment_ban", "Ban on further harassment", "Zabrana uznemiravanja"),
        _col("duration_months", INT, "Duration in months (1–12)", "Trajanje u mesecima"),
        _yn("extended", "Extended", "Produžena"),
        _yn("ended_early", "Ended early", "Prestala ranije"),
        _tri("breach", "Breach", "Kršenje"),
        _yn("csr_opinion", "The centre gave findings and an opinion", "Mišljenje centra"),
        _yn("filed_in_period", "Filed in the period", "Tužba u periodu"),
        _yn("ordered_in_period", "Ordered in the period", "Određena u periodu"),
    )),
    Sheet("criminal_proceedings", "Criminal proceedings with a step in the period",
          "Krivični postupci sa korakom u periodu", (
        CASE_CODE,
        _tri("complaint_filed", "Criminal complaint filed", "Krivična prijava podneta"),
        _col("filed_by", CODE, "Filed by", "Podnosilac", "complaint_filer"),
        _yn("offence_domestic_violence", "Domestic violence (KZ 194)", "Nasilje u porodici"),
        _yn("offence_sexual", "Sexual offence", "Krivično delo protiv polne slobode"),
        _yn("offence_other", "Other offence", "Drugo krivično delo"),
        _col("prosecutor_decision", CODE, "Prosecutor's decision", "Odluka tužilaštva",
             "prosecutor_decision"),
        _col("verdict", CODE, "Court outcome", "Presuda", "verdict"),
        _yn("sanction_prison", "Prison", "Zatvor"),
        _yn("sanction_fine", "Fine", "Novčana kazna"),
        _yn("sanction_community_service", "Community service", "Rad u javnom interesu"),
        _yn("sanction_suspended", "Suspended sentence", "Uslovna osuda"),
        _yn("sanction_admonition", "Judicial admonition", "Sudska opomena"),
        _yn("sanction_security_measure", "Security measure", "Mera bezbednosti"),
        _tri("detained", "Detained or remanded", "Pritvor ili zadržavanje"),
        _col("days_complaint_to_decision", INT, "Whole days from the complaint to the "
             "prosecutor's decision", "Dana od prijave do odluke tužilaštva"),
        _yn("complaint_in_period", "Complaint filed in the period", "Prijava u periodu"),
        _yn("decision_in_period", "Prosecutor decided in the period", "Odluka u periodu"),
        _yn("verdict_in_period", "Verdict in the period", "Presuda u periodu"),
        _yn("final_in_period", "Became final in the period", "Pravosnažno u periodu"),
    )),
    Sheet("referrals", "Referrals made or received in the period", "Upućivanja u periodu", (
        CASE_CODE,
        _col("direction", CODE, "Direction", "Smer", "referral_direction"),
        _col("institution_type", CODE, "Institution type", "Institucija", "referral_institution"),
        _col("purpose", CODE, "Purpose", "Razlog", "referral_purpose"),
        _yn("answer_received", "The other institution reported back", "Povratna informacija"),
        _tri("consent_to_share", "Victim consented to share her data", "Saglasnost za deljenje"),
    )),
    Sheet("closures", "Cases closed in the period", "Slučajevi zatvoreni u periodu", (
        CASE_CODE,
        _col("reason", CODE, "Closure reason (deaths are reported only as OTHER_REASON)",
             "Razlog zatvaranja", "closure_reason_export"),
    )),
    Sheet("aggregates", "Indicator tables (publication-safe: small counts suppressed)",
          "Tabele pokazatelja (mali brojevi potisnuti)", (
        _col("table", TEXT, "Table identifier (see the contract)", "Oznaka tabele"),
        _col("row", TEXT, "Row code, or TOTAL", "Šifra reda ili TOTAL"),
        _col("column", TEXT, "Column code, or TOTAL (COUNT in one-way tables)",
             "Šifra kolone ili TOTAL"),
        _col("count", INT, "The count (empty when suppressed)", "Broj (prazno ako je potisnut)"),
        _col("status", CODE, "Cell status", "Status ćelije", "aggregate_status"),
    )),
    Sheet("dictionary", "Data dictionary: every sheet, column and code with labels",
          "Rečnik podataka", (
        _col("sheet", TEXT, "Sheet", "List"),
        _col("column", TEXT, "Column (empty on a sheet row)", "Kolona"),
        _col("code", TEXT, "Code (empty on a column row)", "Šifra"),
        _col("type", TEXT, "Column type", "Tip"),
        _col("code_list", TEXT, "Code list of the column", "Šifarnik"),
        _col("label_sr", TEXT, "Label in Serbian", "Naziv na srpskom"),
        _col("label_en", TEXT, "Label in English", "Naziv na engleskom"),
    )),
)

SHEET_BY_NAME: dict[str, Sheet] = {s.name: s for s in SHEETS}
ROW_SHEETS = tuple(s.name for s in SHEETS if s.name not in
                   ("metadata", "disclosure", "aggregates", "dictionary"))
QI_COLUMNS = tuple(c.name for c in SHEET_BY_NAME["victims"].columns if c.qi)
