# Shared by ./build.sh and ./aurum: finding a JDK >= 21 and the OS packages the UI needs.
# Sourced, not run.

AURUM_MIN_JAVA=21
# fonts-noto-color-emoji: emoji in texts (outside the BMP) are drawn in colour, not as empty boxes (issue 21)
AURUM_UI_PACKAGES="xvfb xauth libgtk-3-0 libxtst6 fonts-dejavu-core fonts-noto-color-emoji"

java_major() { # $1 = java executable; prints the major version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Sets JAVA_HOME to a JDK >= 21: the given JAVA_HOME when it is recent enough, else the newest under /usr/lib/jvm.
aurum_find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(java_major "$JAVA_HOME/bin/java")
    [ -n "$v" ] && [ "$v" -ge "$AURUM_MIN_JAVA" ] && export JAVA_HOME && return 0
  fi
  best=; bestv=0
  for j in /usr/lib/jvm/*/bin/java /opt/*/bin/java; do
    [ -x "$j" ] || continue
    v=$(java_major "$j"); [ -n "$v" ] || continue
    if [ "$v" -ge "$AURUM_MIN_JAVA" ] && [ "$v" -gt "$bestv" ]; then best=$(dirname "$(dirname "$j")"); bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "aurum: needs a JDK $AURUM_MIN_JAVA or later; none found in JAVA_HOME or /usr/lib/jvm." >&2
    echo "  Install one (e.g. 'apt-get install openjdk-21-jdk' on Debian 13, or Temurin 21+), or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

aurum_missing_ui_packages() { # prints the packages of $AURUM_UI_PACKAGES not installed
  for p in $AURUM_UI_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
  done
}

# Installs the UI packages when missing (as root), else says the exact command and fails.
aurum_ensure_ui_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: trust the user
  missing=$(aurum_missing_ui_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "aurum: installing OS packages for the workbench: $missing" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; } >&2 \
      || { echo "aurum: apt-get install $missing failed" >&2; return 1; }
  else
    echo "aurum: the workbench needs OS packages that are missing. Run:" >&2
    echo "  sudo apt-get install -y $missing" >&2
    return 1
  fi
}
