#!/usr/bin/env bash
# The plugin-author guide (docs/PLUGINS.md), end to end, on a copy of the product:
#   1. builds examples/plugin-author (its own Tycho build) against Aurum's p2 repository,
#   2. installs org.example.labels into a copy of the product with the product's p2 director,
#   3. checks that `aurum labels` lists the example label set and that `aurum suggest` with the example
#      recognizer pre-annotates a corpus made from the sample,
#   4. uninstalls it again with the director and checks that the label set is gone.
# Run after `./build.sh verify` (or `./build.sh package -DskipTests`). Exits non-zero when a step fails.
# KEEP=1 keeps the temporary folder for inspection.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/releng/scripts/common.sh"
product="$repo/releng/aurum.product/target/products/aurum.product/linux/gtk/x86_64/aurum"
aurum_repo="$repo/releng/aurum.product/target/repository"
if [ ! -x "$product/aurum-product" ] || [ ! -d "$aurum_repo/plugins" ]; then
  echo "plugin-example: no product or p2 repository under releng/aurum.product/target; run ./build.sh verify first" >&2
  exit 2
fi
aurum_find_java
export JAVA_HOME

tmp=$(mktemp -d "${TMPDIR:-/tmp}/aurum-plugin-example.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  echo "plugin-example: keeping $tmp" >&2
else
  trap 'rm -rf "$tmp"' EXIT
fi
step() { printf '\n== %s\n' "$*"; }
fail() { echo "plugin-example: FAILED: $*" >&2; exit 1; }
started=$(date +%s)

step "1. build the example plugin against file:$aurum_repo"
# A copy outside the Aurum tree, to show it builds on its own.
cp -a "$repo/examples/plugin-author" "$tmp/plugin-author"
rm -rf "$tmp"/plugin-author/*/target
log="$tmp/example-build.log"
if ! "$repo/mvnw" -B --no-transfer-progress -f "$tmp/plugin-author/pom.xml" \
     -Daurum.repository="file:$aurum_repo" verify >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  fail "the example's Tycho build failed (whole log: $log, KEEP=1 keeps it)"
fi
jar=$(ls "$tmp"/plugin-author/org.example.labels/target/org.example.labels-*.jar | grep -v sources | head -n 1)
site="$tmp/plugin-author/repository/target/repository"
[ -f "$jar" ] || fail "no bundle jar was built"
ls "$site"/plugins/org.example.labels_*.jar >/dev/null 2>&1 || fail "no p2 repository at $site"
echo "built $(basename "$jar") and the p2 repository $site"

step "2. install it into a copy of the product with the p2 director"
cp -a "$product" "$tmp/aurum"
AURUM_DATA="$tmp/workspace"
export AURUM_DATA
"$tmp/aurum/aurum-product" director -repository "file:$site" -installIU org.example.labels \
  >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; fail "the director could not install org.example.labels"; }
grep -E 'Installing|Operation completed' "$tmp/install.log" || true
ls "$tmp"/aurum/plugins/org.example.labels_*.jar >/dev/null 2>&1 || fail "the bundle is not in the product's plugins/"
grep -q '^org.example.labels,' "$tmp/aurum/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the bundle is not in the product's bundles.info"

step "3a. aurum labels"
"$tmp/aurum/aurum-product" labels >"$tmp/labels.out" 2>&1 || { cat "$tmp/labels.out" >&2; fail "aurum labels failed"; }
grep -E '^(example.geo|news) ' "$tmp/labels.out"
grep -q '^example.geo 1.0.0 ' "$tmp/labels.out" || { cat "$tmp/labels.out" >&2; fail "aurum labels does not list example.geo 1.0.0"; }

step "3b. aurum suggest --recognizer org.example.labels.countries on the sample corpus"
corpus="$tmp/corpus"
"$tmp/aurum/aurum-product" import "$product/samples/us-japan-defense" --corpus "$corpus" >"$tmp/import.out" 2>&1 \
  || { cat "$tmp/import.out" >&2; fail "aurum import failed"; }
# import creates the corpus with the news label set; point corpus.json at the example's (no spans yet).
sed -i 's/"id": "news"/"id": "example.geo"/' "$corpus/corpus.json"
grep -q '"id": "example.geo"' "$corpus/corpus.json" || fail "could not set the label set in $corpus/corpus.json"
"$tmp/aurum/aurum-product" suggest --corpus "$corpus" --recognizer org.example.labels.countries \
  >"$tmp/suggest.out" 2>&1 || { cat "$tmp/suggest.out" >&2; fail "aurum suggest failed"; }
grep -v 'Suggesting' "$tmp/suggest.out"
added=$(sed -n 's/^\([0-9][0-9]*\) new suggestions from org.example.labels.countries .*label set example.geo.*/\1/p' "$tmp/suggest.out")
[ -n "$added" ] && [ "$added" -gt 0 ] || fail "aurum suggest made no suggestions with the example recognizer"
grep -Eq '^ +COUNTRY +[1-9]' "$tmp/suggest.out" || fail "no COUNTRY suggestions"
grep -Eq '^ +ALLIANCE +[1-9]' "$tmp/suggest.out" || fail "no ALLIANCE suggestions"

step "3c. the stored suggestions cover the names (UTF-16 offsets into documents/*.txt)"
# Java's source launcher reads the layer files and prints label and covered text of every span.
cat >"$tmp/Covered.java" <<'JAVA'
import java.nio.file.*;
import java.util.regex.*;
public class Covered {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Pattern span = Pattern.compile("\"start\":(\\d+),\"end\":(\\d+),\"label\":\"([^\"]+)\"");
        try (var layers = Files.list(corpus.resolve("layers/annotators/suggestions"))) {
            for (Path layer : layers.sorted().toList()) {
                String id = layer.getFileName().toString().replaceFirst("\\.json$", "");
                String text = Files.readString(corpus.resolve("documents/" + id + ".txt"));
                Matcher m = span.matcher(Files.readString(layer));
                while (m.find()) {
                    System.out.println(m.group(3) + "\t" + text.substring(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
            }
        }
    }
}
JAVA
"$JAVA_HOME/bin/java" "$tmp/Covered.java" "$corpus" >"$tmp/covered.out" || fail "could not read the stored suggestions"
sort "$tmp/covered.out" | uniq -c | sort -rn | head -n 8
[ "$(grep -c . "$tmp/covered.out")" -eq "$added" ] || fail "$added suggestions reported, $(grep -c . "$tmp/covered.out") stored"
grep -qx $'COUNTRY\tJapan' "$tmp/covered.out" || fail "no COUNTRY span covers 'Japan'"
grep -qx $'ALLIANCE\tNATO' "$tmp/covered.out" || fail "no ALLIANCE span covers 'NATO'"
if grep -Evq $'^(COUNTRY|ALLIANCE)\t(Japan|China|United States|US|U\\.S\\.|America|Russia|North Korea|South Korea|Australia|Taiwan|Philippines|India|United Kingdom|Britain|NATO|AUKUS|Quad|U\\.?S\\.?-Japan alliance)$' "$tmp/covered.out"; then
  grep -Ev $'^(COUNTRY|ALLIANCE)\t(Japan|China|United States|US|U\\.S\\.|America|Russia|North Korea|South Korea|Australia|Taiwan|Philippines|India|United Kingdom|Britain|NATO|AUKUS|Quad|U\\.?S\\.?-Japan alliance)$' "$tmp/covered.out" | head -n 5 >&2
  fail "some spans do not cover a name of the example's gazetteer (offsets wrong?)"
fi
echo "all $added spans cover a gazetteer name"

step "4. uninstall it with the director"
"$tmp/aurum/aurum-product" director -uninstallIU org.example.labels >"$tmp/uninstall.log" 2>&1 \
  || { cat "$tmp/uninstall.log" >&2; fail "the director could not uninstall org.example.labels"; }
"$tmp/aurum/aurum-product" labels >"$tmp/labels2.out" 2>&1 || { cat "$tmp/labels2.out" >&2; fail "aurum labels failed after uninstall"; }
if grep -q '^example.geo ' "$tmp/labels2.out"; then fail "example.geo is still listed after uninstalling"; fi
echo "example.geo is gone; $(grep -c . "$tmp/labels2.out") lines from aurum labels"

printf '\nplugin-example: OK in %ss\n' "$(( $(date +%s) - started ))"
