"""Calibrated weights: fitted on labelled mail, applied at load time only while the lexicon still says
the weight they were fitted from, and written by `curveball calibrate`."""

from __future__ import annotations

import mailbox
import shutil
from pathlib import Path

import pytest

from gateway.calibrate import Example, cross_validate, fit
from gateway.errors import ConfigError
from gateway.policy.loader import load_policy_set
from tests.policy_support import curveball, eml, policy_dir, run
from tests.support import write_config

ROOT = Path(__file__).parent.parent

OUTAGE = """
[detector]
name = "outage"
threshold = 1.0
[phrases.en]
"spinning" = 0.5
"everyone" = 0.4
"down for" = 0.6
"planned maintenance" = -1.0
[classes.en]
service = ["portal"]
failure = ["frozen"]
[[combos]]
need = ["service", "failure"]
weight = 0.3
"""

POLICY = """
name = "outage"
[when]
detect = "outage"
[then]
tag = "outage"
"""


def calibration(text: str) -> str:
    return '[detector]\nname = "outage"\n' + text


def weights(policy_set_dir: Path, **kwargs: bool) -> dict[str, float]:
    policy_set = load_policy_set(policy_set_dir, routes=None, **kwargs)
    found = {p.text: p.weight for p in policy_set.matcher.phrases if p.detector == "outage" and p.role == "phrase"}
    found["threshold"] = policy_set.detectors["outage"].threshold
    found["combo"] = policy_set.detectors["outage"].combos[0].weight
    return found


def test_fitted_weights_apply_only_while_the_lexicon_says_what_they_were_fitted_from(tmp_path: Path) -> None:
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    (directory / "calibration").mkdir()
    (directory / "calibration" / "outage.toml").write_text(
        calibration(
            'threshold = [1.0, 0.8]\n[phrases]\n"spinning" = [0.5, 0.7]\n"everyone" = [0.3, 0.9]\n'
            '"not in the lexicon" = [1.0, 2.0]\n[combos]\n"service+failure" = [0.3, 0.45]\n'
        )
    )
    calibrated = weights(directory)
    assert load_policy_set(directory, routes=None).warnings == (
        f"{directory / 'calibration' / 'outage.toml'}: 2 fitted value(s) no longer match the lexicon and are "
        'ignored ("everyone", "not in the lexicon"): run curveball calibrate --refit',
    )
    assert calibrated["spinning"] == 0.7
    assert calibrated["everyone"] == 0.4  # fitted from 0.3, but the lexicon now says 0.4: stale, ignored
    assert calibrated["down for"] == 0.6  # not fitted: as written
    assert calibrated["threshold"] == 0.8 and calibrated["combo"] == 0.45
    assert weights(directory, calibrated=False) == {
        "spinning": 0.5, "everyone": 0.4, "down for": 0.6, "planned maintenance": -1.0, "threshold": 1.0, "combo": 0.3,
    }  # fmt: skip
    version = load_policy_set(directory, routes=None).version
    assert version != load_policy_set(directory, routes=None, calibrated=False).version


def test_check_warns_about_fitted_values_the_lexicon_no_longer_matches(tmp_path: Path) -> None:
    """An admin edits a weight of a calibrated detector: the set still loads (the edit wins), and
    `curveball check` says which fitted values are now ignored and what to run."""
    config = write_config(tmp_path, "maildir:mail")
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    (directory / "calibration").mkdir()
    (directory / "calibration" / "outage.toml").write_text(
        calibration('threshold = [1.0, 0.9]\n[phrases]\n"spinning" = [0.5, 0.7]\n')
    )
    clean = curveball("check", "--config", str(config))
    assert clean.returncode == 0 and "warning" not in clean.stderr, clean.stderr
    lexicon = directory / "lexicons" / "outage.toml"
    lexicon.write_text(
        OUTAGE.replace('"spinning" = 0.5', '"spinning" = 0.6').replace("threshold = 1.0", "threshold = 1.1")
    )
    edited = curveball("check", "--config", str(config))
    assert edited.returncode == 0, edited.stderr
    assert (
        f"warning: {directory / 'calibration' / 'outage.toml'}: 2 fitted value(s) no longer match the lexicon and "
        'are ignored ("spinning", threshold): run curveball calibrate --refit'
    ) in edited.stderr


def test_a_calibrated_class_counts_once_when_any_member_is_found(tmp_path: Path) -> None:
    """Classes have no weight of their own in a lexicon; a fitted one counts once per message, found
    anywhere (not only within a combo's window), preferring the body, at half weight in a reply's subject."""
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    (directory / "calibration").mkdir()
    (directory / "calibration" / "outage.toml").write_text(
        calibration('[classes]\n"failure" = [0, 0.5]\n"service" = [0.2, 0.9]\n"gone" = [0, 1.0]\n')
    )
    policy_set = load_policy_set(directory, routes=None)
    assert [(name, weight) for name, weight, _ in policy_set.detectors["outage"].class_weights] == [("failure", 0.5)]
    score = run(policy_set, eml("Everyone sees it frozen. Also frozen on my phone.")).analysis.scores["outage"]
    assert [(f.phrase, f.weight, f.where) for f in score.findings] == [
        ("everyone", 0.4, "body"),
        ("[failure]", 0.5, "body"),
    ]
    assert score.score == 0.9 and not score.fired  # the class counted once, though found twice
    assert run(policy_set, eml("Everyone: spinning, then frozen.")).analysis.fired("outage")  # 0.4 + 0.5 + 0.5
    reply = run(policy_set, eml("Everyone is here.", subject="Re: frozen")).analysis.scores["outage"]
    assert [(f.phrase, f.weight, f.note) for f in reply.findings if f.phrase == "[failure]"] == [
        ("[failure]", 0.25, "reply subject: counts half")
    ]


def test_a_broken_calibration_file_is_reported_with_file_and_line(tmp_path: Path) -> None:
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    (directory / "calibration").mkdir()
    path = directory / "calibration" / "outage.toml"
    path.write_text(calibration('[phrases]\n"spinning" = 0.7\n'))
    with pytest.raises(ConfigError) as caught:
        load_policy_set(directory, routes=None)
    assert caught.value.problems == [f"{path}:4: expected [written, fitted]: two numbers from -3 to 3"]
    path.write_text('[detector]\nname = "nobody"\n')
    with pytest.raises(ConfigError) as caught:
        load_policy_set(directory, routes=None)
    assert caught.value.problems == [f"{path}: calibrates detector 'nobody', which no lexicon defines"]


def test_fit_raises_weak_phrases_that_only_mean_the_tag_together() -> None:
    """Positives hold two weak phrases (0.5 + 0.4 < 1.0: all missed); negatives hold one of them, or
    an unrelated phrase. The fit must find all positives, no negative, and leave unseen phrases alone."""
    spinning, everyone, other = ("phrase", "spinning"), ("phrase", "everyone"), ("phrase", "down for")
    written = {spinning: {0.5}, everyone: {0.4}, other: {0.6}, ("phrase", "unseen"): {0.9}}
    examples = [Example(True, {spinning: 1.0, everyone: 1.0}, 0.0) for _ in range(30)]
    examples += [Example(False, {spinning: 1.0}, 0.0) for _ in range(20)]
    examples += [Example(False, {everyone: 1.0}, 0.0) for _ in range(20)]
    examples += [Example(False, {other: 1.0}, 0.0) for _ in range(5)]
    fitted = fit("outage", examples, written, 1.0)
    assert fitted is not None
    assert (fitted.before.tp, fitted.before.fp) == (0, 0)
    assert (fitted.after.tp, fitted.after.fp, fitted.after.fn) == (30, 0, 0)
    assert ("phrase", "unseen") not in fitted.weights
    new = {key: pair[1] for key, pair in fitted.weights.items()}
    score = new.get(spinning, 0.5) + new.get(everyone, 0.4)
    assert score >= fitted.threshold > max(new.get(spinning, 0.5), new.get(everyone, 0.4), new.get(other, 0.6))
    assert 0.5 <= fitted.threshold <= 1.5  # never far from the written threshold


def test_fit_weighs_a_class_that_only_means_the_tag_beside_a_phrase() -> None:
    """A class has no written weight: the fit gives it one (bounded, pulled harder toward 0) when the
    mail shows it matters, here a weak phrase that means an outage only with a scope word anywhere."""
    spinning, scope = ("phrase", "spinning"), ("class", "scope")
    written = {spinning: {0.5}, scope: {0.0}}
    examples = [Example(True, {spinning: 1.0, scope: 1.0}, 0.0) for _ in range(30)]
    examples += [Example(False, {spinning: 1.0}, 0.0) for _ in range(20)]
    examples += [Example(False, {scope: 1.0}, 0.0) for _ in range(20)]
    fitted = fit("outage", examples, written, 1.0)
    assert fitted is not None and (fitted.after.tp, fitted.after.fp) == (30, 0)
    written_class, class_weight = fitted.weights[scope]
    assert written_class == 0.0 and 0 < class_weight <= 1.0


def test_cross_validation_measures_the_fit_on_batches_it_did_not_see() -> None:
    """Each of ten batches (manifests) is held out in turn: every message is counted once, and the
    weak pair that the written weights miss is found in batches the fit never saw."""
    spinning, everyone, other = ("phrase", "spinning"), ("phrase", "everyone"), ("phrase", "down for")
    written = {spinning: {0.5}, everyone: {0.4}, other: {0.6}}
    examples = []
    for batch in range(10):
        group = f"batch{batch}/manifest.toml"
        examples += [Example(True, {spinning: 1.0, everyone: 1.0}, 0.0, group) for _ in range(5)]
        examples += [Example(False, {spinning: 1.0}, 0.0, group) for _ in range(4)]
        examples += [Example(False, {other: 1.0}, 0.0, group) for _ in range(2)]
    held = cross_validate("outage", examples, written, 1.0, folds=5)
    assert held is not None
    before, after = held
    assert (before.tp, before.fn, before.fp) == (0, 50, 0)
    assert (after.tp, after.fn, after.fp) == (50, 0, 0)


def test_keep_weak_stops_a_phrase_written_as_weak_from_firing_alone() -> None:
    """Without the guard the fit lifts a 0.5 phrase that always meant the tag over the threshold;
    with it, the phrase stays just under the new threshold: it still needs company."""
    alone, other = ("phrase", "same here"), ("phrase", "newsletter")
    written = {alone: {0.5}, other: {0.3}}
    examples = [Example(True, {alone: 1.0}, 0.0) for _ in range(30)]
    examples += [Example(False, {other: 1.0}, 0.0) for _ in range(30)]
    lifted = fit("outage", examples, written, 1.0)
    kept = fit("outage", examples, written, 1.0, keep_weak=True)
    assert lifted is not None and kept is not None
    assert lifted.weights[alone][1] >= lifted.threshold and lifted.after.tp == 30
    assert kept.weights[alone][1] == round(kept.threshold - 0.01, 2) and kept.after.tp == 0


def test_fit_needs_enough_examples_of_each_kind() -> None:
    key = ("phrase", "spinning")
    few = [Example(True, {key: 1.0}, 0.0) for _ in range(30)] + [Example(False, {}, 0.0) for _ in range(5)]
    assert fit("outage", few, {key: {0.5}}, 1.0) is None


def test_calibrate_command_writes_weights_that_find_the_near_misses(tmp_path: Path) -> None:
    """The admin's path: labelled mail in a folder, `curveball calibrate --write`, and the next load of
    the policy set tags what the written weights missed, and still not the negatives."""
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    labelled = tmp_path / "labelled"
    labelled.mkdir()
    entries: list[str] = []
    positive = "Everyone here just sees the spinning wheel since nine."
    negatives = ["The spinning wheel on my screen only, sorry.", "Thanks to everyone in your team for the help."]
    for number in range(24):
        for kind, body in [("p", positive), ("n", negatives[0]), ("n", negatives[1])]:
            name = f"{kind}{number}-{len(entries)}.eml"
            (labelled / name).write_bytes(eml(f"{body} (ref {number})", subject=f"Case {number}"))
            label = 'expect = ["outage"]' if kind == "p" else 'forbid = ["outage"]'
            entries.append(f'[[message]]\nfile = "{name}"\nlang = "en"\n{label}\n')
    (labelled / "manifest.toml").write_text("\n".join(entries))
    before = load_policy_set(directory, routes=None)
    assert not run(before, eml(positive)).analysis.fired("outage")

    shown = curveball(
        "calibrate",
        str(labelled),
        "--policies",
        str(directory),
        "--config",
        str(tmp_path / "none.toml"),
        "--folds",
        "2",
    )
    assert shown.returncode == 0, shown.stderr
    assert "outage: 2 weights changed" in shown.stdout and "tp 0 -> 24, fp 0 -> 0" in shown.stdout
    assert "held out: too few labelled messages for 2 folds" in shown.stdout  # 12 positives per fit
    listed = [line.strip() for line in shown.stdout.splitlines() if " -> " in line and line.startswith("  ")]
    assert len(listed) == 2 and {line.split(" ")[0] for line in listed} == {'"spinning"', '"everyone"'}
    assert not (directory / "calibration").exists()  # without --write nothing is written

    written = curveball(
        "calibrate", str(labelled), "--policies", str(directory), "--config", str(tmp_path / "none.toml"), "--write"
    )
    assert written.returncode == 0, written.stderr
    after = load_policy_set(directory, routes=None)
    assert after.calibrated == {"outage"}
    found = run(after, eml(positive)).analysis.scores["outage"]
    assert found.fired
    assert all(f.source.endswith(")") and "(calibrated from 0." in f.source for f in found.findings), found
    assert not any(run(after, eml(body)).analysis.fired("outage") for body in negatives)
    first = (directory / "calibration" / "outage.toml").read_text()
    again = curveball(
        "calibrate", str(labelled), "--policies", str(directory), "--config", str(tmp_path / "none.toml"), "--write"
    )
    assert again.returncode == 0 and (directory / "calibration" / "outage.toml").read_text() == first  # no drift
    assert f'[fit]\nsources = ["{labelled}"]\nstrength = 1.0\nmargin = 0.1\nkeep_weak = false\n' in first

    # The admin edits a weight: that fitted value goes stale. --refit repeats the fit the file records.
    lexicon = directory / "lexicons" / "outage.toml"
    lexicon.write_text(lexicon.read_text().replace('"spinning" = 0.5', '"spinning" = 0.45'))
    assert load_policy_set(directory, routes=None).warnings
    refitted = curveball("calibrate", "--refit", "--policies", str(directory), "--config", str(tmp_path / "none.toml"),
                         "--write")  # fmt: skip
    assert refitted.returncode == 0, refitted.stderr
    assert "outage: 2 weights changed" in refitted.stdout and "tp 0 -> 24, fp 0 -> 0" in refitted.stdout
    refreshed = load_policy_set(directory, routes=None)
    assert not refreshed.warnings and refreshed.calibrated == {"outage"}
    assert run(refreshed, eml(positive)).analysis.fired("outage")
    assert '"spinning" = [0.45, ' in (directory / "calibration" / "outage.toml").read_text()


def test_calibrate_reads_labels_by_message_id_from_a_maildir(tmp_path: Path) -> None:
    """An admin's labelled mail lives in a Maildir, named by Message-ID in a labels file (as for
    `curveball train`); a Message-ID that no source holds is a warning, not an error."""
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    maildir = mailbox.Maildir(tmp_path / "archive", create=True)
    entries = ['[[message]]\nmessage_id = "<gone@customer.example>"\nexpect = ["outage"]\n']
    bodies = [
        ("p", "Everyone here just sees the spinning wheel."),
        ("n", "The spinning wheel on my screen only."),
        ("n", "Thanks to everyone in your team."),
    ]
    for number in range(25):
        for kind, body in bodies:
            message_id = f"<{kind}{number}-{len(entries)}@customer.example>"
            raw = eml(f"{body} ({number})").replace(b"<m1@customer.example>", message_id.encode())
            maildir.add(raw)
            label = 'expect = ["outage"]' if kind == "p" else 'forbid = ["outage"]'
            entries.append(f'[[message]]\nmessage_id = "{message_id}"\n{label}\n')
    labels = tmp_path / "labels.toml"
    labels.write_text("\n".join(entries))
    done = curveball(
        "calibrate", "--labels", str(labels), str(tmp_path / "archive"), "--policies", str(directory),
        "--config", str(tmp_path / "none.toml"), "--write",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "<gone@customer.example>: message not found, skipped" in done.stderr
    assert "on 75 messages tp 0 -> 25, fp 0 -> 0" in done.stdout
    assert f"from: {labels}" in (directory / "calibration" / "outage.toml").read_text()


def test_calibrate_says_what_is_wrong_with_its_input(tmp_path: Path) -> None:
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    options = ["--policies", str(directory), "--config", str(tmp_path / "none.toml")]
    nothing = curveball("calibrate", *options)
    assert nothing.returncode == 2 and "name folders of labelled mail, or --labels FILE" in nothing.stderr
    empty = curveball("calibrate", str(tmp_path), *options)
    assert empty.returncode == 2 and f"{tmp_path}: no manifest.toml in or under it" in empty.stderr
    unknown = curveball("calibrate", str(tmp_path), "--detector", "nobody", *options)
    assert unknown.returncode == 2 and "unknown detector(s): nobody" in unknown.stderr


def test_refit_says_what_it_cannot_repeat(tmp_path: Path) -> None:
    directory = policy_dir(tmp_path, {"outage": POLICY}, {"outage": OUTAGE})
    options = ["--policies", str(directory), "--config", str(tmp_path / "none.toml")]
    nothing = curveball("calibrate", "--refit", *options)
    assert nothing.returncode == 2 and f"nothing to refit: no calibration files in {directory / 'calibration'}" in (
        nothing.stderr
    )
    mixed = curveball("calibrate", "--refit", str(tmp_path), "--strength", "2", *options)
    assert mixed.returncode == 2 and "drop folders, --strength" in mixed.stderr
    (directory / "calibration").mkdir()
    old = directory / "calibration" / "outage.toml"
    old.write_text(calibration('threshold = [1.0, 0.8]\n[phrases]\n"spinning" = [0.5, 0.7]\n'))
    unrecorded = curveball("calibrate", "--refit", *options)
    assert unrecorded.returncode == 2 and f"{old}: no [fit] table" in unrecorded.stderr
    old.write_text(calibration('threshold = [1.0, 0.8]\n[fit]\nsources = "labelled"\n'))
    wrong = curveball("calibrate", "--refit", *options)
    assert wrong.returncode == 2 and f"{old}:5: sources: expected a list of folders" in wrong.stderr


def test_shipped_calibration_is_what_refit_writes(tmp_path: Path) -> None:
    """Every shipped calibration file is reproducible: `curveball calibrate --refit` on the dev sets its
    [fit] table names writes it byte for byte. A lexicon edit (even a new phrase) needs a refit."""
    copy = tmp_path / "policies"
    shutil.copytree(ROOT / "policies", copy)
    done = curveball("calibrate", "--refit", "--policies", str(copy), "--config", str(tmp_path / "none.toml"),
                     "--write", "--show", "0", cwd=ROOT, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    shipped = sorted((ROOT / "policies" / "calibration").glob("*.toml"))
    differ = [p.name for p in shipped if (copy / "calibration" / p.name).read_bytes() != p.read_bytes()]
    assert not differ, f"run from the repo root: curveball calibrate --refit --write ({', '.join(differ)})"


def test_shipped_calibration_matches_the_shipped_lexicons() -> None:
    """Every shipped fitted value was fitted from the weight its lexicon says now: a lexicon edit
    without a new `curveball calibrate` would silently drop fitted values (the loader ignores stale ones)."""
    from gateway.policy.calibration import load_calibration

    policies = ROOT / "policies"
    written = load_policy_set(policies, routes=None, calibrated=False)
    by_text: dict[tuple[str, str], set[float]] = {}
    for phrase in written.matcher.phrases:
        if phrase.role != "phrase":
            continue
        by_text.setdefault((phrase.detector, phrase.text), set()).add(phrase.weight)
    stale = []
    files = sorted((policies / "calibration").glob("*.toml"))
    assert files, "the shipped policy set is calibrated"
    for path in files:
        problems: list[str] = []
        calibration = load_calibration(path, problems)
        assert calibration is not None, problems
        detector = written.detectors[calibration.detector]
        if calibration.threshold is not None and calibration.threshold[0] != detector.threshold:
            stale.append(f"{path}: threshold written {calibration.threshold[0]}, lexicon {detector.threshold}")
        for text, (prior, _) in calibration.phrases.items():
            if prior not in by_text.get((calibration.detector, text), set()):
                stale.append(f"{path}: {text!r} fitted from {prior}, lexicon now {by_text.get((detector.name, text))}")
        for name, (prior, _) in calibration.classes.items():
            if prior != 0 or name not in detector.classes:
                stale.append(f"{path}: class {name} (written {prior}) is not a class of {detector.name} written 0")
        combos = {"+".join(c.need): c.weight for c in detector.combos}
        for name, (prior, _) in calibration.combos.items():
            if combos.get(name) != prior:
                stale.append(f"{path}: combo {name} fitted from {prior}, lexicon now {combos.get(name)}")
    assert not stale, "run curveball calibrate --refit --write from the repo root:\n" + "\n".join(stale[:20])
