"""Cross-validated precision and recall of the learned triage score, per edition.

Runs on comments the repository generates (masthead/triage/learning/synthetic.py):
no database, no download. For each edition it trains on `--samples` generated
decisions with `--label-noise` of them flipped, prints 5-fold cross-validated
precision, recall and AUC of the rejected class, then the same figures for a model
trained on all of them and scored on a held-out generated set with true labels.

    python bench/triage_eval.py [--samples 400] [--label-noise 0.05] [--seed 1]
"""

import argparse
import time

import django
from django.conf import settings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--label-noise", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not settings.configured:
        settings.configure(USE_TZ=True)
        django.setup()
    evaluate(args)


def evaluate(args):
    from sklearn.metrics import precision_score, recall_score, roc_auc_score

    from masthead.core.editions import edition_codes
    from masthead.triage.learning import synthetic, training

    print(
        f"{args.samples} generated decisions per edition, {args.label_noise:.0%} "
        "flipped; held-out set of the same size with true labels"
    )
    print(
        f"{'edition':8} {'cv P':>6} {'cv R':>6} {'cv AUC':>7}   "
        f"{'held P':>6} {'held R':>6} {'held AUC':>8} {'seconds':>8}"
    )
    for edition in edition_codes():
        started = time.perf_counter()
        train = synthetic.generate(
            edition, args.samples, seed=args.seed, label_noise=args.label_noise
        )
        trained = training.train(edition, *synthetic.split(train))
        held_out = synthetic.generate(edition, args.samples, seed=args.seed + 1000)
        texts, labels = synthetic.split(held_out)
        scores = trained.pipeline.predict_proba(texts)[:, 1]
        predicted = scores >= 0.5
        m = trained.metrics
        print(
            f"{edition:8} {m.precision:6.3f} {m.recall:6.3f} {m.auc:7.3f}   "
            f"{precision_score(labels, predicted):6.3f} "
            f"{recall_score(labels, predicted):6.3f} "
            f"{roc_auc_score(labels, scores):8.3f} "
            f"{time.perf_counter() - started:8.1f}"
        )


if __name__ == "__main__":
    main()
