"""The optional learned layer: train on labelled mail, load through the entry point, add evidence."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from gateway.classifier import load_learned, plugin
from gateway.config import ClassifierSettings
from gateway.policy.inspect import inspect_message
from gateway.policy.loader import load_policy_set
from tests.policy_support import curveball, eml, policy_dir
from tests.support import write_config

DEVSET = Path(__file__).parent / "devset"
SHIPPED_LEXICONS = Path(__file__).parent.parent / "policies" / "lexicons"


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    model = tmp_path_factory.mktemp("learned") / "model.joblib"
    return model, curveball("train", "--labels", str(DEVSET / "manifest.toml"), "--out", str(model), timeout=300)


def test_train_save_load_and_predict(trained: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    model, result = trained
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("trained linear on ")
    classifier = plugin("linear").load(model)
    abuse = classifier.predict("you are useless idiots")
    thanks = classifier.predict("thank you very much the problem is solved have a nice day")
    assert abuse["abusive"] > 0.5 > thanks["abusive"]
    # The direct TF-IDF row and one-matrix prediction give what the pipeline's predict_proba gives,
    # also for repeated words, a text with no known feature and an empty one.
    assert classifier._tfidf is not None  # type: ignore[attr-defined]
    for text in (
        "you are useless idiots",
        "thank you very much the problem is solved",
        "min advokat stævner jer",
        "idiot idiot idiot, you you you!!! 😡",
        "zzqx vvkkj",
        "",
    ):
        expected = classifier._pipeline.predict_proba([text])[0]  # type: ignore[attr-defined]
        assert list(classifier.predict(text).values()) == pytest.approx(list(expected), abs=1e-12)
    assert set(abuse) >= {"abusive", "legal-threat", "outage", "account-ownership"}


def test_confident_predictions_become_explained_findings(
    tmp_path: Path, trained: tuple[Path, subprocess.CompletedProcess[str]]
) -> None:
    model, _ = trained
    lexicons = {p.stem: p.read_text() for p in SHIPPED_LEXICONS.glob("*.toml")}
    policy_set = load_policy_set(policy_dir(tmp_path, {}, lexicons), routes=[])
    learned = load_learned(ClassifierSettings(plugin="linear", model=model, min_probability=0.01, weight=0.5))
    assert learned is not None
    inspection = inspect_message(eml("My lawyer will file a lawsuit against you."), policy_set, learned=learned)
    findings = inspection.analysis.scores["legal-threat"].findings
    assert any(f.phrase.startswith("classifier p=") and f.source == "classifier" for f in findings)


def test_no_plugin_means_no_learned_layer() -> None:
    assert load_learned(ClassifierSettings()) is None


def test_test_and_eval_use_the_configured_learned_layer(
    tmp_path: Path, trained: tuple[Path, subprocess.CompletedProcess[str]]
) -> None:
    """Dry runs go the gateway's way: with [classifier] configured, its findings count there too
    (here made loud: every prediction above 1 % adds 3), unless --no-classifier."""
    model, _ = trained
    policy_dir(
        tmp_path, {"10-legal": 'name = "legal"\n[when]\ndetect = "legal-threat"\n[then]\ntag = "legal-threat"\n'}
    )
    classifier = {"plugin": "linear", "model": str(model), "min_probability": 0.01, "weight": 3.0}
    config = str(write_config(tmp_path, "maildir:mail", {"classifier": classifier}))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.eml").write_bytes(eml("Thanks, that fixed it. Have a nice day."))
    (corpus / "manifest.toml").write_text('[[message]]\nfile = "a.eml"\nlang = "en"\nforbid = ["legal-threat"]\n')

    with_layer = json.loads(curveball("eval", "--config", config, "--json", str(corpus)).stdout)
    without = json.loads(curveball("eval", "--config", config, "--no-classifier", "--json", str(corpus)).stdout)
    assert with_layer["tags"]["legal-threat"]["fp"] == 1
    assert without["tags"]["legal-threat"]["fp"] == 0

    [row] = [
        json.loads(line)
        for line in curveball("test", "--config", config, "--json", str(corpus / "a.eml")).stdout.splitlines()
    ]
    assert row["tags"] == ["legal-threat"]
    assert any(m["phrase"].startswith("classifier p=") for m in row["matches"])
    plain = curveball("test", "--config", config, "--no-classifier", "--json", str(corpus / "a.eml")).stdout
    assert json.loads(plain)["tags"] == []
