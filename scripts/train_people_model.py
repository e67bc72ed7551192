#!/usr/bin/env python3
"""Train the person model from the annotated real pages and the NER corpora (`make people-model`).

Each gold line's people are projected onto its cached page (`kerjasama.ner.pages`) to give
PERSON labels per sentence; with NERGrit and the re-cased NERP (persons only, from
../shared/data/ner) they train one CRF (`kerjasama.ner.train.train_people`). First the model is
cross-validated by page: for each of K folds a model is trained on the other folds' pages (plus
the corpora), the extractor runs on the fold's pages with it (KERJASAMA_PEOPLE_MODEL), and the
reference scorer (../shared/tools/score.py) scores all pages against the baseline (the shipped
NERGrit model in the same place). Then, unless --dry-run, the model fitted on every page is
written to src/kerjasama/ner/models/ (people.crfsuite, people_entities.txt.gz, people_model.json).
Needs no network; needs the page cache and ../shared (it says so and stops without them).

usage: scripts/train_people_model.py [--folds K] [--dry-run] [--no-cv] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kerjasama.extract.names import common_words  # noqa: E402
from kerjasama.ner.corpus import Sentence  # noqa: E402
from kerjasama.ner.pages import project_people  # noqa: E402
from kerjasama.ner.tagger import default_models_dir  # noqa: E402
from kerjasama.ner.train import (  # noqa: E402
    DEFAULT_PARAMS,
    PEOPLE_MODEL,
    CrfParams,
    corpus_people,
    shipped_resources,
    train_people,
)
from kerjasama.text.normalise import normalise_text  # noqa: E402
from realnews import CACHE, GOLD, SHARED, gather  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = default_models_dir()
SUMMARY = OUT / f"{PEOPLE_MODEL}_model.json"
SEED = 11
#: Gazetteer labels of places a short mention must not be ("Bima" the city, not Bima Arya).
PLACE_LABELS = frozenset({"RPROV", "RREG", "KREGION", "KCOUNTRY", "KPLACE", "XPLACE"})
FIGURES = ("people_prf", "people_with_role_recall")


def not_alone(resources: Path) -> frozenset[str]:
    """Words never taken alone as a short mention: common words and one-word region names."""
    _, lists = shipped_resources(resources)
    places = {
        key[0]
        for gaz in lists
        for key, labels in gaz.entries.items()
        if len(key) == 1 and PLACE_LABELS & set(labels)
    }
    return frozenset(common_words()) | places


def labelled_pages(gold: list[dict], inputs: list[dict], resources: Path) -> dict[str, list]:
    """Per page id, its trustworthy labelled sentences (see kerjasama.ner.pages)."""
    words = not_alone(resources)
    out, dropped = {}, 0
    for g, page in zip(gold, inputs, strict=True):
        names = [p["name"] for p in g.get("people") or [] if p.get("name")]
        result = project_people(normalise_text(page["text"]), names, words)
        out[g["id"]] = result.kept
        dropped += result.dropped
        if result.unfound:
            print(f"  {g['id']}: gold name(s) not found on the page: {result.unfound}")
    kept = sum(len(v) for v in out.values())
    print(f"page sentences: {kept} kept, {dropped} left out as untrustworthy")
    return out


def page_folds(ids: list[str], k: int) -> list[list[str]]:
    """k folds of page ids in a fixed shuffled order."""
    order = sorted(ids)
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def extract(gold: list[dict], inputs: list[dict], folder: Path, model: str) -> subprocess.Popen:
    """Start `kerjasama eval` on the pages with KERJASAMA_PEOPLE_MODEL=model (records to
    folder/records.jsonl)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), "utf-8")
    (folder / "pages.jsonl").write_text("".join(json.dumps(x) + "\n" for x in inputs), "utf-8")
    kerjasama = Path(sys.executable).with_name("kerjasama")
    cmd = [str(kerjasama), "eval", str(folder / "gold.jsonl"), str(folder / "pages.jsonl")]
    cmd += ["--records", str(folder / "records.jsonl")]
    env = {**os.environ, "KERJASAMA_PEOPLE_MODEL": model}
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)


def reference(gold: list[dict], records: list[dict], tmp: Path) -> dict:
    """The reference scorer's figures (JSON) of records against gold."""
    g, r = tmp / "score-gold.jsonl", tmp / "score-records.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in gold), "utf-8")
    r.write_text("".join(json.dumps(x) + "\n" for x in records), "utf-8")
    cmd = [sys.executable, str(SHARED / "tools/score.py"), str(g), str(r), "--json"]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def read_records(folders: list[Path]) -> list[dict]:
    rows = []
    for folder in folders:
        text = (folder / "records.jsonl").read_text("utf-8")
        rows += [json.loads(line) for line in text.splitlines() if line.strip()]
    return rows


def figures_by_set(gold: list[dict], records: list[dict], tmp: Path) -> dict[str, dict]:
    """People F1 and people with role on dev, ours and all."""
    dev_ids = {json.loads(x)["id"] for x in GOLD["dev"].read_text("utf-8").splitlines() if x}
    sets = {
        "dev": [g for g in gold if g["id"] in dev_ids],
        "ours": [g for g in gold if g["id"] not in dev_ids],
        "all": gold,
    }
    out = {}
    for name, part in sets.items():
        res = reference(part, records, tmp)
        out[name] = {
            "pages": len(part),
            "people_f1": res["people_prf"][2],
            "people_p": res["people_prf"][0],
            "people_r": res["people_prf"][1],
            "with_role": res["people_with_role_recall"],
        }
    return out


def cross_validate(
    gold: list[dict],
    inputs: list[dict],
    labelled: dict[str, list[Sentence]],
    corpus: list[Sentence],
    k: int,
    work: Path | None = None,
    params: CrfParams | None = None,
) -> dict[str, dict]:
    """Baselines and K-fold figures by set: {"rules": rules alone, "baseline": the NERGrit
    model in the same place, "model": the person model, cross-validated}.

    With `work`, the fold models are kept there, and one already there is reused (to score
    a change of the extractor without training again)."""
    by_id = {g["id"]: (g, i) for g, i in zip(gold, inputs, strict=True)}
    with tempfile.TemporaryDirectory(prefix="kerjasama-people-cv-") as tmp_name:
        tmp = Path(tmp_name)
        rules = extract(gold, inputs, tmp / "rules", "none")
        base = extract(gold, inputs, tmp / "baseline", "nergrit")
        runs, folders = [], []
        for n, test in enumerate(page_folds(list(by_id), k)):
            held = set(test)
            folder = (work or tmp) / f"fold-{n}"
            if not (folder / f"{PEOPLE_MODEL}.crfsuite").is_file():
                train = [s for key, sents in labelled.items() if key not in held for s in sents]
                summary = train_people(folder, train, corpus, OUT, params)
                print(f"fold {n + 1}/{k}: {summary['sentences']} sentences, {summary['seconds']} s")
            runs.append(
                extract(
                    [by_id[x][0] for x in test], [by_id[x][1] for x in test], folder, str(folder)
                )
            )
            folders.append(folder)
        for proc in [rules, base, *runs]:
            if proc.wait() != 0:
                raise SystemExit(f"kerjasama eval failed ({proc.args})")
        return {
            "rules": figures_by_set(gold, read_records([tmp / "rules"]), tmp),
            "baseline": figures_by_set(gold, read_records([tmp / "baseline"]), tmp),
            "model": figures_by_set(gold, read_records(folders), tmp),
        }


def print_figures(cv: dict[str, dict], k: int) -> None:
    print(f"\nreference scorer, people F1 / with role ({k}-fold cross-validated by page):")
    heads = ("rules alone", "NERGrit model", "person model")
    print(f"{'set':6} {'pages':>5}  " + "  ".join(f"{h:>13}" for h in heads))
    for name in ("dev", "ours", "all"):
        cells = [f"{cv[c][name]['people_f1']:.3f} / {cv[c][name]['with_role']:.3f}" for c in cv]
        print(f"{name:6} {cv['model'][name]['pages']:>5}  " + "  ".join(f"{c:>13}" for c in cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only; write nothing")
    ap.add_argument("--no-cv", action="store_true", help="train the shipped model only")
    ap.add_argument("--work", type=Path, help="keep (and reuse) the fold models in this folder")
    default = DEFAULT_PARAMS[PEOPLE_MODEL]
    ap.add_argument("--c1", type=float, default=default.c1, help="L1 weight")
    ap.add_argument("--c2", type=float, default=default.c2, help="L2 weight")
    ap.add_argument("--min-freq", type=int, default=default.min_freq)
    args = ap.parse_args()
    if not CACHE.is_dir() or not (SHARED / "data/ner").is_dir():
        print(f"needs the page cache {CACHE} and {SHARED}/data/ner: nothing trained")
        return 1
    gold, inputs, absent = gather([GOLD["dev"], GOLD["ours"]], None)
    if absent:
        print(f"({len(absent)} gold page(s) not cached, left out)")
    labelled = labelled_pages(gold, inputs, OUT)
    lexicon, _ = shipped_resources(OUT)
    corpus = corpus_people(SHARED, lexicon)
    print(f"corpus sentences (NERGrit + re-cased NERP, persons only): {len(corpus)}")
    params = CrfParams(args.c1, args.c2, DEFAULT_PARAMS[PEOPLE_MODEL].max_iterations, args.min_freq)
    cv = None
    if not args.no_cv:
        cv = cross_validate(gold, inputs, labelled, corpus, args.folds, args.work, params)
        print_figures(cv, args.folds)
    if args.dry_run:
        return 0
    pages = [s for sents in labelled.values() for s in sents]
    summary = train_people(OUT, pages, corpus, OUT, params)
    summary.update({"pages": len(labelled), "folds": args.folds, "cross_validated": cv})
    SUMMARY.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}/{PEOPLE_MODEL}.crfsuite ({summary['bytes']:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
