#!/usr/bin/env bash
# Crash campaign of issue 22 (results in docs/PERFORMANCE.md): kill -9 during imports, exports, label migrations,
# curation and layer saves, in turn, on one corpus, through the product's command line; after every kill the
# corpus is checked (every file parses, no acknowledged import or export lost), and at the end, after a last
# import and export and ageing the kills' temporary files by the store's ten minutes, nothing is left over.
#   bench/crash-campaign.sh [KILLS=1000] [WORK_DIR=/tmp/aurum-campaign]      (after ./build.sh verify)
# An operation counts as acknowledged when its process printed its summary and exited 0 before the kill.
set -euo pipefail
cd "$(dirname "$0")/.."
. releng/scripts/common.sh
aurum_find_java
kills=${1:-1000}
work=${2:-/tmp/aurum-campaign}
product=releng/aurum.product/target/products/aurum.product/linux/gtk/x86_64/aurum
rm -rf "$work"
mkdir -p "$work/lib" "$work/acks" "$work/exports" "$work/in" "$work/logs"
cp -r "$product" "$work/product"   # a build meanwhile cannot pull the product from under the campaign
cp -r bench/target/classes "$work/lib/bench-classes"
cp=$work/lib/bench-classes
for entry in $(tr ':' ' ' < bench/target/bench-classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp -r "$entry" "$work/lib/" && cp=$cp:$work/lib/$(basename "$entry") ;;
    *) cp=$cp:$entry ;;
  esac
done
java=("$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp")
export AURUM_DATA=$work/data AURUM_VMARGS=-Xmx1g
aurum() { "$work/product/aurum-product" "$@"; }
corpus=$work/corpus

# input: N documents for annotator $2 with one AMOUNT span each, texts unique to batch $1
batch() {
  local n=$1 who=$2 out=$3 i text
  : > "$out"
  for ((i = 0; i < 300; i++)); do
    text="Batch $n document $i: the budget is \$$i million."
    printf '{"id":"b%s_%s","text":"%s","label":[[%d,%d,"AMOUNT"]]}\n' "$n" "$i" "$text" \
      $(( ${#text} - ${#i} - 10 )) $(( ${#text} - 1 )) >> "$out"
  done
}
batch 0 alice "$work/in/alice.jsonl"
aurum import "$work/in/alice.jsonl" --corpus "$corpus" --annotator alice > /dev/null
aurum import "$work/in/alice.jsonl" --corpus "$corpus" --annotator bob > /dev/null
documents=$(ls "$corpus/documents" | grep -c '\.meta\.json$')
acked_exports=()
ops=(import export labels curate save)
counts=(0 0 0 0 0)
started=$(date +%s)
# how long the product takes to start a command here: kills are aimed after it, into the work
t0=$(date +%s%N); aurum version > /dev/null; startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "the product starts a command in $startup_ms ms"
run_killed() { # $1 = round, $2 = max delay in ms after the start (or after $wait_for appears), rest = command
  local round=$1 delay=$2; shift 2
  "$@" > "$work/logs/$round.out" 2> "$work/logs/$round.err" &
  local pid=$!
  if [ -n "${wait_for:-}" ]; then
    for ((t = 0; t < 600; t++)); do
      [ -e "$wait_for" ] || ! kill -0 "$pid" 2>/dev/null && break
      sleep 0.05
    done
  elif [ "$1" != "${java[0]}" ]; then
    sleep "$(awk -v ms="$startup_ms" 'BEGIN { printf "%.3f", ms * 0.8 / 1000 }')"
  fi
  sleep "$(awk -v s="$RANDOM" -v d="$delay" 'BEGIN { printf "%.3f", (s % d) / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  finished=0
  wait "$pid" 2>/dev/null && finished=1 || true
}
for ((k = 1; k <= kills; k++)); do
  op=${ops[$(( k % 5 ))]}   # import, export, labels, curate, save in turn
  case $op in
    import)
      batch "$k" alice "$work/in/b$k.jsonl"
      wait_for=$corpus/.aurum/import/running.json run_killed "$k" 4000 "$work/product/aurum-product" import "$work/in/b$k.jsonl" --corpus "$corpus" --annotator alice
      [ $finished = 1 ] && documents=$(( documents + 300 )) ;;
    export)
      run_killed "$k" 3000 "$work/product/aurum-product" export --corpus "$corpus" --format jsonl \
        --out "$work/exports/e$k" --layer annotator:alice
      [ $finished = 1 ] && acked_exports+=("e$k") ;;
    labels)
      if grep -q '"MONEY"' "$corpus/labelset.json" 2>/dev/null; then from=MONEY to=AMOUNT; else from=AMOUNT to=MONEY; fi
      run_killed "$k" 3000 "$work/product/aurum-product" labels rename "$from" "$to" --corpus "$corpus" ;;
    curate)
      run_killed "$k" 3000 "$work/product/aurum-product" curate --corpus "$corpus" --auto --annotators alice,bob ;;
    save)
      run_killed "$k" 2000 "${java[@]}" aurum.bench.crash.SaveStream "$corpus" "$k" journal ;;
  esac
  counts[$(( k % 5 ))]=$(( ${counts[$(( k % 5 ))]} + 1 ))
  result=$("${java[@]}" aurum.bench.crash.CampaignChecker "$corpus" "$work/exports" "$documents" "${acked_exports[@]}") || {
    echo "kill $k ($op): $result" >&2
    exit 1
  }
  echo "kill $k ($op, finished before the kill: $finished): $result"
done
# the next import finishes what a killed one left; the next export sweeps the staging of killed ones
aurum import "$work/in/alice.jsonl" --corpus "$corpus" --annotator alice > /dev/null
aurum export --corpus "$corpus" --format jsonl --out "$work/exports/final" --layer annotator:alice > /dev/null
final=$("${java[@]}" aurum.bench.crash.CampaignChecker --final "$corpus" "$work/exports" "$documents" "${acked_exports[@]}") || {
  echo "final check: $final" >&2
  exit 1
}
echo "crash campaign: $kills kills (import ${counts[0]}, export ${counts[1]}, labels ${counts[2]}, curate ${counts[3]}," \
  "save ${counts[4]}) in $(( $(date +%s) - started )) s; final $final"
