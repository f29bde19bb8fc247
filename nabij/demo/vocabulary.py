"""What the demo neighbourhood is made of: origins, names, streets, skills, shops.

The mix is modelled on a superdiverse, poor neighbourhood of Ghent (Rabot): long-settled
Turkish and Moroccan families, Turkish-speaking Bulgarians, Slovak Roma, newcomers from
Syria, Afghanistan, Eritrea and Ukraine, and Flemish Belgians of all ages. Values meant for
special-category data are Dutch words from a deliberately small vocabulary, so that the
analyst's aggregates (cells of at least five people) have something to show.
"""

from dataclasses import dataclass

# Residence status, as a worker would record it (with consent): five cells only.
BELGIAN = "Belg"
EU_CITIZEN = "EU-burger"
PERMIT = "verblijfsvergunning"
PROTECTION = "internationale bescherming"
UNDOCUMENTED = "zonder wettig verblijf"

ISLAM = "islam"
CHRISTIAN = "christendom"
NO_RELIGION = "geen"
OTHER_RELIGION = "andere"

HEALTH_VALUES = (("chronische ziekte", 3), ("beperking", 2))


@dataclass(frozen=True)
class Origin:
    """A group of shared origin: how common it is, the languages, names and papers."""

    key: str
    share: int  # per hundred residents
    country: str  # the value stored (encrypted) as "herkomst"
    languages: tuple[tuple[str, float], ...]  # ISO 639 code, chance of speaking it
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    religion: tuple[tuple[str, int], ...]
    residence: tuple[tuple[str, int], ...]


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "belgie",
        24,
        "België",
        (("nl", 1.0), ("fr", 0.35), ("en", 0.4)),
        ("An", "Els", "Griet", "Hilde", "Lotte", "Marie", "Nele", "Sofie", "Lien", "Ilse"),
        ("Bart", "Dirk", "Jef", "Koen", "Luc", "Pieter", "Tom", "Wim", "Jonas", "Stijn"),
        (
            "Claeys",
            "De Smet",
            "Peeters",
            "Janssens",
            "Maes",
            "Vermeulen",
            "De Vos",
            "Van Damme",
            "Willems",
            "Goossens",
            "Martens",
            "Verhaeghe",
        ),
        ((NO_RELIGION, 55), (CHRISTIAN, 38), (ISLAM, 3), (OTHER_RELIGION, 4)),
        ((BELGIAN, 100),),
    ),
    Origin(
        "turkije",
        18,
        "Turkije",
        (("tr", 1.0), ("nl", 0.7), ("en", 0.15)),
        ("Ayşe", "Elif", "Fatma", "Emine", "Zeynep", "Hatice", "Melek", "Büşra", "Sevgi"),
        ("Mehmet", "Mustafa", "Ahmet", "Hasan", "Emre", "Murat", "Yusuf", "Kemal", "Osman"),
        (
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Gül",
        ),
        ((ISLAM, 88), (NO_RELIGION, 8), (OTHER_RELIGION, 4)),
        ((BELGIAN, 62), (PERMIT, 34), (PROTECTION, 4)),
    ),
    Origin(
        "bulgarije",
        12,
        "Bulgarije",
        (("tr", 0.9), ("bg", 0.75), ("nl", 0.35), ("en", 0.1)),
        ("Aylin", "Gülsüm", "Nurten", "Sevim", "Meliha", "Fikriye", "Reyhan", "Ivana"),
        ("Ali", "Hüseyin", "Erol", "Sezgin", "Nevzat", "Orhan", "Ismail", "Georgi"),
        (
            "Ahmedov",
            "Mehmedov",
            "Aliev",
            "Hasanov",
            "Mustafov",
            "Ibrahimov",
            "Salimov",
            "Osmanov",
            "Dimitrov",
        ),
        ((ISLAM, 80), (CHRISTIAN, 12), (NO_RELIGION, 8)),
        ((EU_CITIZEN, 96), (BELGIAN, 4)),
    ),
    Origin(
        "marokko",
        12,
        "Marokko",
        (("ar", 0.8), ("zgh", 0.45), ("nl", 0.75), ("fr", 0.5)),
        ("Fatima", "Khadija", "Naima", "Samira", "Latifa", "Houda", "Nadia", "Amina", "Salma"),
        ("Mohamed", "Youssef", "Rachid", "Said", "Karim", "Abdelkader", "Hamza", "Bilal"),
        (
            "El Amrani",
            "Benali",
            "Bouzid",
            "El Idrissi",
            "Azzouzi",
            "Ouali",
            "Chaouki",
            "Haddouchi",
            "Ait Ali",
            "Boukhari",
        ),
        ((ISLAM, 92), (NO_RELIGION, 6), (OTHER_RELIGION, 2)),
        ((BELGIAN, 60), (PERMIT, 33), (UNDOCUMENTED, 7)),
    ),
    Origin(
        "slowakije",
        5,
        "Slowakije",
        (("sk", 0.85), ("rom", 0.65), ("nl", 0.3), ("en", 0.1)),
        ("Jana", "Monika", "Zuzana", "Silvia", "Renata", "Erika"),
        ("Marek", "Peter", "Milan", "Roman", "Jozef", "Lukáš"),
        ("Horváth", "Balog", "Lakatos", "Kováč", "Oláh", "Dunka"),
        ((CHRISTIAN, 85), (NO_RELIGION, 15)),
        ((EU_CITIZEN, 100),),
    ),
    Origin(
        "polen",
        3,
        "Polen",
        (("pl", 1.0), ("nl", 0.3), ("en", 0.45)),
        ("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa"),
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński"),
        ((CHRISTIAN, 82), (NO_RELIGION, 18)),
        ((EU_CITIZEN, 100),),
    ),
    Origin(
        "roemenie",
        4,
        "Roemenië",
        (("ro", 1.0), ("nl", 0.3), ("en", 0.35)),
        ("Elena", "Ioana", "Maria", "Andreea", "Mihaela"),
        ("Ion", "Andrei", "Florin", "Gheorghe", "Vasile"),
        ("Popescu", "Ionescu", "Stan", "Dumitru", "Munteanu"),
        ((CHRISTIAN, 90), (NO_RELIGION, 10)),
        ((EU_CITIZEN, 100),),
    ),
    Origin(
        "syrie",
        4,
        "Syrië",
        (("ar", 1.0), ("ku", 0.15), ("nl", 0.4), ("en", 0.35)),
        ("Rasha", "Lina", "Hala", "Rima", "Dima", "Nour"),
        ("Ahmad", "Omar", "Khaled", "Tarek", "Bassel", "Firas"),
        ("Al Hamwi", "Haddad", "Khalil", "Darwish", "Masri", "Najjar"),
        ((ISLAM, 85), (CHRISTIAN, 10), (NO_RELIGION, 5)),
        ((PROTECTION, 70), (PERMIT, 25), (BELGIAN, 5)),
    ),
    Origin(
        "afghanistan",
        4,
        "Afghanistan",
        (("ps", 0.6), ("fa", 0.7), ("nl", 0.35), ("en", 0.2)),
        ("Mariam", "Zahra", "Fereshta", "Shabnam", "Parwana"),
        ("Ahmad Shah", "Rahim", "Farid", "Jawad", "Naweed", "Sami"),
        ("Ahmadzai", "Stanekzai", "Noori", "Rahimi", "Hashimi", "Sultani"),
        ((ISLAM, 96), (OTHER_RELIGION, 4)),
        ((PROTECTION, 62), (UNDOCUMENTED, 25), (PERMIT, 13)),
    ),
    Origin(
        "somalie",
        3,
        "Somalië",
        (("so", 1.0), ("ar", 0.3), ("nl", 0.4), ("en", 0.4)),
        ("Hodan", "Sahra", "Fadumo", "Ayaan", "Hawa"),
        ("Abdi", "Mahad", "Abdirahman", "Liban", "Hassan"),
        ("Warsame", "Farah", "Jama", "Yusuf", "Mohamud"),
        ((ISLAM, 98), (OTHER_RELIGION, 2)),
        ((PROTECTION, 65), (UNDOCUMENTED, 15), (PERMIT, 20)),
    ),
    Origin(
        "eritrea",
        2,
        "Eritrea",
        (("ti", 1.0), ("ar", 0.2), ("en", 0.3), ("nl", 0.3)),
        ("Selam", "Helen", "Saba", "Rahel", "Mebrat"),
        ("Yonas", "Dawit", "Samuel", "Tesfay", "Merhawi"),
        ("Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane"),
        ((CHRISTIAN, 70), (ISLAM, 28), (OTHER_RELIGION, 2)),
        ((PROTECTION, 75), (UNDOCUMENTED, 20), (PERMIT, 5)),
    ),
    Origin(
        "congo",
        3,
        "Congo",
        (("fr", 1.0), ("ln", 0.5), ("nl", 0.5), ("en", 0.2)),
        ("Grace", "Esther", "Divine", "Nathalie", "Sarah"),
        ("Patrick", "Jean-Claude", "Serge", "Didier", "Emmanuel"),
        ("Mbuyi", "Kabongo", "Tshibangu", "Lukusa", "Ilunga"),
        ((CHRISTIAN, 90), (NO_RELIGION, 6), (OTHER_RELIGION, 4)),
        ((BELGIAN, 40), (PERMIT, 40), (UNDOCUMENTED, 20)),
    ),
    Origin(
        "oekraine",
        3,
        "Oekraïne",
        (("uk", 1.0), ("ru", 0.6), ("en", 0.4), ("nl", 0.2)),
        ("Olena", "Iryna", "Oksana", "Natalia", "Kateryna"),
        ("Oleksandr", "Andriy", "Serhiy", "Dmytro", "Mykola"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"),
        ((CHRISTIAN, 85), (NO_RELIGION, 15)),
        ((PROTECTION, 92), (PERMIT, 8)),
    ),
    Origin(
        "spanje",
        3,
        "Spanje",
        (("es", 1.0), ("nl", 0.4), ("en", 0.35), ("fr", 0.15)),
        ("Lucía", "Carmen", "Marta", "Paula", "Rocío"),
        ("Javier", "Carlos", "Diego", "Pablo", "Sergio"),
        ("García", "Martínez", "López", "Sánchez", "Romero"),
        ((CHRISTIAN, 60), (NO_RELIGION, 40)),
        ((EU_CITIZEN, 100),),
    ),
)
ORIGIN_BY_KEY = {origin.key: origin for origin in ORIGINS}

# The streets of the neighbourhood, weighted by how many people live there.
STREETS: tuple[tuple[str, int], ...] = (
    ("Rabotstraat", 12),
    ("Wondelgemstraat", 10),
    ("Gasmeterlaan", 8),
    ("Blaisantvest", 9),
    ("Torens Rabot", 14),
    ("Bevrijdingslaan", 6),
    ("Haspelstraat", 6),
    ("Sleepstraat", 8),
    ("Tolhuislaan", 5),
    ("Opgeëistenlaan", 6),
    ("Begijnhoflaan", 5),
    ("Sint-Salvatorstraat", 4),
)

# Where people who are not from the neighbourhood come from.
ELSEWHERE: tuple[tuple[str, int], ...] = (
    ("Brugse Poort", 4),
    ("Sluizeken", 3),
    ("Wondelgem", 3),
    ("Ledeberg", 2),
    ("Evergem", 2),
)

SKILLS: tuple[tuple[str, int], ...] = (
    ("luisterend oor", 12),
    ("boodschappen doen", 10),
    ("koken", 9),
    ("klusjes", 7),
    ("tuinieren", 6),
    ("fietsen herstellen", 4),
    ("naaien", 4),
    ("computerhulp", 5),
    ("papierwerk", 5),
    ("huiswerkbegeleiding", 5),
    ("Nederlands oefenen", 6),
    ("vervoer", 4),
    ("kinderopvang", 4),
    ("muziek", 2),
    ("sport", 3),
)
INTERPRETING = "tolken"

SHOP_KINDS: tuple[str, ...] = (
    "Bakkerij",
    "Supermarkt",
    "Slagerij",
    "Kapsalon",
    "Groentewinkel",
    "Nachtwinkel",
    "Theehuis",
    "Telefoonwinkel",
    "Kleermaker",
    "Fietsenmaker",
    "Frituur",
    "Naaiatelier",
)

# Parts of the week when people are free, as (days, parts of the day); 0 is Monday morning.
AVAILABILITY_PATTERNS: tuple[tuple[tuple[range, tuple[int, ...]], int], ...] = (
    ((range(0, 5), (2,)), 5),  # weekday evenings
    ((range(5, 7), (0, 1)), 4),  # weekends
    ((range(0, 5), (0,)), 3),  # weekday mornings
    ((range(0, 7), (1,)), 2),  # afternoons
    ((range(2, 3), (1,)), 3),  # Wednesday afternoon, when schools are out
)
