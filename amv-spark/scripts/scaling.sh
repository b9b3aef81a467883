#!/usr/bin/env bash
# amvkit on Spark against amvkit on one machine, as whole processes, side by side: ClassifyJob on
# local[2] (plain java, the master given) over a generated catalogue's line form, against
# `amv classify --threads 2 --format json` over the same videos as one catalogue; and ClassifyJob
# over a single video, which is Spark's fixed cost (JVM, session, the jobs, writing). Each run
# starts every command once, in an order rotated from run to run; the table gives medians over
# the runs with the spread, the ratio to amv classify, and the per-video cost beyond the fixed one.
#
# Run from anywhere after `mvn -B package -DskipTests` (it builds the three jars):
#   bash amv-spark/scripts/scaling.sh [VIDEOS] [RUNS]      # default 1000000 videos, 3 runs
# Environment: AMV_BENCH_DIR (where the files are generated, default amv-spark/target/scaling),
# AMV_SPARK_HEAP (the job's heap, default -Xmx3g), AMV_BENCH_HEAP (amv's, default -Xmx128m).
# Spark's jars come from the local Maven repository (`mvn dependency:build-classpath`); nothing is
# downloaded beyond what the build already fetched. Nothing else should run meanwhile; the load
# average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

videos=${1:-1000000}
runs=${2:-3}
dir=${AMV_BENCH_DIR:-amv-spark/target/scaling}
spark_heap=${AMV_SPARK_HEAP:--Xmx3g}
heap=${AMV_BENCH_HEAP:--Xmx128m}
bench=amv-benchmarks/target/benchmarks.jar
cli=amv-examples/target/amv.jar
job=$(ls amv-spark/target/amv-spark-*-job.jar 2>/dev/null | head -1 || true)

for jar in "$bench" "$cli" "$job"; do
  if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "missing ${jar:-amv-spark/target/amv-spark-*-job.jar}: run 'mvn -B package -DskipTests' first" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "missing /usr/bin/time (GNU time; Debian package 'time')" >&2
  exit 2
fi
mkdir -p "$dir"
classpath="$dir/spark.classpath"
if [ ! -f "$classpath" ]; then
  mvn -B -q -o dependency:build-classpath -pl amv-spark -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$(pwd)/$classpath"
fi

file="$dir/catalogue-$videos.json"
lines="$dir/lines-$videos"
one="$dir/lines-1"
if [ ! -f "$file" ]; then
  java -cp "$bench" org.amvkit.benchmarks.CatalogueGenerator "$videos" "$file"
fi
if [ ! -d "$lines" ]; then
  java -jar "$cli" convert "$file" --to lines -o "$lines"
fi
if [ ! -d "$one" ]; then
  mkdir -p "$one"
  cp "$lines/sources.json" "$one/sources.json"
  head -1 "$lines/videos.ndjson" > "$one/videos.ndjson"
fi

# The flags Spark documents for Java 17 (the module's tests use the same).
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)
labels=(spark-1-video spark-local2 amv-classify-2t)
command_of() { # label: sets cmd to that command
  case $1 in
    spark-1-video) cmd=(java "$spark_heap" "${opens[@]}" -cp "$job:$(cat "$classpath")"
      org.amvkit.spark.ClassifyJob --master 'local[2]' --sources "$one/sources.json"
      --videos "$one/videos.ndjson" --out "$dir/out-1") ;;
    spark-local2) cmd=(java "$spark_heap" "${opens[@]}" -cp "$job:$(cat "$classpath")"
      org.amvkit.spark.ClassifyJob --master 'local[2]' --sources "$lines/sources.json"
      --videos "$lines/videos.ndjson" --out "$dir/out-$videos") ;;
    amv-classify-2t) cmd=(java "$heap" -jar "$cli" classify --format json --threads 2 "$file") ;;
  esac
}
count=${#labels[@]}

echo "videos: $videos ($(du -h "$lines/videos.ndjson" | cut -f1) of lines); $runs runs"
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

results=$(mktemp)
trap 'rm -f "$results" "$results.run"' EXIT
for run in $(seq "$runs"); do
  for step in $(seq 0 $((count - 1))); do
    i=$(( (step + run - 1) % count ))
    command_of "${labels[$i]}"
    /usr/bin/time -f "%e %U %S %M" -o "$results.run" "${cmd[@]}" > /dev/null 2> "$dir/stderr.log"
    read -r wall user sys rss < "$results.run"
    echo "${labels[$i]} $wall $user $sys $rss" >> "$results"
    awk -v l="${labels[$i]}" -v r="$run" -v w="$wall" -v c="$(awk "BEGIN { print $user + $sys }")" \
      -v m="$rss" 'BEGIN { printf "%-16s run %d: %7.2f s wall, %7.2f s CPU, %5d MB max RSS\n",
        l, r, w, c, m / 1024 }'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
    else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
column() { awk -v label="$1" -v field="$2" '$1 == label { print $field }' "$results"; }

base=$(column amv-classify-2t 2 | median)
fixed=$(column spark-1-video 2 | median)
echo
echo "| command | wall, median (min–max) | CPU user+sys, median | max RSS, median | wall / amv classify |"
echo "|---|---:|---:|---:|---:|"
for label in "${labels[@]}"; do
  wall=$(column "$label" 2 | median)
  low=$(column "$label" 2 | sort -g | head -1)
  high=$(column "$label" 2 | sort -g | tail -1)
  cpu=$(awk -v label="$label" '$1 == label { print $3 + $4 }' "$results" | median)
  rss=$(column "$label" 5 | median)
  awk -v l="$label" -v w="$wall" -v lo="$low" -v hi="$high" -v c="$cpu" -v m="$rss" -v b="$base" \
    'BEGIN { printf "| `%s` | %.2f s (%.2f–%.2f) | %.2f s | %d MB | %.2f× |\n",
      l, w, lo, hi, c, m / 1024, w / b }'
done
spark=$(column spark-local2 2 | median)
awk -v s="$spark" -v f="$fixed" -v n="$videos" 'BEGIN {
  per = (s - f) / n * 1e6
  printf "\nSpark fixed cost (one video): %.1f s; per video beyond it: %.2f µs wall on 2 cores", f, per
  printf " (%.2f µs of one core)\n", per * 2 }'
