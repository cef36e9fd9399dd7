"""Bootstrap over the held-out articles of a scripts/cross-validate-ner run (its CV_DIR, fold*.json): how much of
each F1 is owed to which articles happened to be in the set. The articles are drawn again with replacement 2000
times (fixed seed) and the micro F1 read off each draw.

  python3 scripts/ner-cv-bootstrap.py intervals DIR K        each category's 95% interval over folds 0..K-1
  python3 scripts/ner-cv-bootstrap.py compare BEFORE AFTER   paired differences of two runs (compare-entities)
"""
import glob
import json
import random
import sys

DRAWS = 2000
SEED = 17
LOW, HIGH = 49, 1950  # the 2.5th and 97.5th percentiles of 2000 sorted draws


def folds(d, k=None):
    """Each held-out article's (id, scores), fold by fold (folds 0..k-1, or every fold*.json there)."""
    files = [f"{d}/fold{i}.json" for i in range(k)] if k else glob.glob(f"{d}/fold*.json")
    if not files:
        sys.exit(f"ner-cv-bootstrap: no fold*.json in {d}")
    return [(a["id"], a["scores"]) for f in files for a in json.load(open(f))["per_article"]]


def draws(n):
    rng = random.Random(SEED)
    return [[rng.randrange(n) for _ in range(n)] for _ in range(DRAWS)]


def f1(scores, picks, cat):
    tp = sum(scores[i][cat]["tp"] for i in picks)
    fp = sum(scores[i][cat]["fp"] for i in picks)
    fn = sum(scores[i][cat]["fn"] for i in picks)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def intervals(d, k):
    scores = [s for _, s in folds(d, k)]
    picks = draws(len(scores))
    print(f"95% interval of F1 over the {len(scores)} articles (bootstrap):")
    for cat in scores[0]:
        f = sorted(f1(scores, p, cat) for p in picks)
        print(f"{cat:14} {f[LOW]:.3f} to {f[HIGH]:.3f}")


def compare(before_dir, after_dir):
    before, after = dict(folds(before_dir)), dict(folds(after_dir))
    ids = sorted(set(before) & set(after))
    if len(ids) != len(before) or len(ids) != len(after):
        print(f"comparing the {len(ids)} articles both runs held out ({len(before)} and {len(after)} in all)")
    x, y = [before[i] for i in ids], [after[i] for i in ids]
    picks = draws(len(ids))
    everything = range(len(ids))
    for cat in x[0]:
        deltas = sorted(f1(y, p, cat) - f1(x, p, cat) for p in picks)
        better = sum(d > 0 for d in deltas) / len(deltas)
        fx, fy = f1(x, everything, cat), f1(y, everything, cat)
        print(f"{cat:13} F1 {fx:.3f} -> {fy:.3f}: {fy - fx:+.3f}, 95% interval {deltas[LOW]:+.3f} to"
              f" {deltas[HIGH]:+.3f} over {len(ids)} articles, better in {100 * better:.0f}% of draws")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "intervals":
        intervals(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
