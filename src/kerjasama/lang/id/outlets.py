"""News outlets and the words that name them in datelines, credits and copyright lines."""

# Lower-case form as found -> name as the record shows it.
OUTLETS: dict[str, str] = {
    "antara": "ANTARA",
    "antaranews": "ANTARA",
    "antara news": "ANTARA",
    "antaranews.com": "ANTARA",
    "kompas": "Kompas",
    "kompas.com": "Kompas",
    "tempo": "Tempo",
    "detik": "detikcom",
    "detikcom": "detikcom",
    "republika": "Republika",
    "tribun": "Tribun",
    "tribunnews": "Tribun",
    "bisnis": "Bisnis Indonesia",
    "cnn indonesia": "CNN Indonesia",
    "kumparan": "kumparan",
    "jpnn": "JPNN",
    "suara": "Suara",
    "merdeka": "Merdeka",
    "infopublik": "InfoPublik",
    "rri": "RRI",
}

# Words that open a related-article line.
RELATED_LEADS = ("baca juga", "simak juga", "lihat juga", "read also", "also read", "baca:")
# Headers of a block of related or popular articles' titles below the story ("Berita
# Terkait" and a title on each line).
RELATED_HEADERS: frozenset[str] = frozenset(
    """berita terkait|artikel terkait|berita lainnya|artikel lainnya|baca juga|simak juga|
    berita populer|terpopuler|berita terpopuler|rekomendasi|pilihan redaksi|berita pilihan|
    related post|related posts|related news|related articles|more stories|most popular|tag|tags|
    trending""".replace("\n", "").split("|")
)
# Leads of a tag line ("Tags: kerja sama, MoU, Pemprov Bali"): the page's labels, no story.
TAG_LEADS: tuple[str, ...] = ("tags:", "tag:", "topik:", "kata kunci:", "keywords:", "tagar:")

# Words that open or close a photo caption line.
CAPTION_LEADS = ("foto:", "foto :", "ilustrasi", "keterangan foto", "caption:", "photo:")
PHOTO_CREDIT_PREFIXES = ("antara/", "antara foto/", "(antara/", "(foto:", "foto/", "(foto ")

# Lines of page furniture marked as credit: copyright and relayed-from lines.
COPYRIGHT_WORDS = ("copyright", "hak cipta", "©")
RELAYED_LEADS = ("dilansir dari", "sumber:", "source:")
# A page's share bar above the story ("Bagikan: Facebook Twitter WhatsApp"): two or more of
# these, or a line opening with a share word.
SHARE_NETWORKS: frozenset[str] = frozenset(
    "facebook twitter whatsapp telegram linkedin pinterest line email e-mail x".split()
)
SHARE_LEADS: tuple[str, ...] = ("bagikan", "share", "sebarkan")
# Words that open a byline above the story ("Oleh Andi, Wartawan", "Reporter: Andi").
BYLINE_LEADS: frozenset[str] = frozenset(
    "oleh by penulis reporter wartawan pewarta editor kontributor laporan redaktur".split()
)

# Credit tags that are not an outlet ("(*)" is the end mark of a press release).
CREDIT_END_MARKS = ("*", "**", "adv", "ant", "hms")

# Words that open the name of a building or venue ("di Gedung Sate, Bandung").
VENUE_WORDS: frozenset[str] = frozenset(
    """
    gedung kantor ruang balai aula kompleks komplek pendopo pendapa wisma hotel convention
    centre center auditorium graha istana rumah rumdin rujab rumjab lapangan taman stadion
    pelabuhan bandara
    kampus universitas sekretariat markas mako gor hall city office ballroom
    """.split()
)

# Names after "di" that are islands or larger regions, never the city of an event.
NOT_A_CITY: frozenset[str] = frozenset(
    """
    kalimantan borneo sumatera sumatra jawa java sulawesi celebes nusa indonesia asia eropa
    europe afrika africa amerika america australia pasifik timur tengah tanah air nusantara
    """.split()
)

# Pieces of outlet names: a lone dateline word holding one ("TPOST", "KABARMAKASSAR",
# "MMC KOBAR") names the outlet, not a town.
OUTLET_WORD_PARTS: tuple[str, ...] = (
    "post",
    "pos",
    "news",
    "times",
    "media",
    "online",
    "politik",
    "mmc",
    "info",
    "metro",
    "pers",
    "tv",
    "fm",
    "radio",
    "koran",
    "harian",
    "kabar",
    "warta",
    "berita",
    "suara",
    "today",
    "kota",
    "daily",
    "ekspres",
    "express",
    "humas",
    "dinas",
    "kominfo",
    "rapat",
    "klik",
    "portal",
    "channel",
    "inside",
    "terkini",
    "jurnal",
    "tribun",
    "radar",
    "gazette",
    "pikiran",
    "dikpora",
)

# Rubric words that open a line the way a dateline does ("NASIONAL –", "EKONOMI -").
RUBRICS: frozenset[str] = frozenset(
    """
    nasional internasional daerah regional ekonomi bisnis politik hukum olahraga pemerintahan
    pendidikan kesehatan wisata pariwisata budaya opini berita home beranda advertorial
    """.split()
)
