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
# The command line as a user starts it: without JAVA_HOME (java on the PATH may be older than 21, as Debian 12's
# 17 is), and with a JAVA_HOME of an old Java: the launcher must find a Java 21+ itself, or say what to install.
mkdir -p "$work/old-jdk/bin"
printf '#!/bin/sh\necho "old java must not be started" >&2; exit 9\n' > "$work/old-jdk/bin/java"
chmod +x "$work/old-jdk/bin/java"
echo 'JAVA_VERSION="17.0.15"' > "$work/old-jdk/release"
for java_home in "" "$work/old-jdk"; do
  out=$(HOME="$work/home" AURUM_DATA="$work/cli-workspace" JAVA_HOME="$java_home" "$product/aurum-product" version 2>&1) \
    || { echo "selfcheck: 'aurum-product version' with JAVA_HOME='$java_home' failed: $out" >&2; exit 1; }
  case "$out" in Aurum*) ;; *) echo "selfcheck: 'aurum-product version' printed: $out" >&2; exit 1 ;; esac
done
echo "selfcheck: the launcher finds a Java 21+ without JAVA_HOME and past an old one"
# Commands run in the command line's own configuration (headless bundles only): import the sample, validate it.
cli() { HOME="$work/home" AURUM_DATA="$work/cli-workspace" "$product/aurum-product" "$@" 2>&1; }
out=$(cli import "$product/samples/us-japan-defense" --corpus "$work/cli-corpus") \
  || { echo "selfcheck: 'aurum-product import' of the sample failed: $out" >&2; exit 1; }
out=$(cli validate --corpus "$work/cli-corpus") \
  || { echo "selfcheck: 'aurum-product validate' of the imported sample failed: $out" >&2; exit 1; }
[ -f "$product/configuration-cli/org.eclipse.equinox.simpleconfigurator/bundles.info" ] \
  || { echo "selfcheck: commands did not run in configuration-cli" >&2; exit 1; }
if grep -q -E '^org\.eclipse\.(swt|ui),' "$product/configuration-cli/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
  echo "selfcheck: configuration-cli lists workbench bundles" >&2; exit 1
fi
echo "selfcheck: import and validate of the sample ran with the headless bundles only"
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
