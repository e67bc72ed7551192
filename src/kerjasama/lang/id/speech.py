"""Speech verbs that attribute a quote to a speaker (Indonesian and English)."""

SPEECH_VERBS: frozenset[str] = frozenset(
    """
    kata katanya ujar ujarnya ucap ucapnya ungkap ungkapnya jelas jelasnya tutur tuturnya
    tegas tegasnya papar paparnya imbuh imbuhnya terang terangnya sebut sebutnya tambah
    tambahnya pungkas pungkasnya lanjut lanjutnya harap harapnya ajak ajaknya sambung
    sambungnya urai urainya beber bebernya tandas tandasnya timpal kilah aku akunya
    menyatakan mengatakan menjelaskan mengungkapkan menegaskan menyampaikan memaparkan
    menambahkan menuturkan menerangkan menyebutkan berharap
    said says stated added explained noted told remarked
    """.split()
)

# Phrases that introduce a quote before the speaker: "Menurut Akmal, ...".
QUOTE_LEADS: tuple[str, ...] = ("menurut", "according to")

# Words around a date that mark it as the date of a statement, not of the reported activity.
STATEMENT_CUES: tuple[str, ...] = (
    "dalam keterangan",
    "keterangan tertulis",
    "keterangan pers",
    "siaran pers",
    "kepada wartawan",
    "kepada media",
    "saat dikonfirmasi",
    "ketika dikonfirmasi",
    "dikonfirmasi",
    "in a statement",
    "told reporters",
    "said on",
)
