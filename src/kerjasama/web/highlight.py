"""Cut an article's text into segments that carry the spans covering them (evidence, mentions).

The article page marks each segment with what supports which field: the evidence sentences
of cooperation i ("c0", "c1", ...), the mentions of person j ("p0", ...), boilerplate ("b").
Templates escape the text of every segment; nothing here produces markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from kerjasama.record import Article


@dataclass(frozen=True)
class Segment:
    text: str
    refs: tuple[str, ...]
    anchor: str | None = None  # "ev-c0" on the first evidence of cooperation 0

    @property
    def evidence(self) -> bool:
        return any(r.startswith("c") for r in self.refs)

    @property
    def mention(self) -> bool:
        return any(r.startswith("p") for r in self.refs)

    @property
    def boilerplate(self) -> bool:
        return "b" in self.refs


def _spans(rec: Article) -> list[tuple[int, int, str]]:
    spans = [(e.start, e.end, f"c{i}") for i, c in enumerate(rec.cooperations) for e in c.evidence]
    spans += [(s, e, f"p{j}") for j, p in enumerate(rec.people) for s, e in p.mentions]
    spans += [(b.start, b.end, "b") for b in rec.boilerplate]
    size = len(rec.text)
    return [(max(0, s), min(e, size), ref) for s, e, ref in spans if s < e and s < size]


def segments(rec: Article) -> list[Segment]:
    """The text from start to end as segments; neighbours differ in the spans covering them."""
    spans = _spans(rec)
    cuts = sorted({0, len(rec.text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        refs = tuple(sorted({ref for s, e, ref in spans if s <= start and end <= e}))
        if out and out[-1].refs == refs:
            out[-1] = Segment(out[-1].text + rec.text[start:end], refs)
        else:
            out.append(Segment(rec.text[start:end], refs))
    return _anchored(out)


def _anchored(parts: list[Segment]) -> list[Segment]:
    seen: set[str] = set()
    out = []
    for seg in parts:
        first = next((r for r in seg.refs if r.startswith("c") and r not in seen), None)
        seen.update(r for r in seg.refs if r.startswith("c"))
        out.append(Segment(seg.text, seg.refs, f"ev-{first}") if first else seg)
    return out


def evidence_texts(rec: Article, index: int) -> list[str]:
    """The evidence sentences of one cooperation, as text."""
    if index >= len(rec.cooperations):
        return []
    return [rec.text[e.start : e.end] for e in rec.cooperations[index].evidence]
