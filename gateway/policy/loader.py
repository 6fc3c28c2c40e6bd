"""Load a policy directory into an immutable, compiled PolicySet, or report every problem at once.

Layout of the directory (`[policies] dir`):
    *.toml              one policy per file, applied in file-name order
    lexicons/*.toml     detectors: weighted phrases per language
    lexicons.local/     per-deployment additions to shipped detectors
    calibration/*.toml  fitted weights per detector (`curveball calibrate`; gateway.policy.calibration)
    templates/          reply templates (used by auto_reply)

Errors name file, line and what is wrong; nothing half-loaded is ever returned, so a broken edit
cannot replace a working set.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import re2
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from gateway.errors import ConfigError
from gateway.policy.calibration import FOLDER as CALIBRATION
from gateway.policy.calibration import Calibration, load_calibration
from gateway.policy.language import SUPPORTED
from gateway.policy.matcher import MEMBER, NEGATOR, TARGET, Combo, Phrase, PhraseError, PhraseMatcher, compile_phrase
from gateway.policy.model import NAME, Conditions, PolicyFile, describe_actions
from gateway.policy.signals import SIGNALS
from gateway.policy.templates import TemplateSet, load_templates
from gateway.policy.text import MaskResolver, fold, normalize
from gateway.tomlfile import TomlDocument, load_toml

INLINE_PREFIX = "policy:"
LOCAL_LEXICONS = "lexicons.local"  # per-deployment additions and exceptions, never overwritten by upgrades
MAX_WINDOW = 8  # words: reach of a target; negators reach at most MAX_NEGATOR_WINDOW
MAX_NEGATOR_WINDOW = 5
MAX_COMBO_WINDOW = 12  # words between the first and the last member of a combo
DEFAULT_COMBO_WINDOW = 6
CLASS_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
GAP_TOKEN = re.compile(r"\.\.\.\d*")
MASKED_SHAPE = re.compile(r"^[^\W\d_]+\*+$")  # "f***", "c*": the letters seen, then the masked rest


class _DetectorHeader(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(pattern=NAME.pattern)
    description: str = ""
    threshold: float = Field(default=1.0, gt=0)
    # How far (in words, either side, same clause) a target may be from a phrase marked `target = true`.
    target_window: int = Field(default=3, ge=1, le=MAX_WINDOW)


@dataclass(frozen=True)
class Detector:
    name: str
    description: str
    threshold: float
    source: str
    signals: tuple[tuple[str, float, str], ...] = ()  # (signal, weight, file:line)
    classes: frozenset[str] = frozenset()  # class names of [classes.xx], unioned over languages and files
    combos: tuple[Combo, ...] = ()
    # Calibrated only (policies/calibration/): (class, weight, source), counted once per message
    # when any member of the class is found.
    class_weights: tuple[tuple[str, float, str], ...] = ()

    @cached_property
    def class_weight_of(self) -> dict[str, tuple[float, str]]:
        return {name: (weight, source) for name, weight, source in self.class_weights}

    @cached_property
    def combos_by_class(self) -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
        """Indexes into `combos`, with the classes each needs, by each combo's first class: a
        message's classes find the few combos worth a closer look without testing all of them."""
        index: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for number, combo in enumerate(self.combos):
            index.setdefault(combo.need[0], []).append((number, combo.need_set))
        return {name: tuple(entries) for name, entries in index.items()}


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    return options


def compile_regex(pattern: str) -> re2._Regexp:
    """RE2: linear time whatever the pattern; case-insensitive unless it starts with (?-i)."""
    if not pattern.startswith("(?-i)"):
        pattern = "(?i)" + pattern
    return re2.compile(pattern, options=_re2_options())


def _set_conditions(conditions: Conditions | None) -> tuple[tuple[str, Any], ...]:
    if conditions is None:
        return ()
    return tuple((key, value) for key in conditions.model_fields_set if (value := getattr(conditions, key)) is not None)


@dataclass(frozen=True)
class CompiledPolicy:
    spec: PolicyFile
    source: str
    regexes: dict[str, Any] = field(default_factory=dict)  # pattern text -> compiled RE2
    # Read off the spec once at load time, not for every message: the (key, value) pairs of the
    # conditions that are set, and the detectors whose findings explain the policy when it fires.
    when: tuple[tuple[str, Any], ...] = field(init=False)
    unless: tuple[tuple[str, Any], ...] = field(init=False)
    explained_by: tuple[str, ...] = field(init=False)
    described: tuple[str, ...] = field(init=False)  # its actions, readable: "tag:legal-threat"

    def __post_init__(self) -> None:
        when = self.spec.when
        object.__setattr__(self, "when", _set_conditions(when))
        object.__setattr__(self, "unless", _set_conditions(self.spec.unless))
        detectors = [self.inline_detector, *(when.detect or []), *(when.detect_any or []), *(when.score or {})]
        object.__setattr__(self, "explained_by", tuple(detectors))
        object.__setattr__(self, "described", tuple(describe_actions(self.spec.then)))

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def inline_detector(self) -> str:
        return INLINE_PREFIX + self.spec.name


@dataclass(frozen=True)
class PolicySet:
    directory: Path
    version: str
    policies: tuple[CompiledPolicy, ...]
    detectors: dict[str, Detector]
    matcher: PhraseMatcher
    masks: MaskResolver
    files: tuple[str, ...]
    templates: TemplateSet = field(default_factory=TemplateSet)
    loaded_at: float = field(default_factory=time.time)
    calibrated: frozenset[str] = frozenset()  # detectors whose calibration file was applied
    warnings: tuple[str, ...] = ()  # loads fine, but someone should look (stale calibration values)

    @classmethod
    def empty(cls, directory: Path) -> PolicySet:
        matcher = PhraseMatcher()
        matcher.build()
        return cls(directory, "empty", (), {}, matcher, MaskResolver(), ())


def _validation_problems(doc: TomlDocument, exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> list[str]:
    problems = []
    for error in exc.errors():
        loc = prefix + tuple(error["loc"])
        key = ".".join(str(p) for p in loc if not isinstance(p, int)) or "(file)"
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key (not a known condition/action/setting)"
        elif error["type"] == "missing":
            message = "required key is missing"
        problems.append(f"{doc.where(loc)}: {key}: {message}")
    return problems


def _lexicon_entry(
    header: _DetectorHeader, section: str, text: str, value: object, language: str, where: str
) -> tuple[Phrase, str]:
    """One entry of [phrases.xx], [negators.xx], [negators_after.xx] or [targets.xx] as a Phrase, or
    what is wrong with it.

    phrases:  "text" = weight                       (a number from -3 to 3)
              "text" = { weight = 1.0, target = true }  (counts only when aimed at a target; true =
                                                    the detector's target_window, or a number of words)
              "text" = { weight = 1.0, own_language = true }  (counts only in messages of this table's
                                                    language; combinable with target)
    negators: "text" = words                        (0-5 words between it and the phrase it cancels;
                                                    -1 = not a negator here: "not hesitate" vs "not")
    negators_after: "text" = words                  (0-5 words between the phrase it cancels and it:
                                                    "einen Anwalt brauche ich nicht")
    targets:  "text" = true
    """
    name = header.name
    if section == "negators":
        if isinstance(value, bool) or not isinstance(value, int) or not -1 <= value <= MAX_NEGATOR_WINDOW:
            return Phrase(name, text, 0.0, language, where), (
                f"negator {text!r}: value must be the number of words it reaches over, 0 to "
                f"{MAX_NEGATOR_WINDOW} (or -1 for an exception)"
            )
        return Phrase(name, text, 0.0, language, where, NEGATOR, value), ""
    if section == "negators_after":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_NEGATOR_WINDOW:
            return Phrase(name, text, 0.0, language, where), (
                f"negator {text!r}: value must be the number of words between the phrase and it, 0 to "
                f"{MAX_NEGATOR_WINDOW}"
            )
        return Phrase(name, text, 0.0, language, where, NEGATOR, value, after=True), ""
    if section == "targets":
        if value is not True:
            return Phrase(name, text, 0.0, language, where), f"target {text!r}: value must be true"
        return Phrase(name, text, 0.0, language, where, TARGET), ""
    window = 0
    weight = value
    own = False
    if isinstance(value, dict):
        extra = set(value) - {"weight", "target", "own_language"}
        if extra or "weight" not in value:
            return Phrase(name, text, 0.0, language, where), (
                f"phrase {text!r}: expected {{ weight = NUMBER, target = true|WORDS, own_language = true }}"
                + (f" (unknown: {', '.join(sorted(extra))})" if extra else " (weight is missing)")
            )
        weight = value["weight"]
        own, problem = _own_language("phrase", text, value.get("own_language", False), language)
        if problem:
            return Phrase(name, text, 0.0, language, where), problem
        target = value.get("target", False)
        if target is True:
            window = header.target_window
        elif target is False:
            window = 0
        elif isinstance(target, int) and 1 <= target <= MAX_WINDOW:
            window = target
        else:
            return Phrase(name, text, 0.0, language, where), (
                f"phrase {text!r}: target must be true, false or a number of words from 1 to {MAX_WINDOW}"
            )
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not -3.0 <= weight <= 3.0:
        return Phrase(name, text, 0.0, language, where), f"phrase {text!r}: weight must be a number from -3 to 3"
    if window and weight <= 0:
        return Phrase(name, text, 0.0, language, where), f"phrase {text!r}: only a positive phrase can need a target"
    return Phrase(name, text, float(weight), language, where, window=window, own_language=own), ""


def _own_language(kind: str, text: str, value: object, language: str) -> tuple[bool, str]:
    """`own_language = true` is only meaningful in a table named after a language detection can return."""
    if value is False:
        return False, ""
    if value is not True:
        return False, f"{kind} {text!r}: own_language must be true or false"
    if language not in SUPPORTED:
        return False, (
            f"{kind} {text!r}: own_language needs a table named after a detected language, not {language!r} "
            f"(known: {', '.join(SUPPORTED)})"
        )
    return True, ""


def _load_lexicon(
    path: Path,
    matcher: PhraseMatcher,
    detectors: dict[str, Detector],
    masked: dict[str, tuple[str, str]],
    problems: list[str],
    *,
    extend: bool = False,
    calibrations: Mapping[str, Calibration] | None = None,
    applied: dict[str, set[tuple[str, str]]] | None = None,
) -> None:
    """Compile one lexicon file; with `extend` (lexicons.local/) it adds to a shipped detector instead.
    Its `[masked]` shapes go into `masked` (shape -> word, file:line), shared by all files.
    A detector's calibration (fitted weights) replaces the weights it was fitted from."""
    try:
        doc = load_toml(path)
    except ConfigError as exc:
        problems.extend(exc.problems)
        return
    try:
        header = _DetectorHeader.model_validate(doc.data.get("detector", {}))
    except ValidationError as exc:
        problems.extend(_validation_problems(doc, exc, ("detector",)))
        return
    if extend and header.name not in detectors:
        problems.append(
            f"{doc.where(('detector', 'name'))}: lexicons.local extends detectors that exist; "
            f"{header.name!r} is not one (known: {', '.join(sorted(detectors)) or 'none'})"
        )
        return
    if not extend and header.name in detectors:
        problems.append(
            f"{doc.where(('detector', 'name'))}: detector {header.name!r} is already defined in "
            f"{detectors[header.name].source}"
        )
        return
    sections = ("phrases", "negators", "negators_after", "targets")
    unknown = set(doc.data) - {"detector", *sections, "signals", "classes", "combos", "masked"}
    for key in sorted(unknown):
        problems.append(
            f"{doc.where((key,))}: {key}: unknown key (expected [detector], [phrases.LANG], [negators.LANG], "
            "[negators_after.LANG], [targets.LANG], [classes.LANG], [[combos]] and [masked])"
        )
    calibration = (calibrations or {}).get(header.name)
    used = applied.setdefault(header.name, set()) if applied is not None else set()  # fitted values applied
    _masked(doc, masked, problems)
    phrases = doc.data.get("phrases", {})
    if not isinstance(phrases, dict) or (not phrases and not extend):
        problems.append(f"{doc.where(('phrases',))}: phrases: expected tables like [phrases.en]")
        return
    for section in sections:
        tables = doc.data.get(section, {})
        if not isinstance(tables, dict):
            problems.append(f"{doc.where((section,))}: {section}: expected tables like [{section}.en]")
            continue
        for language, table in tables.items():
            if not isinstance(table, dict):
                problems.append(
                    f"{doc.where((section, language))}: {section}.{language}: expected a table of phrase = value"
                )
                continue
            for text, value in table.items():
                where = doc.where((section, language, text))
                phrase, problem = _lexicon_entry(header, section, text, value, language, where)
                if problem:
                    problems.append(f"{where}: {problem}")
                    continue
                if calibration is not None and section == "phrases":
                    fitted = calibration.phrase(phrase)
                    if fitted is not phrase:
                        used.add(("phrase", phrase.text))
                    phrase = fitted
                try:
                    matcher.add(phrase)
                except PhraseError as exc:
                    problems.append(f"{where}: {exc}")
    signals = _signals(doc, problems)
    classes = _classes(doc, header.name, matcher, problems)
    if extend:
        classes |= detectors[header.name].classes
    combos = _combos(doc, header.name, classes, problems)
    threshold = header.threshold
    if calibration is not None:
        fitted_combos = tuple(calibration.combo(combo) for combo in combos)
        used.update(("combo", "+".join(c.need)) for c, f in zip(combos, fitted_combos, strict=True) if c is not f)
        combos = fitted_combos
        fitted_threshold = calibration.threshold_for(threshold)
        if fitted_threshold is not threshold:
            used.add(("threshold", ""))
        threshold = fitted_threshold
    if extend:
        shipped = detectors[header.name]
        explicit = isinstance(doc.data.get("detector"), dict) and "threshold" in doc.data["detector"]
        threshold = threshold if explicit else shipped.threshold
        detectors[header.name] = Detector(
            shipped.name,
            shipped.description,
            threshold,
            f"{shipped.source}, {path}",
            shipped.signals + signals,
            classes,
            shipped.combos + combos,
        )
        return
    detectors[header.name] = Detector(header.name, header.description, threshold, str(path), signals, classes, combos)


def _masked(doc: TomlDocument, masked: dict[str, tuple[str, str]], problems: list[str]) -> None:
    """`[masked]` "f***" = "fuck": a word masked up to its last letter, and the word it stands for.
    One table for the whole policy set: the normaliser resolves it before any detector looks."""
    table = doc.data.get("masked", {})
    if not isinstance(table, dict):
        problems.append(f'{doc.where(("masked",))}: masked: expected a table of "f***" = "word"')
        return
    for shape, word in table.items():
        where = doc.where(("masked", shape))
        key = fold(shape)
        if not MASKED_SHAPE.match(key):
            problems.append(f'{where}: masked.{shape}: expected letters then * (as in "f***" or "c*")')
            continue
        if not isinstance(word, str) or normalize(word).split() != [fold(word)]:
            problems.append(f"{where}: masked.{shape}: expected the one word it stands for, got {word!r}")
            continue
        known = masked.get(key)
        if known is not None and known[0] != fold(word):
            problems.append(f"{where}: masked.{shape}: already {known[0]!r} in {known[1]}")
            continue
        masked.setdefault(key, (fold(word), where))


def _classes(doc: TomlDocument, detector: str, matcher: PhraseMatcher, problems: list[str]) -> frozenset[str]:
    """`[classes.xx]` name = ["member", ...]: members become phrases of role MEMBER in the one automaton.

    The same member written under two languages is added once, so the scan does not find it twice; a
    member written `{ member = "harta", own_language = true }` is kept per language, as it counts only
    in messages of its table's language."""
    tables = doc.data.get("classes", {})
    if not isinstance(tables, dict):
        problems.append(f"{doc.where(('classes',))}: classes: expected tables like [classes.en]")
        return frozenset()
    names: set[str] = set()
    seen: set[tuple[str, str, str]] = set()
    for language, table in tables.items():
        if not isinstance(table, dict):
            problems.append(f"{doc.where(('classes', language))}: classes.{language}: expected name = [members]")
            continue
        for name, members in table.items():
            where = doc.where(("classes", language, name))
            if not CLASS_NAME.match(name):
                problems.append(f"{where}: class {name!r}: use lower-case letters, digits, - and _")
                continue
            if not isinstance(members, list) or not all(isinstance(m, str | dict) for m in members):
                problems.append(f"{where}: class {name!r}: expected a list of words or phrases")
                continue
            if not members:
                problems.append(f"{where}: class {name!r} is empty")
                continue
            names.add(name)
            for item in members:
                text, own, problem = _member(item, language)
                if problem:
                    problems.append(f"{where}: class {name!r}: {problem}")
                    continue
                try:
                    compiled = compile_phrase(text)
                except PhraseError as exc:
                    problems.append(f"{where}: class {name!r}: {exc}")
                    continue
                unique = (name, compiled.key, language if own else "")
                if unique not in seen:
                    seen.add(unique)
                    member = Phrase(detector, text, 0.0, language, where, MEMBER, concept=name, own_language=own)
                    matcher.add(member, compiled)
    return frozenset(names)


def _member(item: object, language: str) -> tuple[str, bool, str]:
    """A class member: "word" or { member = "word", own_language = true }; (text, own, problem)."""
    if isinstance(item, str):
        return item, False, ""
    assert isinstance(item, dict)
    text = item.get("member")
    if not isinstance(text, str) or set(item) - {"member", "own_language"}:
        return "", False, f'expected "word" or {{ member = "word", own_language = true }}, not {item!r}'
    own, problem = _own_language("member", text, item.get("own_language", False), language)
    return text, own, problem


def _combos(doc: TomlDocument, detector: str, classes: frozenset[str], problems: list[str]) -> tuple[Combo, ...]:
    """`[[combos]]` need = ["service", "failure"], window = 6, weight = 0.7; every problem with its line."""
    entries = doc.data.get("combos", [])
    if not isinstance(entries, list):
        problems.append(f"{doc.where(('combos',))}: combos: expected [[combos]] entries")
        return ()
    combos = []
    for index, entry in enumerate(entries):
        combo, entry_problems = _combo(doc, detector, classes, index, entry)
        problems.extend(entry_problems)
        if combo is not None:
            combos.append(combo)
    return tuple(combos)


def _combo(
    doc: TomlDocument, detector: str, classes: frozenset[str], index: int, entry: object
) -> tuple[Combo | None, list[str]]:
    where = doc.where(("combos", index))
    if not isinstance(entry, dict):
        return None, [f"{where}: combos: expected [[combos]] with need, window and weight"]
    problems = [
        f"{doc.where(('combos', index, key))}: combos.{key}: unknown key (expected need, window, weight)"
        for key in sorted(set(entry) - {"need", "window", "weight"})
    ]
    need = entry.get("need")
    if not isinstance(need, list) or not all(isinstance(n, str) for n in need) or len(set(need)) < 2:
        problems.append(f"{doc.where(('combos', index, 'need'))}: combos.need: name at least 2 different classes")
    else:
        for name in need:
            if name not in classes:
                problems.append(
                    f"{doc.where(('combos', index, 'need'))}: combos.need: unknown class {name!r} "
                    f"(known: {', '.join(sorted(classes)) or 'none'})"
                )
    window = entry.get("window", DEFAULT_COMBO_WINDOW)
    if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= MAX_COMBO_WINDOW:
        problems.append(
            f"{doc.where(('combos', index, 'window'))}: combos.window: must be a number of words from 1 to "
            f"{MAX_COMBO_WINDOW}"
        )
    weight = entry.get("weight")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not -3.0 <= weight <= 1.0:
        problems.append(f"{doc.where(('combos', index, 'weight'))}: combos.weight: must be a number from -3 to 1")
    if problems:
        return None, problems
    assert isinstance(need, list) and isinstance(window, int) and isinstance(weight, int | float)
    return Combo(detector, tuple(need), window, float(weight), where), []


def _signals(doc: TomlDocument, problems: list[str]) -> tuple[tuple[str, float, str], ...]:
    """The `[signals]` table: signal name = weight (see gateway.policy.signals)."""
    table = doc.data.get("signals", {})
    if not isinstance(table, dict):
        problems.append(f"{doc.where(('signals',))}: signals: expected a table like [signals] shouting = 0.5")
        return ()
    found = []
    for name, weight in table.items():
        where = doc.where(("signals", name))
        if name not in SIGNALS:
            problems.append(f"{where}: signals.{name}: unknown signal (known: {', '.join(sorted(SIGNALS))})")
        elif isinstance(weight, bool) or not isinstance(weight, int | float) or not -3.0 <= weight <= 3.0:
            problems.append(f"{where}: signals.{name}: weight must be a number from -3 to 3")
        else:
            found.append((name, float(weight), where))
    return tuple(found)


def _check_policy(
    doc: TomlDocument,
    spec: PolicyFile,
    detectors: dict[str, Detector],
    routes: set[str] | None,
    templates: Path,
    template_names: set[str],
) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    regexes: dict[str, Any] = {}
    for section_name in ("when", "unless"):
        section = getattr(spec, section_name)
        if section is None:
            continue
        for key in ("detect", "detect_any"):
            for name in getattr(section, key) or []:
                if name not in detectors:
                    problems.append(
                        f"{doc.where((section_name, key))}: {section_name}.{key}: unknown detector {name!r} "
                        f"(known: {', '.join(sorted(detectors)) or 'none'})"
                    )
        for name in section.score or {}:
            if name not in detectors:
                problems.append(
                    f"{doc.where((section_name, 'score', name))}: {section_name}.score: unknown detector {name!r}"
                )
        patterns: list[tuple[str, str]] = [("subject_matches", p) for p in section.subject_matches or []]
        patterns += [("body_matches", p) for p in section.body_matches or []]
        patterns += [("header_matches", p) for p in (section.header_matches or {}).values()]
        for key, pattern in patterns:
            try:
                regexes[pattern] = compile_regex(pattern)
            except re2.error as exc:
                reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
                problems.append(
                    f"{doc.where((section_name, key))}: {section_name}.{key}: bad regular expression "
                    f"{pattern!r}: {reason} (RE2 syntax: no backreferences or lookaround)"
                )
    actions = spec.then
    named_routes = list(actions.route or []) + ([actions.redirect] if actions.redirect else [])
    named_routes += [n.route for n in actions.notify or []]
    for route in named_routes:
        if routes is not None and route not in routes:
            problems.append(
                f"{doc.where(('then',))}: then: unknown route {route!r} "
                f"(routes in the config: {', '.join(sorted(routes)) or 'none'})"
            )
    # Checked against the templates that loaded, so a broken template file does not count as present.
    wanted = [("auto_reply", actions.auto_reply.template)] if actions.auto_reply else []
    wanted += [("owner_approval", actions.owner_approval.template)] if actions.owner_approval else []
    for key, name in wanted:
        if name not in template_names:
            problems.append(
                f"{doc.where(('then', key, 'template'))}: then.{key}.template: no template {name!r} in {templates}"
            )
    return regexes, problems


def _inline_phrases(spec: PolicyFile) -> Iterable[tuple[str | None, str]]:
    for section in (spec.when, spec.unless):
        if section is None or section.phrases is None:
            continue
        if isinstance(section.phrases, dict):
            for language, texts in section.phrases.items():
                yield from ((language, t) for t in texts)
        else:
            yield from ((None, t) for t in section.phrases)


def _words(phrase: str) -> list[str]:
    """The words of a phrase as the mask resolver should know them: no `*`, no `...N` gap counts."""
    return normalize(GAP_TOKEN.sub(" ", phrase.replace("*", ""))).split()


def _load_calibrations(paths: Iterable[Path], problems: list[str]) -> dict[str, Calibration]:
    calibrations: dict[str, Calibration] = {}
    for path in paths:
        calibration = load_calibration(path, problems)
        if calibration is None:
            continue
        if calibration.detector in calibrations:
            problems.append(f"{path}: detector {calibration.detector!r} is already calibrated in "
                            f"{calibrations[calibration.detector].source}")  # fmt: skip
        calibrations[calibration.detector] = calibration
    return calibrations


def load_policy_set(directory: Path, *, routes: Iterable[str] | None = (), calibrated: bool = True) -> PolicySet:
    """Compile every lexicon and policy under `directory`; raises ConfigError listing all problems.

    `routes=None` skips checking route names (dry runs without a config file). `calibrated=False`
    leaves calibration/ out: the weights as written, which `curveball calibrate` fits from."""
    problems: list[str] = []
    if not directory.is_dir():
        raise ConfigError([f"{directory}: policy directory not found"])
    digest = hashlib.sha256()
    matcher = PhraseMatcher()
    detectors: dict[str, Detector] = {}
    lexicon_files = sorted((directory / "lexicons").glob("*.toml"))
    policy_files = sorted(directory.glob("*.toml"))
    for path in [*lexicon_files, *policy_files]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    masked: dict[str, tuple[str, str]] = {}
    calibration_files = sorted((directory / CALIBRATION).glob("*.toml")) if calibrated else []
    for path in calibration_files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    calibrations = _load_calibrations(calibration_files, problems)
    applied: dict[str, set[tuple[str, str]]] = {}
    for path in lexicon_files:
        _load_lexicon(path, matcher, detectors, masked, problems, calibrations=calibrations, applied=applied)
    local_files = sorted((directory / LOCAL_LEXICONS).glob("*.toml"))
    for path in local_files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _load_lexicon(
            path, matcher, detectors, masked, problems, extend=True, calibrations=calibrations,
            applied=applied,
        )  # fmt: skip
    warnings = []
    for name, calibration in sorted(calibrations.items()):
        if name not in detectors:
            problems.append(f"{calibration.source}: calibrates detector {name!r}, which no lexicon defines")
            continue
        detector = detectors[name]
        if calibration.classes:
            detectors[name] = replace(detector, class_weights=calibration.class_weights(detector.classes))
        stale = calibration.stale(applied.get(name, set()), detector.classes)
        if stale:
            shown = ", ".join(stale[:3]) + (" ..." if len(stale) > 3 else "")
            warnings.append(
                f"{calibration.source}: {len(stale)} fitted value(s) no longer match the lexicon and are "
                f"ignored ({shown}): run curveball calibrate --refit"
            )
    template_files = sorted((directory / "templates").glob("*.toml"))
    for path in template_files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    template_set = load_templates(directory / "templates", problems)
    policies: list[CompiledPolicy] = []
    seen: dict[str, str] = {}
    route_names = set(routes) if routes is not None else None
    for path in policy_files:
        try:
            doc = load_toml(path)
            spec = PolicyFile.model_validate(doc.data)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        except ValidationError as exc:
            problems.extend(_validation_problems(doc, exc))
            continue
        if spec.name in seen:
            problems.append(
                f"{doc.where(('name',))}: name: duplicate policy name {spec.name!r} (also in {seen[spec.name]})"
            )
            continue
        seen[spec.name] = str(path)
        regexes, policy_problems = _check_policy(
            doc, spec, detectors, route_names, directory / "templates", template_set.names()
        )
        problems.extend(policy_problems)
        for language, text in _inline_phrases(spec):
            try:
                matcher.add(Phrase(INLINE_PREFIX + spec.name, text, 1.0, language, doc.where(("when",))))
            except PhraseError as exc:
                problems.append(f"{doc.where(('when', 'phrases'))}: {exc}")
        policies.append(CompiledPolicy(spec, str(path), regexes))
    if problems:
        raise ConfigError(problems)
    matcher.build()
    # In load order: lexicon files sort by name, so abusive.toml's words win an ambiguous mask.
    vocabulary = [word for phrase in matcher.phrases for word in _words(phrase.text)]
    return PolicySet(
        directory=directory,
        version=digest.hexdigest()[:12],
        policies=tuple(policies),
        detectors=detectors,
        matcher=matcher,
        masks=MaskResolver(vocabulary, {shape: word for shape, (word, _) in masked.items()}),
        files=tuple(str(p) for p in [*lexicon_files, *local_files, *calibration_files, *policy_files, *template_files]),
        templates=template_set,
        calibrated=frozenset(calibrations),
        warnings=tuple(warnings),
    )
