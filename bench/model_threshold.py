"""Where the scoring model's harassment threshold comes from: cross-validation on the build part.

Run from the repository root::

    .venv/bin/python bench/model_threshold.py

Trains the model five times on four fifths of the shipped corpus's build part and scores the fifth
it did not see. Prints, for the legitimate messages (level none/low), the probabilities at the
95th, 98th and 99th percentiles, and for candidate thresholds the share of legitimate messages
above them and of harassing messages (level medium/high) reached. The held-out part of the corpus
and the development scenarios are not touched. Also prints the time to train on the whole build
part (what every worker spends once at start).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.scoring import MODEL_HARASSMENT  # noqa: E402
from worker.scoring.classifier import (  # noqa: E402
    corpus_examples,
    default_model,
    train,
    training_examples,
)


def main() -> None:
    examples = training_examples(corpus_examples("build"))
    harassing = np.array([level in ("medium", "high") for _, level, _ in examples])
    folds = np.arange(len(examples)) % 5  # fixed, interleaved: every fold mixes files and languages
    unseen = np.zeros(len(examples))
    for k in range(5):
        model = train([e for e, f in zip(examples, folds, strict=True) if f != k])
        for i in np.flatnonzero(folds == k):
            unseen[i] = model.predict(examples[i][0]).harassment
    legit, bad = unseen[~harassing], unseen[harassing]
    print(f"build messages: {len(examples)} ({harassing.sum()} harassing, {len(legit)} legitimate)")
    for q in (95, 98, 99):
        print(f"legitimate, {q}th percentile of P(harassment): {np.percentile(legit, q):.3f}")
    for threshold in (0.6, 0.65, 0.7, 0.75, 0.8, 0.9):
        mark = "  <- MODEL_HARASSMENT" if abs(threshold - MODEL_HARASSMENT) < 1e-9 else ""
        print(
            f"threshold {threshold:.2f}: legitimate above {np.mean(legit >= threshold):6.1%}"
            f"   harassing reached {np.mean(bad >= threshold):6.1%}{mark}"
        )
    default_model.cache_clear()
    started = time.perf_counter()
    default_model()
    print(f"training on the whole build part: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
