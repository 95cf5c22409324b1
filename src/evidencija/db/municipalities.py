"""Seed data for the municipality table: Serbian and Kosovo municipalities with both code systems.

Sources and status (see DATA-DICTIONARY.md §4):

* **Serbia.** Every row with a 5-digit code below 90000 is transcribed from the code-table load
  script of an open-source Serbian e-initiative application: GitHub
  ``elektronske-narodne-inicijative/einicijative``, file
  ``Implementacija/BazaPodataka/CONFIG/NIInitialLoad.sql``, table ``NIOpstina`` (code, name,
  registered voters, administrative district). That table lists 169 units: municipalities, cities
  and the city municipalities of Belgrade, Niš, Novi Sad (Petrovaradin), Požarevac (Kostolac),
  Užice (Sevojno) and Vranje (Vranjska Banja). Names are the source's Cyrillic names converted
  with :func:`evidencija.translit.cyrillic_to_latin`; district names are written in their
  official one-word form ("Severnobački" for the source's "СЕВЕРНО-БАЧКИ").
* **Kosovo.** The 38 municipalities of current Kosovo statistics (the list was checked against a
  2024-census crosswalk of ASK tables). ``rzs_code`` is the Serbian register's code for the
  pre-1999 municipality from the same source table (90xxx); it is ``None`` for municipalities
  created after 1999. ``ask_code`` (Kosovo Agency of Statistics) is ``None`` everywhere: it was
  not found and must be filled from ASK. ``district`` is the Kosovo (UNMIK-era, 2000) district.

**This is one secondary source.** The codes are believed to be the RZS "matični broj opštine"
but that was not confirmed: verify every code against the current RZS register (stat.gov.rs,
"Registar jedinica razvrstavanja" / list of municipalities) before production use.

The internal ``code`` is what the database stores and never changes: "RS-" + the 5-digit RZS
code for Serbia, "XK-" + an ASCII slug of the Albanian name for Kosovo. Keeping the internal code
separate from both official code systems lets either be corrected, and lets changes such as
the 2013 split of Mitrovica be dated with ``valid_from`` / ``valid_to`` instead of recoding
history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["MUNICIPALITIES", "Municipality", "municipality"]


@dataclass(frozen=True)
class Municipality:
    """One row of the municipality table."""

    code: str
    name_sr: str
    name_sq: str | None
    rzs_code: str | None
    ask_code: str | None
    jurisdiction: str  # "RS" or "XK" (code list ``jurisdiction``)
    district: str | None
    valid_from: date | None
    valid_to: date | None

    def is_valid_on(self, day: date) -> bool:
        """Whether the municipality existed on ``day`` (open-ended where a date is unknown)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


def _rs(rzs_code: str, name_sr: str, district: str) -> Municipality:
    return Municipality(
        code=f"RS-{rzs_code}",
        name_sr=name_sr,
        name_sq=None,
        rzs_code=rzs_code,
        ask_code=None,
        jurisdiction="RS",
        district=district,
        valid_from=None,
        valid_to=None,
    )


def _xk(
    slug: str,
    name_sr: str,
    name_sq: str,
    rzs_code: str | None,
    district: str,
    since_year: int | None = None,
) -> Municipality:
    # Only the year a post-1999 municipality started working is known, so valid_from is stored
    # as 1 January of that year: good enough to offer it for incidents from that year on.
    return Municipality(
        code=f"XK-{slug}",
        name_sr=name_sr,
        name_sq=name_sq,
        rzs_code=rzs_code,
        ask_code=None,
        jurisdiction="XK",
        district=district,
        valid_from=date(since_year, 1, 1) if since_year is not None else None,
        valid_to=None,
    )


# Serbia: in the source table's order (by administrative district).
_SERBIA: tuple[Municipality, ...] = (
    # Grad Beograd
    _rs("70092", "Beograd-Barajevo", "Grad Beograd"),
    _rs("70106", "Beograd-Voždovac", "Grad Beograd"),
    _rs("70114", "Beograd-Vračar", "Grad Beograd"),
    _rs("70122", "Beograd-Grocka", "Grad Beograd"),
    _rs("70149", "Beograd-Zvezdara", "Grad Beograd"),
    _rs("70157", "Beograd-Zemun", "Grad Beograd"),
    _rs("70165", "Beograd-Lazarevac", "Grad Beograd"),
    _rs("70173", "Beograd-Mladenovac", "Grad Beograd"),
    _rs("70181", "Beograd-Novi Beograd", "Grad Beograd"),
    _rs("70190", "Beograd-Obrenovac", "Grad Beograd"),
    _rs("70203", "Beograd-Palilula", "Grad Beograd"),
    _rs("70211", "Beograd-Rakovica", "Grad Beograd"),
    _rs("70220", "Beograd-Savski Venac", "Grad Beograd"),
    _rs("70238", "Beograd-Sopot", "Grad Beograd"),
    _rs("70246", "Beograd-Stari Grad", "Grad Beograd"),
    _rs("70254", "Beograd-Čukarica", "Grad Beograd"),
    _rs("71293", "Beograd-Surčin", "Grad Beograd"),
    # Severnobački
    _rs("80071", "Bačka Topola", "Severnobački"),
    _rs("80241", "Mali Iđoš", "Severnobački"),
    _rs("80438", "Subotica", "Severnobački"),
    # Srednjobanatski
    _rs("80144", "Žitište", "Srednjobanatski"),
    _rs("80152", "Zrenjanin", "Srednjobanatski"),
    _rs("80250", "Nova Crnja", "Srednjobanatski"),
    _rs("80268", "Novi Bečej", "Srednjobanatski"),
    _rs("80373", "Sečanj", "Srednjobanatski"),
    # Severnobanatski
    _rs("80012", "Ada", "Severnobanatski"),
    _rs("80195", "Kanjiža", "Severnobanatski"),
    _rs("80209", "Kikinda", "Severnobanatski"),
    _rs("80276", "Novi Kneževac", "Severnobanatski"),
    _rs("80365", "Senta", "Severnobanatski"),
    _rs("80489", "Čoka", "Severnobanatski"),
    # Južnobanatski
    _rs("80039", "Alibunar", "Južnobanatski"),
    _rs("80098", "Bela Crkva", "Južnobanatski"),
    _rs("80128", "Vršac", "Južnobanatski"),
    _rs("80217", "Kovačica", "Južnobanatski"),
    _rs("80225", "Kovin", "Južnobanatski"),
    _rs("80292", "Opovo", "Južnobanatski"),
    _rs("80314", "Pančevo", "Južnobanatski"),
    _rs("80349", "Plandište", "Južnobanatski"),
    # Zapadnobački
    _rs("80047", "Apatin", "Zapadnobački"),
    _rs("80233", "Kula", "Zapadnobački"),
    _rs("80306", "Odžaci", "Zapadnobački"),
    _rs("80381", "Sombor", "Zapadnobački"),
    # Južnobački
    _rs("80055", "Bač", "Južnobački"),
    _rs("80063", "Bačka Palanka", "Južnobački"),
    _rs("80080", "Bački Petrovac", "Južnobački"),
    _rs("80101", "Beočin", "Južnobački"),
    _rs("80110", "Bečej", "Južnobački"),
    _rs("80136", "Žabalj", "Južnobački"),
    _rs("80284", "Novi Sad", "Južnobački"),
    _rs("80390", "Srbobran", "Južnobački"),
    _rs("80411", "Sremski Karlovci", "Južnobački"),
    _rs("80446", "Temerin", "Južnobački"),
    _rs("80454", "Titel", "Južnobački"),
    _rs("80462", "Vrbas", "Južnobački"),
    _rs("80519", "Petrovaradin", "Južnobački"),
    # Sremski
    _rs("80179", "Inđija", "Sremski"),
    _rs("80187", "Irig", "Sremski"),
    _rs("80322", "Pećinci", "Sremski"),
    _rs("80357", "Ruma", "Sremski"),
    _rs("80403", "Sremska Mitrovica", "Sremski"),
    _rs("80420", "Stara Pazova", "Sremski"),
    _rs("80497", "Šid", "Sremski"),
    # Mačvanski
    _rs("70289", "Bogatić", "Mačvanski"),
    _rs("70408", "Vladimirci", "Mačvanski"),
    _rs("70637", "Koceljeva", "Mačvanski"),
    _rs("70661", "Krupanj", "Mačvanski"),
    _rs("70734", "Loznica", "Mačvanski"),
    _rs("70777", "Ljubovija", "Mačvanski"),
    _rs("70793", "Mali Zvornik", "Mačvanski"),
    _rs("71269", "Šabac", "Mačvanski"),
    # Kolubarski
    _rs("70360", "Valjevo", "Kolubarski"),
    _rs("70700", "Lajkovac", "Kolubarski"),
    _rs("70769", "Ljig", "Kolubarski"),
    _rs("70831", "Mionica", "Kolubarski"),
    _rs("70882", "Osečina", "Kolubarski"),
    _rs("71218", "Ub", "Kolubarski"),
    # Podunavski
    _rs("70386", "Velika Plana", "Podunavski"),
    _rs("71099", "Smederevo", "Podunavski"),
    _rs("71102", "Smederevska Palanka", "Podunavski"),
    # Braničevski
    _rs("70394", "Veliko Gradište", "Braničevski"),
    _rs("70475", "Golubac", "Braničevski"),
    _rs("70521", "Žabari", "Braničevski"),
    _rs("70530", "Žagubica", "Braničevski"),
    _rs("70696", "Kučevo", "Braničevski"),
    _rs("70807", "Malo Crniće", "Braničevski"),
    _rs("70912", "Petrovac na Mlavi", "Braničevski"),
    _rs("70947", "Požarevac", "Braničevski"),
    _rs("71340", "Kostolac", "Braničevski"),
    # Šumadijski
    _rs("70033", "Aranđelovac", "Šumadijski"),
    _rs("70076", "Batočina", "Šumadijski"),
    _rs("70599", "Knić", "Šumadijski"),
    _rs("70645", "Kragujevac", "Šumadijski"),
    _rs("71013", "Rača", "Šumadijski"),
    _rs("71153", "Topola", "Šumadijski"),
    _rs("71277", "Lapovo", "Šumadijski"),
    # Pomoravski
    _rs("70491", "Despotovac", "Pomoravski"),
    _rs("70904", "Paraćin", "Pomoravski"),
    _rs("71030", "Rekovac", "Pomoravski"),
    _rs("71048", "Jagodina", "Pomoravski"),
    _rs("71056", "Svilajnac", "Pomoravski"),
    _rs("71200", "Ćuprija", "Pomoravski"),
    # Borski
    _rs("70327", "Bor", "Borski"),
    _rs("70572", "Kladovo", "Borski"),
    _rs("70785", "Majdanpek", "Borski"),
    _rs("70840", "Negotin", "Borski"),
    # Zaječarski
    _rs("70319", "Boljevac", "Zaječarski"),
    _rs("70556", "Zaječar", "Zaječarski"),
    _rs("70602", "Knjaževac", "Zaječarski"),
    _rs("71129", "Sokobanja", "Zaječarski"),
    # Zlatiborski
    _rs("70041", "Arilje", "Zlatiborski"),
    _rs("70068", "Bajina Bašta", "Zlatiborski"),
    _rs("70629", "Kosjerić", "Zlatiborski"),
    _rs("70866", "Nova Varoš", "Zlatiborski"),
    _rs("70955", "Požega", "Zlatiborski"),
    _rs("70971", "Priboj", "Zlatiborski"),
    _rs("70980", "Prijepolje", "Zlatiborski"),
    _rs("71072", "Sjenica", "Zlatiborski"),
    _rs("71145", "Užice", "Zlatiborski"),
    _rs("71366", "Sevojno", "Zlatiborski"),
    _rs("71234", "Čajetina", "Zlatiborski"),
    # Moravički
    _rs("70483", "Gornji Milanovac", "Moravički"),
    _rs("70564", "Ivanjica", "Moravički"),
    _rs("70742", "Lučani", "Moravički"),
    _rs("71242", "Čačak", "Moravički"),
    # Raški
    _rs("70459", "Vrnjačka Banja", "Raški"),
    _rs("70653", "Kraljevo", "Raški"),
    _rs("70874", "Novi Pazar", "Raški"),
    _rs("71021", "Raška", "Raški"),
    _rs("71188", "Tutin", "Raški"),
    # Rasinski
    _rs("70017", "Aleksandrovac", "Rasinski"),
    _rs("70343", "Brus", "Rasinski"),
    _rs("70378", "Varvarin", "Rasinski"),
    _rs("70670", "Kruševac", "Rasinski"),
    _rs("71170", "Trstenik", "Rasinski"),
    _rs("71196", "Ćićevac", "Rasinski"),
    # Nišavski
    _rs("70025", "Aleksinac", "Nišavski"),
    _rs("70467", "Gadžin Han", "Nišavski"),
    _rs("70513", "Doljevac", "Nišavski"),
    _rs("70823", "Merošina", "Nišavski"),
    _rs("71005", "Ražanj", "Nišavski"),
    _rs("71064", "Svrljig", "Nišavski"),
    _rs("71285", "Niš-Niška Banja", "Nišavski"),
    _rs("71307", "Niš-Pantelej", "Nišavski"),
    _rs("71315", "Niš-Crveni Krst", "Nišavski"),
    _rs("71323", "Niš-Palilula", "Nišavski"),
    _rs("71331", "Niš-Medijana", "Nišavski"),
    # Toplički
    _rs("70262", "Blace", "Toplički"),
    _rs("70548", "Žitorađa", "Toplički"),
    _rs("70688", "Kuršumlija", "Toplički"),
    _rs("70998", "Prokuplje", "Toplički"),
    # Pirotski
    _rs("70050", "Babušnica", "Pirotski"),
    _rs("70084", "Bela Palanka", "Pirotski"),
    _rs("70505", "Dimitrovgrad", "Pirotski"),
    _rs("70939", "Pirot", "Pirotski"),
    # Jablanički
    _rs("70297", "Bojnik", "Jablanički"),
    _rs("70424", "Vlasotince", "Jablanički"),
    _rs("70718", "Lebane", "Jablanički"),
    _rs("70726", "Leskovac", "Jablanički"),
    _rs("70815", "Medveđa", "Jablanički"),
    _rs("71226", "Crna Trava", "Jablanički"),
    # Pčinjski
    _rs("70335", "Bosilegrad", "Pčinjski"),
    _rs("70351", "Bujanovac", "Pčinjski"),
    _rs("70416", "Vladičin Han", "Pčinjski"),
    _rs("70432", "Vranje", "Pčinjski"),
    _rs("70963", "Preševo", "Pčinjski"),
    _rs("71137", "Surdulica", "Pčinjski"),
    _rs("71161", "Trgovište", "Pčinjski"),
    _rs("71358", "Vranjska Banja", "Pčinjski"),
)  # fmt: skip

# Kosovo: the 38 municipalities, ordered by Albanian name.
#
# rzs_code notes (Serbian register, pre-1999 municipalities):
# * 90298 "Kosovska Mitrovica" covered both today's Mitrovica (south) and North Mitrovica; it is
#   given to the south, the continuing municipality, and North Mitrovica (created 2013) has none.
#   Serbian-system offices in the north may still report under 90298.
# * 90336 "Gora" has no row: UNMIK merged Gora with the Opolje area (until then part of Prizren)
#   into Dragash in 2000, so Dragash has no single Serbian-register code.
# * The boundaries of Novo Brdo, Gjilan and Kamenica changed when Kllokot, Partesh and Ranillug
#   were formed; their 90xxx codes refer to the pre-1999 territory.
#
# Districts are the seven Kosovo districts, named in Serbian Latin. The Gjakova and Ferizaj
# memberships were checked against a public list; the rest are from the UNMIK 2000 reform
# as commonly described and should be verified with ASK.
#
# valid_from: Dragash and Malishevë were formed by UNMIK in 2000; Graçanicë, Kllokot and Ranillug
# held first elections in 2009, Partesh in 2010, North Mitrovica in 2013. Hani i Elezit, Junik
# and Mamushë were pilot municipal units from about 2005 and full municipalities later; the
# exact start is unverified, so it is left open (None).
_KOSOVO: tuple[Municipality, ...] = (
    _xk("DECAN", "Dečani", "Deçan", "90069", "Đakovički"),
    _xk("DRAGASH", "Dragaš", "Dragash", None, "Prizrenski", 2000),
    # Officially renamed Drenas; ASK census tables still use "Gllogoc"/"Gllogovc".
    _xk("DRENAS", "Glogovac", "Drenas", "90034", "Prištinski"),
    _xk("FERIZAJ", "Uroševac", "Ferizaj", "90301", "Uroševački"),
    _xk("FUSHE_KOSOVE", "Kosovo Polje", "Fushë Kosovë", "90131", "Prištinski"),
    _xk("GJAKOVE", "Đakovica", "Gjakovë", "90085", "Đakovički"),
    _xk("GJILAN", "Gnjilane", "Gjilan", "90042", "Gnjilanski"),
    _xk("GRACANICE", "Gračanica", "Graçanicë", None, "Prištinski", 2009),
    _xk("HANI_I_ELEZIT", "Đeneral Janković", "Hani i Elezit", None, "Uroševački"),
    _xk("ISTOG", "Istok", "Istog", "90107", "Pećki"),
    _xk("JUNIK", "Junik", "Junik", None, "Đakovički"),
    _xk("KACANIK", "Kačanik", "Kaçanik", "90115", "Uroševački"),
    _xk("KAMENICE", "Kosovska Kamenica", "Kamenicë", "90140", "Gnjilanski"),
    _xk("KLINE", "Klina", "Klinë", "90123", "Pećki"),
    _xk("KLLOKOT", "Klokot", "Kllokot", None, "Gnjilanski", 2009),
    _xk("LEPOSAVIQ", "Leposavić", "Leposaviq", "90158", "Kosovskomitrovački"),
    _xk("LIPJAN", "Lipljan", "Lipjan", "90166", "Prištinski"),
    _xk("MALISHEVE", "Mališevo", "Malishevë", None, "Prizrenski", 2000),
    _xk("MAMUSHE", "Mamuša", "Mamushë", None, "Prizrenski"),
    # The southern municipality; "Kosovska Mitrovica" in the Serbian register (see above).
    _xk("MITROVICE", "Južna Mitrovica", "Mitrovicë", "90298", "Kosovskomitrovački"),
    _xk("MITROVICE_VERIUT", "Severna Mitrovica", "Mitrovicë e Veriut", None,
        "Kosovskomitrovački", 2013),
    _xk("NOVOBERDE", "Novo Brdo", "Novobërdë", "90182", "Prištinski"),
    _xk("OBILIQ", "Obilić", "Obiliq", "90204", "Prištinski"),
    _xk("PARTESH", "Parteš", "Partesh", None, "Gnjilanski", 2010),
    _xk("PEJE", "Peć", "Pejë", "90239", "Pećki"),
    _xk("PODUJEVE", "Podujevo", "Podujevë", "90247", "Prištinski"),
    _xk("PRISHTINE", "Priština", "Prishtinë", "90263", "Prištinski"),
    _xk("PRIZREN", "Prizren", "Prizren", "90255", "Prizrenski"),
    _xk("RAHOVEC", "Orahovac", "Rahovec", "90212", "Đakovički"),
    _xk("RANILLUG", "Ranilug", "Ranillug", None, "Gnjilanski", 2009),
    _xk("SHTERPCE", "Štrpce", "Shtërpcë", "90328", "Uroševački"),
    _xk("SHTIME", "Štimlje", "Shtime", "90310", "Uroševački"),
    _xk("SKENDERAJ", "Srbica", "Skënderaj", "90271", "Kosovskomitrovački"),
    _xk("SUHAREKE", "Suva Reka", "Suharekë", "90280", "Prizrenski"),
    _xk("VITI", "Vitina", "Viti", "90018", "Gnjilanski"),
    _xk("VUSHTRRI", "Vučitrn", "Vushtrri", "90026", "Kosovskomitrovački"),
    _xk("ZUBIN_POTOK", "Zubin Potok", "Zubin Potok", "90093", "Kosovskomitrovački"),
    _xk("ZVECAN", "Zvečan", "Zveçan", "90352", "Kosovskomitrovački"),
)  # fmt: skip

MUNICIPALITIES: tuple[Municipality, ...] = _SERBIA + _KOSOVO

_BY_CODE: dict[str, Municipality] = {m.code: m for m in MUNICIPALITIES}
if len(_BY_CODE) != len(MUNICIPALITIES):  # pragma: no cover - guarded by the unit tests
    raise RuntimeError("duplicate municipality code")


def municipality(code: str) -> Municipality:
    """The municipality with internal ``code`` (e.g. "RS-70645"); ``KeyError`` if unknown."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown municipality code {code!r}") from None
