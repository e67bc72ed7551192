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
}

# Small words allowed inside an organisation name.
ORG_INNER_WORDS: frozenset[str] = frozenset(
    "dan & of the for de van der von di la le al bin negeri".split()
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
