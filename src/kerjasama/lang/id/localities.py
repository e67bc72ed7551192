"""Frames that tell a foreign locality the gazetteer does not list: "Kota X, <Country>",
"Wali Kota X" beside a foreign country, "Pemerintah X (Provinsi Y, <Country>)"."""

# Form words before a city's name (case-insensitive), the longest first in the pattern.
CITY_FORMS: tuple[str, ...] = (
    "pemerintah kota",
    "pemerintahan kota",
    "pemkot",
    "kota",
    "city of",
    "municipality of",
    "wali kota",
    "walikota",
    "wakil wali kota",
    "wakil walikota",
    "executive mayor",
    "mayor of",
    "mayor",
    # a county or district abroad ("Kabupaten Yeongdeok", "distrik Jinning Provinsi Yunnan")
    "kabupaten",
    "distrik",
    "district of",
    "county of",
    # Malaysia's local councils ("Majlis Daerah Kudat", "Majlis Perbandaran Sibu")
    "majlis daerah",
    "majlis perbandaran",
    "majlis bandaraya",
    "dewan bandaraya",
)
# A city head's titles before its city's name ("Wali Kota Solo dan Yogyakarta": two cities),
# the longest first.
MAYOR_TITLES: tuple[str, ...] = (
    "wakil wali kota",
    "wakil walikota",
    "wali kota",
    "walikota",
    "mayor of",
)
# Form words before a first-level region's name.
REGION_FORMS: tuple[str, ...] = (
    "pemerintah provinsi",
    "pemerintah prefektur",
    "pemerintah negara bagian",
    "provinsi",
    "prefektur",
    "negara bagian",
    "state of",
    "province of",
    "prefecture of",
    "gubernur",
    "governor of",
    "governor",
    "region",
    "oblast",
)
# Words for a kind of place written before its name that are no government form ("Distrik
# Kathmandu", "Gemeente Westland"): a name after them does not run on from a person's.
PLACE_KIND_WORDS: tuple[str, ...] = ("distrik", "district", "county", "gemeente", "municipality")
# A bare government word: the locality it governs, a city unless the text says more.
BARE_FORMS: tuple[str, ...] = ("pemerintah", "pemda", "government of")
# Forms that are titles of a head: they are not part of the place's mention.
HEAD_TITLES: frozenset[str] = frozenset(
    """wali kota|walikota|wakil wali kota|wakil walikota|executive mayor|mayor of|mayor|gubernur|
    governor of|governor""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# Government forms reported in the hit, as the gazetteer reports them.
HIT_FORMS: dict[str, str] = {
    "pemerintah kota": "pemkot",
    "pemerintahan kota": "pemkot",
    "pemkot": "pemkot",
    "kota": "kota",
    "city of": "kota",
    "municipality of": "kota",
    "pemerintah provinsi": "pemprov",
    "pemerintah prefektur": "pemprov",
    "pemerintah negara bagian": "pemprov",
    "provinsi": "provinsi",
    "prefektur": "provinsi",
    "negara bagian": "provinsi",
    "state of": "provinsi",
    "province of": "provinsi",
    "prefecture of": "provinsi",
    "pemerintah": "pemerintah",
    "pemda": "pemerintah",
    "government of": "pemerintah",
}
# Capitalised words that follow "Kota" without naming a town ("Kota Tua", "Kota Layak Anak"),
# and words that begin no place name ("Kedutaan Besar Belanda").
NOT_PLACE_WORDS: frozenset[str] = frozenset(
    """tua lama baru layak sehat kreatif pintar cerdas kembar bersaudara persahabatan sahabat mandiri wisata pahlawan
    santri hijau dunia global tepian raja industri terlarang metropolitan administrasi madya
    satelit besar kecil hantu pelajar budaya pusaka pusat ibu terbaik terbersih terindah
    republik kerajaan negara pemerintah kedutaan konsulat kementerian menteri presiden perdana
    duta dubes konsul besar jenderal provinsi kota kabupaten kabupatan distrik desa kampung
    timur barat utara selatan tengah senin selasa rabu kamis jumat sabtu minggu januari
    februari maret april mei juni juli agustus september oktober november desember the of
    international internasional universitas university bank pt asosiasi kamar the sister city
    mou loi sekretaris sekda bupati gubernur wali walikota mayor governor wakil ketua kepala
    direktur rektor tim delegasi rombongan bapak ibu pak bu dr prof ir drs hj kh federal pusat
    nasional daerah negeri persatuan rakyat islam demokratik pulau island yakni yaitu ini itu
    tersebut misalnya seperti termasuk berdasarkan countries nations cities american latin
    nusantara indonesia""".split()
)

# Words of a twin-town story: in a story that has one, "Wali Kota X" or "Pemerintah Kota X" with a
# town the gazetteer does not know (no Indonesian region has its name) is a foreign town, even
# where the text never names its country.
TWIN_TOWN_CUES: tuple[str, ...] = (
    "sister city",
    "sister cities",
    "sister-city",
    "twin city",
    "twin cities",
    "twinning",
    "kota kembar",
    "kota bersaudara",
    "kota persahabatan",
    "kota sahabat",
    "friendship city",
    "friendship cities",
)
# Frames of a town's own government or head, for that reading.
TWIN_TOWN_FRAMES: tuple[str, ...] = (
    "wali kota",
    "walikota",
    "wakil wali kota",
    "wakil walikota",
    "pemerintah kota",
    "pemkot",
    "mayor of",
    "city of",
)
