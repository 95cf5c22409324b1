"""Name pools for the synthetic demo register: common Serbian and Albanian first names (by sex) and
surnames, street names for addresses.

Everything is written in Latin script with its diacritics (Serbian Gaj Latin; Albanian with ë and
ç), the form the register stores most often. The generator turns a share of the Serbian names
into Cyrillic (as a caseworker typing in Cyrillic would) and a share into ASCII with the "dj"
convention ("Djordjevic"), so that search has to fold scripts and diacritics to find them; the
few names below that were entered in Cyrillic from the start are kept apart for the same reason.
The pools deliberately contain the hard letters (đ, dž, lj, nj, ć, č, š, ž, ë, ç). None of these
combinations belongs to a real person: first and last names are drawn independently.
"""

from __future__ import annotations

SERBIAN_FEMALE: tuple[str, ...] = (
    "Ana", "Jelena", "Marija", "Milica", "Dragana", "Snežana", "Jasmina", "Ivana", "Gordana",
    "Vesna", "Slađana", "Ljiljana", "Biljana", "Danijela", "Tatjana", "Zorica", "Mirjana",
    "Nataša", "Sanja", "Jovana", "Katarina", "Tamara", "Dušica", "Radmila", "Nevena", "Olivera",
    "Svetlana", "Branka", "Dragica", "Ljubica", "Vera", "Nada", "Desanka", "Zagorka", "Milena",
    "Marina", "Teodora", "Sara", "Anđela", "Mina", "Tijana", "Kristina", "Aleksandra", "Đurđa",
    "Živana", "Stanislava", "Mila", "Nađa", "Dunja", "Ružica", "Smiljana", "Bojana", "Violeta",
    "Slavica", "Verica", "Nevenka", "Đurđica", "Gorica", "Žaklina", "Njegoslava", "Ljubinka",
    "Dragoslava", "Stojanka", "Vukica", "Radojka", "Milunka", "Zlatija", "Anja", "Lena", "Iva",
)  # fmt: skip

SERBIAN_MALE: tuple[str, ...] = (
    "Marko", "Nikola", "Stefan", "Aleksandar", "Miloš", "Đorđe", "Dragan", "Zoran", "Goran",
    "Dejan", "Nenad", "Milan", "Dušan", "Vladimir", "Srđan", "Saša", "Bojan", "Predrag",
    "Miroslav", "Slobodan", "Milorad", "Živorad", "Radoslav", "Ljubiša", "Dragoljub", "Čedomir",
    "Života", "Luka", "Lazar", "Vuk", "Uroš", "Filip", "Ognjen", "Nemanja", "Jovan", "Petar",
    "Vukašin", "Branislav", "Momčilo", "Siniša", "Željko", "Žarko", "Ivan", "Mihajlo", "Radovan",
    "Vojislav", "Milutin", "Tihomir", "Nebojša", "Đurađ", "Ljubomir", "Dobrivoje", "Velimir",
    "Njegoš", "Strahinja", "Dragiša", "Radiša", "Obrad", "Ratko", "Mladen", "Veljko", "Andrija",
)  # fmt: skip

SERBIAN_SURNAMES: tuple[str, ...] = (
    "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković",
    "Pavlović", "Milošević", "Popović", "Todorović", "Đukić", "Kostić", "Mitrović", "Živković",
    "Ristić", "Savić", "Lazić", "Milenković", "Simić", "Kovačević", "Radovanović", "Tomić",
    "Vasić", "Stevanović", "Obradović", "Lukić", "Vuković", "Perić", "Marinković", "Babić",
    "Mladenović", "Krstić", "Filipović", "Ćirić", "Gajić", "Zdravković", "Čolić", "Šarić",
    "Đurić", "Nešić", "Pešić", "Mihajlović", "Lazarević", "Antić", "Janković", "Ivanović",
    "Božić", "Vučković", "Tošić", "Ranković", "Dimitrijević", "Jakovljević", "Radosavljević",
    "Ćosić", "Knežević", "Đokić", "Ljubisavljević", "Njegovan", "Čabarkapa", "Džunić",
    "Džodić", "Šljivić", "Ćurčić", "Đurđević", "Žugić", "Ljubenović",
    "Milovanović", "Aleksić", "Veljković", "Bogdanović", "Matić", "Nedeljković", "Arsić",
    "Stojković", "Spasić", "Ćirković", "Jeremić", "Erić", "Gavrilović", "Sretenović",
)  # fmt: skip

ALBANIAN_FEMALE: tuple[str, ...] = (
    "Arta", "Blerta", "Drita", "Fatmire", "Flutura", "Gentiana", "Hana", "Ilirjana", "Jehona",
    "Kaltrina", "Lirie", "Mimoza", "Nora", "Qëndresa", "Rina", "Shqipe", "Teuta", "Vjosa",
    "Valbona", "Zana", "Afërdita", "Besa", "Donika", "Elira", "Erza", "Fjolla", "Gresa",
    "Hyrije", "Lumnije", "Mirlinda", "Njomza", "Saranda", "Shpresa", "Vlora", "Xhevrije",
    "Zyrafete", "Ardita", "Ajshe", "Hatixhe", "Merita", "Dafina", "Ëndrina", "Bukurije",
    "Gëzime", "Mërgime", "Besarta", "Lindita", "Vesa",
)  # fmt: skip

ALBANIAN_MALE: tuple[str, ...] = (
    "Arben", "Agron", "Besnik", "Bujar", "Driton", "Fatmir", "Gëzim", "Ilir", "Kushtrim",
    "Labinot", "Liridon", "Mentor", "Naim", "Petrit", "Shkëlzen", "Valon", "Vllaznim", "Xhevdet",
    "Arianit", "Blerim", "Dardan", "Egzon", "Faton", "Granit", "Hysen", "Isa", "Jeton", "Lulzim",
    "Qazim", "Rrahman", "Skënder", "Ukshin", "Visar", "Ymer", "Zenel", "Bekim", "Afrim", "Adem",
    "Burim", "Mërgim", "Përparim", "Çlirim", "Ramë", "Halit", "Sokol", "Bardhyl",
)  # fmt: skip

ALBANIAN_SURNAMES: tuple[str, ...] = (
    "Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kryeziu", "Rexhepi",
    "Hasani", "Ahmeti", "Mustafa", "Thaçi", "Kelmendi", "Bajrami", "Halimi", "Osmani", "Syla",
    "Rama", "Sopi", "Zeqiri", "Haxhiu", "Hyseni", "Musliu", "Ibrahimi", "Qerimi", "Xhaferi",
    "Limani", "Gjoka", "Çitaku", "Dërmaku", "Llapashtica", "Rrustemi", "Bekteshi", "Jashari",
    "Avdiu", "Maloku", "Sadiku", "Zymberi", "Kastrati", "Tahiri", "Hajdari", "Mehmeti",
    "Ramadani", "Selimi", "Dreshaj", "Përteshi", "Gërguri",
)  # fmt: skip

# Typed in Cyrillic by the caseworker: (first name, surname) pairs by sex.
CYRILLIC_FEMALE: tuple[tuple[str, str], ...] = (
    ("Љиљана", "Ђорђевић"), ("Његослава", "Јовановић"), ("Драгана", "Џунић"),
    ("Слађана", "Ћирић"), ("Милица", "Љубисављевић"),
)  # fmt: skip
CYRILLIC_MALE: tuple[tuple[str, str], ...] = (
    ("Ђорђе", "Петровић"), ("Љубиша", "Његован"), ("Србољуб", "Шљивић"),
    ("Чедомир", "Ђурђевић"), ("Џевад", "Жугић"),
)  # fmt: skip

SERBIAN_STREETS: tuple[str, ...] = (
    "Kralja Petra I", "Njegoševa", "Cara Dušana", "Vojvode Mišića", "Karađorđeva", "Svetog Save",
    "Kneza Miloša", "Nikole Tesle", "Bulevar oslobođenja", "Vuka Karadžića", "Đure Jakšića",
    "Žarka Zrenjanina", "Čika Ljubina", "Kosovska", "Šumadijska", "Ustanička", "Jug Bogdanova",
    "Hajduk Veljkova", "Vidovdanska", "Cvijićeva", "Dositejeva", "Lole Ribara", "Partizanska",
)  # fmt: skip

ALBANIAN_STREETS: tuple[str, ...] = (
    "Rruga Adem Jashari", "Rruga Nëna Terezë", "Rruga Skënderbeu", "Rruga Dëshmorët e Kombit",
    "Rruga Agim Ramadani", "Rruga Luan Haradinaj", "Rruga Ismail Qemali", "Rruga Fehmi Agani",
    "Rruga Bajram Curri", "Rruga Ibrahim Rugova", "Rruga Gjergj Fishta", "Rruga Naim Frashëri",
)  # fmt: skip
