"""The built-in classifier plugin "linear": TF-IDF over character and word n-grams, one logistic
regression per tag.

Character n-grams cope with inflection and typos in every language without per-language tools;
word n-grams keep phrases; a linear model stays small, fast (well under a millisecond per message)
and inspectable.
Needs the `ml` extra (scikit-learn); models are stored locally with joblib.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


class LinearClassifier:
    def __init__(self, pipeline: Any, tags: list[str]) -> None:
        self._pipeline = pipeline
        self.tags = tags

    def predict(self, text: str) -> Mapping[str, float]:
        probabilities = self._pipeline.predict_proba([text])[0]
        return {tag: float(p) for tag, p in zip(self.tags, probabilities, strict=True)}

    def save(self, path: Path) -> None:
        import joblib

        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump({"format": 1, "tags": self.tags, "pipeline": self._pipeline}, path)


class LinearPlugin:
    """Entry point `linear` in the `curveball.classifiers` group."""

    def train(self, texts: Sequence[str], labels: Sequence[frozenset[str]]) -> LinearClassifier:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_pipeline, make_union
        from sklearn.preprocessing import MultiLabelBinarizer

        binarizer = MultiLabelBinarizer()
        targets = binarizer.fit_transform(labels)
        pipeline = make_pipeline(
            make_union(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
            ),
            OneVsRestClassifier(LogisticRegression(max_iter=2000, class_weight="balanced")),
        )
        pipeline.fit(list(texts), targets)
        return LinearClassifier(pipeline, [str(tag) for tag in binarizer.classes_])

    def load(self, path: Path) -> LinearClassifier:
        import joblib

        stored = joblib.load(path)
        if not isinstance(stored, dict) or stored.get("format") != 1:
            raise ValueError(f"{path}: not a Curveball linear model")
        return LinearClassifier(stored["pipeline"], list(stored["tags"]))
