"""Reliability of the scores on real pages: is a record scored 0.4 right about 40% of the time?

Prints, per score bin, the count, mean score and share right of the raw scores and of the
cross-validated calibrated ones (`cooperation_score`: is the article a cooperation story;
record `confidence`: is the record strictly right), on the annotated real pages in the local
cache. It is `scripts/calibrate.py --dry-run` (which `make calibration` runs to write the
shipped curves). Needs scikit-learn (`pip install -e '.[train]'`).
Run: python benchmarks/calibration.py [--folds K]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from calibrate import main  # noqa: E402

if __name__ == "__main__":
    sys.argv.append("--dry-run")
    sys.exit(main())
