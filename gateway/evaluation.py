"""`curveball eval`: detection quality on a labelled corpus, through the gateway's own code path.

A corpus is a folder of .eml files with a `manifest.toml`:

    [[message]]
    file = "pl/legal-003.eml"
    lang = "pl"
    expect = ["legal-threat"]     # must be detected
    forbid = ["abusive"]          # must not be detected (tags in neither list are not scored)

Per tag: a true positive is an expected tag that was detected; a false negative an expected tag
that was not; a false positive a forbidden tag that was detected.
"""

from __future__ import annotations

import math
import time
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

from gateway.headers import first_values, split_message
from gateway.policy.analysis import Finding
from gateway.policy.decision import Facts
from gateway.policy.inspect import Inspection, Learned, inspect_message
from gateway.policy.loader import PolicySet
from gateway.relay import strip_forged


@dataclass(frozen=True)
class Labelled:
    file: str
    lang: str
    expect: frozenset[str]
    forbid: frozenset[str]
    note: str = ""


def wilson_lower(successes: int, total: int, z: float = 1.96) -> float:
    """The lower end of the 95 % Wilson interval of successes/total (0.0 when total is 0).

    A corpus cell holds few messages: 2 of 2 found is a recall of 1.0, but only shows that the true
    recall is probably above 0.34. Reports give this bound beside each figure so nobody reads a
    goal into a handful of messages."""
    if total == 0:
        return 0.0
    share = successes / total
    spread = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return max(0.0, (share + z * z / (2 * total) - spread) / (1 + z * z / total))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def record(self, expected: bool, found: bool) -> None:
        """One labelled decision: found and expected (tp), expected only (fn), found only (fp)."""
        if expected and found:
            self.tp += 1
        elif expected:
            self.fn += 1
        elif found:
            self.fp += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision_low(self) -> float:
        return wilson_lower(self.tp, self.tp + self.fp)

    @property
    def recall_low(self) -> float:
        return wilson_lower(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "precision_low": round(self.precision_low, 4), "recall_low": round(self.recall_low, 4),
        }  # fmt: skip


@dataclass(frozen=True)
class Failure:
    file: str
    lang: str
    missed: tuple[str, ...]  # expected, not detected
    wrong: tuple[str, ...]  # forbidden, detected
    tags: tuple[str, ...]
    explanation: tuple[str, ...]  # "tag: phrase (weight, where) — excerpt" for the wrong ones; scores for missed


@dataclass
class Report:
    messages: int = 0
    seconds: float = 0.0
    by_tag: dict[str, Counts] = field(default_factory=dict)
    by_tag_language: dict[tuple[str, str], Counts] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)
    detected_language_right: int = 0

    @property
    def throughput(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0


class CorpusError(ValueError):
    """A corpus that cannot be evaluated: no manifest, a malformed one, or a listed message missing."""


def load_manifest(corpus: Path) -> list[Labelled]:
    path = corpus / "manifest.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(f"{path}: not found: a corpus folder lists its messages in manifest.toml") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from None
    labelled = []
    for number, m in enumerate(data.get("message", []), 1):
        if not isinstance(m.get("file"), str) or not isinstance(m.get("lang"), str):
            raise CorpusError(f"{path}: [[message]] number {number}: needs file and lang (strings)")
        expect, forbid = frozenset(m.get("expect", [])), frozenset(m.get("forbid", []))
        labelled.append(Labelled(m["file"], m["lang"], expect, forbid, m.get("note", "")))
    return labelled


def envelope_sender(raw: bytes) -> str:
    """What the envelope sender most likely was: Return-Path if present (<> is the null sender), else From."""
    values = first_values(split_message(raw)[0], ("return-path", "from"))
    if "return-path" in values:
        return values["return-path"].strip().strip("<>").strip()
    return parseaddr(values.get("from", ""))[1]


def inspect_corpus_message(
    raw: bytes, policy_set: PolicySet, budget: float, learned: Learned | None = None
) -> Inspection:
    """Exactly the gateway's steps: forged fields removed, then parse, analyse (with the learned
    layer when there is one), evaluate."""
    clean, _ = strip_forged(raw)
    return inspect_message(
        clean, policy_set, facts=Facts(), mail_from=envelope_sender(raw), rcpt_tos=("support@example.com",),
        budget=budget, learned=learned,
    )  # fmt: skip


def _counted(finding: Finding) -> str:
    """`"sue" +1`, or with the reason it counted 0: `"hora" +0 (not counted: sv phrase, message is es)`."""
    note = f" ({finding.note})" if finding.note else ""
    return f'"{finding.phrase}" {finding.weight:+g}{note}'


def _explain(inspection: Inspection, wrong: Iterable[str], missed: Iterable[str]) -> tuple[str, ...]:
    lines = []
    for tag in wrong:
        score = inspection.analysis.scores.get(tag)
        for f in score.findings if score else ():
            lines.append(f'+{tag}: "{f.phrase}" ({f.weight:+g}, {f.where}, {f.source}) — {f.excerpt}')
        if tag == "automated" and inspection.analysis.automated:
            lines.append(f"+automated: {inspection.analysis.automated}")
    for tag in missed:
        partial = inspection.analysis.scores.get(tag)
        found = ", ".join(_counted(f) for f in partial.findings) if partial else "nothing matched"
        lines.append(f"-{tag}: score {partial.score if partial else 0:g} ({found})")
    return tuple(lines)


def evaluate_corpus(
    corpus: Path, policy_set: PolicySet, *, budget: float = 5.0, learned: Learned | None = None
) -> Report:
    report = Report()
    started = time.perf_counter()
    for item in load_manifest(corpus):
        try:
            raw = (corpus / item.file).read_bytes()
        except OSError as exc:
            raise CorpusError(f"{corpus / 'manifest.toml'}: {item.file}: {exc.strerror}") from None
        inspection = inspect_corpus_message(raw, policy_set, budget, learned)
        tags = set(inspection.decision.tags)
        report.messages += 1
        report.languages[item.lang] = report.languages.get(item.lang, 0) + 1
        if inspection.decision.language == item.lang:
            report.detected_language_right += 1
        for tag in item.expect | item.forbid:
            counts = report.by_tag.setdefault(tag, Counts())
            per_language = report.by_tag_language.setdefault((tag, item.lang), Counts())
            for bucket in (counts, per_language):
                bucket.record(tag in item.expect, tag in tags)
        missed = tuple(sorted(item.expect - tags))
        wrong = tuple(sorted(item.forbid & tags))
        if missed or wrong:
            report.failures.append(
                Failure(item.file, item.lang, missed, wrong, tuple(sorted(tags)), _explain(inspection, wrong, missed))
            )
    report.seconds = time.perf_counter() - started
    return report
