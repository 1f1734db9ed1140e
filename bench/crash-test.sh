#!/usr/bin/env bash
# Crash test of the corpus store (issue 3; results in docs/PERFORMANCE.md).
# Makes a corpus from the sample texts, then KILLS times: starts a process that saves annotations in a
# loop (each save acknowledged on stdout once saveLayer has returned), kills it with kill -9 a random
# 0-1.5 s after its first acknowledgement, and checks with a fresh CorpusStore.open that every
# acknowledged change is there, every file parses and no temporary file older than the store's 10 minutes is
# left (younger ones may be a writer's at work and are kept by design); the final check ages the leftovers
# by those 10 minutes and finds none after the sweep. Stops at the first failed check.
#   bench/crash-test.sh [KILLS=200] [WORK_DIR=/tmp/aurum-crash] [MODE=whole|journal]   (after ./build.sh verify)
# MODE journal saves through the layers' change journals (CorpusStore.saveChanges, as the editor does)
# and compacts every 25th save, so kills also land in appends and compactions.
# kill -9 ends the process, not the machine: it tests atomic replacement and the revision check, not
# whether fsync reaches the disk (that needs a power cut or a fault-injecting file system).
set -euo pipefail
cd "$(dirname "$0")/.."
. releng/scripts/common.sh
aurum_find_java
kills=${1:-200}
work=${2:-/tmp/aurum-crash}
mode=${3:-whole}
rm -rf "$work"
mkdir -p "$work/acks" "$work/lib"
# run on a copy of the classes, so a build during the test cannot pull them from under the writer
cp -r bench/target/classes "$work/lib/bench-classes"
cp=$work/lib/bench-classes
for entry in $(tr ':' ' ' < bench/target/bench-classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp -r "$entry" "$work/lib/" && cp=$cp:$work/lib/$(basename "$entry") ;;
    *) cp=$cp:$entry ;;
  esac
done
java=("$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$cp")

"${java[@]}" aurum.bench.crash.CrashCorpus "$work/corpus" samples/us-japan-defense
started=$(date +%s)
for ((i = 1; i <= kills; i++)); do
  "${java[@]}" aurum.bench.crash.SaveStream "$work/corpus" "$i" "$mode" > "$work/acks/$i.txt" 2> "$work/acks/$i.err" &
  writer=$!
  # wait for the first acknowledged save (the JVM start takes seconds on a busy machine), then kill
  # after a random 0-1.5 s, so that every kill lands in the stream of saves
  for ((t = 0; t < 600; t++)); do
    [ -s "$work/acks/$i.txt" ] || ! kill -0 "$writer" 2>/dev/null && break
    sleep 0.05
  done
  sleep "$(awk -v s="$RANDOM" 'BEGIN { printf "%.3f", (s % 1500) / 1000 }')"
  kill -9 "$writer" 2>/dev/null || true   # a writer that died by itself is reported below
  wait "$writer" 2>/dev/null || true
  if [ -s "$work/acks/$i.err" ]; then
    echo "kill $i: the writer failed before it was killed:" >&2
    cat "$work/acks/$i.err" >&2
    exit 1
  fi
  result=$("${java[@]}" aurum.bench.crash.AckChecker "$work/corpus" "$work"/acks/*.txt) || {
    echo "kill $i: $result" >&2
    exit 1
  }
  echo "kill $i: $(grep -c '^ACK' "$work/acks/$i.txt" || true) saves acknowledged before the kill; $result"
done
final=$("${java[@]}" aurum.bench.crash.AckChecker --final "$work/corpus" "$work"/acks/*.txt) || {
  echo "final check: $final" >&2
  exit 1
}
echo "crash test ($mode): $kills kills in $(( $(date +%s) - started )) s; final $final"
