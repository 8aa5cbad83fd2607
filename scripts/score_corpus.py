#!/usr/bin/env python3
"""Scores labelled messages through the goodwill CLI, the way an outside reader would.

    python3 scripts/score_corpus.py FILE.toml [--bin target/release/goodwill] [--list]

Each message runs through `goodwill lint --kind K -` (plus `--introduced-by` when the
message names one) and its JSON is compared with the labels: a rule that fires and is in
`must` is a hit, one that fires and is not is a false alarm, one in `must` that does not
fire is a miss. Prints per-rule and overall precision and recall, and how many clean
messages (`must = []`) drew any finding. This is the command that gives a blind set its
first-run figure; `tests/corpus.rs` gives the same figures for the regression corpus.
"""

import argparse
import json
import subprocess
import sys
import tomllib
from collections import defaultdict


def ratio(good, bad):
    return 1.0 if good + bad == 0 else good / (good + bad)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--bin", default="target/release/goodwill")
    parser.add_argument("--list", action="store_true", help="list every false alarm and miss")
    args = parser.parse_args()

    with open(args.file, "rb") as f:
        messages = tomllib.load(f)["message"]

    tally = defaultdict(lambda: [0, 0, 0])
    clean = clean_scolded = 0
    problems = []
    for m in messages:
        cmd = [args.bin, "lint", "--kind", m["kind"], "-"]
        if m.get("introduced_by"):
            cmd[4:4] = ["--introduced-by", m["introduced_by"]]
        run = subprocess.run(cmd, input=m["text"].encode(), capture_output=True)
        if run.returncode not in (0, 1):
            sys.exit(f"{m['id']}: goodwill exited {run.returncode}: {run.stderr.decode()}")
        fired = {d["rule"] for d in json.loads(run.stdout)["diagnostics"]}
        must = set(m["must"])
        if not must:
            clean += 1
            clean_scolded += bool(fired)
        for rule in fired | must:
            if rule in fired and rule in must:
                tally[rule][0] += 1
            elif rule in fired:
                tally[rule][1] += 1
                problems.append(f"false alarm  {rule:<24} {m['id']}")
            else:
                tally[rule][2] += 1
                problems.append(f"miss         {rule:<24} {m['id']}")

    print(f"{'rule':<26}{'hits':>6}{'alarms':>8}{'misses':>8}{'precision':>11}{'recall':>9}")
    total = [0, 0, 0]
    for rule in sorted(tally):
        h, a, mi = tally[rule]
        total = [total[0] + h, total[1] + a, total[2] + mi]
        print(f"{rule:<26}{h:>6}{a:>8}{mi:>8}{ratio(h, a):>11.3f}{ratio(h, mi):>9.3f}")
    h, a, mi = total
    print(f"{'OVERALL':<26}{h:>6}{a:>8}{mi:>8}{ratio(h, a):>11.3f}{ratio(h, mi):>9.3f}")
    print(f"{len(messages)} messages; {clean_scolded} of {clean} clean messages drew a finding")
    if args.list:
        print("\n".join(problems))


if __name__ == "__main__":
    main()
