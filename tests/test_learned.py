"""The optional learned layer: train on labelled mail, load through the entry point, add evidence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gateway.classifier import load_learned, plugin
from gateway.config import ClassifierSettings
from gateway.policy.inspect import inspect_message
from gateway.policy.loader import load_policy_set
from tests.policy_support import eml, policy_dir

DEVSET = Path(__file__).parent / "devset"
SHIPPED_LEXICONS = Path(__file__).parent.parent / "policies" / "lexicons"


def test_train_save_load_and_predict(tmp_path: Path) -> None:
    model = tmp_path / "model.joblib"
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "train", "--labels", str(DEVSET / "manifest.toml"), "--out", str(model)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("trained linear on ")
    classifier = plugin("linear").load(model)
    abuse = classifier.predict("you are useless idiots")
    thanks = classifier.predict("thank you very much the problem is solved have a nice day")
    assert abuse["abusive"] > 0.5 > thanks["abusive"]
    assert set(abuse) >= {"abusive", "legal-threat", "outage", "account-ownership"}


def test_confident_predictions_become_explained_findings(tmp_path: Path) -> None:
    model = tmp_path / "model.joblib"
    subprocess.run(
        [sys.executable, "-m", "gateway", "train", "--labels", str(DEVSET / "manifest.toml"), "--out", str(model)],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    lexicons = {p.stem: p.read_text() for p in SHIPPED_LEXICONS.glob("*.toml")}
    policy_set = load_policy_set(policy_dir(tmp_path, {}, lexicons), routes=[])
    learned = load_learned(ClassifierSettings(plugin="linear", model=model, min_probability=0.01, weight=0.5))
    assert learned is not None
    inspection = inspect_message(eml("My lawyer will file a lawsuit against you."), policy_set, learned=learned)
    findings = inspection.analysis.scores["legal-threat"].findings
    assert any(f.phrase.startswith("classifier p=") and f.source == "classifier" for f in findings)


def test_no_plugin_means_no_learned_layer() -> None:
    assert load_learned(ClassifierSettings()) is None
