#!/usr/bin/env bash
# The navigator at scale (issue 21, item 1; results in docs/PERFORMANCE.md): starts the built product on
# CORPUS under Xvfb RUNS times with -timings, which appends one JSON line per start: JVM start to window
# open, window open to the navigator's first rows painted, the median and slowest of 40 jumps through the
# table (each painted), and the heap after GC and the resident size once the corpus is shown. The first
# start also builds or updates the corpus index; it is reported apart (warm = the later runs).
#   bench/navigator-startup.sh CORPUS [RUNS=4] [OUT=/tmp/aurum-navigator.jsonl] [SCREENSHOT.png]
# A 100k corpus: java -cp bench/target/classes:$(cat bench/target/bench-classpath.txt) \
#   aurum.bench.ListBenchmark --docs 100000 --dir /tmp/nav-100k --runs 1 --queries no   (writes it, ~6 min)
# Needs the product: ./build.sh package -DskipTests (or ./aurum once).
set -euo pipefail
cd "$(dirname "$0")/.."
. releng/scripts/common.sh
aurum_find_java
corpus=$(realpath "$1")
runs=${2:-4}
out=${3:-/tmp/aurum-navigator.jsonl}
shot=${4:-}
product=releng/aurum.product/target/products/aurum.product/linux/gtk/x86_64/aurum
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
data=$(mktemp -d /tmp/aurum-navbench.XXXXXX)
trap 'rm -rf "$data"' EXIT
rm -f "$out"
for run in $(seq 1 "$runs"); do
  extra=()
  if [ "$run" = "$runs" ] && [ -n "$shot" ]; then extra=(-screenshot "$(realpath -m "$shot")"); fi
  xvfb-run -a -s "-screen 0 1280x1024x24" "$JAVA_HOME/bin/java" ${AURUM_VMARGS:--Xmx4g} -jar "$launcher" \
    -install "$product" -configuration "$data/.configuration" -data "$data" -application aurum.app.workbench \
    -nosplash -corpus "$corpus" -timings "$out" "${extra[@]}" >"$data/run-$run.log" 2>&1 \
    || { tail -n 30 "$data/run-$run.log" >&2; exit 1; }
  echo "run $run: $(tail -n 1 "$out")"
done
