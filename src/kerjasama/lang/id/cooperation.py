"""Words that signal cooperation, its instruments, its stages, and what is not government cooperation."""

# Words that mark a sentence as talking about cooperation.
COOPERATION_CUES: tuple[str, ...] = (
    "kerja sama", "kerjasama", "bekerja sama", "bekerjasama", "kemitraan", "bermitra",
    "sister city", "sister province", "sister-city", "sister-province", "sisterhood",
    "kota kembar", "provinsi kembar", "kota bersaudara", "mou", "nota kesepahaman",
    "memorandum", "letter of intent", "loi", "pernyataan kehendak", "kesepakatan bersama",
    "perjanjian kerja sama", "pks", "penandatanganan", "menandatangani", "meneken", "teken",
    "cooperation", "partnership", "agreement", "menjajaki", "penjajakan", "peluang kerja sama",
    "kolaborasi", "berkolaborasi", "implementing arrangement", "moa", "joint program",
    "joint programme", "program bersama", "memorandum of understanding", "sister province",
    "twin city", "twinning",
)

# Instrument words, most specific first; keys as in domain.md.
INSTRUMENT_WORDS: dict[str, tuple[str, ...]] = {
    "loi": (
        "letter of intent", "letter of interest", "pernyataan kehendak", "surat pernyataan minat",
        "pernyataan minat", "loi",
    ),
    "agreement": (
        "perjanjian kerja sama", "perjanjian kerjasama", "pks", "memorandum of agreement", "moa",
        "implementing arrangement", "kontrak kerja sama", "perjanjian", "cooperation agreement",
        "agreement",
    ),
    "mou": (
        "memorandum of understanding", "nota kesepahaman", "memorandum saling pengertian",
        "kesepakatan bersama", "kesber", "mou", "memorandum",
    ),
}

# Action words, per action key, as in domain.md's table.
ACTION_WORDS: dict[str, tuple[str, ...]] = {
    "sign": (
        "penandatanganan", "menandatangani", "ditandatangani", "meneken", "diteken", "teken",
        "menekan nota", "signed", "signing", "sign", "tanda tangan",
    ),
    "review": (
        "evaluasi", "perpanjangan", "memperpanjang", "diperpanjang", "meninjau ulang",
        "tinjau ulang", "peninjauan", "berakhir", "pemutusan", "mengakhiri", "pembaruan",
        "memperbarui", "review", "renewal", "renew", "extend", "extension", "evaluate",
        "evaluation", "expire", "expired",
    ),
    "implement": (
        "tindak lanjut", "menindaklanjuti", "pelaksanaan", "implementasi", "realisasi",
        "merealisasikan", "misi dagang", "pertukaran", "mengirim", "program", "implementation",
        "implement", "exchange", "carry out", "follow-up", "follow up",
    ),
    "negotiate": (
        "pembahasan", "membahas draf", "draf", "draft", "rancangan", "naskah", "rapat teknis",
        "persetujuan dprd", "persetujuan", "harmonisasi", "finalisasi", "menyetujui",
        "disetujui", "negosiasi", "negotiate", "negotiation",
    ),
    "explore": (
        "penjajakan", "menjajaki", "pertemuan", "audiensi", "kunjungan", "fgd",
        "focus group discussion", "membuka peluang", "peluang", "tawaran", "menawarkan",
        "rencana", "berencana", "potensi", "courtesy call", "explore", "visit", "meeting",
    ),
}

# Signals that a signing lies in the future (then the action is negotiate, not sign).
PLANNED_CUES: tuple[str, ...] = (
    "akan", "rencananya", "direncanakan", "dijadwalkan", "mendatang", "segera", "will",
    "scheduled", "planned", "diharapkan", "ditargetkan", "menuju", "dapat", "bisa", "sebelum",
    "nantinya", "persiapan", "mempersiapkan", "menyiapkan", "menjadwalkan", "rencana",
    "targetnya", "target", "would", "to be", "prior to", "before", "ahead of", "preparation",
)

# Words that make several partners one joint document, or separate documents.
JOINT_CUES: tuple[str, ...] = (
    "satu naskah", "satu dokumen", "tiga pihak", "empat pihak", "tripartit", "tripartite",
    "bersama-sama", "sekaligus", "secara bersama", "jointly", "one document", "multipihak",
)
SEPARATE_CUES: tuple[str, ...] = (
    "masing-masing", "secara terpisah", "terpisah", "separately", "respectively",
)

# Words around a ministry that make it a facilitator rather than a party.
FACILITATION_CUES: tuple[str, ...] = (
    "fasilitasi", "difasilitasi", "memfasilitasi", "menyaksikan", "disaksikan", "dihadiri",
    "menghadiri", "diselenggarakan", "menggelar", "dilakukan oleh", "facilitated", "witnessed",
    "hosted", "organised", "organized",
)
# Words that open a list of partners ("dengan tiga provinsi, yakni A, B, dan C").
LIST_LEADS: tuple[str, ...] = ("yakni", "yaitu", "adalah", "meliputi", "namely", "including")

# Topics that make an article not a government-cooperation story.
NEGATIVE_CUES: dict[str, tuple[str, ...]] = {
    "security_forces": (
        "polda", "polres", "polri", "kepolisian", "kapolda", "kapolres", "tni", "kodam",
        "korem", "pangdam", "lanud", "lantamal", "militer", "police", "military",
    ),
    "election": ("pemilu", "pilkada", "pilgub", "pilbup", "pilwalkot", "kpu", "bawaslu",
                 "pencoblosan", "election", "calon gubernur", "calon bupati", "calon wali kota",
                 "partai", "parpol", "koalisi", "kampanye", "rakernas", "rakornas partai"),
    "sports": ("kejuaraan", "turnamen", "pertandingan", "liga", "atlet", "pesilat", "championship",
               "tournament", "piala", "cup"),
    "company_only": ("antarperusahaan", "business to business", "b2b"),
}
