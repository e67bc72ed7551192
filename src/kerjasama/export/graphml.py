"""GraphML of parties and partnerships: a two-mode graph for Gephi, yEd, networkx or igraph.

Parties (canonical entities) and partnerships are both nodes (`type` says which); an edge
joins each partnership to each of its parties (`role`: party or facilitator). A partnership
of three parties stays one node, so nothing is lost to pairwise edges.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO
from xml.etree import ElementTree as ET

from kerjasama.export.base import Exporter, register
from kerjasama.link.models import Partnership
from kerjasama.record import Article

NS = "http://graphml.graphdrawing.org/xmlns"
# (key id, applies to, attribute name, GraphML type)
KEYS = [
    ("type", "node", "type", "string"),
    ("name", "node", "name", "string"),
    ("code", "node", "code", "string"),
    ("kind", "node", "kind", "string"),
    ("country", "node", "country", "string"),
    ("stage", "node", "stage", "string"),
    ("scope", "node", "scope", "string"),
    ("first_date", "node", "first_date", "string"),
    ("last_date", "node", "last_date", "string"),
    ("sectors", "node", "sectors", "string"),
    ("events", "node", "events", "int"),
    ("articles", "node", "articles", "int"),
    ("stalled", "node", "stalled", "boolean"),
    ("role", "edge", "role", "string"),
]


def _data(parent: ET.Element, key: str, value: object) -> None:
    if value is None or value == "":
        return
    el = ET.SubElement(parent, f"{{{NS}}}data", key=key)
    el.text = str(value).lower() if isinstance(value, bool) else str(value)


def articles_in(partnerships: Iterable[Partnership]) -> int:
    """How many articles the partnerships were threaded from (what an export reports)."""
    return len({a.id for p in partnerships for e in p.events for a in e.articles})


def graph(partnerships: Iterable[Partnership]) -> ET.ElementTree:
    """The GraphML document of the partnerships and their parties."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for key, scope, name, kind in KEYS:
        ET.SubElement(
            root, f"{{{NS}}}key", {"id": key, "for": scope, "attr.name": name, "attr.type": kind}
        )
    g = ET.SubElement(root, f"{{{NS}}}graph", id="kerjasama", edgedefault="undirected")
    seen: set[str] = set()
    edges = []
    for p in partnerships:
        node = ET.SubElement(g, f"{{{NS}}}node", id=p.id)
        _data(node, "type", "partnership")
        _data(node, "name", " – ".join(e.name for e in p.parties))
        for key, value in (
            ("stage", p.stage),
            ("scope", p.scope),
            ("first_date", p.first_date),
            ("last_date", p.last_date),
            ("sectors", ";".join(p.sectors)),
            ("events", len(p.events)),
            ("articles", len({a.id for e in p.events for a in e.articles})),
            ("stalled", p.signals.stalled),
        ):
            _data(node, key, value)
        for role, entities in (("party", p.parties), ("facilitator", p.facilitators)):
            for e in entities:
                edges.append((p.id, e.id, role))
                if e.id in seen:
                    continue
                seen.add(e.id)
                party = ET.SubElement(g, f"{{{NS}}}node", id=e.id)
                _data(party, "type", "party")
                for key, value in (
                    ("name", e.name),
                    ("code", e.code),
                    ("kind", e.kind),
                    ("country", e.country),
                ):
                    _data(party, key, value)
    for n, (source, target, role) in enumerate(edges):
        edge = ET.SubElement(g, f"{{{NS}}}edge", id=f"e{n}", source=source, target=target)
        _data(edge, "role", role)
    return ET.ElementTree(root)


@register
class GraphmlExporter(Exporter):
    """Partnerships threaded from the records (or given ready, as the web app does)."""

    name, suffix = "graphml", ".graphml"
    partnerships: list[Partnership] | None = None

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        partnerships = self.partnerships
        if partnerships is None:
            from kerjasama.link import build_links

            records = list(records)
            partnerships = build_links(records).partnerships
        tree = graph(partnerships)
        ET.indent(tree)
        tree.write(out, encoding="utf-8", xml_declaration=True)
        return articles_in(partnerships)
