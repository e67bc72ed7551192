"""Sector lexicon: Indonesian and English words for each sector key of domain.md."""

SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "investment": ("investasi", "penanaman modal", "investor", "investment", "dpmptsp"),
    "trade": ("perdagangan", "ekspor", "impor", "misi dagang", "trade", "export", "import"),
    "industry": ("industri", "perindustrian", "hilirisasi", "smelter", "industrial", "industry",
                 "manufaktur"),
    "agriculture": ("pertanian", "tanaman pangan", "hortikultura", "agriculture", "agricultural",
                    "pangan"),
    "plantation": ("perkebunan", "sawit", "kelapa sawit", "plantation", "palm oil"),
    "livestock": ("peternakan", "sapi", "ternak", "livestock", "cattle"),
    "fisheries": ("kelautan", "perikanan", "fisheries", "marine", "nelayan"),
    "forestry": ("kehutanan", "hutan", "kayu", "forestry", "forest"),
    "energy": ("energi", "batubara", "batu bara", "minyak", "gas", "listrik", "energy",
               "renewable", "ebt"),
    "mining": ("pertambangan", "tambang", "nikel", "bauksit", "mining"),
    "tourism": ("pariwisata", "wisata", "wisatawan", "tourism", "tourist"),
    "education": ("pendidikan", "beasiswa", "perguruan tinggi", "sekolah", "pelajar",
                  "education", "scholarship", "university", "universitas"),
    "health": ("kesehatan", "rumah sakit", "health", "hospital", "medis"),
    "culture": ("budaya", "kebudayaan", "seni", "culture", "cultural", "kesenian"),
    "infrastructure": ("infrastruktur", "pembangunan kawasan", "daerah penyangga",
                       "wilayah penyangga", "buffer zone", "infrastructure", "jalan tol"),
    "transport": ("transportasi", "pelabuhan", "bandara", "konektivitas", "penerbangan",
                  "transport", "port", "airport", "connectivity"),
    "environment": ("lingkungan", "pembangunan hijau", "iklim", "emisi", "environment",
                    "climate", "green development", "sampah", "karbon"),
    "technology": ("teknologi", "digital", "technology", "inovasi"),
    "labour": ("tenaga kerja", "transmigrasi", "sdm", "sumber daya manusia", "labour", "labor",
               "pekerja migran"),
    "governance": ("pemerintahan", "tata kelola", "best practices", "best practice",
                   "governance", "birokrasi"),
    "sports": ("olahraga", "sport", "sports"),
    "social": ("sosial", "social"),
    "security": ("keamanan", "security"),
    "finance": ("keuangan", "perbankan", "finance", "banking"),
}

# A sector word in a sentence counts only for these context cues (purpose of the cooperation).
SECTOR_CONTEXT_CUES: tuple[str, ...] = (
    "bidang", "sektor", "di bidang", "terutama", "meliputi", "mencakup", "antara lain",
    "untuk", "dalam hal", "fields", "sectors", "areas", "including",
)
