"""Every code list of the register, defined once.

Source of meaning: ``DATA-DICTIONARY.md`` §1 (the researched data dictionary). The dictionary
writes its codes in Serbian (``FIZICKO``, ``SUPRUZNIK``, ``NEODLOZNO``); here each is translated
once into a stable ASCII English UPPER_SNAKE code (``PHYSICAL``, ``SPOUSE``, ``IMMEDIATE_24H``).
These codes are what the database stores and what the anonymised export writes, so they must
never be renamed: change a *label* freely, but add a new code rather than repurpose an old one.
The dictionary's Serbian code is noted in a comment where the translation is not obvious.

Each code carries labels in Serbian Latin (``sr``), English (``en``) and Albanian (``sq``).
The Serbian Cyrillic label is derived from the Latin one with
:func:`evidencija.translit.latin_to_cyrillic`, so the two can never drift apart.

Lists marked [I] in the dictionary are proposals: they are kept here as plain data so that
staff feedback can change them without touching any other module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from evidencija.translit import latin_to_cyrillic

__all__ = [
    "AGE_BANDS",
    "CODE_LISTS",
    "LANGS",
    "Code",
    "CodeList",
    "age_group",
    "code_list",
    "gbvims_main_type",
]

LANGS = ("sr_Latn", "sr_Cyrl", "en", "sq")


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")


@dataclass(frozen=True)
class Code:
    """One value of a code list with its labels in every UI language.

    ``group`` links a code to a coarser code list where the dictionary defines one: the
    export group of a relationship, the GBVIMS core type of a form of violence, or a
    jurisdiction / legal-basis tag ("RS", "XK", "ZSNP16", ...).
    """

    code: str
    sr: str
    en: str
    sq: str
    group: str | None = None

    @property
    def sr_cyrl(self) -> str:
        """Serbian Cyrillic label, derived from the Latin one (never typed separately)."""
        return latin_to_cyrillic(self.sr)

    def label(self, lang: str) -> str:
        """Label in ``lang`` (one of :data:`LANGS`)."""
        _check_lang(lang)
        if lang == "sr_Latn":
            return self.sr
        if lang == "sr_Cyrl":
            return self.sr_cyrl
        if lang == "en":
            return self.en
        return self.sq


@dataclass(frozen=True)
class CodeList:
    """A named, ordered list of codes (the order is the display order)."""

    name: str
    title_sr: str
    title_en: str
    title_sq: str
    codes: tuple[Code, ...]
    multi: bool = False
    _index: dict[str, Code] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[str, Code] = {}
        for c in self.codes:
            if c.code in index:
                raise ValueError(f"duplicate code {c.code!r} in list {self.name!r}")
            index[c.code] = c
        # Frozen dataclass: the lookup index is set once here, bypassing __setattr__.
        object.__setattr__(self, "_index", index)

    def get(self, code: str) -> Code:
        """The :class:`Code` for ``code``; ``KeyError`` if the list has no such code."""
        try:
            return self._index[code]
        except KeyError:
            raise KeyError(f"{code!r} is not a code of list {self.name!r}") from None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._index

    def label(self, code: str, lang: str) -> str:
        """Label of ``code`` in ``lang``."""
        return self.get(code).label(lang)

    def title(self, lang: str) -> str:
        """Title of the list itself (e.g. a form field caption) in ``lang``."""
        _check_lang(lang)
        if lang == "sr_Latn":
            return self.title_sr
        if lang == "sr_Cyrl":
            return latin_to_cyrillic(self.title_sr)
        if lang == "en":
            return self.title_en
        return self.title_sq

    @property
    def values(self) -> tuple[str, ...]:
        """All codes in display order."""
        return tuple(c.code for c in self.codes)


CODE_LISTS: dict[str, CodeList] = {}


def _c(code: str, sr: str, en: str, sq: str, group: str | None = None) -> Code:
    return Code(code=code, sr=sr, en=en, sq=sq, group=group)


def _list(
    name: str,
    titles: tuple[str, str, str],
    codes: Iterable[Code],
    *,
    multi: bool = False,
) -> CodeList:
    """Create a list and register it in :data:`CODE_LISTS` (names must be unique)."""
    if name in CODE_LISTS:
        raise ValueError(f"code list {name!r} defined twice")
    cl = CodeList(name, titles[0], titles[1], titles[2], tuple(codes), multi=multi)
    CODE_LISTS[name] = cl
    return cl


# Codes shared by several lists. One constructor each so that the same code carries the same
# labels wherever it appears (e.g. POLICE as reporter, assessor, institution, referral target).
def _unknown() -> Code:
    return _c("UNKNOWN", "Nepoznato", "Unknown", "E panjohur")


def _other() -> Code:
    return _c("OTHER", "Drugo", "Other", "Tjetër")


def _police() -> Code:
    return _c("POLICE", "Policija", "Police", "Policia")


def _csr() -> Code:
    # "QPS" = Qendra për Punë Sociale, the Albanian name of a centre for social work.
    return _c("CSR", "Centar za socijalni rad", "Centre for social work", "Qendra për Punë Sociale")


def _basic_prosecution() -> Code:
    # OJT = osnovno javno tužilaštvo.
    return _c(
        "BASIC_PROSECUTION",
        "Osnovno javno tužilaštvo",
        "Basic public prosecutor's office",
        "Prokuroria themelore",
    )


def _higher_prosecution() -> Code:
    # VJT = više javno tužilaštvo (ZSNP art. 4 offences).
    return _c(
        "HIGHER_PROSECUTION",
        "Više javno tužilaštvo",
        "Higher public prosecutor's office",
        "Prokuroria e lartë",
    )


def _court() -> Code:
    return _c("COURT", "Sud", "Court", "Gjykata")


def _coordination_group() -> Code:
    # GKS = grupa za koordinaciju i saradnju (ZSNP art. 25).
    return _c(
        "COORDINATION_GROUP",
        "Grupa za koordinaciju i saradnju",
        "Coordination and cooperation group",
        "Grupi për koordinim dhe bashkëpunim",
    )


def _victim() -> Code:
    return _c("VICTIM", "Žrtva", "Victim", "Viktima")


def _perpetrator() -> Code:
    return _c("PERPETRATOR", "Učinilac", "Perpetrator", "Kryerësi")


def _legal_representative() -> Code:
    return _c("LEGAL_REPRESENTATIVE", "Zakonski zastupnik", "Legal representative",
              "Përfaqësuesi ligjor")  # fmt: skip


def _health() -> Code:
    return _c("HEALTH", "Zdravstvena ustanova", "Health institution", "Institucion shëndetësor")


def _school() -> Code:
    return _c("SCHOOL", "Škola", "School", "Shkolla")


def _preschool() -> Code:
    return _c("PRESCHOOL", "Predškolska ustanova", "Pre-school", "Institucioni parashkollor")


def _employment_service() -> Code:
    # NSZ = Nacionalna služba za zapošljavanje; in Kosovo the Employment Agency.
    return _c(
        "EMPLOYMENT_SERVICE",
        "Nacionalna služba za zapošljavanje",
        "National Employment Service",
        "Shërbimi i punësimit",
    )


def _ngo() -> Code:
    return _c("NGO", "Udruženje (nevladina organizacija)", "NGO", "Organizatë joqeveritare")


def _shelter() -> Code:
    return _c("SHELTER", "Sigurna kuća (prihvatilište)", "Shelter (safe house)", "Strehimore")


def _municipality() -> Code:
    return _c("MUNICIPALITY", "Lokalna samouprava (opština)", "Municipality", "Komuna")


def _attorney() -> Code:
    return _c("ATTORNEY", "Advokat", "Attorney", "Avokat")


def _pending() -> Code:
    return _c("PENDING", "U toku", "Pending", "Në proces")


def _planned() -> Code:
    return _c("PLANNED", "Planirana", "Planned", "E planifikuar")


def _xk_victim_advocate() -> Code:
    return _c(
        "XK_VICTIM_ADVOCATE",
        "Zastupnik žrtava (Kosovo)",
        "Victim advocate (Kosovo)",
        "Mbrojtësi i viktimave (Kosovë)",
        "XK",
    )


def _xk_gender_officer() -> Code:
    return _c(
        "XK_GENDER_OFFICER",
        "Službenik za ravnopravnost polova (Kosovo)",
        "Gender-equality officer (Kosovo)",
        "Zyrtari për barazi gjinore (Kosovë)",
        "XK",
    )


# ---------------------------------------------------------------------------------------------
# 1.1 Case
# ---------------------------------------------------------------------------------------------

_list("case_type", ("Vrsta slučaja", "Case type", "Lloji i rastit"), [
    # NP
    _c("DOMESTIC_VIOLENCE", "Nasilje u porodici", "Domestic violence", "Dhunë në familje"),
    # PARTNER: a sub-type of domestic violence
    _c("INTIMATE_PARTNER", "Partnersko nasilje", "Intimate-partner violence",
       "Dhunë nga partneri intim"),
    # KD_CL4: victim of an offence listed in ZSNP art. 4, outside the family
    _c("ART4_OFFENCE", "Krivično delo iz člana 4 ZSNP (van porodice)",
       "Offence listed in ZSNP art. 4 (outside the family)",
       "Vepër penale e nenit 4 të ZSNP-së (jashtë familjes)"),
])  # fmt: skip

_list("case_status", ("Status slučaja", "Case status", "Statusi i rastit"), [
    _c("OPEN", "Otvoren", "Open", "I hapur"),
    _c("UNDER_GKS_REVIEW", "Na razmatranju grupe za koordinaciju",
       "Under coordination-group review", "Në shqyrtim nga grupi koordinues"),
    # PASIVAN: "stavljen u pasivu" is the CSR registry term for a closed file
    _c("PASSIVE", "U pasivi (zatvoren)", "Passive (closed)", "Pasiv (i mbyllur)"),
    _c("TRANSFERRED", "Prenet drugom centru za socijalni rad", "Transferred to another CSR",
       "I transferuar në një QPS tjetër"),
])  # fmt: skip

_list("response_priority", ("Prioritet postupanja", "Response priority", "Përparësia e veprimit"), [
    # NEODLOZNO / HITNO / REDOVNO: 24 h / 3 days / 7 days
    _c("IMMEDIATE_24H", "Neodložno (u roku od 24 časa)", "Immediate (within 24 h)",
       "I menjëhershëm (brenda 24 orëve)"),
    _c("URGENT_3D", "Hitno (u roku od 3 dana)", "Urgent (within 3 days)",
       "Urgjent (brenda 3 ditëve)"),
    _c("REGULAR_7D", "Redovno (u roku od 7 dana)", "Regular (within 7 days)",
       "I rregullt (brenda 7 ditëve)"),
])  # fmt: skip

# 1.15 Closure
_list("closure_reason", ("Razlog zatvaranja", "Closure reason", "Arsyeja e mbylljes"), [
    _c("GOALS_MET", "Nasilje prestalo, ciljevi plana ostvareni",
       "Violence stopped, plan goals met", "Dhuna ka pushuar, objektivat e planit janë arritur"),
    _c("PROCEEDINGS_FINAL",
       "Sudski postupak pravosnažno okončan, bez potrebe za daljom podrškom",
       "Proceedings ended with a final decision; no further need",
       "Procedura gjyqësore përfundoi me vendim të formës së prerë; nuk ka nevojë për "
       "mbështetje të mëtejshme"),
    _c("MOVED_TRANSFERRED", "Preseljenje – slučaj prenet drugom centru za socijalni rad",
       "Moved; case transferred to another CSR",
       "Zhvendosje – rasti u transferua në një QPS tjetër"),
    _c("USER_WITHDREW", "Korisnica odustala ili odbila dalju podršku",
       "Victim withdrew or declined further support",
       "Përfituesja u tërhoq ose refuzoi mbështetjen e mëtejshme"),
    _c("LOST_CONTACT", "Izgubljen kontakt", "Lost contact", "Kontakti u humb"),
    _c("TAKEN_OVER_BY_OTHER_SERVICE", "Preuzela druga služba ili ustanova",
       "Taken over by another service", "E mori përsipër një shërbim ose institucion tjetër"),
    _c("PERPETRATOR_DIED", "Smrt učinioca", "Perpetrator died", "Vdekja e kryerësit"),
    # Femicide: flagged for the separate femicide analysis record (dictionary §1.15)
    _c("VICTIM_KILLED_FEMICIDE", "Smrt žrtve – ubistvo (femicid)", "Victim killed (femicide)",
       "Vdekja e viktimës – vrasje (femicid)"),
    _c("VICTIM_DIED_OTHER", "Smrt žrtve – drugi uzrok", "Victim died of another cause",
       "Vdekja e viktimës – shkak tjetër"),
    _c("NOT_CONFIRMED", "Nasilje nije potvrđeno", "Violence not confirmed",
       "Dhuna nuk u konfirmua"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.2 Person and role in the case
# ---------------------------------------------------------------------------------------------

_list("participant_role", ("Uloga u slučaju", "Role in the case", "Roli në rast"), [
    _victim(),
    _perpetrator(),
    _c("CHILD", "Dete u domaćinstvu (žrtva ili svedok)",
       "Child in the household (victim or witness)",
       "Fëmijë në familje (viktimë ose dëshmitar)"),
    _c("OTHER_MEMBER", "Drugi član porodice ili domaćinstva",
       "Other family or household member", "Anëtar tjetër i familjes ose i amvisërisë"),
    _c("REPORTER", "Prijavilac", "Person who reported", "Personi që e raportoi rastin"),
    _legal_representative(),
])  # fmt: skip

_list("sex", ("Pol", "Sex", "Gjinia"), [
    _c("FEMALE", "Ženski", "Female", "Femër"),
    _c("MALE", "Muški", "Male", "Mashkull"),
    _unknown(),
])  # fmt: skip

# RZSZ/RZS social-protection age bands; see AGE_BANDS and age_group() below.
_list("age_group", ("Starosna grupa", "Age group", "Grupmosha"), [
    _c("AGE_0_17", "Deca (0–17)", "Children (0–17)", "Fëmijë (0–17)"),
    _c("AGE_18_25", "Mladi (18–25)", "Youth (18–25)", "Të rinj (18–25)"),
    _c("AGE_26_64", "Odrasli (26–64)", "Adults (26–64)", "Të rritur (26–64)"),
    _c("AGE_65_PLUS", "Stariji (65+)", "Older persons (65+)", "Të moshuar (65+)"),
])  # fmt: skip

# [I] Proposed list, recorded only with consent (special category of personal data).
_list("ethnicity", ("Nacionalna pripadnost", "Ethnicity (self-declared)",
                    "Përkatësia etnike (e vetëdeklaruar)"), [
    _c("SERB", "Srpska", "Serb", "Serbe"),
    _c("ALBANIAN", "Albanska", "Albanian", "Shqiptare"),
    _c("ROMA", "Romska", "Roma", "Rome"),
    _c("HUNGARIAN", "Mađarska", "Hungarian", "Hungareze"),
    _c("BOSNIAK", "Bošnjačka", "Bosniak", "Boshnjake"),
    _c("CROAT", "Hrvatska", "Croat", "Kroate"),
    _c("SLOVAK", "Slovačka", "Slovak", "Sllovake"),
    _c("ROMANIAN", "Rumunska", "Romanian", "Rumune"),
    _c("VLACH", "Vlaška", "Vlach", "Vllahe"),
    _c("BULGARIAN", "Bugarska", "Bulgarian", "Bullgare"),
    _c("OTHER", "Druga", "Other", "Tjetër"),
    _c("NOT_DECLARED", "Ne izjašnjava se", "Not declared", "Nuk deklarohet"),
])  # fmt: skip

_list("disability", ("Invaliditet", "Disability", "Aftësia e kufizuar"), [
    _c("PHYSICAL", "Fizički invaliditet", "Physical", "Aftësi e kufizuar fizike"),
    _c("SENSORY", "Senzorni invaliditet", "Sensory", "Aftësi e kufizuar shqisore"),
    _c("INTELLECTUAL", "Intelektualni invaliditet", "Intellectual",
       "Aftësi e kufizuar intelektuale"),
    _c("MENTAL_HEALTH", "Teškoće mentalnog zdravlja", "Mental health",
       "Vështirësi të shëndetit mendor"),
], multi=True)  # fmt: skip

_list("marital_status", ("Bračni status", "Marital status", "Gjendja martesore"), [
    _c("SINGLE", "Neoženjen / neudata", "Single", "Beqar / beqare"),
    _c("MARRIED", "U braku", "Married", "I martuar / e martuar"),
    # VANBRACNA: extramarital union, legally recognised in Serbian family law
    _c("COHABITING", "Vanbračna zajednica", "Cohabiting (extramarital union)",
       "Bashkësi jashtëmartesore"),
    _c("DIVORCED", "Razveden / razvedena", "Divorced", "I divorcuar / e divorcuar"),
    _c("WIDOWED", "Udovac / udovica", "Widowed", "I ve / e ve"),
])  # fmt: skip

_list("employment_status", ("Radni status", "Employment status", "Statusi i punësimit"), [
    _c("EMPLOYED", "Zaposlen / zaposlena", "Employed", "I punësuar / e punësuar"),
    _c("UNEMPLOYED", "Nezaposlen / nezaposlena", "Unemployed", "I papunë / e papunë"),
    _c("PENSIONER", "Penzioner / penzionerka", "Pensioner", "Pensionist / pensioniste"),
    _c("STUDENT", "Učenik / student", "Pupil or student", "Nxënës / student"),
    # DOMACICA
    _c("HOMEMAKER", "Domaćica (rad u domaćinstvu)", "Household work", "Punë shtëpiake"),
    _other(),
])  # fmt: skip

# [I] ISCED-like bands.
_list("education", ("Obrazovanje", "Education", "Arsimi"), [
    _c("NONE", "Bez obrazovanja", "No formal education", "Pa arsim"),
    _c("PRIMARY", "Osnovno obrazovanje", "Primary", "Arsim fillor"),
    _c("SECONDARY", "Srednje obrazovanje", "Secondary", "Arsim i mesëm"),
    _c("HIGHER", "Više ili visoko obrazovanje", "Higher (post-secondary or university)",
       "Arsim i lartë"),
])  # fmt: skip

_list("citizenship", ("Državljanstvo ili status", "Citizenship or migrant status",
                      "Shtetësia ose statusi i migrimit"), [
    _c("RS", "Srbija", "Serbia", "Serbia"),
    _c("XK", "Kosovo", "Kosovo", "Kosova"),
    _other(),
    _c("REFUGEE_DISPLACED", "Izbeglo ili raseljeno lice", "Refugee or displaced person",
       "Refugjat ose person i zhvendosur"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.3 Victim–perpetrator relationship
# ---------------------------------------------------------------------------------------------

# Export groups (dictionary §3.2: small municipalities export only the group).
_list("relationship_group", ("Grupa odnosa", "Relationship group", "Grupi i marrëdhënies"), [
    _c("PARTNER", "Partner", "Partner", "Partner"),
    _c("FORMER_PARTNER", "Bivši partner", "Former partner", "Ish-partner"),
    _c("PARENT_TO_CHILD", "Roditelj prema detetu", "Parent against child",
       "Prind ndaj fëmijës"),
    _c("CHILD_TO_PARENT", "Dete prema roditelju", "Child against parent",
       "Fëmijë ndaj prindit"),
    _c("OTHER_FAMILY", "Drugi član porodice", "Other family member",
       "Anëtar tjetër i familjes"),
    _unknown(),
])  # fmt: skip

# The relationship is read from the perpetrator's side: PARENT = the perpetrator is the
# victim's parent (the dictionary's "roditelj → dete").
_list("relationship", ("Odnos žrtve i učinioca", "Victim–perpetrator relationship",
                       "Marrëdhënia viktimë–kryerës"), [
    _c("SPOUSE", "Supružnik", "Spouse", "Bashkëshort / bashkëshorte", "PARTNER"),
    _c("FORMER_SPOUSE", "Bivši supružnik", "Former spouse",
       "Ish-bashkëshort / ish-bashkëshorte", "FORMER_PARTNER"),
    _c("COHABITING_PARTNER", "Vanbračni partner", "Cohabiting partner",
       "Partner jashtëmartesor (bashkëjetues)", "PARTNER"),
    _c("FORMER_COHABITING_PARTNER", "Bivši vanbračni partner", "Former cohabiting partner",
       "Ish-partner jashtëmartesor", "FORMER_PARTNER"),
    _c("DATING_PARTNER", "Partner u emotivnoj ili seksualnoj vezi (ne žive zajedno)",
       "Dating partner, not living together",
       "Partner në lidhje emocionale ose seksuale (nuk jetojnë bashkë)", "PARTNER"),
    _c("FORMER_DATING_PARTNER", "Bivši partner iz veze", "Former dating partner",
       "Ish-partner nga një lidhje", "FORMER_PARTNER"),
    # ZAJEDNICKO_DETE: the dictionary says "PARTNER/BIVSI (as applicable)", but a code can
    # carry only one group. PARTNER is chosen because PZ art. 197 treats a shared or expected
    # child as a current family tie regardless of cohabitation; where the couple is known to
    # have separated, staff should pick one of the FORMER_* codes instead.
    _c("COMMON_CHILD", "Lice sa kojim ima zajedničko dete ili ga očekuje",
       "Person with whom she has or expects a child",
       "Personi me të cilin ka ose pret një fëmijë të përbashkët", "PARTNER"),
    _c("PARENT", "Roditelj (prema detetu)", "Parent (against child)",
       "Prind (ndaj fëmijës)", "PARENT_TO_CHILD"),
    _c("CHILD", "Dete (prema roditelju)", "Child (against parent)",
       "Fëmijë (ndaj prindit)", "CHILD_TO_PARENT"),
    _c("PARENTS_PARTNER", "Partner jednog od roditelja (očuh ili maćeha)",
       "Parent's partner (step-parent)", "Partner i njërit prind (njerk ose njerkë)",
       "OTHER_FAMILY"),
    _c("SIBLING", "Brat ili sestra", "Sibling", "Vëlla ose motër", "OTHER_FAMILY"),
    _c("GRANDPARENT_GRANDCHILD", "Baba ili deda – unuk ili unuka",
       "Grandparent – grandchild", "Gjysh ose gjyshe – nip ose mbesë", "OTHER_FAMILY"),
    _c("IN_LAW", "Srodnik po tazbini (do drugog stepena)", "In-law (up to the 2nd degree)",
       "I afërm nga krushqia (deri në shkallën e dytë)", "OTHER_FAMILY"),
    _c("ADOPTIVE", "Usvojitelj ili usvojenik", "Adoptive parent or adopted child",
       "Prind birësues ose fëmijë i birësuar", "OTHER_FAMILY"),
    _c("FOSTER", "Hranitelj ili hranjenik", "Foster parent or foster child",
       "Prind kujdestar ose fëmijë në kujdes familjar", "OTHER_FAMILY"),
    _c("OTHER_RELATIVE", "Drugi krvni srodnik", "Other blood relative",
       "I afërm tjetër i gjakut", "OTHER_FAMILY"),
    _c("HOUSEHOLD_MEMBER", "Drugo lice koje živi ili je živelo u zajedničkom domaćinstvu",
       "Other current or former household member",
       "Person tjetër që jeton ose ka jetuar në të njëjtën amvisëri", "OTHER_FAMILY"),
    _c("UNKNOWN", "Nepoznato", "Unknown", "E panjohur", "UNKNOWN"),
])  # fmt: skip

_list("tri_state", ("Da / ne / nepoznato", "Yes / no / unknown", "Po / jo / e panjohur"), [
    _c("YES", "Da", "Yes", "Po"),
    _c("NO", "Ne", "No", "Jo"),
    _unknown(),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.5 Report / intake
# ---------------------------------------------------------------------------------------------

_list("report_channel", ("Način prijave", "Report channel", "Mënyra e raportimit"), [
    _c("IN_PERSON", "Lično", "In person", "Personalisht"),
    _c("PHONE", "Telefonom", "Phone", "Me telefon"),
    _c("LETTER", "Pismeno (poštom)", "Letter", "Me shkresë (me postë)"),
    _c("EMAIL", "Elektronskom poštom", "Email", "Me email"),
    _c("ANONYMOUS", "Anonimno", "Anonymous", "Anonimisht"),
])  # fmt: skip

_list("reporter_type", ("Podnosilac prijave", "Who reported", "Kush e raportoi"), [
    _c("VICTIM", "Žrtva lično", "Victim herself", "Vetë viktima"),
    _c("FAMILY_MEMBER", "Član porodice", "Family member", "Anëtar i familjes"),
    _c("RELATIVE_FRIEND_NEIGHBOUR", "Srodnik, prijatelj ili komšija",
       "Relative, friend or neighbour", "I afërm, mik ose fqinj"),
    _police(),
    _c("PROSECUTION", "Javno tužilaštvo", "Public prosecution", "Prokuroria"),
    _court(),
    _health(),
    # OBRAZOVNA_USTANOVA
    _c("EDUCATION_INSTITUTION", "Škola ili predškolska ustanova", "School or pre-school",
       "Shkollë ose institucion parashkollor"),
    _c("OTHER_SOCIAL_PROTECTION", "Druga ustanova socijalne zaštite",
       "Other social-protection institution", "Institucion tjetër i mbrojtjes sociale"),
    _c("NGO_SOS_LINE", "Ženska organizacija ili SOS telefon", "Women's NGO or SOS line",
       "Organizatë e grave ose linjë SOS"),
    _c("ANONYMOUS", "Anonimno", "Anonymous", "Anonim"),
    _other(),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.4 Incident and forms of violence
# ---------------------------------------------------------------------------------------------

_list("location_type", ("Vrsta mesta događaja", "Location type", "Lloji i vendit të ngjarjes"), [
    _c("SHARED_HOME", "Zajednički stan", "Shared home", "Banesa e përbashkët"),
    _c("VICTIM_HOME", "Stan žrtve", "Victim's home", "Banesa e viktimës"),
    _c("PERPETRATOR_HOME", "Stan učinioca", "Perpetrator's home", "Banesa e kryerësit"),
    _c("PUBLIC_PLACE", "Javno mesto", "Public place", "Vend publik"),
    _c("WORKPLACE", "Radno mesto", "Workplace", "Vendi i punës"),
    _c("ONLINE", "Internet (onlajn)", "Online", "Në internet"),
    _other(),
])  # fmt: skip

# GBVIMS core types in the GBVIMS decision order, most severe first: an incident is classified
# by the first type in this order that applies. gbvims_main_type() relies on this order.
_list("gbvims_type", ("Osnovni tip nasilja (GBVIMS)", "GBVIMS core type",
                      "Lloji bazë i dhunës (GBVIMS)"), [
    _c("RAPE", "Silovanje", "Rape", "Përdhunim"),
    _c("SEXUAL_ASSAULT", "Seksualni napad", "Sexual assault", "Sulm seksual"),
    _c("PHYSICAL_ASSAULT", "Fizički napad", "Physical assault", "Sulm fizik"),
    _c("FORCED_MARRIAGE", "Prinudni brak", "Forced marriage", "Martesë e detyruar"),
    _c("DENIAL_OF_RESOURCES", "Uskraćivanje resursa, mogućnosti ili usluga",
       "Denial of resources, opportunities or services",
       "Mohim i burimeve, mundësive ose shërbimeve"),
    _c("PSYCHOLOGICAL_ABUSE", "Psihičko ili emocionalno zlostavljanje",
       "Psychological or emotional abuse", "Abuzim psikologjik ose emocional"),
])  # fmt: skip

# group = GBVIMS core type used for comparisons (dictionary §1.4, last column).
_list("form_of_violence", ("Oblici nasilja", "Forms of violence", "Format e dhunës"), [
    _c("PHYSICAL", "Fizičko nasilje", "Physical violence", "Dhunë fizike", "PHYSICAL_ASSAULT"),
    # SEKSUALNO: GBVIMS separates rape (penetration) from other sexual assault, but the Serbian
    # form does not say which, so it maps to SEXUAL_ASSAULT. Deriving RAPE would need a separate
    # fact (e.g. the KZ 178 offence); gbvims_main_type() therefore never returns RAPE from forms.
    _c("SEXUAL", "Seksualno nasilje", "Sexual violence", "Dhunë seksuale", "SEXUAL_ASSAULT"),
    _c("PSYCHOLOGICAL", "Psihičko nasilje", "Psychological violence", "Dhunë psikologjike",
       "PSYCHOLOGICAL_ABUSE"),
    _c("STALKING", "Proganjanje (uhođenje)", "Stalking", "Përndjekje",
       "PSYCHOLOGICAL_ABUSE"),
    _c("ECONOMIC", "Ekonomsko nasilje", "Economic violence", "Dhunë ekonomike",
       "DENIAL_OF_RESOURCES"),
    _c("NEGLECT", "Zanemarivanje", "Neglect", "Neglizhim", "DENIAL_OF_RESOURCES"),
    _c("RESTRICTION_OF_FREEDOM", "Ograničavanje slobode kretanja ili komuniciranja",
       "Restriction of movement or communication",
       "Kufizim i lirisë së lëvizjes ose të komunikimit", "PSYCHOLOGICAL_ABUSE"),
    _c("FORCED_MARRIAGE", "Prinudni ili dečji brak", "Forced or child marriage",
       "Martesë e detyruar ose martesë e fëmijëve", "FORCED_MARRIAGE"),
    # SAKACENJE_ZPO: GBVIMS classifies FGM/C as sexual assault
    _c("FGM", "Sakaćenje ženskog polnog organa", "Female genital mutilation",
       "Gjymtim i organeve gjenitale femërore", "SEXUAL_ASSAULT"),
    _c("SEXUAL_HARASSMENT", "Polno uznemiravanje", "Sexual harassment", "Ngacmim seksual",
       "SEXUAL_ASSAULT"),
    _c("TECHNOLOGY_FACILITATED", "Nasilje putem tehnologije", "Technology-facilitated violence",
       "Dhunë përmes teknologjisë", "PSYCHOLOGICAL_ABUSE"),
], multi=True)  # fmt: skip

_list("weapon", ("Upotreba oružja", "Weapon or dangerous object used",
                 "Përdorimi i armës ose i sendit të rrezikshëm"), [
    _c("NONE", "Bez oružja", "No weapon", "Pa armë"),
    _c("FIREARM", "Vatreno oružje", "Firearm", "Armë zjarri"),
    _c("COLD_WEAPON", "Nož ili drugo hladno oružje", "Knife or other cold weapon",
       "Thikë ose armë tjetër e ftohtë"),
    _c("OTHER_OBJECT", "Drugi opasan predmet", "Other dangerous object",
       "Send tjetër i rrezikshëm"),
])  # fmt: skip

# Mirrors the KZ distinction between light and serious bodily injury.
_list("injury", ("Povrede", "Injuries", "Lëndimet"), [
    _c("NONE", "Bez povreda", "No injuries", "Pa lëndime"),
    _c("LIGHT", "Lake telesne povrede", "Light bodily injuries", "Lëndime të lehta trupore"),
    _c("SERIOUS", "Teške telesne povrede", "Serious bodily injuries",
       "Lëndime të rënda trupore"),
    _c("DEATH", "Smrt", "Death", "Vdekje"),
])  # fmt: skip

_list("violence_duration", ("Trajanje nasilja", "Duration of the violence",
                            "Kohëzgjatja e dhunës"), [
    _c("UNDER_1_YEAR", "Manje od godinu dana", "Under 1 year", "Më pak se një vit"),
    _c("YEARS_1_TO_5", "Od 1 do 5 godina", "1 to 5 years", "Nga 1 deri në 5 vjet"),
    _c("OVER_5_YEARS", "Više od 5 godina", "Over 5 years", "Mbi 5 vjet"),
    _unknown(),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.6 Risk assessment
# ---------------------------------------------------------------------------------------------

# Each factor is answered with tri_state. group "ZSNP16" = the factors the police must consider
# under ZSNP art. 16; "EXTENDED" = optional factors from international lists ([I]).
_list("risk_factor", ("Faktori rizika", "Risk factors", "Faktorët e rrezikut"), [
    _c("PRIOR_VIOLENCE", "Ranije ili neposredno pre učinio nasilje i spreman da ga ponovi",
       "Prior or recent violence; readiness to repeat it",
       "Ka ushtruar dhunë më parë ose së fundmi dhe është i gatshëm ta përsërisë", "ZSNP16"),
    _c("THREAT_TO_KILL", "Pretio ubistvom", "Threatened to kill", "Ka kërcënuar me vrasje",
       "ZSNP16"),
    _c("THREAT_OF_SUICIDE", "Pretio samoubistvom", "Threatened suicide",
       "Ka kërcënuar me vetëvrasje", "ZSNP16"),
    _c("POSSESSES_WEAPON", "Poseduje oružje", "Possesses a weapon", "Posedon armë", "ZSNP16"),
    _c("MENTAL_ILLNESS", "Mentalna bolest", "Mental illness", "Sëmundje mendore", "ZSNP16"),
    _c("SUBSTANCE_MISUSE", "Zloupotreba psihoaktivnih supstanci (alkohol, droge)",
       "Substance misuse (alcohol, drugs)",
       "Keqpërdorim i substancave psikoaktive (alkool, drogë)", "ZSNP16"),
    _c("CHILD_CUSTODY_DISPUTE", "Sukob oko starateljstva ili ličnih odnosa deteta i roditelja",
       "Custody or contact dispute over the children",
       "Konflikt për kujdestarinë ose kontaktet e fëmijës me prindin", "ZSNP16"),
    _c("PRIOR_MEASURES", "Ranije izrečena hitna mera ili mera zaštite",
       "Earlier urgent or protection measure",
       "Masë urgjente ose mbrojtëse e shqiptuar më parë", "ZSNP16"),
    _c("VICTIM_FEAR", "Žrtva doživljava strah", "Victim is afraid", "Viktima ndjen frikë",
       "ZSNP16"),
    # R_PROCENA_ZRTVE: the law asks how the victim herself rates the risk; as a yes/no factor
    # it reads "the victim considers the risk high". The low/medium/high answer can be kept
    # with the risk_level list where the form needs it.
    _c("VICTIM_RISK_PERCEPTION", "Žrtva procenjuje rizik kao visok",
       "Victim rates the risk as high", "Viktima e vlerëson rrezikun si të lartë", "ZSNP16"),
    _c("STRANGULATION", "Pokušaj davljenja ili gušenja", "Strangulation or suffocation attempts",
       "Tentativë mbytjeje ose asfiksimi", "EXTENDED"),
    _c("ESCALATION", "Nasilje je sve češće ili teže", "Violence more frequent or more severe",
       "Dhuna po bëhet më e shpeshtë ose më e rëndë", "EXTENDED"),
    _c("SEPARATION", "Nedavno ili planirano razdvajanje", "Recent or planned separation",
       "Ndarje e kohëve të fundit ose e planifikuar", "EXTENDED"),
    _c("PREGNANCY", "Nasilje tokom trudnoće", "Violence during pregnancy",
       "Dhunë gjatë shtatzënisë", "EXTENDED"),
    _c("JEALOUSY_CONTROL", "Ljubomora ili prisilna kontrola", "Jealousy or coercive control",
       "Xhelozi ose kontroll shtrëngues", "EXTENDED"),
    _c("STALKING", "Proganjanje", "Stalking", "Përndjekje", "EXTENDED"),
    _c("BREACH_OF_MEASURES", "Kršenje hitnih mera ili mera zaštite",
       "Breach of urgent or protection measures",
       "Shkelje e masave urgjente ose mbrojtëse", "EXTENDED"),
    _c("VIOLENCE_AGAINST_CHILDREN", "Nasilje prema deci", "Violence against the children",
       "Dhunë ndaj fëmijëve", "EXTENDED"),
    _c("SEXUAL_VIOLENCE", "Seksualno nasilje", "Sexual violence", "Dhunë seksuale", "EXTENDED"),
    _c("VIOLENCE_OUTSIDE_FAMILY", "Nasilje van porodice ili ranija osuđivanost",
       "Violence outside the family or a criminal record",
       "Dhunë jashtë familjes ose dënime të mëparshme", "EXTENDED"),
    _c("JOB_LOSS_STRESS", "Gubitak posla ili drugi stresori", "Job loss or other stressors",
       "Humbje e punës ose faktorë të tjerë stresues", "EXTENDED"),
    _c("HARM_TO_PETS", "Povređivanje kućnih ljubimaca", "Harm to pets",
       "Lëndim i kafshëve shtëpiake", "EXTENDED"),
])  # fmt: skip

_list("risk_assessor", ("Ko procenjuje rizik", "Assessor", "Vlerësuesi i rrezikut"), [
    _police(),            # the legal assessor (ZSNP art. 15)
    _csr(),               # opinion or own assessment
    _basic_prosecution(), # evaluation (ZSNP art. 18)
    _coordination_group(),
])  # fmt: skip

_list("risk_level", ("Nivo rizika", "Risk level", "Niveli i rrezikut"), [
    _c("LOW", "Nizak", "Low", "I ulët"),
    _c("MEDIUM", "Srednji", "Medium", "I mesëm"),
    _c("HIGH", "Visok", "High", "I lartë"),
])  # fmt: skip

_list("assessment_recipient", ("Procena dostavljena", "Assessment sent to",
                               "Vlerësimi iu dërgua"), [
    _basic_prosecution(),
    _csr(),
    _court(),
], multi=True)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.7 Services
# ---------------------------------------------------------------------------------------------

_list("service_type", ("Vrsta usluge", "Service type", "Lloji i shërbimit"), [
    _c("INFORMATION", "Informisanje o pravima i uslugama", "Information on rights and services",
       "Informim për të drejtat dhe shërbimet"),
    _c("ASSESSMENT_PLANNING", "Procena potreba i planiranje usluga",
       "Needs assessment and planning", "Vlerësim i nevojave dhe planifikim i shërbimeve"),
    _c("PSYCHOSOCIAL_SUPPORT", "Psihosocijalna podrška i savetovanje",
       "Psychosocial support, counselling", "Mbështetje psikosociale dhe këshillim"),
    # PRAVNA_POMOC_CSR
    _c("CSR_LEGAL_ADVICE", "Pravni savet pravnika centra za socijalni rad",
       "Legal advice by the CSR lawyer", "Këshillë juridike nga juristi i QPS-së"),
    _c("FREE_LEGAL_AID", "Besplatna pravna pomoć", "Free legal aid", "Ndihmë juridike falas"),
    # HITNI_SMESTAJ_SIGURNA_KUCA. The shelter's identity/location is never stored on the case.
    _c("SHELTER_PLACEMENT", "Smeštaj u sigurnu kuću ili prihvatilište", "Shelter (safe house)",
       "Vendosje në strehimore"),
    _c("EMERGENCY_PLACEMENT_FAMILY", "Urgentni smeštaj kod srodnika ili u hraniteljsku porodicu",
       "Emergency placement with relatives or a foster family",
       "Vendosje urgjente te të afërmit ose në familje kujdestare"),
    _c("CASH_ASSISTANCE", "Jednokratna ili novčana socijalna pomoć",
       "One-off or regular cash assistance",
       "Ndihmë sociale në para, e njëhershme ose e rregullt"),
    _c("HELPLINE", "SOS telefon ili savetovalište", "Helpline", "Linjë ndihme (SOS)"),
    _c("SUPPORT_GROUP", "Grupa samopomoći ili podrške", "Self-help or support group",
       "Grup vetëndihme ose mbështetjeje"),
    _c("MOBILE_TEAM", "Mobilni tim (terenska intervencija)", "Mobile team (field intervention)",
       "Ekip i lëvizshëm (ndërhyrje në terren)"),
    _c("HOME_VISIT", "Poseta porodici (najavljena ili nenajavljena)",
       "Home visit (announced or unannounced)",
       "Vizitë në familje (e njoftuar ose e panjoftuar)"),
    _c("INTERVIEW_WITH_CHILDREN", "Razgovor sa decom (bez roditelja)",
       "Interview with the children (without the parents)",
       "Bisedë me fëmijët (pa praninë e prindërve)"),
    _c("EXPERT_REPORT", "Nalaz i stručno mišljenje za sud ili tužilaštvo",
       "Expert report for court or prosecutor",
       "Konstatim dhe mendim profesional për gjykatën ose prokurorinë"),
    # POKRETANJE_POSTUPKA_MZ: the CSR as guardianship authority files for PZ protection measures
    _c("PROTECTION_PROCEEDINGS", "Pokretanje postupka za određivanje mera zaštite",
       "Initiating protection-measure proceedings",
       "Fillimi i procedurës për masa mbrojtëse"),
    # STARATELJSKA_ZASTITA
    _c("CHILD_PROTECTION_MEASURES", "Mere porodično-pravne zaštite dece",
       "Child-protection measures (family law)",
       "Masa të mbrojtjes familjare-juridike të fëmijëve"),
    _c("EMPLOYMENT_SUPPORT", "Posredovanje u zapošljavanju i obuke", "Employment support",
       "Ndërmjetësim në punësim dhe trajnime"),
    _c("HEALTH_CARE", "Medicinska pomoć i dokumentovanje povreda",
       "Health care, injury documentation", "Ndihmë mjekësore dhe dokumentim i lëndimeve"),
    _c("PERPETRATOR_PROGRAMME", "Program za rad sa učiniocima", "Perpetrator programme",
       "Program për punë me kryerësit"),
    _other(),
])  # fmt: skip

_list("provider_type", ("Vrsta pružaoca usluge", "Provider type", "Lloji i ofruesit"), [
    _csr(),
    _ngo(),
    _shelter(),
    _health(),
    _school(),
    _employment_service(),
    _attorney(),
    _municipality(),
    _police(),
    # [I] not in the dictionary's list; added so that an unusual provider is not forced into
    # a wrong category.
    _other(),
])  # fmt: skip

_list("service_status", ("Status usluge", "Service status", "Statusi i shërbimit"), [
    _planned(),
    _c("DELIVERED", "Pružena", "Delivered", "E ofruar"),
    _c("REFUSED_BY_USER", "Odbila korisnica", "Refused by the user",
       "E refuzuar nga përfituesja"),
    _c("NOT_AVAILABLE", "Nije dostupna u mestu", "Not available locally",
       "E padisponueshme në vend"),
    _c("IN_PROGRESS", "U toku", "In progress", "Në vazhdim"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.8 Case conference and coordination-group meetings
# ---------------------------------------------------------------------------------------------

_list("meeting_type", ("Vrsta sastanka", "Meeting type", "Lloji i takimit"), [
    _c("CSR_CASE_CONFERENCE", "Konferencija slučaja (centar za socijalni rad)",
       "Case conference (CSR)", "Konferencë e rastit (QPS)"),
    _c("GKS_MEETING", "Sastanak grupe za koordinaciju i saradnju",
       "Coordination-group (GKS) meeting", "Takim i grupit për koordinim dhe bashkëpunim"),
    _c("CSR_INTERNAL_TEAM", "Interni tim centra za socijalni rad", "CSR internal team",
       "Ekipi i brendshëm i QPS-së"),
    _c("XK_COORDINATION_MECHANISM", "Opštinski mehanizam koordinacije (Kosovo)",
       "Municipal coordination mechanism (Kosovo)",
       "Mekanizmi komunal i koordinimit (Kosovë)"),
])  # fmt: skip

_list("meeting_chair", ("Predsedava", "Chair", "Kryesuesi"), [
    # OJT: the deputy basic prosecutor chairs the GKS (higher-prosecution deputy for art. 4)
    _c("PROSECUTION", "Javno tužilaštvo (zamenik javnog tužioca)",
       "Public prosecution (deputy prosecutor)", "Prokuroria (zëvendësprokurori)"),
    _csr(),
    _xk_gender_officer(),
])  # fmt: skip

# Meeting participants and plan-measure executors. group "XK" marks the Kosovo-only members.
_list("institution", ("Institucije učesnice", "Participating institutions",
                      "Institucionet pjesëmarrëse"), [
    _basic_prosecution(),
    _higher_prosecution(),
    _police(),
    _csr(),
    _c("HEALTH", "Zdravstvo", "Health", "Shëndetësia"),
    _school(),
    _preschool(),
    _employment_service(),
    _ngo(),
    _shelter(),
    _court(),
    _municipality(),
    _c("EMPLOYER", "Poslodavac", "Employer", "Punëdhënësi"),
    _c("INDIVIDUAL", "Pojedinac", "Individual", "Individ"),
    _xk_victim_advocate(),
    _xk_gender_officer(),
    _c("XK_FREE_LEGAL_AID", "Kancelarija za besplatnu pravnu pomoć (Kosovo)",
       "Free legal aid office (Kosovo)", "Zyra për ndihmë juridike falas (Kosovë)", "XK"),
    _c("XK_EDUCATION_DIRECTORATE", "Direkcija za obrazovanje (Kosovo)",
       "Education directorate (Kosovo)", "Drejtoria e arsimit (Kosovë)", "XK"),
    _c("XK_HEALTH_DIRECTORATE", "Direkcija za zdravlje (Kosovo)",
       "Health directorate (Kosovo)", "Drejtoria e shëndetësisë (Kosovë)", "XK"),
], multi=True)  # fmt: skip

# The "tabela tekućih slučajeva" and "tabela slučajeva radi ubrzanja" the CSR member prepares.
_list("meeting_case_list", ("Lista na kojoj je slučaj", "Case list",
                            "Lista në të cilën është rasti"), [
    _c("NEW", "Novi slučaj", "New case", "Rast i ri"),
    _c("ONGOING", "Tekući slučaj", "Ongoing case", "Rast në vazhdim"),
    _c("TO_EXPEDITE", "Slučaj radi ubrzanja postupka", "Case to speed up proceedings",
       "Rast për përshpejtimin e procedurës"),
])  # fmt: skip

_list("meeting_decision", ("Odluke", "Decisions", "Vendimet"), [
    _c("PLAN_DRAWN_UP", "Izrađen individualni plan zaštite i podrške",
       "Individual protection and support plan drawn up",
       "U hartua plani individual i mbrojtjes dhe mbështetjes"),
    _c("PLAN_CHANGED", "Izmenjen individualni plan", "Individual plan changed",
       "U ndryshua plani individual"),
    _c("MEASURES_PROPOSED_TO_PROSECUTOR", "Predložene mere javnom tužiocu",
       "Measures proposed to the prosecutor", "U propozuan masa te prokurori"),
    _c("EXTENSION_PROPOSED", "Predloženo produženje hitne mere",
       "Extension of the urgent measure proposed", "U propozua vazhdimi i masës urgjente"),
    _c("REFERRAL", "Upućivanje", "Referral", "Referim"),
    _c("REVIEW_AGAIN", "Ponovno razmatranje", "Review again", "Rishqyrtim"),
    _c("CLOSE", "Zatvaranje slučaja", "Close the case", "Mbyllja e rastit"),
], multi=True)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.9 Individual protection and support plan (IPZP) and plan measures
# ---------------------------------------------------------------------------------------------

_list("plan_author", ("Plan izradio", "Plan drawn up by", "Plani u hartua nga"), [
    _coordination_group(),  # the legal body since 2017 (ZSNP art. 31)
    _csr(),                 # AŽC-era "plan usluga i mera zaštite"
])  # fmt: skip

_list("plan_measure_kind", ("Vrsta mere plana", "Plan measure kind", "Lloji i masës së planit"), [
    _c("PROTECTION", "Mera zaštite", "Protection measure", "Masë mbrojtëse"),
    _c("SUPPORT", "Mera podrške", "Support measure", "Masë mbështetëse"),
])  # fmt: skip

_list("plan_measure_status", ("Status mere plana", "Plan measure status",
                              "Statusi i masës së planit"), [
    _planned(),
    _c("DONE_ON_TIME", "Sprovedena u roku", "Done on time", "E zbatuar brenda afatit"),
    _c("DONE_LATE", "Sprovedena van roka", "Done late", "E zbatuar pas afatit"),
    _c("NOT_DONE", "Nije sprovedena", "Not done", "E pazbatuar"),
    _c("DROPPED", "Odustalo se", "Dropped", "E anuluar"),
])  # fmt: skip

_list("effectiveness", ("Ocena delotvornosti", "Effectiveness rating",
                        "Vlerësimi i efektivitetit"), [
    _c("EFFECTIVE", "Delotvorna", "Effective", "Efektive"),
    _c("PARTLY_EFFECTIVE", "Delimično delotvorna", "Partly effective", "Pjesërisht efektive"),
    _c("NOT_EFFECTIVE", "Nedelotvorna", "Not effective", "Joefektive"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.10 Urgent measures (ZSNP) and Kosovo protection orders
# ---------------------------------------------------------------------------------------------

# group "RS" = ZSNP urgent measures (police, 48 h); "XK" = the order types of Kosovo's law on
# domestic violence (Law 08/L-185, as in 03/L-182 before it). Their clocks: services/legal_clocks.
_list("urgent_measure_type", ("Vrsta hitne mere ili naloga", "Urgent measure or order type",
                              "Lloji i masës urgjente ose i urdhrit"), [
    _c("REMOVAL_FROM_DWELLING", "Privremeno udaljenje učinioca iz stana",
       "Temporary removal of the perpetrator from the dwelling",
       "Largim i përkohshëm i kryerësit nga banesa", "RS"),
    _c("CONTACT_APPROACH_BAN", "Privremena zabrana učiniocu da kontaktira žrtvu i prilazi joj",
       "Temporary ban on contacting and approaching the victim",
       "Ndalim i përkohshëm i kontaktit dhe i afrimit me viktimën", "RS"),
    _c("XK_INTERIM_EMERGENCY_ORDER", "Privremeni hitni nalog za zaštitu (policija)",
       "Interim emergency protection order (police)",
       "Urdhër i përkohshëm për mbrojtje emergjente (policia)", "XK"),
    _c("XK_EMERGENCY_PROTECTION_ORDER", "Hitni nalog za zaštitu (sud)",
       "Emergency protection order (court)", "Urdhër për mbrojtje emergjente (gjykata)", "XK"),
    _c("XK_PROTECTION_ORDER", "Nalog za zaštitu (sud)", "Protection order (court)",
       "Urdhër për mbrojtje (gjykata)", "XK"),
])  # fmt: skip

_list("urgent_court_decision", ("Odluka suda o hitnoj meri", "Court decision on the urgent measure",
                                "Vendimi i gjykatës për masën urgjente"), [
    _c("EXTENDED_30_DAYS", "Produžena za 30 dana", "Extended by 30 days",
       "E vazhduar për 30 ditë", "RS"),
    _c("PROPOSAL_REJECTED", "Predlog odbijen", "Proposal rejected", "Propozimi u refuzua", "RS"),
    _c("NO_PROPOSAL", "Predlog nije podnet", "No proposal filed", "Nuk u paraqit propozim", "RS"),
    # Kosovo: the court decides a petition for an (emergency) protection order
    _c("XK_ORDER_ISSUED", "Nalog izdat", "Order issued", "Urdhri u lëshua", "XK"),
    _c("XK_PETITION_REJECTED", "Zahtev odbijen", "Petition rejected", "Kërkesa u refuzua", "XK"),
])  # fmt: skip

_list("appeal_by", ("Žalbu podneo", "Appeal filed by", "Ankesa u paraqit nga"), [
    _c("NONE", "Nema žalbe", "No appeal", "Pa ankesë"),
    _c("PROSECUTION", "Javni tužilac", "Public prosecutor", "Prokurori"),
    _perpetrator(),
])  # fmt: skip

_list("appeal_outcome", ("Ishod žalbe", "Appeal outcome", "Rezultati i ankesës"), [
    _c("REJECTED", "Žalba odbijena", "Appeal rejected", "Ankesa u refuzua"),
    # PREINACENO
    _c("DECISION_CHANGED", "Rešenje preinačeno", "Decision changed", "Vendimi u ndryshua"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.11 Family-law protection measures (PZ art. 198)
# ---------------------------------------------------------------------------------------------

_list("protection_measure_type", ("Mere zaštite od nasilja u porodici",
                                  "Family-law protection measures",
                                  "Masat mbrojtëse nga dhuna në familje"), [
    # ISELJENJE
    _c("EVICTION", "Izdavanje naloga za iseljenje iz porodičnog stana ili kuće",
       "Order to leave the family home", "Urdhër për largim nga banesa familjare"),
    # USELJENJE
    _c("MOVE_IN", "Izdavanje naloga za useljenje u porodični stan ili kuću",
       "Order letting the victim move into the family home",
       "Urdhër për kthimin e viktimës në banesën familjare"),
    _c("APPROACH_BAN", "Zabrana približavanja na određenoj udaljenosti",
       "Ban on approaching within a set distance",
       "Ndalim i afrimit brenda një largësie të caktuar"),
    _c("AREA_ACCESS_BAN", "Zabrana pristupa u prostor oko mesta stanovanja ili rada",
       "Ban on access to the area around the residence or workplace",
       "Ndalim i qasjes në hapësirën rreth vendbanimit ose vendit të punës"),
    _c("HARASSMENT_BAN", "Zabrana daljeg uznemiravanja", "Ban on further harassment",
       "Ndalim i ngacmimit të mëtejshëm"),
], multi=True)  # fmt: skip

_list("plaintiff", ("Tužilac", "Plaintiff", "Paditësi"), [
    _victim(),
    _legal_representative(),
    _c("PUBLIC_PROSECUTOR", "Javni tužilac", "Public prosecutor", "Prokurori publik"),
    # CSR_ORGAN_STARATELJSTVA
    _c("CSR_GUARDIANSHIP_AUTHORITY", "Centar za socijalni rad kao organ starateljstva",
       "CSR as guardianship authority", "QPS si organ i kujdestarisë"),
])  # fmt: skip

_list("protection_outcome", ("Ishod postupka", "Outcome", "Rezultati i procedurës"), [
    _c("ORDERED", "Mera određena", "Ordered", "Masa u shqiptua"),
    _c("REJECTED", "Tužba odbijena", "Rejected", "Padia u refuzua"),
    _c("WITHDRAWN", "Tužba povučena", "Withdrawn", "Padia u tërhoq"),
    _pending(),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.12 Criminal and misdemeanour proceedings
# ---------------------------------------------------------------------------------------------

# Article numbers other than KZ 194, 138a and 178 are marked "from memory; verify" in the
# dictionary (§5 item 4); they live only in the labels, so correcting them changes no code.
_list("criminal_offence", ("Krivično delo", "Offence", "Vepra penale"), [
    _c("DOMESTIC_VIOLENCE", "Nasilje u porodici (KZ član 194)",
       "Domestic violence (KZ art. 194)", "Dhunë në familje (KZ neni 194)"),
    _c("STALKING", "Proganjanje (KZ član 138a)", "Stalking (KZ art. 138a)",
       "Përndjekje (KZ neni 138a)"),
    _c("RAPE", "Silovanje (KZ član 178)", "Rape (KZ art. 178)", "Përdhunim (KZ neni 178)"),
    _c("OTHER_SEXUAL_OFFENCE", "Druga krivična dela protiv polne slobode (KZ čl. 179–182)",
       "Other sexual offences (KZ arts. 179–182)",
       "Vepra të tjera kundër lirisë seksuale (KZ nenet 179–182)"),
    _c("BODILY_INJURY", "Teška ili laka telesna povreda (KZ čl. 121–122)",
       "Serious or light bodily injury (KZ arts. 121–122)",
       "Lëndim i rëndë ose i lehtë trupor (KZ nenet 121–122)"),
    _c("MURDER", "Ubistvo ili teško ubistvo (KZ čl. 113–114)",
       "Murder or aggravated murder (KZ arts. 113–114)",
       "Vrasje ose vrasje e rëndë (KZ nenet 113–114)"),
    _c("ENDANGERING_SAFETY", "Ugrožavanje sigurnosti (KZ član 138)",
       "Endangering safety (KZ art. 138)", "Rrezikim i sigurisë (KZ neni 138)"),
    _c("FORCED_MARRIAGE", "Prinudno zaključenje braka (KZ član 187a)",
       "Forced marriage (KZ art. 187a)", "Martesë e detyruar (KZ neni 187a)"),
    _c("FGM", "Sakaćenje ženskog polnog organa (KZ član 121a)",
       "Female genital mutilation (KZ art. 121a)",
       "Gjymtim i organeve gjenitale femërore (KZ neni 121a)"),
    _c("SEXUAL_HARASSMENT", "Polno uznemiravanje (KZ član 182a)",
       "Sexual harassment (KZ art. 182a)", "Ngacmim seksual (KZ neni 182a)"),
    _c("NON_PAYMENT_OF_MAINTENANCE", "Nedavanje izdržavanja (KZ član 195)",
       "Non-payment of maintenance (KZ art. 195)",
       "Mospagesa e alimentacionit (KZ neni 195)"),
    # PREKRSAJ_JRM
    _c("PUBLIC_ORDER_MISDEMEANOUR", "Prekršaj iz Zakona o javnom redu i miru",
       "Misdemeanour under the Public Order Law",
       "Kundërvajtje sipas ligjit për rendin dhe qetësinë publike"),
    _other(),
], multi=True)  # fmt: skip

_list("complaint_filer", ("Podnosilac krivične prijave", "Criminal complaint filed by",
                          "Paraqitësi i kallëzimit penal"), [
    _victim(),
    _csr(),
    _police(),
    _c("HEALTH", "Zdravstvo", "Health service", "Shëndetësia"),
    _other(),
])  # fmt: skip

_list("prosecutor_decision", ("Odluka tužilaštva", "Prosecutor's decision",
                              "Vendimi i prokurorisë"), [
    _c("REJECTED", "Krivična prijava odbačena", "Complaint rejected",
       "Kallëzimi penal u hodh poshtë"),
    # ODLOZENO_GONJENJE: opportunity principle
    _c("DEFERRED_PROSECUTION", "Odloženo krivično gonjenje", "Deferred prosecution",
       "Shtyrje e ndjekjes penale"),
    _c("INVESTIGATION", "Istraga", "Investigation", "Hetim"),
    _c("INDICTMENT", "Optužni akt", "Indictment or charge", "Aktakuzë"),
    _pending(),
])  # fmt: skip

_list("verdict", ("Presuda", "Court outcome", "Aktgjykimi"), [
    _c("CONVICTION", "Osuđujuća presuda", "Conviction", "Aktgjykim dënues"),
    _c("ACQUITTAL", "Oslobađajuća presuda", "Acquittal", "Aktgjykim lirues"),
    # ODBIJAJUCA
    _c("CHARGE_REJECTED", "Odbijajuća presuda", "Charge rejected", "Aktgjykim refuzues"),
    _c("DISCONTINUED", "Obustava postupka", "Proceedings discontinued",
       "Pushim i procedurës"),
    _pending(),
])  # fmt: skip

_list("sanction", ("Sankcija", "Sanction", "Sanksioni"), [
    _c("PRISON", "Kazna zatvora", "Prison", "Dënim me burg"),
    _c("FINE", "Novčana kazna", "Fine", "Dënim me gjobë"),
    _c("COMMUNITY_SERVICE", "Rad u javnom interesu", "Community service",
       "Punë në dobi të përgjithshme"),
    _c("SUSPENDED_SENTENCE", "Uslovna osuda", "Suspended sentence", "Dënim me kusht"),
    _c("JUDICIAL_ADMONITION", "Sudska opomena", "Judicial admonition", "Vërejtje gjyqësore"),
    # MERA_BEZBEDNOSTI, e.g. compulsory treatment, ban on approaching and communicating
    _c("SECURITY_MEASURE", "Mera bezbednosti", "Security measure", "Masë sigurie"),
], multi=True)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.13 Referrals
# ---------------------------------------------------------------------------------------------

_list("referral_direction", ("Smer upućivanja", "Referral direction", "Drejtimi i referimit"), [
    _c("RECEIVED_FROM", "Upućeno od", "Referred from", "Referuar nga"),
    _c("SENT_TO", "Upućeno ka", "Referred to", "Referuar te"),
])  # fmt: skip

_list("referral_institution", ("Vrsta institucije", "Institution type", "Lloji i institucionit"), [
    _police(),
    _basic_prosecution(),
    _higher_prosecution(),
    _c("BASIC_COURT", "Osnovni sud", "Basic court", "Gjykata themelore"),
    _c("MISDEMEANOUR_COURT", "Prekršajni sud", "Misdemeanour court",
       "Gjykata për kundërvajtje"),
    _c("PRIMARY_HEALTH_CENTRE", "Dom zdravlja", "Primary health centre",
       "Qendra e mjekësisë familjare"),
    _c("HOSPITAL_EMERGENCY", "Bolnica ili hitna pomoć", "Hospital or emergency service",
       "Spital ose shërbimi emergjent"),
    _c("PSYCHIATRY", "Psihijatrijska služba", "Psychiatric service", "Shërbimi psikiatrik"),
    _school(),
    _preschool(),
    _shelter(),
    _c("WOMENS_NGO_SOS", "Ženska organizacija ili SOS telefon", "Women's NGO or SOS line",
       "Organizatë e grave ose linjë SOS"),
    _c("FREE_LEGAL_AID", "Služba besplatne pravne pomoći", "Free legal aid service",
       "Shërbimi i ndihmës juridike falas"),
    _attorney(),
    _employment_service(),
    _c("OTHER_CSR", "Drugi centar za socijalni rad", "Another CSR", "QPS tjetër"),
    _municipality(),
    _xk_victim_advocate(),
    _c("XK_FREE_LEGAL_AID_AGENCY", "Agencija za besplatnu pravnu pomoć (Kosovo)",
       "Free Legal Aid Agency (Kosovo)", "Agjencia për Ndihmë Juridike Falas (Kosovë)", "XK"),
    # [I] not in the dictionary's list; keeps unusual receivers out of wrong categories.
    _other(),
])  # fmt: skip

_list("referral_purpose", ("Razlog upućivanja", "Referral purpose", "Qëllimi i referimit"), [
    _c("PROTECTION", "Zaštita", "Protection", "Mbrojtje"),
    _c("MEDICAL", "Medicinska pomoć", "Medical", "Ndihmë mjekësore"),
    _c("LEGAL", "Pravna pomoć", "Legal", "Ndihmë juridike"),
    _c("ACCOMMODATION", "Smeštaj", "Accommodation", "Strehim"),
    _c("PSYCHOSOCIAL", "Psihosocijalna podrška", "Psychosocial", "Mbështetje psikosociale"),
    _c("ECONOMIC", "Ekonomska podrška", "Economic", "Mbështetje ekonomike"),
    _c("EDUCATION", "Obrazovanje", "Education", "Arsim"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# 1.14 User feedback
# ---------------------------------------------------------------------------------------------

_list("feeling_safer", ("Osećaj bezbednosti u odnosu na period pre kontakta",
                        "Feels safer than before contact",
                        "Ndjenja e sigurisë krahasuar me periudhën para kontaktit"), [
    _c("MORE", "Bezbednije nego pre", "Safer", "Më e sigurt se më parë"),
    _c("SAME", "Isto kao pre", "The same", "Njësoj si më parë"),
    _c("LESS", "Manje bezbedno", "Less safe", "Më pak e sigurt"),
    _c("DONT_KNOW", "Ne zna", "Doesn't know", "Nuk e di"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Contact log (case notes): how the centre was in touch, and with whom
# ---------------------------------------------------------------------------------------------

_list("contact_type", ("Vrsta kontakta", "Type of contact", "Lloji i kontaktit"), [
    _c("OFFICE", "Razgovor u centru", "Interview at the centre", "Bisedë në qendër"),
    _c("HOME_VISIT", "Poseta porodici", "Home visit", "Vizitë në shtëpi"),
    _c("FIELD", "Na terenu (drugo mesto)", "In the field (elsewhere)", "Në terren (vend tjetër)"),
    _c("PHONE", "Telefon", "Phone", "Telefon"),
    _c("VIDEO", "Video poziv", "Video call", "Thirrje video"),
    _c("MESSAGE", "Poruka ili e-pošta", "Message or e-mail", "Mesazh ose e-mail"),
    _c("LETTER", "Dopis", "Letter", "Shkresë"),
    _c("MEETING", "Sastanak sa institucijom", "Meeting with an institution", "Takim me institucionin"),
])  # fmt: skip

_list("contact_counterpart", ("Sa kim", "With whom", "Me kë"), [
    _c("VICTIM", "Žrtva", "Victim", "Viktima"),
    _c("CHILD", "Dete", "Child", "Fëmija"),
    _c("PERPETRATOR", "Učinilac", "Perpetrator", "Kryerësi"),
    _c("FAMILY", "Član porodice", "Family member", "Anëtar i familjes"),
    _c("INSTITUTION", "Institucija", "Institution", "Institucion"),
    _c("OTHER", "Drugo", "Other", "Tjetër"),
])  # fmt: skip

_list("document_type", ("Vrsta dokumenta", "Type of document", "Lloji i dokumentit"), [
    _c("POLICE_ORDER", "Rešenje policije o hitnoj meri", "Police urgent-measure order",
       "Urdhër i policisë për masë urgjente"),
    _c("COURT_DECISION", "Odluka suda", "Court decision", "Vendim i gjykatës"),
    _c("PROSECUTION_ACT", "Akt javnog tužilaštva", "Prosecution document", "Akt i prokurorisë"),
    _c("SIGNED_PLAN", "Potpisan plan zaštite i podrške", "Signed protection and support plan",
       "Plani i nënshkruar i mbrojtjes dhe mbështetjes"),
    _c("REPORT", "Izveštaj ili dopis institucije", "Report or letter from an institution",
       "Raport ose shkresë e institucionit"),
    _c("MEDICAL", "Medicinska dokumentacija", "Medical records", "Dokumentacion mjekësor"),
    _c("OTHER", "Drugo", "Other", "Tjetër"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Application
# ---------------------------------------------------------------------------------------------

_list("user_role", ("Uloga korisnika", "User role", "Roli i përdoruesit"), [
    _c("ADMIN", "Administrator", "Administrator", "Administrator"),
    _c("CASE_MANAGER", "Voditelj slučaja", "Case manager", "Menaxher i rastit"),
    _c("CASEWORKER", "Stručni radnik", "Caseworker", "Punonjës social"),
    _c("READ_ONLY", "Samo pregled", "Read only", "Vetëm lexim"),
])  # fmt: skip

_list("jurisdiction", ("Jurisdikcija", "Jurisdiction", "Juridiksioni"), [
    _c("RS", "Srbija", "Serbia", "Serbia"),
    _c("XK", "Kosovo", "Kosovo", "Kosova"),
])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Coordination mechanisms (GKS, Kosovo municipal mechanisms), apart from any case
# ---------------------------------------------------------------------------------------------

_list("mechanism_kind", ("Vrsta mehanizma", "Kind of mechanism", "Lloji i mekanizmit"), [
    _c("GKS", "Grupa za koordinaciju i saradnju (ZSNP čl. 25)",
       "Coordination and cooperation group (ZSNP art. 25)",
       "Grupi për koordinim dhe bashkëpunim (ZSNP neni 25)", "RS"),
    _c("XK_MECHANISM", "Opštinski mehanizam koordinacije protiv nasilja u porodici",
       "Municipal coordination mechanism against domestic violence",
       "Mekanizmi komunal i koordinimit kundër dhunës në familje", "XK"),
])  # fmt: skip

_list("mechanism_member_role", ("Uloga u mehanizmu", "Role in the mechanism",
                                "Roli në mekanizëm"), [
    _c("CHAIR", "Predsedava", "Chair", "Kryesues"),
    _c("SECRETARY", "Sekretar", "Secretary", "Sekretar"),
    _c("MEMBER", "Član", "Member", "Anëtar"),
])  # fmt: skip

_list("mechanism_meeting_type", ("Vrsta sastanka", "Meeting type", "Lloji i takimit"), [
    _c("REGULAR", "Redovan", "Regular", "I rregullt"),
    _c("EXTRAORDINARY", "Vanredni", "Extraordinary", "I jashtëzakonshëm"),
    _c("CASE_RELATED", "Povodom slučaja", "About a case", "Për një rast"),
])  # fmt: skip

_list("decision_status", ("Stanje odluke", "Decision status", "Gjendja e vendimit"), [
    _c("OPEN", "U toku", "Open", "Në vazhdim"),
    _c("DONE", "Izvršena", "Done", "E kryer"),
    _c("NOT_DONE", "Nije izvršena", "Not done", "E pakryer"),
    _c("DROPPED", "Odustalo se", "Dropped", "E hequr"),
])  # fmt: skip


def code_list(name: str) -> CodeList:
    """The code list called ``name``; ``KeyError`` if there is none."""
    try:
        return CODE_LISTS[name]
    except KeyError:
        raise KeyError(f"no code list named {name!r}") from None


# ---------------------------------------------------------------------------------------------
# Derived classifications
# ---------------------------------------------------------------------------------------------

_GBVIMS_ORDER: dict[str, int] = {
    code: rank for rank, code in enumerate(CODE_LISTS["gbvims_type"].values)
}


def gbvims_main_type(forms: Iterable[str]) -> str | None:
    """The most severe GBVIMS core type among a set of ``form_of_violence`` codes.

    GBVIMS classifies an incident by one type using its decision order (rape → sexual assault
    → physical assault → forced marriage → denial of resources → psychological abuse); the
    Serbian practice records several forms, so the main type is derived from them. Returns
    ``None`` for an empty set. An unknown form code raises ``KeyError`` rather than being
    silently ignored, because a dropped form would understate severity.
    """
    fov = CODE_LISTS["form_of_violence"]
    best: str | None = None
    for form in forms:
        group = fov.get(form).group
        if group is None:  # pragma: no cover - every form has a group (checked by tests)
            continue
        if best is None or _GBVIMS_ORDER[group] < _GBVIMS_ORDER[best]:
            best = group
    return best


# (code, minimum age, maximum age or None for open-ended), in years at the reference date.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("AGE_0_17", 0, 17),
    ("AGE_18_25", 18, 25),
    ("AGE_26_64", 26, 64),
    ("AGE_65_PLUS", 65, None),
)


def age_group(age_years: int) -> str:
    """The RZSZ age-band code for an age in completed years (``ValueError`` if negative)."""
    if age_years < 0:
        raise ValueError(f"age cannot be negative: {age_years}")
    for code, low, high in AGE_BANDS:
        if age_years >= low and (high is None or age_years <= high):
            return code
    raise AssertionError("unreachable: the last band is open-ended")  # pragma: no cover
