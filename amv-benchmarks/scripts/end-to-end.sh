#!/usr/bin/env bash
# End to end, as whole processes, side by side: `amv classify --format json` and `amv stats` on a
# generated catalogue, against reading the same file alone (parse-only: CatalogueReader, every
# value built and checked) and against the floor under any reader (the token pass: jackson-core
# reading every token, the text of every scalar, nothing built). Each run starts every command
# once, in an order rotated from run to run; the table gives medians over the runs, with the
# spread, and the ratio of each median wall time to the token pass's.
#
# Run from anywhere after `mvn -B package -DskipTests` (it builds both jars):
#   bash amv-benchmarks/scripts/end-to-end.sh [VIDEOS] [RUNS]      # default 1000000 videos, 3 runs
# Environment: AMV_BENCH_DIR (where the catalogue is generated, default amv-benchmarks/target),
# AMV_BENCH_HEAP (the JVM heap option of every command, default -Xmx128m), AMV_BENCH_BEFORE (an
# amv.jar to time beside this one, such as main's before a change: adds classify-json-before and
# stats-before, run as that jar runs by default).
# Timing is GNU time's (/usr/bin/time): wall and CPU seconds and the peak resident set of each
# process. Nothing else should run meanwhile; the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

videos=${1:-1000000}
runs=${2:-3}
dir=${AMV_BENCH_DIR:-amv-benchmarks/target}
heap=${AMV_BENCH_HEAP:--Xmx128m}
bench=amv-benchmarks/target/benchmarks.jar
cli=amv-examples/target/amv.jar
file="$dir/catalogue-$videos.json"

for jar in "$bench" "$cli"; do
  if [ ! -f "$jar" ]; then
    echo "missing $jar: run 'mvn -B package -DskipTests' first" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "missing /usr/bin/time (GNU time; Debian package 'time')" >&2
  exit 2
fi
if [ ! -f "$file" ]; then
  java -cp "$bench" org.amvkit.benchmarks.CatalogueGenerator "$videos" "$file"
fi

# classify-json and stats run on every processor (the default of --threads); the -1t runs on one.
# parse-only reads on one thread, video by video; parse-only-mt reads as classify does on every
# processor (the file cut into each video's bytes, parsed on every thread).
labels=(token-pass parse-only parse-only-mt classify-json classify-json-1t stats stats-1t)
before=${AMV_BENCH_BEFORE:-}
if [ -n "$before" ]; then
  labels+=(classify-json-before stats-before)
fi
command_of() { # label: sets cmd to that command, on the file
  case $1 in
    token-pass) cmd=(java "$heap" -cp "$bench" org.amvkit.benchmarks.TokenPass "$file") ;;
    parse-only) cmd=(java "$heap" -cp "$bench" org.amvkit.benchmarks.ParseOnly "$file") ;;
    parse-only-mt) cmd=(java "$heap" -cp "$bench" org.amvkit.benchmarks.ParseOnly "$file" "$(nproc)") ;;
    classify-json) cmd=(java "$heap" -jar "$cli" classify --format json "$file") ;;
    classify-json-1t) cmd=(java "$heap" -jar "$cli" classify --format json --threads 1 "$file") ;;
    stats) cmd=(java "$heap" -jar "$cli" stats "$file") ;;
    stats-1t) cmd=(java "$heap" -jar "$cli" stats --threads 1 "$file") ;;
    classify-json-before) cmd=(java "$heap" -jar "$before" classify --format json "$file") ;;
    stats-before) cmd=(java "$heap" -jar "$before" stats "$file") ;;
  esac
}
count=${#labels[@]}

echo "file: $file, $(du -h "$file" | cut -f1), $videos videos; $runs runs; heap $heap"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

results=$(mktemp)
trap 'rm -f "$results" "$results.run"' EXIT
for run in $(seq "$runs"); do
  for step in $(seq 0 $((count - 1))); do
    i=$(( (step + run - 1) % count ))
    # Output goes to /dev/null: what is timed is reading, classifying and writing, not a terminal.
    command_of "${labels[$i]}"
    /usr/bin/time -f "%e %U %S %M" -o "$results.run" "${cmd[@]}" > /dev/null
    read -r wall user sys rss < "$results.run"
    echo "${labels[$i]} $wall $user $sys $rss" >> "$results"
    awk -v l="${labels[$i]}" -v r="$run" -v w="$wall" -v c="$(awk "BEGIN { print $user + $sys }")" \
      -v m="$rss" 'BEGIN { printf "%-20s run %d: %6.2f s wall, %6.2f s CPU, %4d MB max RSS\n",
        l, r, w, c, m / 1024 }'

  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The median of the numbers on standard input (the mean of the middle two for an even count).
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
    else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
column() { # label, field number (2 wall, 3 user, 4 sys, 5 RSS): that field of the label's runs
  awk -v label="$1" -v field="$2" '$1 == label { print $field }' "$results"
}

floor=$(column token-pass 2 | median)
echo
echo "| command | wall, median (min–max) | CPU user+sys, median | max RSS, median | wall / token pass |"
echo "|---|---:|---:|---:|---:|"
for i in $(seq 0 $((count - 1))); do
  label=${labels[$i]}
  wall=$(column "$label" 2 | median)
  low=$(column "$label" 2 | sort -g | head -1)
  high=$(column "$label" 2 | sort -g | tail -1)
  cpu=$(awk -v label="$label" '$1 == label { print $3 + $4 }' "$results" | median)
  rss=$(column "$label" 5 | median)
  awk -v l="$label" -v w="$wall" -v lo="$low" -v hi="$high" -v c="$cpu" -v m="$rss" \
    -v f="$floor" 'BEGIN { printf "| `%s` | %.2f s (%.2f–%.2f) | %.2f s | %d MB | %.2f× |\n",
      l, w, lo, hi, c, m / 1024, w / f }'

done
