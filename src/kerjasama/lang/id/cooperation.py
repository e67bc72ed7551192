"""Words that signal cooperation, its instruments, its stages, and what is not government cooperation."""

# Words that mark a sentence as talking about cooperation.
COOPERATION_CUES: tuple[str, ...] = (
    "kerja sama",
    "kerjasama",
    "bekerja sama",
    "bekerjasama",
    "kemitraan",
    "bermitra",
    "sister city",
    "sister province",
    "sister-city",
    "sister-province",
    "sisterhood",
    "kota kembar",
    "provinsi kembar",
    "kota bersaudara",
    "kota persahabatan",
    "kota sahabat",
    "provinsi persahabatan",
    "friendship city",
    "friendship cities",
    "sister state",
    "sister states",
    "mou",
    "nota kesepahaman",
    "memorandum",
    "letter of intent",
    "loi",
    "pernyataan kehendak",
    "kesepakatan bersama",
    "perjanjian kerja sama",
    "pks",
    "penandatanganan",
    "menandatangani",
    "meneken",
    "teken",
    "cooperation",
    "partnership",
    "agreement",
    "menjajaki",
    "penjajakan",
    "peluang kerja sama",
    "kolaborasi",
    "berkolaborasi",
    "implementing arrangement",
    "moa",
    "joint program",
    "joint programme",
    "program bersama",
    "memorandum of understanding",
    "sister province",
    "twin city",
    "twinning",
    "sister cities",
    "twin cities",
    "misi dagang",
    "nota kesepakatan",
    "perjanjian kerjasama",
    "ditandatangani",
    "menandatangan",
    "penandatangan",
    "kerja-sama",
    "sepakat",
    "menyepakati",
    # "Pemkab X Gandeng PT Y": teaming up; "mengandeng" is its common misspelling
    "gandeng",
    "menggandeng",
    "mengandeng",
    "digandeng",
    # the verb's affixed forms: "banyak hal yang bisa dikerjasamakan"
    "dikerjasamakan",
    "mengerjasamakan",
    "kerjasamakan",
)

# Instrument words, most specific first; keys as in domain.md.
INSTRUMENT_WORDS: dict[str, tuple[str, ...]] = {
    "loi": (
        "letter of intent",
        "letter of interest",
        "pernyataan kehendak",
        "surat pernyataan minat",
        "pernyataan minat",
        "memorandum of intent",
        "letter of intention",
        "moi",
        "loi",
    ),
    "agreement": (
        "perjanjian kerja sama",
        "perjanjian kerjasama",
        "pks",
        "memorandum of agreement",
        "moa",
        "implementing arrangement",
        "kontrak kerja sama",
        "perjanjian",
        "cooperation agreement",
        "agreement",
        # Implementing documents signed under a cooperation: work plans, minutes, mandates.
        "rencana kerja tahunan",
        "rencana kegiatan tahunan",
        "rencana kerja lima tahun",
        "rencana kerja multi tahunan",
        "rencana kerja sama multi tahunan",
        "rencana kerja multitahun",
        "rencana pelaksanaan program",
        "rencana aksi bersama",
        "annual work plan",
        "work plan",
        "joint work plan",
        "minutes of meeting",
        "surat kuasa khusus",
        "rkt",
    ),
    "mou": (
        "memorandum of understanding",
        "nota kesepahaman",
        "nota kesefahaman",
        "nota kesepakatan",
        "memorandum kesepahaman",
        "memorandum saling pengertian",
        "kesepakatan bersama",
        "kesepakatan antar daerah",
        "kesepakatan antardaerah",
        "kesepakatan kerja sama",
        "kesepakatan kerjasama",
        "joint agreement",
        "mutual agreement",
        "kesber",
        "mou",
        "memorandum",
    ),
}

# Action words, per action key, as in domain.md's table.
ACTION_WORDS: dict[str, tuple[str, ...]] = {
    "sign": (
        "penandatanganan",
        "menandatangani",
        "ditandatangani",
        "meneken",
        "diteken",
        "teken",
        "menekan nota",
        "signed",
        "signing",
        "sign",
        "tanda tangan",
    ),
    "review": (
        "evaluasi",
        "perpanjangan",
        "memperpanjang",
        "diperpanjang",
        "meninjau ulang",
        "tinjau ulang",
        "peninjauan",
        "berakhir",
        "pemutusan",
        "mengakhiri",
        "pembatalan",
        "membatalkan",
        "dibatalkan",
        "terminate",
        "terminated",
        "termination",
        "pembaruan",
        "memperbarui",
        "review",
        "renewal",
        "renew",
        "extend",
        "extension",
        "evaluate",
        "evaluation",
        "expire",
        "expired",
        "perpanjang",
        "diperbaharui",
        "memperbaharui",
        "pembaharuan",
        "meninjau kembali",
        "ditinjau kembali",
        "ditinjau ulang",
        "dievaluasi",
        "mengevaluasi",
        "monitoring",
        "monev",
        "pemantauan",
        "capaian",
        "masa berlaku",
        "habis masa",
        "kedaluwarsa",
        "kadaluarsa",
        "kadaluwarsa",
        "dioptimalkan kembali",
        "mengoptimalkan kembali",
        "optimalisasi kembali",
        "dihidupkan kembali",
        "menghidupkan kembali",
        "diaktifkan kembali",
        "mengaktifkan kembali",
        "reaktivasi",
        "revitalisasi",
        "revive",
        "revived",
        "renewed",
        "extended",
        "hidupkan kembali",
        "menghidupkan lagi",
        "dihidupkan lagi",
        "hidupkan lagi",
        "aktifkan kembali",
        "revitalize",
        "revitalise",
        "nilai manfaat",
        "rekapitulasi",
    ),
    "implement": (
        "tindak lanjut",
        "menindaklanjuti",
        "pelaksanaan",
        "implementasi",
        "realisasi",
        "merealisasikan",
        "misi dagang",
        "pertukaran",
        "mengirim",
        "program",
        "implementation",
        "implement",
        "exchange",
        "carry out",
        "follow-up",
        "follow up",
    ),
    "negotiate": (
        "pembahasan",
        "membahas draf",
        "draf",
        "draft",
        "rancangan",
        "naskah",
        "rapat teknis",
        "persetujuan dprd",
        "persetujuan",
        "harmonisasi",
        "finalisasi",
        "menyetujui",
        "disetujui",
        "negosiasi",
        "negotiate",
        "negotiation",
    ),
    "explore": (
        "penjajakan",
        "menjajaki",
        "pertemuan",
        "audiensi",
        "kunjungan",
        "fgd",
        "focus group discussion",
        "membuka peluang",
        "peluang",
        "tawaran",
        "menawarkan",
        "rencana",
        "berencana",
        "potensi",
        "courtesy call",
        "explore",
        "visit",
        "meeting",
    ),
}

# Signals that a signing lies in the future (then the action is negotiate, not sign).
PLANNED_CUES: tuple[str, ...] = (
    "akan",
    "bakal",
    "rencananya",
    "direncanakan",
    "dijadwalkan",
    "mendatang",
    "segera",
    "will",
    "scheduled",
    "planned",
    "diharapkan",
    "ditargetkan",
    "menuju",
    "dapat",
    "bisa",
    "sebelum",
    "nantinya",
    "persiapan",
    "mempersiapkan",
    "menyiapkan",
    "menjadwalkan",
    "rencana",
    "sepakat untuk",  # agreed to sign: not signed yet
    "bersepakat untuk",
    "targetnya",
    "target",
    "would",
    "to be",
    "prior to",
    "before",
    "ahead of",
    "preparation",
)

# Sign words as stems with their affixes and the typos real pages carry
# ("ditandantangani", "penandatangan", "menandatanganinya"), as regular expressions.
SIGN_STEMS: tuple[str, ...] = (
    r"(?:di|me|pe)?[tn]anda\s?n?-?\s?tangan(?:an|i|kan)?(?:nya)?",
    r"(?:di|me|pe)?[tn]andatan?a?ng[a-z]{0,6}",  # typos: "ditandatanginya", "menandatanangi"
    r"(?:di|me|men)?teken(?:nya)?",
    r"meneken(?:nya)?",
    r"sign(?:ed|ing|s)?",
    r"(?:di|me)?tuangkan",
)

# Verbs of witnessing whose object, a document, tells that it was signed ("Presiden
# menyaksikan empat nota kesepahaman"): a signing, though no signing verb is written.
WITNESS_VERBS: tuple[str, ...] = ("menyaksikan", "witnessed", "witnessing")
# Verbs of an outcome whose object is a document ("kunjungan itu melahirkan kesepakatan
# bersama", "the visit produced an MoU"): the document was concluded, as a witnessed one was.
OUTCOME_VERBS: tuple[str, ...] = (
    "menghasilkan",
    "melahirkan",
    "membuahkan",
    "produced",
    "yielded",
    "resulted in",
)

# Words just after a nominal signing that put it in the future ("penandatanganan
# direncanakan"), and auxiliaries that do so before a verb of taking place ("akan dilakukan").
PLANNED_AFTER_CUES: tuple[str, ...] = (
    "rencananya",
    "direncanakan",
    "dijadwalkan",
    "mendatang",
    "nantinya",
    "ditargetkan",
    "is scheduled",
    "is planned",
)
FUTURE_AUXILIARIES: tuple[str, ...] = ("akan", "bakal", "segera", "will", "would", "is to")
TAKE_PLACE_VERBS: tuple[str, ...] = (
    "dilakukan",
    "dilaksanakan",
    "digelar",
    "diadakan",
    "berlangsung",
    "diselenggarakan",
    "take place",
    "be held",
    "happen",
)
# Words before a nominal signing that report it as done ("usai melakukan penandatanganan").
DEED_CUES: tuple[str, ...] = (
    "melakukan",
    "dilakukan",
    "melaksanakan",
    "dilaksanakan",
    "usai",
    "seusai",
    "setelah",
    "sesudah",
    "telah",
    "sudah",
    "resmi",
    "menyaksikan",
    "disaksikan",
    "acara",
    "prosesi",
    "seremoni",
    "ditandai",
    "berupa",
    "melalui",
    "after",
    "held",
)

# Words before a signing that make it only hoped for (no text yet: explore, not negotiate).
HOPE_CUES: tuple[str, ...] = (
    "berharap",
    "diharapkan",
    "harapannya",
    "harapan",
    "semoga",
    "mudah-mudahan",
    "ingin",
    "menginginkan",
    "mengajak",
    "mengundang",
    "menawarkan",
    "upayakan",
    "mengupayakan",
    "diupayakan",
    "berupaya",
    "hope",
    "hopes",
    "hoped",
    "expected",
    "wish",
    # a signing "soon" is hoped for, not scheduled (domain.md: explore, no instrument)
    "segera",
    "secepatnya",
    "soon",
    # "kelak", "suatu saat": some day, no more than a hope
    "kelak",
    "suatu saat",
    "someday",
    "might",
)

# Words that open a purpose clause: a signing after them is still to come.
PURPOSE_CUES: tuple[str, ...] = ("guna", "agar", "supaya", "in order to", "so that")

# Words before a signing that make it a not-yet one ("belum ditandatangani").
NOT_YET_CUES: tuple[str, ...] = ("belum", "not yet", "has not", "have not")

# Words before a signing, in its clause, that make it background: an earlier document.
BACKGROUND_CUES: tuple[str, ...] = (
    "sejak",
    "sebelumnya",
    "pernah",
    "dulu",
    "dahulu",
    "silam",
    "telah ada",
    "sudah ada",
    "selama ini",
    "previously",
    "earlier",
    "since",
    "once",
)

# Openers that make a whole sentence a reminder of what is known ("Seperti diketahui, pada
# ... lalu, kedua gubernur telah menandatangani ..."): a signing told there is background.
REMINDER_OPENERS: tuple[str, ...] = (
    "seperti diketahui",
    "sebagaimana diketahui",
    "seperti yang diketahui",
    "untuk diketahui",
    "perlu diketahui",
    "as is known",
    "as previously reported",
)

# Implement words that name a cooperation activity in themselves, with or without a document
# spoken of (a trade mission between regions is carried out, domain.md); the other implement
# words ("program", "pertukaran") count only where a document is named.
IMPLEMENT_ACTIVITIES: tuple[str, ...] = ("misi dagang", "trade mission")

# Words that tell of a cooperation already in place, with no document named: what is done
# under it carries it out ("sebagai tindak lanjut kerja sama kedua kota", "mempererat kerja
# sama sister city", "kick-off meeting Program Kerjasama"); a programme alone may be offered.
EXISTING_COOPERATION_CUES: tuple[str, ...] = (
    "tindak lanjut kerja sama",
    "tindak lanjut kerjasama",
    "tindak lanjut dari kerja sama",
    "tindak lanjut dari kerjasama",
    "menindaklanjuti kerja sama",
    "menindaklanjuti kerjasama",
    "kerja sama yang telah",
    "kerjasama yang telah",
    "kerja sama yang sudah",
    "kerjasama yang sudah",
    "kerja sama yang selama ini",
    "kerjasama yang selama ini",
    "mempererat kerja sama",
    "mempererat kerjasama",
    "pererat kerja sama",
    "pererat kerjasama",
    "kick-off",
    "kick off",
    "existing cooperation",
    "follow-up of the cooperation",
)

# A twinning (sister city or province) told as already formed: the MoU that formed it is in
# force and what is reported carries it out ("has established sister province relationships
# with", "sudah lama menjalin sister city dengan").
TWINNING_WORDS: tuple[str, ...] = (
    "sister city",
    "sister cities",
    "sister province",
    "sister provinces",
    "sister-city",
    "sister-province",
    "kota kembar",
    "provinsi kembar",
    "kota bersaudara",
    "provinsi bersaudara",
)
FORMED_CUES: tuple[str, ...] = (
    "has established",
    "have established",
    "had established",
    "has been established",
    "have been established",
    "have been formed",
    "has been formed",
    "has formed",
    "have formed",
    "telah menjalin",
    "sudah menjalin",
    "telah terjalin",
    "sudah terjalin",
    "telah resmi",
)

# Review words that renew or extend a document: once a new text is signed, the report is of
# a signing (a signed renewal is sign, domain.md).
RENEWAL_WORDS: tuple[str, ...] = (
    "perpanjangan",
    "memperpanjang",
    "diperpanjang",
    "perpanjang",
    "pembaruan",
    "memperbarui",
    "diperbarui",
    "pembaharuan",
    "memperbaharui",
    "diperbaharui",
    "renewal",
    "renew",
    "renewed",
    "extend",
    "extended",
    "extension",
)

# Words after a signing that date it in the past ("ditandatangani tahun lalu").
PAST_AFTER_CUES: tuple[str, ...] = (
    "tahun lalu",
    "tahun silam",
    "tahun-tahun lalu",
    "beberapa tahun",
    "last year",
    "years ago",
    "sejak",
    "since",
)

# Words that make an approval or discussion a step towards a document (negotiate).
APPROVAL_BODIES: tuple[str, ...] = (
    "dprd",
    "dewan perwakilan rakyat daerah",
    "paripurna",
    "kemendagri",
    "kementerian dalam negeri",
    "kemenlu",
    "kementerian luar negeri",
    "regional parliament",
)
DRAFT_WORDS: tuple[str, ...] = (
    "draf",
    "draft",
    "drafting",
    "rancangan",
    "naskah",
    "konsep",
    "harmonisasi",
    "finalisasi",
)

# Words that make a partnership foreign even when its partner is not recognised as such:
# the diplomats and missions that broker foreign cooperation (twin-city words are not
# enough: Indonesian cities twin with each other too).
FOREIGN_SCOPE_CUES: tuple[str, ...] = (
    "kerja sama luar negeri",
    "kerjasama luar negeri",
    "kbri",
    "kjri",
    "duta besar",
    "dubes",
    "konsul jenderal",
    "konjen",
    "kedutaan",
    "konsulat",
    "embassy",
    "consulate",
    "ambassador",
    "consul general",
)

# Words of a visit or an audience (a courtesy call, a diplomat received by a region's head):
# cooperation is often only spoken of there; an input of the story model, not a rule.
VISIT_CUES: tuple[str, ...] = (
    "kunjungan",
    "kunjungan kehormatan",
    "kunjungan kerja",
    "berkunjung",
    "mengunjungi",
    "menerima kunjungan",
    "audiensi",
    "beraudiensi",
    "silaturahmi",
    "silaturahim",
    "bersilaturahmi",
    "lawatan",
    "melawat",
    "bertandang",
    "disambut",
    "menyambut",
    "bertemu",
    "courtesy call",
    "courtesy visit",
    "visit",
    "visits",
    "received",
    "met with",
)

# Words of a region exploring a partnership: sounding a partner out, discussing or offering
# cooperation, inviting one to join. Where a cooperation sentence uses one, the story is about
# a partnership in the making (action "explore"), not cooperation mentioned in passing.
EXPLORE_CUES: tuple[str, ...] = (
    "menjajaki",
    "penjajakan",
    "dijajaki",
    "menjajagi",
    "penjajagan",
    "membahas peluang",
    "membahas rencana kerja sama",
    "membahas rencana kerjasama",
    "membahas kerja sama",
    "membahas kerjasama",
    "membuka peluang kerja sama",
    "membuka peluang kerjasama",
    "peluang kerja sama",
    "peluang kerjasama",
    "menawarkan kerja sama",
    "menawarkan kerjasama",
    "tawaran kerja sama",
    "tawaran kerjasama",
    "mengajak kerja sama",
    "mengajak bekerja sama",
    "menggagas kerja sama",
    "rencana kerja sama",
    "rencana kerjasama",
    "explore cooperation",
    "exploring cooperation",
    "explore opportunities",
    "exploring opportunities",
    "explore collaboration",
    "discuss cooperation",
    "discussed cooperation",
)

# Words that make several partners one joint document, or separate documents.
JOINT_CUES: tuple[str, ...] = (
    "satu naskah",
    "satu dokumen",
    "tiga pihak",
    "empat pihak",
    "tripartit",
    "tripartite",
    "bersama-sama",
    "sekaligus",
    "secara bersama",
    "jointly",
    "one document",
    "multipihak",
)
# Regions counted as the subject of one signing ("Sebanyak 11 kabupaten melakukan
# penandatanganan MoU", "lima provinsi menandatangani kesepakatan bersama"): one document
# among them, even where each head signs ("bupati masing-masing kabupaten").
COUNTED_SIGNERS: tuple[str, ...] = (
    "kabupaten",
    "kota",
    "kabupaten/kota",
    "daerah",
    "provinsi",
    "pemda",
)
SEPARATE_CUES: tuple[str, ...] = (
    "masing-masing",
    "secara terpisah",
    "terpisah",
    "separately",
    "respectively",
)

# Words around a ministry that make it a facilitator rather than a party.
FACILITATION_CUES: tuple[str, ...] = (
    "fasilitasi",
    "difasilitasi",
    "memfasilitasi",
    "menyaksikan",
    "disaksikan",
    "dihadiri",
    "menghadiri",
    "diselenggarakan",
    "menggelar",
    "dilakukan oleh",
    "facilitated",
    "witnessed",
    "hosted",
    "organised",
    "organized",
)
# Words that follow a partner at the head of its own sentence and open its fields ("Provinsi
# Bali untuk bidang pariwisata. Provinsi Kalbar tentang perdagangan."): after a count of
# partners, such sentences name them one by one.
FIELD_LEADS: tuple[str, ...] = (
    "untuk",
    "bidang",
    "di bidang",
    "dalam bidang",
    "tentang",
    "terkait",
    "mengenai",
    "for",
    "on",
)
# Words that may open such a sentence before its partner ("Kerjasama dengan Provinsi X
# untuk ...", "Juga dilakukan Provinsi Y bidang ...").
FIELD_SENTENCE_OPENERS: tuple[str, ...] = (
    "kerja sama",
    "kerjasama",
    "dengan",
    "bersama",
    "with",
    "dilakukan",
    "dijalin",
    "juga",
)
# Words that open a list of partners ("dengan tiga provinsi, yakni A, B, dan C").
LIST_LEADS: tuple[str, ...] = ("yakni", "yaitu", "adalah", "meliputi", "namely", "including")
# Words before such a list that make its members the places a programme reaches, not the
# signatories ("lima kabupaten yang menjadi lokasi program adalah A, B, C").
LIST_PLACE_CUES: frozenset[str] = frozenset(
    """lokasi sasaran penerima tujuan locations location beneficiaries percontohan pilot
    pelaksana""".split()
)
# Words that make what follows them neighbours, not partners: "berbatasan langsung dengan A,
# B dan C" names the regions around one, whatever the "dengan".
NEIGHBOUR_WORDS: frozenset[str] = frozenset(
    "berbatasan bersebelahan berdekatan bertetangga dekat berdampingan bordering borders".split()
)
# Words before "dengan" that make it no partner's link: "bertepatan dengan kunjungan ...",
# "sesuai dengan", "seiring dengan".
NOT_A_PARTNER_DENGAN: frozenset[str] = frozenset(
    "bertepatan bersamaan sesuai sejalan seiring selaras berkaitan sehubungan".split()
)
# Words before "oleh" that make the region an owner, not a party: "BUMD yang dimiliki oleh
# Pemprov X".
OWNER_WORDS: frozenset[str] = frozenset("dimiliki dikuasai owned".split())
# Words that name an owner right before it, with no "oleh" ("BUMD milik Pemprov X").
OWNER_BEFORE: frozenset[str] = frozenset("milik kepunyaan".split())
# Words that count things: "enam kabupaten", "belasan kota", "seluruh provinsi"; on English
# pages "four provinces".
COUNT_WORDS: frozenset[str] = frozenset(
    """dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belasan puluhan
    beberapa sejumlah seluruh semua berbagai
    two three four five six seven eight nine ten eleven twelve several""".split()
)
# Nouns of regions counted after "di" ("di enam kabupaten di Bali ..., yaitu A, B"): the list
# that follows names where something happens, not who signs.
AREA_COUNT_NOUNS: tuple[str, ...] = (
    "kabupaten/kota",
    "kabupaten",
    "kota",
    "provinsi",
    "daerah",
    "wilayah",
    "kecamatan",
    "desa",
)

# Police and military bodies and their heads, as the actors a headline or lead names first:
# with no regional government acting there, their cooperation is not the region's.
SECURITY_ACTORS: tuple[str, ...] = (
    "polda",
    "polres",
    "polresta",
    "polrestabes",
    "polsek",
    "kepolisian",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolsek",
    "polisi",
    "tni",
    "kodam",
    "korem",
    "kodim",
    "pangdam",
    "danrem",
    "dandim",
    "lanud",
    "danlanud",
    "lantamal",
    "danlantamal",
    "police",
)
# A regional government acting: its form or its head's title.
GOVERNMENT_ACTORS: tuple[str, ...] = (
    "pemprov",
    "pemkab",
    "pemkot",
    "pemda",
    "pemerintah provinsi",
    "pemerintah kabupaten",
    "pemerintah kota",
    "pemerintah daerah",
    "gubernur",
    "wagub",
    "bupati",
    "wabup",
    "wali kota",
    "walikota",
    "wawali",
    "sekda",
    "sekretaris daerah",
    # a region's own services act for it ("Dinas Kehutanan Provinsi X")
    "dinas",
    "bappeda",
    "setda",
    "governor",
    "regent",
    "mayor",
)
# Words before a head's title that make it an office contested, not a head acting
# ("Pemilihan Bupati", "calon wali kota").
CONTEST_LEADS: frozenset[str] = frozenset("pemilihan calon pilkada".split())

# Verbs of a headline's speaker ("Gubernur Minta Optimalkan ..."): the head speaks of a deal,
# does not sign it.
APPEAL_VERBS: frozenset[str] = frozenset(
    """minta meminta harap berharap ajak mengajak dorong mendorong imbau mengimbau apresiasi
    mengapresiasi ingatkan mengingatkan tegaskan sebut nilai menilai sambut menyambut""".split()
)

# Words of a grant (hibah, NPHD): a grant is not a cooperation agreement. A story is about one
# where its headline or lead speaks of it, or its text often does.
GRANT_WORDS: tuple[str, ...] = (
    "hibah",
    "nphd",
    "naskah perjanjian hibah",
    "grant",
    "grants",
    "dana bantuan",
)
GRANT_STORY_MENTIONS = 5

# Words of a boundary between regions being settled (penegasan batas, a Permendagri on it): an
# administrative act, not a cooperation, where the headline or lead speaks of it and names no
# cooperation document there.
BOUNDARY_WORDS: tuple[str, ...] = (
    "tapal batas",
    "batas daerah",
    "batas wilayah",
    "penegasan batas",
    "sengketa batas",
    "segmen batas",
)
# A document's name read as minutes of the settlement, not a cooperation document.
MINUTES_WORDS: tuple[str, ...] = ("berita acara",)

# Topics that make an article not a government-cooperation story.
NEGATIVE_CUES: dict[str, tuple[str, ...]] = {
    "security_forces": (
        "polda",
        "polres",
        "polri",
        "kepolisian",
        "kapolda",
        "kapolres",
        "tni",
        "kodam",
        "korem",
        "pangdam",
        "lanud",
        "lantamal",
        "militer",
        "police",
        "military",
    ),
    "election": (
        "pemilu",
        "pilkada",
        "pilgub",
        "pilbup",
        "pilwalkot",
        "kpu",
        "bawaslu",
        "pencoblosan",
        "election",
        "calon gubernur",
        "calon bupati",
        "calon wali kota",
        "partai",
        "parpol",
        "koalisi",
        "kampanye",
        "rakernas",
        "rakornas partai",
    ),
    "sports": (
        "kejuaraan",
        "turnamen",
        "pertandingan",
        "liga",
        "atlet",
        "pesilat",
        "championship",
        "tournament",
        "piala",
        "cup",
    ),
    "company_only": ("antarperusahaan", "business to business", "b2b"),
    # Events about cooperation rather than cooperation: a comparative-study visit (learning
    # how another region cooperates), a coordination meeting, a socialisation or training, an
    # award. Counted only where no instrument is spoken of (an MoU signed at a coordination
    # meeting is cooperation); meetings not where they are held with a partner abroad.
    "study": (
        "studi banding",
        "studi komparasi",
        "benchmarking",
        "comparative study",
        "to study",
        "mempelajari",
    ),
    # A national day or anniversary attended (a foreign country's, a region's): a ceremony
    # where cooperation is only wished for. Counted only where no instrument is spoken of.
    "ceremony": (
        "hut",
        "hari ulang tahun",
        "hari kemerdekaan",
        "hari nasional",
        "national day",
        "independence day",
        "resepsi diplomatik",
    ),
    "event": (
        "rapat koordinasi",
        "rakor",
        "sosialisasi",
        "bimtek",
        "bimbingan teknis",
        "workshop",
        "lokakarya",
        "penghargaan",
        "award",
    ),
}


# A document named again after the story has told of one ("Perjanjian pertama antara A dan
# B", "Kesepakatan tersebut meliputi ..."): a bare document noun with a word that points back.
BACK_REFERENCE_NOUNS: tuple[str, ...] = (
    "perjanjian",
    "kesepakatan",
    "nota",
    "naskah",
    "dokumen",
    "agreement",
    "memorandum",
)
BACK_REFERENCE_WORDS: tuple[str, ...] = (
    "pertama",
    "kedua",
    "ketiga",
    "keempat",
    "kelima",
    "tersebut",
    "itu",
    "ini",
    "lainnya",
    "berikutnya",
    "selanjutnya",
    "first",
    "second",
    "third",
)


# Words before a signing that make the report its follow-up ("tindak lanjut dari
# penandatanganan MoU"): the signing was before, the activity told carries it out.
FOLLOW_UP_OF: tuple[str, ...] = (
    "tindak lanjut",
    "tindak lanjut dari",
    "tindaklanjut",
    "menindaklanjuti",
    "follow-up to",
    "follow-up of",
    "follow up to",
    "following up",
)
# What a signing may be of that is an approval, not the cooperation's document ("penandatanganan
# berita acara persetujuan kerja sama" in a council's plenary): negotiation.
APPROVAL_DOCUMENTS: tuple[str, ...] = (
    "berita acara persetujuan",
    "persetujuan bersama",
    "keputusan dprd",
    "surat persetujuan",
)
