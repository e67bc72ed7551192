"""Patterns of organisation names that no gazetteer can list: companies, universities, embassies."""

# Leading words -> party kind. The name runs on over capitalised words.
ORG_LEADS: dict[str, str] = {
    "PT": "company",
    "PT.": "company",
    "CV": "company",
    "Perum": "company",
    "Perumda": "company",
    "Bank": "company",
    "Universitas": "university",
    "Institut": "university",
    "Politeknik": "university",
    "Sekolah Tinggi": "university",
    # State Islamic universities and institutes, and colleges known by their short forms.
    "UIN": "university",
    "IAIN": "university",
    "STAIN": "university",
    "STIE": "university",
    "STIKES": "university",
    "STIKes": "university",
    "STMIK": "university",
    "Poltekkes": "university",
    "Poltek": "university",
    "UPN": "university",
    "STKIP": "university",
    "STIH": "university",
    "STISIP": "university",
    "STIA": "university",
    "STIKOM": "university",
    "University": "university",
    "Yayasan": "association",
    "Asosiasi": "association",
    "Perhimpunan": "association",
    "Kamar Dagang": "association",
    "Kadin": "association",
    "Chamber": "association",
    "Kedutaan Besar": "agency",
    "Kedubes": "agency",
    "KBRI": "agency",
    "KJRI": "agency",
    "Konsulat Jenderal": "agency",
    "Embassy": "agency",
    "Consulate": "agency",
    "Badan": "agency",
    "Otorita": "agency",
    "Kementerian": "ministry",
    "Ministry": "ministry",
    "Dinas": "agency",
    # Law enforcement, courts, security forces and their units: "other" (a region working with
    # its prosecutor's office or its police is government cooperation; police-only is not).
    "Kejaksaan Negeri": "other",
    "Kejaksaan Tinggi": "other",
    "Kejaksaan Agung": "other",
    "Kejari": "other",
    "Kejati": "other",
    "Cabang Kejaksaan Negeri": "other",
    "Kepolisian Daerah": "other",
    "Kepolisian Resor": "other",
    "Kepolisian Resort": "other",
    "Polda": "other",
    "Polres": "other",
    "Polresta": "other",
    "Polrestabes": "other",
    "Kodam": "other",
    "Korem": "other",
    "Kodim": "other",
    "Lanud": "other",
    "Lantamal": "other",
    "Pengadilan Negeri": "other",
    "Pengadilan Tinggi": "other",
    "Pengadilan Agama": "other",
    "Balai": "agency",
    "Direktorat Jenderal": "ministry",
    "Ditjen": "ministry",
    "Rumah Sakit": "company",
    "RS": "company",
    "RSU": "company",
    "RSIA": "company",
    # public hospitals: a region's or the state's own units
    "RSUD": "other",
    "RSUP": "other",
    "RSJ": "other",
    # Consortia, churches and councils of faith: bodies a region may sign with.
    "Konsorsium": "other",
    "Keuskupan": "other",
    "Sinode": "other",
    "Majelis": "other",
    "Perusahaan Umum Daerah": "company",
    "Perusahaan Daerah": "company",
    "PDAM": "company",
    "Koperasi": "association",
    "Univ.": "university",
    "Akademi": "university",
}

# Leading words that may also stand inside a body's name ("Badan Pelaksana Otorita Pariwisata
# Labuan Bajo Flores"): there they begin no second name.
ORG_INNER_LEADS: frozenset[str] = frozenset({"Otorita"})

# Short leads written for the long ones: the party's name uses the long form, so "Kejari
# Karawang" and "Kejaksaan Negeri (Kejari) Karawang" are one party.
ORG_LEAD_EXPANSIONS: dict[str, str] = {
    "Kejari": "Kejaksaan Negeri",
    "Kejati": "Kejaksaan Tinggi",
    "Polda": "Kepolisian Daerah",
    "Polres": "Kepolisian Resor",
    "Kepolisian Resort": "Kepolisian Resor",
    "Ditjen": "Direktorat Jenderal",
    "Kedubes": "Kedutaan Besar",
    "PT.": "PT",
    "Univ.": "Universitas",
}

# Leads of a region's own enterprises (BUMD): a deal they sign is not the region's own.
ENTERPRISE_LEADS: tuple[str, ...] = (
    "Perumda",
    "Perusahaan Umum Daerah",
    "Perusahaan Daerah",
    "PDAM",
)
# Words in a company's name that make it a regional enterprise ("PT Sulawesi Barat Malaqbi
# (Perseroda)"), and words in the text that mark an enterprise deal.
ENTERPRISE_WORDS: tuple[str, ...] = (
    "perseroda",
    "perumda",
    "bumd",
    "badan usaha milik daerah",
    "perusahaan daerah",
    "perseroan daerah",
    "perusahaan umum daerah",
    "pdam",
    "melalui pt",
    "lewat pt",
    "sebagai perwakilan pemerintah",
    "selaku perwakilan pemerintah",
    "b to b",
    "b2b",
    "business to business",
)

# The regions' own development banks (BPD), each a regional enterprise: a deal signed by one
# and not by its government is an enterprise's deal.
REGIONAL_BANKS: tuple[str, ...] = (
    "bank pembangunan daerah",
    "bank aceh",
    "bank sumut",
    "bank nagari",
    "bank riau kepri",
    "bank jambi",
    "bank sumsel babel",
    "bank bengkulu",
    "bank lampung",
    "bank dki",
    "bank bjb",
    "bank banten",
    "bank jateng",
    "bpd diy",
    "bank jatim",
    "bpd bali",
    "bank ntb syariah",
    "bank ntt",
    "bank kalbar",
    "bank kalteng",
    "bank kalsel",
    "bank kaltimtara",
    "bank sulutgo",
    "bank sulteng",
    "bank sulselbar",
    "bank sultra",
    "bank maluku malut",
    "bank papua",
)

# A region's legislature ("DPRD Kota Banjarbaru", "DPRK Aceh Besar"): the region after it is the
# council's, which approves agreements but does not sign them; not the government acting.
LEGISLATURE_WORDS: frozenset[str] = frozenset("dprd dprk dpra dprp dpr".split())

# Titles of heads of bodies named after the region they serve ("Kapolda Jatim", "Kajari
# Karawang"): the region after them is the body's area, not a government acting.
BODY_HEAD_TITLES: frozenset[str] = frozenset(
    """kapolda wakapolda kapolres wakapolres kapolresta kapolrestabes kapolsek pangdam danrem
    dandim danlanud danlantamal kajati wakajati kajari kasi kepala kejaksaan rektor dekan
    direktur dirut""".split()
)

# Words just before a name that make it background: an origin, an example, an earlier partner.
BACKGROUND_LEADS: frozenset[str] = frozenset("asal seperti misalnya contohnya".split())
# Words that make the rest of their sentence an example ("Dia mencontohkan, ada kerja sama
# dengan X"): the partners named after them are examples, not parties.
EXAMPLE_CLAUSE_LEADS: frozenset[str] = frozenset("mencontohkan dicontohkan mencontohkannya".split())
# Verbs of having before a list of partners ("memiliki delapan sister city, yakni X, Y"; "has
# eight sister cities namely X"): partnerships the region already has, not the one told.
POSSESSION_VERBS: frozenset[str] = frozenset("memiliki mempunyai punya has have had".split())
# Words before a country or a foreign place that make it where someone comes from ("Investor
# China", "perusahaan Jepang", "wisatawan Australia"), not a party.
ORIGIN_LEADS: frozenset[str] = frozenset("investor pengusaha perusahaan wisatawan turis".split())
# Words that open a phrase about another partnership than the one told, before its link word:
# "Selain menjalin kerja sama dengan X, ...", "following partnerships with X and Y"; and a
# relative clause over a document already signed ("MoU yang ditandatangani 2023 antara X").
OTHER_PARTNERSHIP_LEADS: frozenset[str] = frozenset("selain besides following apart".split())
# A partnership told as earlier than the one reported: a word of before, then a word of the
# perfect before the link word ("Sebelumnya, Jateng telah meneken MoU serupa dengan A, B dan
# C", "Previously West Java had signed ... with A"): its partners are history, not parties.
PRIOR_WORDS: frozenset[str] = frozenset("sebelumnya previously earlier".split())
PERFECT_WORDS: frozenset[str] = frozenset("telah sudah pernah had has have".split())
SIGNED_RELATIVES: frozenset[str] = frozenset("ditandatangani diteken disepakati dibuat".split())
# Word pairs before the link word of a parent document ("tindak lanjut dari kesepakatan antara
# A dengan B"): the document a deal follows up, whose parties are not the deal's.
PARENT_DOCUMENT_LEADS: frozenset[tuple[str, str]] = frozenset({("lanjut", "dari")})

# Words shortly before a region (or its head) that make it a bystander of the deal told, not
# its party: a witness, a guest who attends, a facilitator, the one who acknowledges it.
BYSTANDER_CUES: frozenset[str] = frozenset(
    """disaksikan menyaksikan witnessed dihadiri menghadiri attended difasilitasi
    memfasilitasi facilitated diketahui mengetahui saksi""".split()
)
# How a sentence that lists the guests opens ("Hadir dalam acara tersebut antara lain Ketua
# DPRD X, Wali Kota Y, ..."): the regions it names attend; they are no parties.
ATTENDANCE_OPENERS: tuple[str, ...] = (
    "hadir",
    "turut hadir",
    "tampak hadir",
    "yang hadir",
    "juga hadir",
    "also present",
    "present at",
    "attending",
)
# The central government, named beside a region ("bersinergi dengan Pemerintah Pusat dan
# Pemprov X"): working with both is the duty of government, no partnership of its own.
CENTRAL_GOVERNMENT: tuple[str, ...] = ("pemerintah pusat", "central government")

# Words that point back at something just named ("UIN ini", "kegiatan tersebut").
POINTER_WORDS: tuple[str, ...] = ("ini", "tersebut", "itu")

# How a sentence that says who attended the event opens ("Kegiatan itu diikuti secara virtual
# oleh 10 kabupaten, yaitu ...", "Kegiatan tersebut dihadiri ..."): an event noun, a pointer,
# then a passive of attending; the regions it names attend, they are no parties.
ATTENDED_EVENT_NOUNS: tuple[str, ...] = (
    "acara",
    "kegiatan",
    "pertemuan",
    "rapat",
    "penandatanganan",
    "seremoni",
    "the event",
    "the ceremony",
    "the meeting",
)
# (Followed remotely only: "Kegiatan itu diikuti oleh 8 kabupaten" may list its signatories.)
ATTENDED_PASSIVES: tuple[str, ...] = (
    "dihadiri",
    "disaksikan",
    "diikuti secara daring",
    "diikuti secara virtual",
    "diikuti secara online",
    "was attended",
)
# A university's short name as news writes it ("Unej", "Unhas", "Uinsu", "Polimdo", "Stiesia"):
# before a place, the place is the campus's city ("Unej Jember"), no party of its own.
CAMPUS_SHORT_FORM = r"(?:Un[a-z]{2,6}|Ui[a-z]{1,4}|Poli[a-z]+|Stie[a-z]*|Stik[a-z]*)"
# Nouns of a visiting party before "dari" ("rombongan dari Kota Yokohama", "delegasi dari
# Provinsi Anhui"): the place after it is who visits, not where something happens.
DELEGATION_NOUNS: frozenset[str] = frozenset(
    """rombongan delegasi utusan tamu perwakilan misi kunjungan lawatan kedatangan audiensi tim
    delegation mission visit""".split()
)
# Verbs by which a region (its head) attends or witnesses a deal of others ("Bupati Sangihe,
# <name>, menghadiri penandatanganan MoU antara Pemprov Sulut dan Kejati"): it is no party.
ATTEND_VERBS: frozenset[str] = frozenset(
    "menghadiri hadiri menyaksikan saksikan attended attends witnessed witnesses".split()
)
# Verbs that make the guests of such a sentence signatories too ("Hadir pada acara dan juga
# melaksanakan penandatanganan MoU yaitu Kota X, Kab. Y").
ATTENDEES_SIGN: frozenset[str] = frozenset(
    "menandatangani meneken melaksanakan melakukan signed signing".split()
)
# Small words that may stand between such a cue and the region: "disaksikan langsung oleh",
# "dihadiri perwakilan Dinas X, Dinas Y dan Pemkab Z", "turut disaksikan pula oleh".
BYSTANDER_GAP_WORDS: frozenset[str] = frozenset(
    "oleh langsung by pula juga turut para perwakilan sejumlah jajaran , dan serta and".split()
)

# Indonesia's own envoys and missions abroad: the country they are posted to ("Duta Besar RI
# untuk Kerajaan Belanda", "KBRI di Singapura") is where they serve, not a party.
OUR_ENVOYS: tuple[str, ...] = (
    "duta besar",
    "dubes",
    "dutabesar",
    "ambassador",
    "konsul jenderal",
    "konjen",
    "kbri",
    "kjri",
    "kedutaan besar",
    "indonesian embassy",
    "indonesian consulate",
    "embassy",
    "consulate",
)
OUR_COUNTRY: tuple[str, ...] = ("ri", "indonesia", "republik indonesia", "of indonesia")
POSTING_LINKS: tuple[str, ...] = ("untuk", "di", "to", "in")
# Words of a country's style between the posting link and its name ("Kerajaan Belanda").
COUNTRY_STYLES: tuple[str, ...] = ("kerajaan", "republik", "negara", "the", "kingdom of")

# Words of a document named after the place it was signed ("MoU Helsinki", "Protokol Kyoto",
# "Perjanjian Paris"): the foreign place right after them names the document, not a party.
DOCUMENT_NAME_LEADS: frozenset[str] = frozenset(
    "mou perjanjian protokol deklarasi konvensi piagam traktat accord treaty".split()
)

# Words before a region's head that make it a witness of a deal, not its party.
WITNESS_CUES: tuple[str, ...] = (
    "disaksikan",
    "disaksikan langsung",
    "menyaksikan",
    "witnessed",
    "witnessed by",
)

# Last words that make a run of capitalised words an organisation with no leading word:
# "Tanoto Foundation", "Diaspora Business Council", "Gurin Energy Ltd".
ORG_TAILS: dict[str, str] = {
    "Foundation": "other",
    "Council": "other",
    "Association": "other",
    "Institute": "other",
    "University": "university",
    "Corporation": "company",
    "Corp": "company",
    "Company": "company",
    "Ltd": "company",
    "Limited": "company",
    "Inc": "company",
    "GmbH": "company",
    "Group": "company",
    "Holdings": "company",
    "Tbk": "company",
}

# Small words allowed inside an organisation name.
ORG_INNER_WORDS: frozenset[str] = frozenset(
    "dan & of the for de van der von di la le al bin negeri".split()
)

# Words that frame a company named with no PT or Ltd ("perusahaan Fluedtec", "Singapore-based
# company Gurin Energy"), and capitalised words after them that are no name.
COMPANY_FRAMES: tuple[str, ...] = ("perusahaan", "company", "firm", "korporasi")
NOT_COMPANY_NAMES: frozenset[str] = frozenset(
    """bumn bumd swasta asing daerah negara milik umum perseroan perseroda persero nasional
    multinasional lokal mitra""".split()
)

# Words that end an organisation's name where a headline in capitals goes on with its verb or
# document ("Ministry Sign MoU", "Polda NTT Gandeng PNTL", "PT X Teken PKS"): never inside one.
ORG_STOP_WORDS: frozenset[str] = frozenset(
    """sign signs signed signing teken tandatangani menandatangani gandeng menggandeng jalin
    menjalin jajaki menjajaki bahas membahas perkuat memperkuat sepakati menyepakati sepakat
    dukung mendukung terima menerima kunjungi mengunjungi tingkatkan meningkatkan resmikan
    luncurkan mou loi moa pks""".split()
)
# Small words that a headline in title case capitalises ("... Alumni Sulawesi Selatan Untuk
# Mengembangkan ..."): written so, they end a name, however they stand inside one in lower case.
TITLE_CASE_BREAKS: frozenset[str] = frozenset(
    "untuk guna bagi demi melalui mengenai tentang terkait".split()
)

# Names of a kind of body, not of one body ("kemitraan pemda dengan Badan Usaha Milik Negara"),
# and legislatures, which approve a region's agreements but never sign them:
# never a party.
NOT_PARTY_BODIES: frozenset[str] = frozenset(
    {
        "badan usaha",
        "badan usaha milik negara",
        "badan usaha milik daerah",
        "badan usaha milik desa",
        "badan hukum",
        "badan publik",
        "dewan perwakilan rakyat",
        "dewan perwakilan rakyat daerah",
        "dewan perwakilan daerah",
        "dewan perwakilan rakyat republik indonesia",
        "dewan perwakilan daerah republik indonesia",
        # a cooperation's own committees: the partnership at work, not a party of it
        "joint working group",
        "working group",
        "joint committee",
        "kelompok kerja",
        "kelompok kerja bersama",
    }
)

# How the names of business chambers and employers' associations begin ("Kamar Dagang dan
# Industri Indonesia", "Kadin Malaysia", "HIPMI Jateng"): they sign beside a region's agencies
# or with their counterparts abroad, for business; never a party of government cooperation
# (the annotators' rule on real pages).
BUSINESS_CHAMBER_NAMES: tuple[str, ...] = (
    "kamar dagang",
    "kadin",
    "himpunan pengusaha",
    "hipmi",
    "asosiasi pengusaha",
    "apindo",
    "ikatan wanita pengusaha",
    "iwapi",
    "chamber of commerce",
)

# Words that begin a government's own name: after "dan" inside a body's name they start the
# next party ("PT X dan Pemerintah Provinsi Y"), not a word of the body's.
GOVERNMENT_NAME_STARTS: frozenset[str] = frozenset("pemerintah pemprov pemkab pemkot pemda".split())

# Words between a body and the region it serves ("BPKP Perwakilan Sulawesi Selatan", "UNICEF
# perwakilan Banda Aceh", "BPJS Kesehatan Cabang Samarinda"): the region is the body's area.
AREA_LINKS: tuple[str, ...] = (
    "perwakilan",
    "kantor perwakilan",
    "kantor wilayah",
    "kanwil",
    "wilayah",
    "cabang",
    "kantor cabang",
    "regional",
    "representative",
    "office",
)
# Heads and governments that English writes after the region ("Jakarta Vice Governor").
ENGLISH_HEADS_AFTER: tuple[str, ...] = (
    "Governor",
    "Mayor",
    "Regent",
    "Provincial Government",
    "City Government",
    "Regency Government",
    "Municipal Government",
    "Government",
    "Administration",
)
# Capitalised words between a body's name and the region it serves: "Palang Merah Indonesia
# Wilayah Sulsel", "Unpam Kampus Serang", "Bank Mandiri Cabang Kupang".
AREA_WORDS_AFTER_NAMES: tuple[str, ...] = ("Wilayah", "Perwakilan", "Cabang", "Kampus")
# Words of a region's own enterprise written before its region ("Perseroda Sulsel", "PDAM
# Makassar"): the enterprise's region, not the government acting.
ENTERPRISE_AREA_WORDS: frozenset[str] = frozenset("perseroda perumda pdam bumd".split())

# Words after a body's lead that name no place but the region in view: "Kejaksaan Negeri
# setempat" is the prosecutor's office of the regency the story is about.
LOCAL_WORDS: tuple[str, ...] = ("setempat",)
# Leads of such bodies that serve a province (the others serve a regency or city).
PROVINCIAL_LEADS: frozenset[str] = frozenset(
    {"Kejaksaan Tinggi", "Kejati", "Kepolisian Daerah", "Polda", "Kodam", "Pengadilan Tinggi"}
)

# Legal forms of a company: "PT Harita Nickel" is written "Harita Nickel" or "Harita" later.
COMPANY_FORMS: frozenset[str] = frozenset(
    "pt pt. cv persero (persero) perseroda (perseroda) tbk tbk. ltd inc".split()
)

# First words of a state company's unit or subsidiary named after it ("PT Pertamina EP Tarakan
# Field", "Pertamina Hulu Mahakam", "PT Pelindo Regional II", "PT PLN (Persero) UID Jawa
# Timur"): the unit is the party, under its own name.
COMPANY_UNIT_WORDS: frozenset[str] = frozenset(
    """EP Hulu Hilir Regional Region Area Unit UP UP3 UPT UID UIW UIP ULP UPDL
    Wilayah Cabang Field Terminal RU Refinery Patra Trans Niaga Drilling Geothermal
    Lubricants Divre Daop Kanwil Kancab""".split()
)

# Those of them that name a company's regional office, not a company of its own ("Bank
# Mandiri Region XI", "PLN UIW Maluku"): named beside the company, it is the company.
COMPANY_OFFICE_WORDS: frozenset[str] = frozenset(
    """regional region area unit wilayah cabang kanwil kancab up up3 upt uid uiw uip ulp divre
    daop branch""".split()
)

# Entity kinds that host or broker rather than cooperate when a foreign partner is present.
FACILITATOR_KINDS: frozenset[str] = frozenset({"ministry"})
BROKER_LEADS: tuple[str, ...] = (
    "KBRI",
    "KJRI",
    "Kedutaan Besar",
    "Kedubes",
    "Konsulat Jenderal",
    "Embassy",
    "Consulate",
)

# Closing nouns of an event's, network's or programme's English name that begins with a body or
# a place ("ASEAN Smart City Network", "Bali Democracy Forum", "APEC Summit"): the name is the
# event's, not a party named.
NAME_TAIL_NOUNS: frozenset[str] = frozenset(
    """network forum summit games award awards festival expo fair cup week conference
    initiative programme geopark""".split()
)
