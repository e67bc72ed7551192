"""Score extracted records against a gold file, with the rules of docs/evaluation.md.

The rules are those of the reference scorer (`../shared/tools/score.py`): the same folding,
the same name similarity, the same one-to-one pairing in gold order, the same role test.
`tests/extract/test_evaluate_reference.py` holds the two to the same figures.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from kerjasama.errors import GoldError
from kerjasama.record import Article

# Words dropped from party names before they are compared ("Pemprov Kaltim" = "Kaltim").
PARTY_FORM_WORDS = frozenset(
    "pemerintah provinsi prov pemprov kabupaten kab pemkab kota pemkot negara republik rakyat "
    "the of pemda daerah government province city regency pemerintahan".split()
)
# Degrees and honorifics dropped from people's names before they are compared.
NAME_TITLES = frozenset(
    "dr drs dra h hj hm ir prof mm msi se st sh mh mpd spd mt mba phd msc ma sip ssos skm mkes "
    "ak bapak pak ibu bu mr mrs ms kh".split()
)
# Short forms of role words expanded before roles are compared.
ROLE_SHORT_FORMS = {
    "pj": "penjabat",
    "plt": "pelaksana tugas",
    "plh": "pelaksana harian",
    "wagub": "wakil gubernur",
    "sekda": "sekretaris daerah",
    "kadis": "kepala dinas",
    "karo": "kepala biro",
    "kabag": "kepala bagian",
    "dubes": "duta besar",
    "konjen": "konsul jenderal",
    "dirjen": "direktur jenderal",
    "sekjen": "sekretaris jenderal",
    "walkot": "wali kota",
    "walikota": "wali kota",
    "wabup": "wakil bupati",
    "wawali": "wakil wali kota",
    "kasubbag": "kepala sub bagian",
    "ka": "kepala",
    "i": "1",
    "ii": "2",
    "iii": "3",
}
ROLE_STOPWORDS = frozenset({"dan", "dari", "and", "of"})
# A deputy or acting official is not the principal: these words must agree.
ROLE_MODIFIERS = frozenset(
    "wakil penjabat pelaksana tugas harian sementara deputy acting vice".split()
)


def fold(text: str | None) -> str:
    """ASCII lower case; anything but letters, digits and spaces becomes a space."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", " ", text)


def _key(text: str | None, drop: frozenset[str]) -> str:
    return " ".join(t for t in fold(text).split() if t not in drop)


def similar(a: str, b: str) -> bool:
    """Keys equal, one token set inside the other (two tokens or more), or ratio ≥ 0.85."""
    if not a or not b:
        return False
    if a == b:
        return True
    ta, tb = set(a.split()), set(b.split())
    if min(len(ta), len(tb)) >= 2 and (ta <= tb or tb <= ta):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.85


def party_match(gold: dict, sys: dict) -> bool:
    """Two coded parties match on the code alone; otherwise on the name or an alias."""
    if gold.get("code") and sys.get("code"):
        return str(gold["code"]).upper() == str(sys["code"]).upper()
    names = [gold.get("name") or ""] + list(gold.get("aliases") or [])
    key = _key(sys.get("name"), PARTY_FORM_WORDS)
    return any(similar(_key(n, PARTY_FORM_WORDS), key) for n in names)


def person_key(name: str) -> str:
    """A person's name without degrees and honorifics, folded."""
    return _key(name, NAME_TITLES)


def person_match(gold: dict, sys: dict) -> bool:
    return similar(person_key(gold.get("name") or ""), person_key(sys.get("name") or ""))


def role_words(role: str | None) -> set[str]:
    out: list[str] = []
    for w in fold(role).split():
        out.extend(ROLE_SHORT_FORMS.get(w, w).split())
    return set(out) - ROLE_STOPWORDS


def roles_agree(gold: str | None, sys: str | None) -> bool:
    """One side's role words inside the other's, or most words shared; modifiers must agree."""
    g, s = role_words(gold), role_words(sys)
    if not g:
        return True
    if not s:
        return False
    if (g & ROLE_MODIFIERS) != (s & ROLE_MODIFIERS) or not (s - ROLE_MODIFIERS):
        return False
    if s <= g or g <= s:
        return True
    return len(g & s) / len(g | s) >= 0.5


def pair_greedy(gold: list[dict], sys: list[dict], match) -> list[tuple[dict, dict]]:
    """Pair items one to one, each gold item with the first unused system item it matches."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, s in enumerate(sys):
            if i not in used and match(g, s):
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    def as_dict(self) -> dict:
        return {
            "accuracy": round(self.right / self.total, 3) if self.total else None,
            "right": self.right,
            "total": self.total,
        }


ACCURACIES = ("instrument", "action", "scope", "place", "date", "strict", "people_with_role")


@dataclass
class Error:
    """One disagreement between gold and system in one article."""

    field: str
    gold: object
    system: object
    evidence: str | None = None


@dataclass
class ArticleResult:
    gold_id: str
    url: str | None
    errors: list[Error] = field(default_factory=list)


@dataclass
class Scores:
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    is_cooperation: PRF = field(default_factory=PRF)
    parties: PRF = field(default_factory=PRF)
    sectors: PRF = field(default_factory=PRF)
    people: PRF = field(default_factory=PRF)
    acc: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACIES})
    results: list[ArticleResult] = field(default_factory=list)

    def as_dict(self) -> dict:
        out: dict = {"articles": self.articles, "missing": self.missing}
        for name in ("is_cooperation", "parties", "sectors", "people"):
            out[name] = getattr(self, name).as_dict()
        for name, a in self.acc.items():
            out[name] = a.as_dict()
        return out

    def reference_figures(self) -> dict:
        """The figures as `score.py --json` prints them (3 decimals, P/R/F1 triples)."""

        def prf(x: PRF) -> list[float]:
            p = x.tp / (x.tp + x.fp) if x.tp + x.fp else 0.0
            r = x.tp / (x.tp + x.fn) if x.tp + x.fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return [round(p, 3), round(r, 3), round(f, 3)]

        def acc(k: str) -> float:
            a = self.acc[k]
            return round(a.right / a.total, 3) if a.total else 0.0

        return {
            "articles": self.articles,
            "missing_records": len(self.missing),
            "is_cooperation_prf": prf(self.is_cooperation),
            "party_prf": prf(self.parties),
            "cooperations": self.acc["instrument"].total,
            "record_strict_acc": acc("strict"),
            "instrument_acc": acc("instrument"),
            "action_acc": acc("action"),
            "scope_acc": acc("scope"),
            "date_acc": acc("date"),
            "place_acc": acc("place"),
            "sector_prf": prf(self.sectors),
            "people_prf": prf(self.people),
            "people_with_role_recall": acc("people_with_role"),
        }


def load_gold(path: Path) -> list[dict]:
    """Gold objects, one per line; a malformed line is an error naming the line."""
    if not path.exists():
        raise GoldError(f"{path}: no such gold file")
    gold = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: malformed JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or "is_cooperation" not in obj:
            raise GoldError(f"{path}:{n}: not a gold object (needs is_cooperation)")
        gold.append(obj)
    return gold


def with_gold_metadata(items: Iterable, gold: list[dict]) -> Iterator:
    """Give plain files the publication date and URL their gold line carries, as a user would
    with --published and --url; metadata the input has itself is kept."""
    by_file = {Path(g["file"]).name: g for g in gold if g.get("file")}
    by_url = {g["url"]: g for g in gold if g.get("url")}
    for item in items:
        path = getattr(item, "path", None)
        g = by_file.get(Path(path or "").name) if path else None
        if g is None and getattr(item, "url", None):
            g = by_url.get(item.url)
        if g is not None:
            item.published = item.published or g.get("published")
            item.url = item.url or g.get("url")
        yield item


def annotation_as_record(line: dict) -> dict:
    """A gold line shaped as a system record, to score one annotator against another."""
    return {
        "source": {"url": line.get("url"), "path": line.get("file") or str(line.get("id"))},
        "is_cooperation": bool(line.get("is_cooperation")),
        "cooperations": line.get("cooperations") or [],
        "people": line.get("people") or [],
    }


def _stem(path: str | None) -> str:
    return re.sub(r"\.[a-z]+$", "", (path or "").rsplit("/", 1)[-1])


def evaluate(gold: list[dict], records: Iterable[Article | dict]) -> Scores:
    """Score `records` against `gold`: joined on source.url, else on the file name."""
    rows = [r.to_dict() if isinstance(r, Article) else r for r in records]
    by_url = {(r.get("source") or {}).get("url") or "": r for r in rows}
    by_stem = {_stem((r.get("source") or {}).get("path")): r for r in rows}
    scores = Scores()
    for g in gold:
        rec = (
            by_url.get(g.get("url") or "\0")
            or by_stem.get(g.get("id") or "\0")
            or by_stem.get(_stem(g.get("file")) or "\0")
        )
        scores.articles += 1
        if rec is None:
            scores.missing.append(g.get("file") or g.get("url") or g.get("id") or "?")
        result = ArticleResult(str(g.get("id") or g.get("file") or g.get("url")), g.get("url"))
        _score_article(scores, result, g, rec or {})
        scores.results.append(result)
    return scores


def _evidence(rec: dict, coop: dict | None) -> str | None:
    """The first evidence sentence of a system cooperation, as text."""
    if not coop or not coop.get("evidence"):
        return None
    span = coop["evidence"][0]
    return " ".join((rec.get("text") or "")[span["start"] : span["end"]].split()) or None


def _names(parties: list[dict]) -> list[str]:
    return [f"{p.get('name')} ({p.get('code') or p.get('kind')})" for p in parties]


def _score_article(scores: Scores, result: ArticleResult, g: dict, rec: dict) -> None:
    errors = result.errors
    gp, sp = bool(g.get("is_cooperation")), bool(rec.get("is_cooperation"))
    scores.is_cooperation.add(int(gp and sp), int(sp and not gp), int(gp and not sp))
    gcoops = (g.get("cooperations") or []) if gp else []
    scoops = (rec.get("cooperations") or []) if sp else []
    if gp != sp:
        first = scoops[0] if scoops else None
        errors.append(Error("is_cooperation", gp, sp, _evidence(rec, first)))
    gparties, sparties = _unique_parties(gcoops), _unique_parties(scoops)
    pairs = pair_greedy(gparties, sparties, party_match)
    scores.parties.add(len(pairs), len(sparties) - len(pairs), len(gparties) - len(pairs))
    found = [id(s) for _, s in pairs]
    matched_gold = [id(a) for a, _ in pairs]
    missed = [p for p in gparties if id(p) not in matched_gold]
    extra = [p for p in sparties if id(p) not in found]
    if missed:
        errors.append(Error("parties missed", _names(missed), None))
    if extra:
        errors.append(Error("parties extra", None, _names(extra)))
    for gc in gcoops:
        _score_cooperation(scores, errors, rec, gc, scoops)
    _score_people(scores, errors, g.get("people") or [], rec.get("people") or [])


def _unique_parties(coops: list[dict]) -> list[dict]:
    out: list[dict] = []
    for c in coops:
        for p in c.get("parties") or []:
            if not any(party_match(p, q) or party_match(q, p) for q in out):
                out.append(p)
    return out


def shared_parties(gc: dict, sc: dict) -> int:
    """How many of a gold cooperation's parties a system cooperation has (one to one)."""
    return len(pair_greedy(gc.get("parties") or [], sc.get("parties") or [], party_match))


def best_match(gc: dict, scoops: list[dict]) -> tuple[dict | None, int]:
    """The system cooperation sharing the most parties with `gc` (the first among equals)."""
    best, best_n = None, 0
    for sc in scoops:
        k = shared_parties(gc, sc)
        if k > best_n:
            best, best_n = sc, k
    return best, best_n


def _score_cooperation(
    scores: Scores, errors: list[Error], rec: dict, gc: dict, scoops: list[dict]
) -> None:
    best, best_n = best_match(gc, scoops)
    acc = scores.acc
    label = " ↔ ".join(p.get("name") or "?" for p in gc.get("parties") or [])
    if best is None:  # wrong on every count; the date is only scored on a paired record
        for key in ("instrument", "action", "scope", "place", "strict"):
            acc[key].add(False)
        scores.sectors.add(0, 0, len(gc.get("sectors") or []))
        errors.append(Error(f"record [{label}]", "present", "no record with these parties"))
        return
    evidence = _evidence(rec, best)
    checks = {
        "instrument": gc.get("instrument") == best.get("instrument"),
        "action": gc.get("action") == best.get("action"),
        "scope": gc.get("scope") == best.get("scope"),
        "place": fold(gc.get("place")) == fold(best.get("place")),
    }
    for key, ok in checks.items():
        acc[key].add(ok)
        if not ok:
            errors.append(Error(f"{key} [{label}]", gc.get(key), best.get(key), evidence))
    if gc.get("date"):
        ok = gc.get("date") == best.get("date")
        acc["date"].add(ok)
        if not ok:
            errors.append(Error(f"date [{label}]", gc["date"], best.get("date"), evidence))
    acc["strict"].add(
        best_n == len(gc.get("parties") or []) and checks["instrument"] and checks["action"]
    )
    gs, ss = set(gc.get("sectors") or []), set(best.get("sectors") or [])
    scores.sectors.add(len(gs & ss), len(ss - gs), len(gs - ss))
    if gs != ss:
        errors.append(Error(f"sectors [{label}]", sorted(gs - ss) or None, sorted(ss - gs) or None))


def _score_people(
    scores: Scores, errors: list[Error], gold_people: list[dict], sys_people: list[dict]
) -> None:
    """People the gold lists without a role (bylines) are neither required nor penalised."""
    wanted = [p for p in gold_people if p.get("role")]
    unroled = [p for p in gold_people if not p.get("role")]
    sys = [p for p in sys_people if not any(person_match(u, p) for u in unroled)]
    pairs = pair_greedy(wanted, sys, person_match)
    scores.people.add(len(pairs), len(sys) - len(pairs), len(wanted) - len(pairs))
    for a, b in pairs:
        ok = roles_agree(a.get("role"), b.get("role") or "")
        scores.acc["people_with_role"].add(ok)
        if not ok:
            errors.append(Error(f"role of {a['name']}", a.get("role"), b.get("role")))
    for _ in range(len(wanted) - len(pairs)):
        scores.acc["people_with_role"].add(False)
    paired_gold = {id(a) for a, _ in pairs}
    paired_sys = {id(b) for _, b in pairs}
    for p in wanted:
        if id(p) not in paired_gold:
            errors.append(Error("person missed", f"{p['name']} — {p.get('role')}", None))
    for p in sys:
        if id(p) not in paired_sys:
            errors.append(Error("person extra", None, f"{p['name']} — {p.get('role')}"))
