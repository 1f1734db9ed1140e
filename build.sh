#!/usr/bin/env bash
# Builds Aurum with the Maven wrapper on a JDK >= 21, whatever the default JDK is.
#   ./build.sh verify            every test (unit, OSGi, UI under Xvfb) and the product
#   ./build.sh package -DskipTests   the product only
# Any Maven arguments work. UI tests need Xvfb and GTK: installed here when missing (as root).
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/common.sh
aurum_find_java
echo "build.sh: JAVA_HOME=$JAVA_HOME" >&2

runs_tests=no
for a in "$@"; do
  case "$a" in verify|install|integration-test|deploy) runs_tests=yes ;; -DskipTests|-DskipTests=true|-Dmaven.test.skip=true) runs_tests=skip ;; esac
done
if [ "$runs_tests" = yes ]; then
  aurum_ensure_ui_packages
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw "$@"
  fi
fi
exec ./mvnw "$@"
