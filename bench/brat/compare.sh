#!/usr/bin/env bash
# Aurum import + CoNLL export against brat's own converter (tools/anntoconll.py) on the same brat folder,
# side by side in one run (issue 17; results in docs/PERFORMANCE.md, "brat standoff to CoNLL").
#
#   bench/brat/compare.sh BRAT_CHECKOUT BRAT_FOLDER WORK_DIR [ADD_FOLDER]
#
# BRAT_CHECKOUT  a checkout of github.com/nlplab/brat (not part of Aurum; fetch it for the benchmark);
#                '-' skips brat's converter (and cp -r), e.g. at 100k documents where it takes half an hour
# BRAT_FOLDER    .txt/.ann pairs, e.g. from: CorpusGenerator --docs 10000 --out DIR --brat --stories
# WORK_DIR       scratch space; emptied first
# ADD_FOLDER     a few more .txt/.ann pairs, imported last into the same corpus (times the incremental analysis)
# AURUM          the command to run Aurum with (default: ./aurum of this checkout); AURUM_DATA as ./aurum has it
#                (default here: WORK_DIR/workspace, so that runs never share a workspace)
#
# Each step runs under /usr/bin/time (wall, user+sys CPU, peak RSS); the load average is printed before
# each. Steps: cp -r of the folder (for information), brat's converter over a copy of the folder (it writes
# FILE.conll beside each FILE.txt), aurum import, aurum export --format conll; then the boundary errors of
# both outputs (aurum.bench.brat.ConllSpanCheck). Aurum's steps are the command line a user runs (JVM and
# OSGi start included), with the default heap of ./aurum.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -eq 3 ] || [ $# -eq 4 ] || { sed -n '2,19p' "$0" >&2; exit 2; }
brat=$1; [ "$brat" = - ] || brat=$(realpath "$1")
source=$(realpath "$2"); work=$(realpath -m "$3"); add=${4:+$(realpath "$4")}
[ "$brat" = - ] || [ -f "$brat/tools/anntoconll.py" ] || { echo "no tools/anntoconll.py in $brat" >&2; exit 2; }
. "$repo/releng/scripts/common.sh"
aurum_find_java
aurum=${AURUM:-$repo/aurum}
rm -rf "$work"; mkdir -p "$work"
export AURUM_DATA=${AURUM_DATA:-$work/workspace}
"$aurum" version >/dev/null   # builds the product first if it is missing or stale, outside the timings
docs=$(find "$source" -name '*.ann' | wc -l)
echo "corpus: $source ($docs documents, $(du -sh "$source" | cut -f1)); $(nproc) cores"

timed() { # $1 = name, rest = command; prints wall, CPU and peak RSS, keeps the command's output in WORK/name.log
  local name=$1; shift
  echo "$name: load $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 || {
    echo "$name failed (exit $?); see $work/$name.log" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
  read -r wall user sys rss <"$work/$name.time"
  printf '  %-12s wall %7.2f s  cpu %7.2f s  peak RSS %6d MB\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  eval "${name//-/_}_wall=$wall"
}

if [ "$brat" != - ]; then
  sync
  timed cp-r cp -r "$source" "$work/copy"
  sync
  timed brat env PYTHONUTF8=1 python3 "$repo/bench/brat/run_anntoconll.py" "$brat" "$work/copy"
fi
timed aurum-import "$aurum" import "$source" --corpus "$work/corpus" --format brat
timed aurum-export "$aurum" export --corpus "$work/corpus" --format conll --out "$work/aurum-conll" \
    --layer annotator:import --overlaps keep-longest
aurum_wall=$(echo "$aurum_import_wall + $aurum_export_wall" | bc)
if [ "$brat" != - ]; then
  echo "brat anntoconll.py: $brat_wall s; aurum import + export: $aurum_wall s;" \
      "brat / aurum = $(echo "scale=2; $brat_wall / $aurum_wall" | bc); cp -r / aurum = $(echo "scale=3; $cp_r_wall / $aurum_wall" | bc)"
else
  echo "aurum import + export: $aurum_wall s"
fi
grep -E "documents added|near-duplicate clusters" "$work/aurum-import.log" || true
python3 - "$work/corpus/clusters.json" <<'PY'
import collections, json, sys
c = json.load(open(sys.argv[1]))
sizes = collections.Counter(len(x) for x in c["nearDuplicateClusters"])
print("clusters.json: %d bytes; near-duplicate cluster sizes (size x count): %s" % (
    len(open(sys.argv[1], "rb").read()), ", ".join("%d x %d" % kv for kv in sorted(sizes.items()))))
PY
if [ -n "$add" ]; then
  timed aurum-add "$aurum" import "$add" --corpus "$work/corpus" --format brat
  grep -E "documents added|near-duplicate clusters" "$work/aurum-add.log" || true
fi
timed aurum-validate "$aurum" validate --corpus "$work/corpus"
tail -1 "$work/aurum-validate.log"
cp="$repo/bench/target/classes:$(cat "$repo/bench/target/bench-classpath.txt")"
if [ "$brat" != - ]; then
  "$JAVA_HOME/bin/java" -cp "$cp" aurum.bench.brat.ConllSpanCheck "$source" brat "$work/copy"
fi
"$JAVA_HOME/bin/java" -cp "$cp" aurum.bench.brat.ConllSpanCheck "$source" aurum "$work/aurum-conll/all.conll"
if [ "$brat" != - ]; then
  echo "brat converter warnings: $(grep -c 'boundary mismatch' "$work/brat.log" || true) annotation-token boundary mismatches,"\
       "$(grep -c '^Eliminate' "$work/brat.log" || true) overlapping spans eliminated"
fi
