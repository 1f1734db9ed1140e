#!/usr/bin/env bash
# Fuzzes one importer with Jazzer for a while (issue 22; results in docs/PERFORMANCE.md), niced.
#   fuzz/run.sh TARGET SECONDS [WORK_DIR=/tmp/aurum-fuzz]      (after ./build.sh verify)
# TARGET: plainText zip jsonl jsonlCodePoints conll webAnnoTsv brat. The corpus grows in WORK_DIR/TARGET (seeded
# from the committed seeds); a finding is written as WORK_DIR/TARGET/crash-* and ends the run with its stack trace.
set -euo pipefail
cd "$(dirname "$0")/.."
. releng/scripts/common.sh
aurum_find_java
target=$1
seconds=$2
work=${3:-/tmp/aurum-fuzz}
mkdir -p "$work/$target"
cp -n fuzz/src/test/resources/aurum/fuzz/ImporterFuzzTestInputs/"$target"/* "$work/$target/" 2>/dev/null || true
# a copy of the classes, so that a build meanwhile cannot pull them from under the fuzzer
mkdir -p "$work/lib"
rm -rf "$work/lib/$target" && mkdir -p "$work/lib/$target"
cp -r fuzz/target/test-classes "$work/lib/$target/test-classes"
cp=$work/lib/$target/test-classes
for entry in $(tr ':' ' ' < fuzz/target/fuzz-classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp -r "$entry" "$work/lib/$target/" && cp=$cp:$work/lib/$target/$(basename "$entry") ;;
    *) cp=$cp:$entry ;;
  esac
done
cd "$work/$target"
exec nice -n 15 "$JAVA_HOME/bin/java" -Xmx1g -Daurum.fuzz.target="$target" -cp "$cp" \
  com.code_intelligence.jazzer.Jazzer --target_class=aurum.fuzz.ImporterFuzzTarget \
  --instrumentation_includes='aurum.**' \
  -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -artifact_prefix="$work/$target/" "$work/$target"
