"""Short forms defined by a translation, not by their letters: "nota kesepahaman (MoU)"."""

TRANSLATED_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "mou": ("nota kesepahaman", "memorandum saling pengertian", "kesepakatan bersama"),
    "loi": ("pernyataan kehendak", "surat pernyataan minat", "surat minat"),
    "moa": ("perjanjian kerja sama", "memorandum perjanjian"),
    "ia": ("pengaturan pelaksanaan",),
    "pks": ("perjanjian kerja sama", "perjanjian kerjasama"),
    "kb": ("kesepakatan bersama",),
    "ikn": ("ibu kota negara", "ibu kota nusantara"),
}
