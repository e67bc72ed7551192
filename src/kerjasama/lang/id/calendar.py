"""Month and weekday names (Indonesian, English and their short forms)."""

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}

# Month names that English writes before the day ("Feb 7", "December 4"), capitalised.
MONTH_FIRST_NAMES: frozenset[str] = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

# Monday is 0, as in datetime.date.weekday().
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Words after a date that place it in the future (a plan) or in the past.
FUTURE_MARKERS = ("mendatang", "yang akan datang", "depan", "nanti", "next", "upcoming")
# Words before a date, in its clause, that make it the date of a plan ("MoU bakal ditandatangani
# saat festival, 28-30 November").
PLAN_BEFORE_DATE = (
    "akan",
    "bakal",
    "rencananya",
    "direncanakan",
    "dijadwalkan",
    "menjadwalkan",
    "ditargetkan",
    "will",
    "scheduled",
    "planned",
)
PAST_MARKERS = ("lalu", "silam", "kemarin", "last", "ago")
# Words just before a date that make it the start of a period ("program yang dimulai sejak 4
# September 2017"): when something began, not the day of the activity reported.
SINCE_BEFORE_DATE = ("sejak", "semenjak", "since", "dimulai pada", "sejak tanggal", "sejak tahun")
# Words after the first date of a span ("sejak Selasa hingga Kamis", "from May 2 to May 5").
RANGE_WORDS = ("hingga", "sampai", "sampai dengan", "s.d.", "s/d", "until", "to", "till")

# Times after a place that date the activity without a date ("di Kupang, pekan lalu").
RECENT_PAST = (
    "pekan lalu",
    "minggu lalu",
    "kemarin",
    "beberapa waktu lalu",
    "belum lama ini",
    "baru-baru ini",
    "hari ini",
    "last week",
    "yesterday",
    "recently",
)

# Words before a date that make it the date of a letter or regulation ("surat nomor 12/2019
# tanggal 3 Mei 2019"), not of the reported activity.
DOCUMENT_DATE_CUES = (
    "nomor",
    "no.",
    "surat",
    "peraturan",
    "keputusan",
    "perda",
    "pergub",
    "perbup",
    "perwali",
    "undang-undang",
    "instruksi",
    "edaran",
)
