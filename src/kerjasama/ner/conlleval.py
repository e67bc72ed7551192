"""Entity-level precision, recall and F1 with the rules of the CoNLL `conlleval` script.

A chunk starts at `B-X`, at `I-X` after `O` or after a chunk of another type, and ends
where the next tag does not continue it. A predicted chunk counts as correct only when
its start, end and type all equal a gold chunk's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Chunk = tuple[int, int, str]  # start (inclusive), end (exclusive), type


def split_tag(tag: str) -> tuple[str, str]:
    """Split `B-PER` into (`B`, `PER`); `O` gives (`O`, ``)."""
    if tag == "O" or not tag:
        return "O", ""
    prefix, sep, label = tag.partition("-")
    if not sep:
        return "I", tag  # a bare type is treated as inside, as conlleval does with -r off
    return prefix, label


def _end_of_chunk(prev_tag: str, tag: str, prev_type: str, type_: str) -> bool:
    if prev_tag in ("B", "I") and tag in ("B", "O", "S"):
        return True
    if prev_tag in ("E", "S"):
        return True
    return prev_tag != "O" and prev_type != type_


def _start_of_chunk(prev_tag: str, tag: str, prev_type: str, type_: str) -> bool:
    if tag in ("B", "S"):
        return True
    if prev_tag in ("E", "S", "O") and tag in ("E", "I"):
        return True
    return tag != "O" and prev_type != type_


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """Return the chunks of one sentence's IOB/IOBES tag sequence."""
    result: list[Chunk] = []
    prev_tag, prev_type = "O", ""
    start = -1
    for i, full in enumerate([*tags, "O"]):
        tag, type_ = split_tag(full)
        if start >= 0 and _end_of_chunk(prev_tag, tag, prev_type, type_):
            result.append((start, i, prev_type))
            start = -1
        if _start_of_chunk(prev_tag, tag, prev_type, type_):
            start = i
        prev_tag, prev_type = tag, type_
    return result


@dataclass
class TypeScore:
    """Precision, recall and F1 (as percentages) with the counts behind them."""

    correct: int
    guessed: int
    gold: int

    @property
    def precision(self) -> float:
        return 100.0 * self.correct / self.guessed if self.guessed else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Scores over a whole test set: overall, per type, plus token accuracy."""

    overall: TypeScore
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    tokens: int = 0
    correct_tokens: int = 0

    @property
    def accuracy(self) -> float:
        return 100.0 * self.correct_tokens / self.tokens if self.tokens else 0.0

    def report(self, title: str = "") -> str:
        """Format the scores as a conlleval-like text table."""
        ov = self.overall
        lines = [title] if title else []
        lines.append(
            f"processed {self.tokens} tokens with {ov.gold} phrases; "
            f"found: {ov.guessed} phrases; correct: {ov.correct}."
        )
        lines.append(
            f"accuracy: {self.accuracy:6.2f}%; precision: {ov.precision:6.2f}%; "
            f"recall: {ov.recall:6.2f}%; FB1: {ov.f1:6.2f}"
        )
        for name in sorted(self.per_type):
            s = self.per_type[name]
            lines.append(
                f"{name:>17}: precision: {s.precision:6.2f}%; recall: {s.recall:6.2f}%; "
                f"FB1: {s.f1:6.2f}  {s.guessed}"
            )
        return "\n".join(lines)


def evaluate(gold: Iterable[Sequence[str]], guessed: Iterable[Sequence[str]]) -> Evaluation:
    """Score predicted tag sequences against gold ones, sentence by sentence."""
    correct: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_guess: Counter[str] = Counter()
    tokens = correct_tokens = 0
    for g_tags, p_tags in zip(gold, guessed, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError(f"sentence lengths differ: {len(g_tags)} gold vs {len(p_tags)}")
        tokens += len(g_tags)
        correct_tokens += sum(1 for a, b in zip(g_tags, p_tags, strict=True) if a == b)
        g_chunks = chunks(g_tags)
        p_chunks = chunks(p_tags)
        n_gold.update(c[2] for c in g_chunks)
        n_guess.update(c[2] for c in p_chunks)
        correct.update(c[2] for c in set(g_chunks) & set(p_chunks))
    types = sorted(set(n_gold) | set(n_guess))
    per_type = {t: TypeScore(correct[t], n_guess[t], n_gold[t]) for t in types}
    overall = TypeScore(sum(correct.values()), sum(n_guess.values()), sum(n_gold.values()))
    return Evaluation(overall, per_type, tokens, correct_tokens)
