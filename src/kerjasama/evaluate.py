"""Score extracted records against a gold file, with the rules of docs/evaluation.md."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from kerjasama.errors import GoldError
from kerjasama.lang.id.titles import HONORIFICS, SHORT_FORMS
from kerjasama.record import Article

PARTY_FORM_WORDS = {
    "pemerintah",
    "provinsi",
    "pemprov",
    "kabupaten",
    "kota",
    "pemkot",
    "pemkab",
    "negara",
    "kab",
    "prov",
    "pemda",
    "republik",
}


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"\w+", text))


def party_tokens(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in PARTY_FORM_WORDS]


def names_match(a: str, b: str) -> bool:
    """Folded names equal, one token set inside the other, or similarity ≥ 0.85."""
    ta, tb = party_tokens(a), party_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb or set(ta) <= set(tb) or set(tb) <= set(ta):
        return True
    return fuzz.ratio(" ".join(ta), " ".join(tb)) >= 85


def party_match(gold: dict, sys: dict) -> bool:
    if gold.get("code") and sys.get("code") and gold["code"] == sys["code"]:
        return True
    names = [gold.get("name") or ""] + list(gold.get("aliases") or [])
    return any(names_match(n, sys.get("name") or "") for n in names if n)


def person_key(name: str) -> str:
    words = [w for w in fold(name.replace(".", " ")).split() if w not in HONORIFICS]
    return " ".join(words)


def role_words(role: str | None) -> set[str]:
    out: list[str] = []
    for w in fold(role or "").split():
        out.extend(fold(SHORT_FORMS.get(w, w)).split())
    return {w for w in out if w not in {"dan", "and", "of", "the"}}


def roles_agree(gold: str | None, sys: str | None) -> bool:
    """Role words mostly agree: token F1 of at least 0.5 after expanding short forms."""
    g, s = role_words(gold), role_words(sys)
    if not g or not s:
        return False
    common = len(g & s)
    return common > 0 and 2 * common / (len(g) + len(s)) >= 0.5


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def as_dict(self) -> dict:
        return {
            "accuracy": round(self.right / self.total, 4) if self.total else None,
            "right": self.right,
            "total": self.total,
        }


@dataclass
class Scores:
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    is_cooperation: PRF = field(default_factory=PRF)
    parties: PRF = field(default_factory=PRF)
    sectors: PRF = field(default_factory=PRF)
    people: PRF = field(default_factory=PRF)
    acc: dict[str, Accuracy] = field(
        default_factory=lambda: {
            k: Accuracy()
            for k in (
                "instrument",
                "action",
                "scope",
                "place",
                "date",
                "strict",
                "people_with_role",
            )
        }
    )

    def as_dict(self) -> dict:
        out: dict = {"articles": self.articles, "missing": self.missing}
        for name in ("is_cooperation", "parties", "sectors", "people"):
            out[name] = getattr(self, name).as_dict()
        for name, a in self.acc.items():
            out[name] = a.as_dict()
        return out


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
    for item in items:
        g = (
            by_file.get(Path(getattr(item, "path", None) or "").name)
            if hasattr(item, "path")
            else None
        )
        if g is not None:
            item.published = item.published or g.get("published")
            item.url = item.url or g.get("url")
        yield item


def _join_key(url: str | None, file: str | None) -> str | None:
    if url:
        return "url:" + url
    if file:
        return "file:" + Path(file).name
    return None


def evaluate(gold: list[dict], records: Iterable[Article]) -> Scores:
    """Score `records` against `gold` (joined on source.url, else on the file name)."""
    by_key: dict[str, Article] = {}
    for rec in records:
        for key in (_join_key(rec.source.url, None), _join_key(None, rec.source.path)):
            if key:
                by_key[key] = rec
    scores = Scores()
    for g in gold:
        rec = by_key.get(_join_key(g.get("url"), None) or "") or by_key.get(
            _join_key(None, g.get("file")) or ""
        )
        scores.articles += 1
        if rec is None:
            scores.missing.append(g.get("file") or g.get("url") or g.get("id") or "?")
        _score_article(scores, g, rec)
    return scores


def _score_article(scores: Scores, g: dict, rec: Article | None) -> None:
    sys_coop = bool(rec and rec.is_cooperation)
    gold_coop = bool(g["is_cooperation"])
    prf = scores.is_cooperation
    prf.tp += gold_coop and sys_coop
    prf.fp += sys_coop and not gold_coop
    prf.fn += gold_coop and not sys_coop
    sys_coops = [c.model_dump() for c in rec.cooperations] if rec else []
    gold_coops = g.get("cooperations") or []
    _score_parties(scores.parties, gold_coops, sys_coops)
    for gc in gold_coops:
        _score_cooperation(scores, gc, sys_coops)
    _score_people(scores, g.get("people") or [], rec.people if rec else [])


def _unique_parties(coops: list[dict]) -> list[dict]:
    out: list[dict] = []
    for c in coops:
        for p in c.get("parties") or []:
            if not any(party_match(p, q) or party_match(q, p) for q in out):
                out.append(p)
    return out


def _score_parties(prf: PRF, gold_coops: list[dict], sys_coops: list[dict]) -> None:
    gold, sys = _unique_parties(gold_coops), _unique_parties(sys_coops)
    used: set[int] = set()
    for gp in gold:
        hit = next((i for i, sp in enumerate(sys) if i not in used and party_match(gp, sp)), None)
        if hit is None:
            prf.fn += 1
        else:
            used.add(hit)
            prf.tp += 1
    prf.fp += len(sys) - len(used)


def _shared(gc: dict, sc: dict) -> int:
    return sum(any(party_match(gp, sp) for sp in sc["parties"]) for gp in gc.get("parties") or [])


def _score_cooperation(scores: Scores, gc: dict, sys_coops: list[dict]) -> None:
    best = max(sys_coops, key=lambda sc: _shared(gc, sc), default=None)
    if best is not None and _shared(gc, best) == 0:
        best = None
    acc = scores.acc
    for key in ("instrument", "action", "scope"):
        acc[key].add(best is not None and best[key] == gc.get(key))
    acc["place"].add(
        best is not None and fold(best.get("place") or "") == fold(gc.get("place") or "")
    )
    if gc.get("date"):
        acc["date"].add(best is not None and best.get("date") == gc["date"])
    all_parties = best is not None and _shared(gc, best) == len(gc.get("parties") or [])
    acc["strict"].add(
        all_parties
        and best["instrument"] == gc.get("instrument")
        and best["action"] == gc.get("action")
    )
    gs, ss = set(gc.get("sectors") or []), set(best["sectors"] if best else [])
    scores.sectors.tp += len(gs & ss)
    scores.sectors.fp += len(ss - gs)
    scores.sectors.fn += len(gs - ss)


def _score_people(scores: Scores, gold_people: list[dict], sys_people: list) -> None:
    sys = {person_key(p.name): p for p in sys_people}
    bylines = {person_key(p["name"]) for p in gold_people if not p.get("role")}
    matched: set[str] = set()
    for gp in gold_people:
        key = person_key(gp["name"])
        if not gp.get("role"):
            continue
        sp = sys.get(key)
        if sp is None:
            scores.people.fn += 1
        else:
            matched.add(key)
            scores.people.tp += 1
        scores.acc["people_with_role"].add(sp is not None and roles_agree(gp["role"], sp.role))
    scores.people.fp += sum(1 for k in sys if k not in matched and k not in bylines)
