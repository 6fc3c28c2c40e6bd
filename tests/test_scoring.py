"""How phrase weights add up: once per phrase, strongest per spot, exceptions always count."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.errors import ConfigError
from tests.policy_support import eml, load, run

REFUND = """
[detector]
name = "refund-request"
threshold = 1.0
[phrases.en]
"refund*" = 1.0
"refund" = 0.5
"money back" = 1.0
"refund policy" = -1.0
[phrases.de]
"money back" = 0.7
"""


def scores(tmp_path: Path, body: str) -> float:
    policy_set = load(tmp_path, {}, {"refund-request": REFUND})
    score = run(policy_set, eml(body)).analysis.scores.get("refund-request")
    return score.score if score else 0.0


def test_same_words_in_two_languages_count_once_at_the_higher_weight(tmp_path: Path) -> None:
    assert scores(tmp_path, "I want my money back") == 1.0


def test_competing_phrases_at_one_spot_count_once(tmp_path: Path) -> None:
    assert scores(tmp_path, "refund please") == 1.0


def test_an_exception_at_the_same_spot_still_cancels(tmp_path: Path) -> None:
    assert scores(tmp_path, "What is your refund policy?") == 0.0


def test_repeating_a_phrase_does_not_add_up(tmp_path: Path) -> None:
    assert scores(tmp_path, "money back! money back! money back!") == 1.0


LEGAL = """
[detector]
name = "legal-threat"
threshold = 1.0
[phrases.en]
"sue*" = 1.0
"my lawyer" = 1.0
[negators.en]
"not" = 2
"no plans to" = 1
"not hesitate" = -1
[negators.de]
"nicht" = 2
[negators_after.de]
"nicht" = 2
"nicht nötig" = 1
[phrases.de]
"verklag*" = 1.0
"anwalt" = 1.0
"""

ABUSE = """
[detector]
name = "abusive"
threshold = 1.0
target_window = 3
[phrases.en]
"*idiot*" = { weight = 1.0, target = true }
"idiot" = 0.4
"moron*" = { weight = 1.0, target = 1 }
[targets.en]
"you" = true
"your agent" = true
[phrases.de]
"*idiot*" = { weight = 1.0, target = true }
[targets.de]
"ihr" = true
"""


def legal(tmp_path: Path, body: str) -> tuple[float, list[str]]:
    policy_set = load(tmp_path, {}, {"legal-threat": LEGAL})
    score = run(policy_set, eml(body)).analysis.scores.get("legal-threat")
    return (score.score, [f.note for f in score.findings if f.note]) if score else (0.0, [])


def abuse(tmp_path: Path, body: str) -> float:
    policy_set = load(tmp_path, {}, {"abusive": ABUSE})
    score = run(policy_set, eml(body)).analysis.scores.get("abusive")
    return score.score if score else 0.0


@pytest.mark.parametrize(
    "body",
    [
        "We are not going to sue anyone.",
        "We have no plans to sue.",
        "Wir werden Sie nicht verklagen.",
    ],
)
def test_a_negator_shortly_before_a_phrase_cancels_it_and_says_so(tmp_path: Path, body: str) -> None:
    score, notes = legal(tmp_path, body)
    assert score == 0.0
    assert len(notes) == 1 and notes[0].startswith("negated by")


@pytest.mark.parametrize(
    "body",
    [
        "If this is not fixed by Friday, I will sue.",  # a clause end stops the negator
        "Wenn Sie nicht zahlen, verklage ich Sie.",
        "This is not fair and I will sue you.",  # too far: three words between
        "I will not hesitate to sue.",  # an exception switches the negator off
        "Not going to sue? Oh yes, we will sue you.",  # a second, un-negated occurrence counts
    ],
)
def test_negators_do_not_reach_past_their_clause_window_or_exceptions(tmp_path: Path, body: str) -> None:
    assert legal(tmp_path, body)[0] == 1.0


@pytest.mark.parametrize(
    "body",
    [
        "Einen Anwalt brauche ich nicht.",  # two words between the phrase and the negator after it
        "Einen Anwalt nicht.",
        "Ein Anwalt ist nicht nötig, danke.",  # a longer negator after it
    ],
)
def test_a_negator_after_a_phrase_cancels_it_and_says_so(tmp_path: Path, body: str) -> None:
    score, notes = legal(tmp_path, body)
    assert score == 0.0
    assert len(notes) == 1 and notes[0].startswith('negated by "nicht')


@pytest.mark.parametrize(
    "body",
    [
        "Ich nehme mir einen Anwalt. Nicht morgen, heute.",  # a clause end stops it
        "Mein Anwalt hat Ihren Brief gelesen und ist nicht amüsiert.",  # too far: six words between
        "Nicht ich, mein Anwalt schreibt Ihnen.",  # before the phrase, another clause: neither kind
    ],
)
def test_negators_after_do_not_reach_past_their_clause_or_window(tmp_path: Path, body: str) -> None:
    assert legal(tmp_path, body)[0] == 1.0


def test_negators_only_cancel_phrases_of_their_own_detector(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"legal-threat": LEGAL, "abusive": ABUSE})
    scores = run(policy_set, eml("I do not think you idiot will sue")).analysis.scores
    assert scores["abusive"].fired


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("You are such an idiot.", 1.0),
        ("Your agent is an idiot", 1.0),
        ("Ihr Vollidioten!", 1.0),
        ("I was an idiot, sorry, it works now.", 0.4),  # no target: only the untargeted weight
        ("You know what? I'm the idiot here.", 0.4),  # the target is in another clause
        ("You morons", 1.0),
        ("You are morons", 1.0),  # target = 1: one word may stand between
        ("You really are total morons", 0.0),  # ... not three
    ],
)
def test_targeted_phrases_count_only_when_aimed_at_someone(tmp_path: Path, body: str, expected: float) -> None:
    assert abuse(tmp_path, body) == expected


def test_targeted_phrase_too_far_from_its_target(tmp_path: Path) -> None:
    assert abuse(tmp_path, "You told me that the whole thing was moronic") == 0.0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[negators.en]\n"not" = 9\n', "negator 'not': value must be the number of words"),
        ('[negators.en]\n"not" = true\n', "negator 'not': value must be the number of words"),
        ('[negators_after.en]\n"not" = -1\n', "negator 'not': value must be the number of words between"),
        ('[targets.fr]\n"vous" = 1\n', "target 'vous': value must be true"),
        ('[phrases.de]\n"idiot" = { weight = 1.0, target = 20 }\n', "target must be true, false or a number"),
        ('[phrases.de]\n"idiot" = { weight = -1.0, target = true }\n', "only a positive phrase can need a target"),
        ('[phrases.de]\n"idiot" = { target = true }\n', "weight is missing"),
        ('[phrases.de]\n"idiot" = { weight = 1.0, aim = true }\n', "unknown: aim"),
        ('[phrases.de]\n"*id" = 1.0\n', "compound ending needs at least 4 letters"),
        ("[whatever]\nx = 1\n", "unknown key"),
    ],
)
def test_new_lexicon_syntax_is_validated_with_file_and_line(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, {}, {"abusive": ABUSE.replace("[phrases.de]", extra + "[phrases.xx]", 1)})
    problems = "\n".join(caught.value.problems)
    assert message in problems
    assert "abusive.toml:" in problems


def test_local_lexicons_extend_shipped_detectors_and_show_their_file(tmp_path: Path) -> None:
    from gateway.policy.loader import load_policy_set
    from tests.policy_support import policy_dir

    directory = policy_dir(tmp_path, {}, {"refund-request": REFUND})
    local = directory / "lexicons.local"
    local.mkdir()
    (local / "refunds.toml").write_text(
        '[detector]\nname = "refund-request"\n[phrases.en]\n"give back my deposit" = 1.0\n"refund arrived" = -2.0\n'
    )
    policy_set = load_policy_set(directory, routes=[])
    inspection = run(policy_set, eml("Please give back my deposit"))
    [finding] = inspection.analysis.scores["refund-request"].findings
    assert finding.source == f"{local / 'refunds.toml'}:4"
    assert inspection.analysis.scores["refund-request"].fired
    assert not run(policy_set, eml("Thanks, the refund arrived")).analysis.scores["refund-request"].fired


def test_local_lexicon_for_an_unknown_detector_is_an_error(tmp_path: Path) -> None:
    import pytest

    from gateway.errors import ConfigError
    from gateway.policy.loader import load_policy_set
    from tests.policy_support import policy_dir

    directory = policy_dir(tmp_path, {}, {"refund-request": REFUND})
    (directory / "lexicons.local").mkdir()
    (directory / "lexicons.local" / "x.toml").write_text('[detector]\nname = "refnud"\n[phrases.en]\n"x y" = 1.0\n')
    with pytest.raises(ConfigError, match=r"x\.toml:2: lexicons\.local extends detectors that exist"):
        load_policy_set(directory, routes=[])


ANGRY = """
[detector]
name = "angry"
threshold = 1.0
[signals]
shouting = 0.6
exclamations = 0.4
[phrases.en]
"unacceptable" = 0.6
"""


def test_shouting_and_exclamations_are_explained_signals(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"angry": ANGRY})
    calm = run(policy_set, eml("Hello, the invoice for March has the wrong VAT rate (EU)."))
    assert "angry" not in calm.analysis.scores  # an acronym or two is not shouting
    loud = run(policy_set, eml("THIS IS THE THIRD TIME I WRITE!!! Answer me."))
    score = loud.analysis.scores["angry"]
    assert score.fired
    assert {(f.phrase, f.excerpt) for f in score.findings} == {
        ("[shouting]", "THIS THE THIRD TIME WRITE"),
        ("[exclamations]", "!!!"),
    }
    assert all(
        f.source.endswith("lexicons/angry.toml:6") or f.source.endswith("lexicons/angry.toml:7") for f in score.findings
    )
    one_signal = run(policy_set, eml("Why does nobody answer?!"))
    assert not one_signal.analysis.scores["angry"].fired
    with_phrase = run(policy_set, eml("This is unacceptable?!"))
    assert with_phrase.analysis.scores["angry"].fired


def test_unknown_signal_is_an_error(tmp_path: Path) -> None:
    import pytest

    from gateway.errors import ConfigError

    with pytest.raises(ConfigError, match=r"angry\.toml:6: signals\.whispering: unknown signal"):
        load(tmp_path, {}, {"angry": ANGRY.replace("shouting = 0.6", "whispering = 0.6")})


OUTAGE = """
[detector]
name = "outage"
threshold = 1.0
[phrases.en]
"outage" = 1.0
[negators.en]
"no" = 1
[classes.en]
service = ["site", "website", "login", "server*", "api"]
failure = ["down", "not loading", "time* out", "unreachable"]
scope = ["everyone", "nobody", "whole team"]
[classes.de]
service = ["seite", "server*"]
failure = ["nicht erreichbar"]

[[combos]]
need = ["service", "failure"]
window = 3
weight = 0.6

[[combos]]
need = ["service", "failure", "scope"]
window = 6
weight = 0.5
"""


def outage(tmp_path: Path, body: str, subject: str = "Question") -> tuple[float, list[tuple[str, float, str]]]:
    policy_set = load(tmp_path, {}, {"outage": OUTAGE})
    score = run(policy_set, eml(body, subject=subject)).analysis.scores.get("outage")
    if score is None:
        return 0.0, []
    return score.score, sorted((f.phrase, f.weight, f.note) for f in score.findings)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The site is down.", 0.6),
        ("Down again: your site!", 0.0),  # a clause end between the members
        ("Your servers have been unreachable for hours.", 0.6),  # a stem, three words between
        ("The login page has for some reason been down", 0.0),  # five words between: beyond window 3
        ("Die Seite ist nicht erreichbar", 0.6),  # classes are unioned across languages
        ("Die Seite is down", 0.6),  # ... and members of two languages combine
        ("Nobody can work, the site is down", 0.6),  # the scope is in another clause
        ("The api just times out for the whole team", 1.1),
        ("down", 0.0),
    ],
)
def test_a_combo_fires_when_its_classes_are_close_in_one_clause(tmp_path: Path, body: str, expected: float) -> None:
    assert outage(tmp_path, body)[0] == expected


def test_a_combo_counts_once_per_message(tmp_path: Path) -> None:
    score, findings = outage(tmp_path, "The site is down. The api is down. The server is unreachable.")
    assert score == 0.6
    assert findings == [("[service+failure]", 0.6, "")]


def test_a_combo_adds_to_the_phrases_of_its_detector(tmp_path: Path) -> None:
    assert outage(tmp_path, "Outage: the site is down")[0] == 1.6


def test_one_word_is_not_a_member_of_two_classes_at_once(tmp_path: Path) -> None:
    both = OUTAGE.replace('failure = ["down",', 'failure = ["site", "down",', 1)
    policy_set = load(tmp_path, {}, {"outage": both})
    assert "outage" not in run(policy_set, eml("Your site")).analysis.scores
    assert run(policy_set, eml("Your site site")).analysis.scores["outage"].score == 0.6


def test_a_negator_before_the_first_member_cancels_the_combo_and_says_so(tmp_path: Path) -> None:
    score, findings = outage(tmp_path, "There is no site down here")
    assert score == 0.0
    [(name, weight, note)] = findings
    assert (name, weight) == ("[service+failure]", 0.0)
    assert note.startswith('negated by "no" (') and "outage.toml:8)" in note
    # A second, un-negated occurrence still counts; a negator in another clause does not reach.
    assert outage(tmp_path, "No site down? The site is down.")[0] == 0.6
    assert outage(tmp_path, "No, the site is down")[0] == 0.6


def test_a_negator_between_the_members_cancels_the_combo(tmp_path: Path) -> None:
    """German and Nordic put the negation after the verb, inside the combo ("vi vil ikke gå til
    advokat"); a negator that is part of a member ("not loading") is the member's own word."""
    policy_set = load(tmp_path, {}, {"outage": OUTAGE.replace('"no" = 1', '"no" = 1\n"not" = 1')})

    def combo(body: str) -> tuple[float, str]:
        [finding] = run(policy_set, eml(body)).analysis.scores["outage"].findings
        return finding.weight, finding.note

    weight, note = combo("The site is not down")
    assert weight == 0.0 and note.startswith('negated by "not" (')
    assert combo("The site is not loading") == (0.6, "")
    assert combo("The site is down, not slow") == (0.6, "")


def test_a_fired_combo_is_explained_with_its_source_line_and_the_members(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"outage": OUTAGE})
    body = "Hello there, since this morning the whole team sees that the api times out every time. Thanks"
    [finding] = [f for f in run(policy_set, eml(body)).analysis.scores["outage"].findings if f.phrase.count("+") == 2]
    assert finding.phrase == "[service+failure+scope]"
    assert finding.source == f"{tmp_path / 'policies' / 'lexicons' / 'outage.toml'}:22"
    assert finding.where == "body"
    assert "whole team sees that the api times out" in finding.excerpt
    assert finding.weight == 0.5


def test_a_combo_in_the_subject_is_found_there(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"outage": OUTAGE})
    [finding] = run(policy_set, eml("Hello", subject="Site down?")).analysis.scores["outage"].findings
    assert (finding.phrase, finding.where, finding.excerpt) == ("[service+failure]", "subject", "site down")


@pytest.mark.parametrize("prefix", ["Re: ", "AW: ", "SV: Re: ", "Odp: ", "Fwd: ", "RE[2]: ", "r: "])
def test_a_reply_subject_counts_half(tmp_path: Path, prefix: str) -> None:
    """ "Re: Site down?" repeats what started the thread: context for the new text, not a report."""
    half = (0.3, [("[service+failure]", 0.3, "reply subject: counts half")])
    full = (0.6, [("[service+failure]", 0.6, "")])
    assert outage(tmp_path, "Thanks, all fine again.", subject=prefix + "Site down?") == half
    assert outage(tmp_path, "Thanks, all fine again.", subject="Site down?") == full
    # The same words in the new text count fully, once: the body's occurrence is the one kept.
    assert outage(tmp_path, "The site is down.", subject=prefix + "Site down?") == full


def test_a_reply_subject_prefix_must_lead_the_subject(tmp_path: Path) -> None:
    assert outage(tmp_path, "Hello", subject="Info: site down")[0] == 0.6
    assert outage(tmp_path, "Hello", subject="Refund: site down")[0] == 0.6


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        ('need = ["service", "failure"]\nwindow = 3', 18, "combos.need: unknown class 'servce'"),
        ('need = ["service", "failure"]\nwindow = 3', 18, "combos.need: name at least 2 different classes"),
        ('need = ["service", "failure"]\nwindow = 3', 19, "combos.window: must be a number of words from 1 to 12"),
        ("weight = 0.6", 20, "combos.weight: must be a number from -3 to 1"),
        ('service = ["site", "website", "login", "server*", "api"]', 10, "class 'service' is empty"),
        ("weight = 0.6", 20, "combos.wieght: unknown key"),
        ('service = ["site", "website", "login", "server*", "api"]', 10, "class 'service': phrase 'x*'"),
    ],
)
def test_combo_and_class_errors_name_file_and_line(tmp_path: Path, change: str, line: int, message: str) -> None:
    replacement = {
        "combos.need: unknown": 'need = ["servce", "failure"]\nwindow = 3',
        "combos.need: name": 'need = ["service", "service"]\nwindow = 3',
        "combos.window": 'need = ["service", "failure"]\nwindow = 13',
        "combos.weight": "weight = 1.5",
        "class 'service' is empty": "service = []",
        "combos.wieght": "wieght = 0.6",
        "class 'service': phrase": 'service = ["x*"]',
    }
    new = next(value for key, value in replacement.items() if message.startswith(key))
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, {}, {"outage": OUTAGE.replace(change, new, 1)})
    lexicon = tmp_path / "policies" / "lexicons" / "outage.toml"
    assert any(p.startswith(f"{lexicon}:{line}: ") and message in p for p in caught.value.problems), (
        caught.value.problems
    )


def test_a_class_nobody_needs_is_fine(tmp_path: Path) -> None:
    policy_set = load(
        tmp_path, {}, {"outage": OUTAGE.replace("[classes.de]", '[classes.fr]\nspare = ["x y"]\n[classes.de]')}
    )
    assert policy_set.detectors["outage"].classes == {"service", "failure", "scope", "spare"}


@pytest.mark.parametrize(
    ("body", "tag", "combo"),
    [
        ("Our dashboard hangs on a white screen for all of our users.", "outage", "[service+failure+scope]"),
        ("Vil I sætte mig som ejer af kontoen?", "account-ownership", "[change+me+role]"),
        ("Potete nominarmi amministratore?", "account-ownership", "[asks_me+role]"),
    ],
)
def test_shipped_lexicons_use_combos(body: str, tag: str, combo: str) -> None:
    from gateway.policy.loader import load_policy_set

    shipped = load_policy_set(Path(__file__).parent.parent / "policies", routes=None)
    score = run(shipped, eml(body)).analysis.scores[tag]
    assert score.fired
    assert combo in {f.phrase for f in score.findings}


def test_an_outage_report_is_not_also_a_bug_report() -> None:
    from gateway.policy.loader import load_policy_set

    shipped = load_policy_set(Path(__file__).parent.parent / "policies", routes=None)
    raw = (Path(__file__).parent / "devset" / "en" / "outage-02.eml").read_bytes()
    inspection = run(shipped, raw)
    assert inspection.analysis.fired("bug-report")  # the words of a malfunction are there...
    assert "outage" in inspection.decision.tags
    assert "bug-report" not in inspection.decision.tags  # ...but 62-bug-report skips outage reports


SCOPED = """
[detector]
name = "abusive"
threshold = 1.0
target_window = 2
[phrases.sv]
"hora" = { weight = 1.0, own_language = true, target = true }
"din jävla" = { weight = -1.0, own_language = true }
[targets.sv]
"du" = true
[phrases.ro]
"escroc*" = 1.0
[classes.ro]
service = [{ member = "harta", own_language = true }, "aplicatia"]
failure = ["nu se incarca", "no carga"]

[[combos]]
need = ["service", "failure"]
window = 3
weight = 1.0
"""

SWEDISH = "Du är en hora och jag hatar er support, svara nu på mitt mejl"
SPANISH = "Llevo una hora esperando y nadie me contesta, es increíble"


def scoped(
    tmp_path: Path, body: str, subject: str = "Hej", lexicon: str = SCOPED
) -> tuple[str, float, list[tuple[str, float, str]]]:
    policy_set = load(tmp_path, {}, {"abusive": lexicon})
    analysis = run(policy_set, eml(body, subject=subject)).analysis
    score = analysis.scores.get("abusive")
    findings = sorted((f.phrase, f.weight, f.note) for f in score.findings) if score else []
    return analysis.language, score.score if score else 0.0, findings


def test_an_own_language_phrase_counts_in_messages_of_its_language(tmp_path: Path) -> None:
    assert scoped(tmp_path, SWEDISH) == ("sv", 1.0, [("hora", 1.0, "")])


def test_an_own_language_phrase_does_not_count_elsewhere_and_says_why(tmp_path: Path) -> None:
    findings = [("hora", 0.0, "not counted: sv phrase, message is es")]
    assert scoped(tmp_path, SPANISH, subject="Hola") == ("es", 0.0, findings)


def test_an_own_language_phrase_does_not_count_when_the_language_is_undetermined(tmp_path: Path) -> None:
    language, score, findings = scoped(tmp_path, "du hora!", subject="x")
    assert (language, score) == ("und", 0.0)
    assert findings == [("hora", 0.0, "not counted: sv phrase, message language undetermined")]


def test_own_language_combines_with_target(tmp_path: Path) -> None:
    language, score, findings = scoped(tmp_path, "Jag väntade en timme i telefon och sedan sa de att det var en hora")
    assert (language, score) == ("sv", 0.0)
    assert findings == [("hora", 0.0, "not aimed at anyone: no target word within 2 words")]


def test_the_same_words_unscoped_in_another_language_count_there(tmp_path: Path) -> None:
    """Each listing is weighed for the message; the highest weight counts (a scoped listing of another
    language weighs 0), so an unscoped listing elsewhere is not switched off by the scoped one."""
    both = SCOPED.replace("[phrases.ro]", '[phrases.es]\n"hora" = 0.3\n[phrases.ro]', 1)
    assert scoped(tmp_path, SPANISH, subject="Hola", lexicon=both) == ("es", 0.3, [("hora", 0.3, "")])
    assert scoped(tmp_path, SWEDISH, lexicon=both) == ("sv", 1.0, [("hora", 1.0, "")])


def test_an_own_language_exception_counts_only_in_its_language(tmp_path: Path) -> None:
    language, score, findings = scoped(tmp_path, "Du är en hora och din jävla chef svarar aldrig på mina mejl")
    assert (language, score) == ("sv", 0.0)
    assert ("din jävla", -1.0, "") in findings
    language, score, findings = scoped(tmp_path, "du hora, din jävla", subject="x")
    assert (language, score) == ("und", 0.0)
    assert ("din jävla", 0.0, "not counted: sv phrase, message language undetermined") in findings


def test_an_own_language_class_member_counts_only_in_its_language(tmp_path: Path) -> None:
    ro = scoped(tmp_path, "Bună ziua, harta nu se încarcă deloc de ieri dimineață", subject="Salut")
    assert ro == ("ro", 1.0, [("[service+failure]", 1.0, "")])
    es = scoped(tmp_path, "Estoy harta porque no carga nada desde ayer por la mañana", subject="Hola")
    assert es == ("es", 0.0, [])
    # An unscoped member of the same class still combines in any language.
    assert scoped(tmp_path, "La aplicatia no carga desde ayer por la mañana", subject="Hola")[1] == 1.0


def test_the_explanations_say_why_a_phrase_of_another_language_did_not_count(tmp_path: Path) -> None:
    from gateway.evaluation import evaluate_corpus
    from gateway.policy.explain import as_text

    policy_set = load(tmp_path, {}, {"abusive": SCOPED})
    text = as_text("m.eml", run(policy_set, eml(SPANISH, subject="Hola")))
    assert "below threshold: abusive 0\n" in text
    assert '"hora" (abusive +0, body, ' in text and ": [not counted: sv phrase, message is es] llevo una" in text
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "m.eml").write_bytes(eml(SPANISH, subject="Hola"))
    (corpus / "manifest.toml").write_text('[[message]]\nfile = "m.eml"\nlang = "es"\nexpect = ["abusive"]\n')
    [failure] = evaluate_corpus(corpus, policy_set).failures
    assert failure.explanation == ('-abusive: score 0 ("hora" +0 (not counted: sv phrase, message is es))',)


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("own_language = true, target", "own_language = 1, target", '"hora"',
         "phrase 'hora': own_language must be true or false"),
        ("[phrases.ro]", '[phrases.xx]\n"hola" = { weight = 1.0, own_language = true }\n[phrases.ro]', '"hola"',
         "phrase 'hola': own_language needs a table named after a detected language, not 'xx'"),
        ('{ member = "harta", own_language = true }', '{ member = "harta", own_language = "yes" }', "service =",
         "class 'service': member 'harta': own_language must be true or false"),
        ('{ member = "harta", own_language = true }', '{ word = "harta" }', "service =",
         "class 'service': expected \"word\" or { member = \"word\", own_language = true }"),
        ('"escroc*" = 1.0', '"escroc* ...9 bani" = 1.0', '"escroc',
         "'...9' is not a gap: write '...' (up to 3 words) or '...N' with N from 1 to 8"),
        ('"escroc*" = 1.0', '"escroc* ...two bani" = 1.0', '"escroc', "'...two' is not a gap"),
        ('"escroc*" = 1.0', '"escroc* ... *ban" = 1.0', '"escroc', "a compound ending needs at least 4 letters"),
        ('"nu se incarca", ', '"nu se ...0 incarca", ', "failure =", "'...0' is not a gap"),
    ],
)  # fmt: skip
def test_new_phrase_options_are_validated_with_file_and_line(
    tmp_path: Path, old: str, new: str, line: str, message: str
) -> None:
    lexicon = SCOPED.replace(old, new, 1)
    assert lexicon != SCOPED
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, {}, {"abusive": lexicon})
    number = next(n for n, text in enumerate(lexicon.splitlines(), 1) if text.startswith(line))
    where = f"{tmp_path / 'policies' / 'lexicons' / 'abusive.toml'}:{number}: "
    assert any(p.startswith(where) and message in p for p in caught.value.problems), caught.value.problems


def test_numbered_gaps_and_later_compound_endings_score_like_any_phrase(tmp_path: Path) -> None:
    lexicon = SCOPED.replace('"escroc*" = 1.0', '"escroc* ...5 *banii" = 1.0', 1)
    policy_set = load(tmp_path, {}, {"abusive": lexicon})
    score = run(policy_set, eml("Sunteti niste escroci care mi-au furat toti banii")).analysis.scores["abusive"]
    assert [(f.phrase, f.weight) for f in score.findings] == [("escroc* ...5 *banii", 1.0)]
    too_far = run(policy_set, eml("escroci care mi au furat toti toti banii")).analysis.scores  # six words between
    assert "abusive" not in too_far


def test_abusive_mail_is_angry_too() -> None:
    from gateway.policy.loader import load_policy_set

    shipped = load_policy_set(Path(__file__).parent.parent / "policies", routes=None)
    inspection = run(shipped, eml("You are useless idiots and a bunch of morons, every one of you."))
    assert {"abusive", "angry"} <= set(inspection.decision.tags)
    assert "angry-abuse" in inspection.decision.policies


TYPED = """
[detector]
name = "legal-threat"
threshold = 1.0
[phrases.de]
"rechtsanwält*" = 0.6
"gerichtlich ... durchsetzen" = 0.6
[phrases.da]
"tøs" = 1.0
"""


def test_umlauts_typed_as_two_letters_match_the_german_phrase_once(tmp_path: Path) -> None:
    policy_set = load(tmp_path, {}, {"legal-threat": TYPED})
    body = "Mein Rechtsanwaelte werden das gerichtlich durchsetzen, meine Rechtsanwälte wissen Bescheid."
    score = run(policy_set, eml(body, subject="Kuendigung")).analysis.scores["legal-threat"]
    assert sorted((f.phrase, f.weight) for f in score.findings) == [
        ("gerichtlich ... durchsetzen", 0.6),
        ("rechtsanwält*", 0.6),  # both spellings are one phrase, counted once
    ]
    assert score.score == 1.2


def test_a_spelling_typed_as_two_letters_counts_only_in_its_own_language(tmp_path: Path) -> None:
    """Danish "tøs" typed as "toes" is English "toes": that spelling counts in Danish mail only."""
    policy_set = load(tmp_path, {}, {"legal-threat": TYPED})
    english = run(policy_set, eml("I stubbed my toes on the desk while reading your invoice", subject="Hi"))
    assert english.analysis.scores["legal-threat"].score == 0.0
    danish = run(policy_set, eml("Hvad bilder du dig ind din lille toes, jeg vil have svar nu", subject="Hej"))
    assert danish.analysis.language == "da"
    assert danish.analysis.scores["legal-threat"].score == 1.0
