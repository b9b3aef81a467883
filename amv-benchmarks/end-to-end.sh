#!/usr/bin/env bash
# End to end on the command line: `amv classify --format json` on a generated catalogue against
# reading the same file alone (parse-only), both in a 128 MB heap. Run from the repository root
# after `mvn -B package -DskipTests`:  bash amv-benchmarks/end-to-end.sh [VIDEOS] [RUNS]
set -euo pipefail
videos=${1:-1000000}
runs=${2:-3}
dir=${AMV_BENCH_DIR:-amv-benchmarks/target}
file="$dir/catalogue-$videos.json"
bench=amv-benchmarks/target/benchmarks.jar
cli=amv-examples/target/amv.jar
heap=-Xmx128m

if [ ! -f "$file" ]; then
  java -cp "$bench" org.amvkit.benchmarks.CatalogueGenerator "$videos" "$file"
fi
ls -l "$file"

measure() { # label, command...: wall seconds and peak RSS of each run
  local label=$1; shift
  for run in $(seq "$runs"); do
    /usr/bin/time -f "$label run $run: %e s wall, %M KB max RSS" "$@" > /dev/null
  done
}
measure parse-only java "$heap" -cp "$bench" org.amvkit.benchmarks.ParseOnly "$file"
measure classify-json java "$heap" -jar "$cli" classify --format json "$file"
