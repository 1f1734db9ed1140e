#!/bin/sh
# The installed product's self-check, run by the build (integration-test phase of this module) on the archive it
# has just made: unpacks it as a user would, starts it with a fresh HOME and `aurum-product selfcheck`
# (the workbench on the sample corpus, a document opened, a word tagged and saved, no error logged) and fails
# the build when the check fails. Under Xvfb when there is no display.
#   selfcheck.sh PRODUCTS_DIR WORKDIR      (PRODUCTS_DIR holds the aurum-*.tar.gz the build archived)
set -eu
archive=$(ls "$1"/aurum-*linux.gtk.x86_64*.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "selfcheck: no product archive in $1" >&2; exit 1; }
work=$2
rm -rf "$work"
mkdir -p "$work/install" "$work/home"
tar -xzf "$archive" -C "$work/install"
product="$work/install/aurum"
[ -x "$product/aurum-product" ] || { echo "selfcheck: no aurum-product in $archive" >&2; exit 1; }
start=$(date +%s)
if [ -n "${DISPLAY:-}" ]; then
  HOME="$work/home" TMPDIR="$work" "$product/aurum-product" selfcheck "$work/result.txt" && code=0 || code=$?
else
  HOME="$work/home" TMPDIR="$work" xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$product/aurum-product" selfcheck "$work/result.txt" && code=0 || code=$?
fi
echo "selfcheck: exit $code after $(( $(date +%s) - start )) s (report: $work/result.txt)"
if [ "$code" -ne 0 ]; then
  for log in "$work"/aurum-selfcheck.*/workspace/.metadata/.log; do
    [ -f "$log" ] && { echo "selfcheck: the session's log, $log:"; head -n 60 "$log"; }
  done
  exit 1
fi
