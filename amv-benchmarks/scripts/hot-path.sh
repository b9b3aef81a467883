#!/usr/bin/env bash
# The classifier's hot path against the hand-written chain and Easy Rules, one video per
# operation, at catalogues of 1k, 10k, 100k and 1M videos held in memory (issue 14, goal 4):
# `category` (Classifier.category: category and deviations, what the chain returns), `classifier`
# (the full Classification, category and deviations read), `handWritten`, and Easy Rules at 10k.
# Every benchmark runs in FORKS forks (default 3); the table gives, per size, the median over the
# forks of each fork's mean, the spread of the fork means, allocation per operation, and the
# ratio of each median to the hand-written chain's.
#
# Run from anywhere after `mvn -B package -DskipTests` (it builds benchmarks.jar):
#   bash amv-benchmarks/scripts/hot-path.sh [FORKS] [BEFORE_JAR]
# BEFORE_JAR, a benchmarks.jar of another commit, adds its `classifier` and `handWritten` at the
# same sizes (its CatalogueSizeBenchmark must take the size parameter). Needs python3 for the
# table. Nothing else should run meanwhile; the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

forks=${1:-3}
before=${2:-}
jar=amv-benchmarks/target/benchmarks.jar
out=amv-benchmarks/target/hot-path
mkdir -p "$out"
if [ ! -f "$jar" ]; then
  echo "missing $jar: run 'mvn -B package -DskipTests' first" >&2
  exit 2
fi
sizes=1000,10000,100000,1000000
common=(-f "$forks" -wi 3 -w 1s -i 5 -r 1s -prof gc -p "size=$sizes")

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$jar" 'CatalogueSizeBenchmark.(category|classifier|handWritten)$' "${common[@]}" \
  -rf json -rff "$out/after.json" > "$out/after.txt"
java -jar "$jar" 'ClassifyBenchmark.easyRules$' -f "$forks" -wi 3 -w 1s -i 5 -r 1s -prof gc \
  -rf json -rff "$out/easy-rules.json" > "$out/easy-rules.txt"
if [ -n "$before" ]; then
  java -jar "$before" 'CatalogueSizeBenchmark.(classifier|handWritten)$' "${common[@]}" \
    -rf json -rff "$out/before.json" > "$out/before.txt"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out" <<'PY'
import json, os, statistics, sys
out = sys.argv[1]
rows = {}
for name in ("after", "easy-rules", "before"):
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        continue
    for result in json.load(open(path)):
        bench = result["benchmark"].rsplit(".", 1)[1] + ("" if name != "before" else " (before)")
        size = int(result["params"]["size"])
        forks = [statistics.mean(fork) for fork in result["primaryMetric"]["rawData"]]
        alloc = result["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", float("nan"))
        rows[(size, bench)] = (statistics.median(forks), min(forks), max(forks), alloc)
print("| size | benchmark | ns/op, median of fork means (min–max) | B/op | / hand-written |")
print("|---:|---|---:|---:|---:|")
for size, bench in sorted(rows):
    median, low, high, alloc = rows[(size, bench)]
    chain = rows.get((size, "handWritten" + (" (before)" if "before" in bench else "")))
    ratio = "%.2f×" % (median / chain[0]) if chain else "–"
    print("| %s | `%s` | %.1f (%.1f–%.1f) | %.1f | %s |" % (f"{size:,}", bench, median, low, high,
                                                          alloc, ratio))
PY
