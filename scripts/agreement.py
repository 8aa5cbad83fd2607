#!/usr/bin/env python3
"""How far a second careful labeller agrees with a blind set's labels, scored as the checker is.

    python3 scripts/agreement.py [SET.toml] [SECOND.toml]

Defaults: tests/corpus/blind/blind-17.toml and tests/corpus/blind/agreement/
blind-17-second-labels.toml, whose ids are mNNN, the NNNth message (from 0) of the set. A rule
in the second labeller's `must` that the set has in `must` is a hit, any other is an alarm (as
`score_corpus.py` counts the checker's), and the set's `must` rules the second labeller left
out are misses. "Lenient" leaves out alarms on rules the set's labeller left undecided (in
neither `must` nor `must_not`).
"""

import sys
import tomllib


def main():
    set_file = sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/blind/blind-17.toml"
    second_file = (
        sys.argv[2] if len(sys.argv) > 2 else "tests/corpus/blind/agreement/blind-17-second-labels.toml"
    )
    with open(set_file, "rb") as f:
        truth = {f"m{i:03d}": m for i, m in enumerate(tomllib.load(f)["message"])}
    with open(second_file, "rb") as f:
        second = {m["id"]: m for m in tomllib.load(f)["message"]}
    hits = alarms = undecided = misses = clean = scolded = 0
    for key, labels in second.items():
        must = set(truth[key]["must"])
        must_not = set(truth[key].get("must_not", []))
        said = set(labels["must"])
        hits += len(said & must)
        misses += len(must - said)
        extra = said - must
        undecided += len(extra - must_not)
        alarms += len(extra & must_not)
        if not must:
            clean += 1
            scolded += bool(said)
    strict = hits / (hits + alarms + undecided)
    lenient = hits / (hits + alarms)
    print(f"{len(second)} messages: precision {strict:.3f} (lenient {lenient:.3f}), "
          f"recall {hits / (hits + misses):.3f}, {scolded} of {clean} clean messages scolded")


if __name__ == "__main__":
    main()
