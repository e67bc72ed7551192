"""Place facts the extractor needs to say where an activity happened."""

# Seat of each province's government (ISO 3166-2 code -> city as the news writes it): a
# province's own offices ("Kantor Gubernur", "DPRD Provinsi") lie in it, and a province that
# shares its capital's name ("Jambi", "Bengkulu") names that city after "di".
PROVINCE_CAPITALS: dict[str, str] = {
    "ID-AC": "Banda Aceh",
    "ID-SU": "Medan",
    "ID-SB": "Padang",
    "ID-RI": "Pekanbaru",
    "ID-JA": "Jambi",
    "ID-SS": "Palembang",
    "ID-BE": "Bengkulu",
    "ID-LA": "Bandar Lampung",
    "ID-BB": "Pangkalpinang",
    "ID-KR": "Tanjungpinang",
    "ID-JK": "Jakarta",
    "ID-JB": "Bandung",
    "ID-JT": "Semarang",
    "ID-YO": "Yogyakarta",
    "ID-JI": "Surabaya",
    "ID-BT": "Serang",
    "ID-BA": "Denpasar",
    "ID-NB": "Mataram",
    "ID-NT": "Kupang",
    "ID-KB": "Pontianak",
    "ID-KT": "Palangka Raya",
    "ID-KS": "Banjarbaru",
    "ID-KI": "Samarinda",
    "ID-KU": "Tanjung Selor",
    "ID-SA": "Manado",
    "ID-ST": "Palu",
    "ID-SN": "Makassar",
    "ID-SG": "Kendari",
    "ID-GO": "Gorontalo",
    "ID-SR": "Mamuju",
    "ID-MA": "Ambon",
    "ID-MU": "Sofifi",
    "ID-PA": "Jayapura",
    "ID-PB": "Manokwari",
    "ID-PS": "Merauke",
    "ID-PT": "Nabire",
    "ID-PE": "Wamena",
    "ID-PD": "Sorong",
}

# Forms of the units below a regency ("Desa Polosoro, Kecamatan Bayan, Kabupaten Purworejo"):
# a region named right after one of them with its name is where that unit lies, no party.
SUBDISTRICT_FORMS: tuple[str, ...] = (
    "kecamatan",
    "kec.",
    "desa",
    "kelurahan",
    "kel.",
    "distrik",
    "nagari",
    "gampong",
    "dusun",
)

# Heads of those units: the name after them is their village or district ("Kades Bandung
# Kidul"), even where a region has that name.
SUBDISTRICT_HEADS: tuple[str, ...] = (
    "kades",
    "kepala desa",
    "lurah",
    "camat",
    "kadus",
    "wali nagari",
)

# Countries that are one city: "di Singapura" names the city of the activity.
CITY_STATES: frozenset[str] = frozenset({"SG", "MO", "HK", "VA", "MC"})

# Lower-case words a place phrase after "di" may hold before its city ("di ruang rapat lantai 3
# Kantor Bupati X"): venue and address words, and the forms of regions and their offices.
PLACE_PHRASE_WORDS: frozenset[str] = frozenset(
    """
    ruang rapat lantai lt jalan jl jln km no nomor kawasan lokasi wilayah kota kabupaten kab
    provinsi kecamatan desa kelurahan kantor rumah dinas jabatan bupati wali walikota gubernur
    wakil sekretariat daerah setda pemerintah pemerintahan balai aula gedung kompleks komplek
    pendopo pendapa hotel of the city hall room office building regency province convention
    center centre utama pertemuan serbaguna kerja the at lobi lobby lapang lapangan halaman
    pulau kampus pusat ruangan area pelataran teras serambi selasar
    """.split()
)

# Words that, right after a comma in a place phrase, open the subject of a new clause rather
# than the city of the venue ("di Balai Kota Bandung, pemerintah Kabupaten Madiun dan ...",
# "di Pendopo Agung, Bupati Malang menerima ..."): a government, its head or a delegation.
CLAUSE_SUBJECT_WORDS: frozenset[str] = frozenset(
    """
    pemerintah pemerintahan pemkot pemkab pemprov pemko pemda gubernur wagub bupati wabup wali
    walikota wawali wakil sekda sekretaris kepala ketua menteri duta dubes rektor direktur
    delegasi rombongan pihak kedua keduanya para the governor regent mayor
    """.split()
)

# Foreign missions and their heads: "di X" right after one and its country ("Konsul Jenderal
# Tiongkok di Medan") says where the mission sits, not where the activity was.
MISSION_WORDS: tuple[str, ...] = (
    "konsul jenderal",
    "konsulat jenderal",
    "konsulat",
    "konjen",
    "duta besar",
    "dubes",
    "kedutaan besar",
    "kedubes",
    "ambassador",
    "embassy",
    "consulate",
    "consul general",
)

# Seats of government known by their own names, which hold no city (the city they stand in):
# "di Kompleks Kepatihan", "di Gedung Negara Grahadi", "di Griya Agung".
NAMED_VENUES: dict[str, str] = {
    "kepatihan": "Yogyakarta",
    "gedung sate": "Bandung",
    "gedung pakuan": "Bandung",
    "grahadi": "Surabaya",
    "puri gedeh": "Semarang",
    "griya agung": "Palembang",
    "istana bogor": "Bogor",
    "istana merdeka": "Jakarta",
    "istana negara": "Jakarta",
    "jayasabha": "Denpasar",
    "gedung lamin etam": "Samarinda",
}

# Universities whose names hold no city, by name and short form -> the city of their main
# campus: a venue on the campus ("di Gedung Rektorat Universitas Brawijaya") lies there.
# Only universities whose main campus is in one city the news names as such.
CAMPUS_CITIES: dict[str, str] = {
    "universitas syiah kuala": "Banda Aceh",
    "unsyiah": "Banda Aceh",
    "usk": "Banda Aceh",
    "universitas sumatera utara": "Medan",
    "usu": "Medan",
    "universitas andalas": "Padang",
    "unand": "Padang",
    "universitas riau": "Pekanbaru",
    "unri": "Pekanbaru",
    "universitas lampung": "Bandar Lampung",
    "unila": "Bandar Lampung",
    "universitas gadjah mada": "Yogyakarta",
    "ugm": "Yogyakarta",
    "universitas airlangga": "Surabaya",
    "unair": "Surabaya",
    "institut teknologi sepuluh nopember": "Surabaya",
    "its": "Surabaya",
    "universitas brawijaya": "Malang",
    "ub": "Malang",
    "universitas diponegoro": "Semarang",
    "undip": "Semarang",
    "universitas sebelas maret": "Surakarta",
    "uns": "Surakarta",
    "institut teknologi bandung": "Bandung",
    "itb": "Bandung",
    "institut pertanian bogor": "Bogor",
    "ipb": "Bogor",
    # main campuses outside the city they are named after
    "universitas jambi": "Muaro Jambi",
    "unja": "Muaro Jambi",
    "universitas indonesia": "Depok",
    "universitas hasanuddin": "Makassar",
    "unhas": "Makassar",
    "universitas sam ratulangi": "Manado",
    "unsrat": "Manado",
    "universitas mulawarman": "Samarinda",
    "unmul": "Samarinda",
    "universitas lambung mangkurat": "Banjarmasin",
    "ulm": "Banjarmasin",
    "universitas tanjungpura": "Pontianak",
    "untan": "Pontianak",
    "universitas tadulako": "Palu",
    "untad": "Palu",
    "universitas halu oleo": "Kendari",
    "uho": "Kendari",
    "universitas nusa cendana": "Kupang",
    "undana": "Kupang",
    "universitas pattimura": "Ambon",
    "unpatti": "Ambon",
    "universitas khairun": "Ternate",
    "unkhair": "Ternate",
    "universitas cenderawasih": "Jayapura",
    "uncen": "Jayapura",
}

# A head of region's title in a venue with no place named ("di ruang kerja Wali Kota", "di
# Pendopo Bupati"): the kind of region whose seat the venue is in.
HEAD_OFFICE_TITLES: dict[str, str] = {
    "bupati": "regency",
    "regent": "regency",
    "walikota": "city",
    "wali kota": "city",
    "mayor": "city",
    "gubernur": "province",
    "governor": "province",
}

# Words that lead to where a delegation went: "berkunjung ke X", "kunjungan kerja ke X",
# "mengunjungi X", "visited X" (the destination follows; "ke"/"to" after the first group).
VISIT_TO_WORDS: tuple[str, ...] = (
    "berkunjung",
    "kunjungan",
    "kunjungannya",
    "kunjungan kerja",
    "kunjungan kerjanya",
    "lawatan",
    "lawatannya",
    "bertolak",
    "bertandang",
    "datang",
    "visit",
    "trip",
    "came",
    "went",
    "travelled",
    "traveled",
)
VISIT_OBJECT_WORDS: tuple[str, ...] = ("mengunjungi", "menyambangi", "visited", "visiting")
# A visit noun may name its kind and its visitor before the destination ("kunjungan
# kenegaraan Presiden RI Joko Widodo (Jokowi) ke Singapura", "lawatan resmi Gubernur Bali
# ke Queensland"): the kind words it may carry, and the joints a visitor's name may hold.
VISIT_NOUNS: tuple[str, ...] = ("kunjungan", "lawatan", "visit", "trip")
VISIT_KINDS: tuple[str, ...] = (
    "kenegaraan",
    "resmi",
    "kerja",
    "dinas",
    "balasan",
    "kehormatan",
    "perdana",
    "bilateral",
    "state",
    "official",
    "working",
)
VISITOR_JOINTS: tuple[str, ...] = ("dan", "beserta", "bersama", "serta", "of", "by", "the")

# A host receiving visitors ("Pemkot Palu menerima kunjungan ...", "Wagub menerima Dubes"):
# unless a place phrase says otherwise, the visit was at the host region's seat.
HOSTING_WORDS: tuple[str, ...] = (
    "menerima kunjungan",
    "menerima kedatangan",
    "menerima rombongan",
    "menerima delegasi",
    "menerima audiensi",
    "menerima kunjungan kerja",
    "menyambut kedatangan",
    "menyambut kunjungan",
    "menyambut rombongan",
    "received a visit",
    "received a courtesy visit",
    "received a delegation",
    "welcomed a delegation",
)

# How a city's name is written as the place of an activity, by Kemendagri code, where the
# Kemendagri name differs from the city's own spelling ("Kota Pangkal Pinang" is
# Pangkalpinang) or the city is part of one the place names ("Jakarta Selatan" is Jakarta).
PLACE_SPELLINGS: dict[str, str] = {
    "14.71": "Pekanbaru",
    "19.71": "Pangkalpinang",
    "21.72": "Tanjungpinang",
    "31.71": "Jakarta",
    "31.72": "Jakarta",
    "31.73": "Jakarta",
    "31.74": "Jakarta",
    "31.75": "Jakarta",
    "62.71": "Palangka Raya",
}

# Words after which a country's name is a language ("berbahasa Indonesia, Jepang dan Inggris"):
# the names listed after them are languages, not places.
LANGUAGE_LEADS: frozenset[str] = frozenset(
    {"bahasa", "berbahasa", "dwibahasa", "multibahasa", "language", "languages"}
)

# How a meeting or signing is held at a distance; "secara virtual dari Balai Kota Pontianak":
# the place a party took part from.
ONLINE_WORDS: tuple[str, ...] = ("virtual", "daring", "online", "virtually", "hybrid")

# Words that open a "di ..." phrase of no place: a field ("di Bidang Energi", "di sektor
# pariwisata"), a frame ("di sela ...", "di tingkat ...", "di tengah ...").
NOT_PLACE_OPENERS: frozenset[str] = frozenset(
    "bidang sektor sela tingkat tengah rangka bawah atas antara hadapan depan".split()
)

# Verbs of inviting before a visit: the visit is still to come ("mengundang delegasi Pemkab X
# berkunjung ke Distrik Y"), its destination no place of what happened.
INVITE_WORDS: tuple[str, ...] = (
    "mengundang",
    "diundang",
    "undangan",
    "mengajak",
    "diajak",
    "invited",
    "invites",
    "invite",
)
