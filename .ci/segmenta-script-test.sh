#!/bin/sh
# The ./segmenta script's own test (run by './segmenta test' before the Maven build; a few seconds, no build):
# the real script in a throw-away clone whose mvnw is a stand-in that "builds" a product which prints its arguments.
# Checks: no display => said at once, nothing built; options before 'cli' work as after it; a product is rebuilt only
# when a product source is newer (not a test bundle's); two calls at once build once (the second waits, then uses
# what the first built); a failed build shows its errors; offline first, online again when ~/.m2 misses something.
# No timing: the stand-in build waits on a FIFO that the test opens.
set -u
here=$(cd "$(dirname "$0")/.." && pwd -P)
t=$(mktemp -d "${TMPDIR:-/tmp}/segmenta-script-test.XXXXXX")
trap 'rm -rf "$t"' EXIT
failures=0
fail() {
    echo "segmenta-script-test: FAILED: $*" >&2
    failures=$((failures + 1))
}

# the throw-away clone
c="$t/clone"
mkdir -p "$c/features/org.segmenta.feature/rootfiles" "$c/bundles/org.segmenta.x/src" "$c/bundles/org.segmenta.x.tests/src" \
    "$c/releng/org.segmenta.product" "$c/targetplatform" "$c/.mvn"
cp "$here/segmenta" "$c/segmenta"
cp "$here/features/org.segmenta.feature/rootfiles/find-java.sh" "$c/features/org.segmenta.feature/rootfiles/"
for f in pom.xml releng/pom.xml targetplatform/targetplatform.target bundles/org.segmenta.x/src/A.java \
    bundles/org.segmenta.x.tests/src/ATest.java; do
    echo x > "$c/$f"
done
cat > "$c/mvnw" <<'EOF'
#!/bin/sh
# stand-in for the Maven wrapper: records its arguments, waits at the gate if there is one, makes a product
echo "$* MAVEN_OPTS=${MAVEN_OPTS:-}" >> "$BUILDS"
[ ! -p "$GATE" ] || read -r _ < "$GATE"
echo "[INFO] Building [bundle] Segmenta Model 0.1.0-SNAPSHOT      [3/19]"
if [ -f "$FAIL" ]; then
    echo "[ERROR] Failed to execute goal ... compilation failure: A.java:[1,1] class, interface, enum, or record expected"
    exit 1
fi
case " $* " in
*" -o "*) if [ -f "$FAIL_OFFLINE" ]; then echo "[ERROR] Cannot access central in offline mode"; exit 1; fi ;;
esac
p=releng/org.segmenta.product/target/products/org.segmenta.product/linux/gtk/x86_64/segmenta
mkdir -p "$p/configuration"
echo "osgi.bundles=" > "$p/configuration/config.ini"
printf '#!/bin/sh\necho "product: $*"\n' > "$p/segmenta"
chmod +x "$p/segmenta"
EOF
chmod +x "$c/mvnw"
export BUILDS="$t/builds" GATE="$t/gate" FAIL="$t/fail" FAIL_OFFLINE="$t/fail-offline"
: > "$BUILDS"
builds() { wc -l < "$BUILDS" | tr -d ' '; }
# a source changed since the last build, without sleeping: what the build made is set one minute back
newer() {
    find "$c" -type f ! -path '*/target/*' -exec touch -d "@$(( $(date +%s) - 120 ))" {} +
    find "$c/releng/org.segmenta.product/target" -type f -exec touch -d "@$(( $(date +%s) - 60 ))" {} +
    touch "$1"
}

# 1. the window without a display: said at once, nothing built
out=$(cd "$c" && env -u DISPLAY -u WAYLAND_DISPLAY ./segmenta -nl de 2>&1); rc=$?
[ $rc -eq 1 ] || fail "no display: exit code $rc, expected 1"
case "$out" in *"no display"*"nothing was built"*"./segmenta cli --help"*"xvfb-run ./segmenta -nl de"*) ;; *) fail "no display: said '$out'" ;; esac
[ "$(builds)" = 0 ] || fail "no display: built anyway"

# 2. options before 'cli' as after it; the first call builds, with a message
out=$(cd "$c" && ./segmenta -nl de --data "$t/d" cli contacts --limit 1 2>&1); rc=$?
[ $rc -eq 0 ] || fail "options before cli: exit code $rc: $out"
case "$out" in *"building the product"*) ;; *) fail "first build: no message in '$out'" ;; esac
case "$out" in *"product: --data $t/d cli -nl de contacts --limit 1"*) ;; *) fail "options before cli: product got '$out'" ;; esac
[ "$(builds)" = 1 ] || fail "first call: $(builds) builds, expected 1"
case "$(head -n 1 "$BUILDS")" in *"-pl releng/org.segmenta.product -am"*"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"*) ;;
*) fail "the build is not the product's alone, on a JVM for short builds: $(head -n 1 "$BUILDS")" ;; esac
out=$(cd "$c" && ./segmenta cli -nl de --data "$t/d" contacts 2>&1)
case "$out" in *"product: --data $t/d cli -nl de contacts"*) ;; *) fail "options after cli: product got '$out'" ;; esac
[ "$(builds)" = 1 ] || fail "nothing changed, yet built again"

# 3. a test bundle's change does not rebuild the product; a product bundle's does, and says why
newer "$c/bundles/org.segmenta.x.tests/src/ATest.java"
(cd "$c" && ./segmenta cli x >/dev/null 2>&1)
[ "$(builds)" = 1 ] || fail "a test bundle's change rebuilt the product"
newer "$c/bundles/org.segmenta.x/src/A.java"
out=$(cd "$c" && ./segmenta cli x 2>&1)
case "$out" in *"sources changed since the last build (bundles/org.segmenta.x/src/A.java): rebuilding"*) ;; *) fail "rebuild: said '$out'" ;; esac
[ "$(builds)" = 2 ] || fail "a product bundle's change: $(builds) builds, expected 2"

# 4. a typo is a usage error, not a window
out=$(cd "$c" && ./segmenta tset 2>&1); rc=$?
[ $rc -eq 2 ] || fail "unknown command: exit code $rc, expected 2"
case "$out" in *"unknown command 'tset'"*) ;; *) fail "unknown command: said '$out'" ;; esac

# 5. two calls at once after a change: one builds, the other waits and then runs what it built
if command -v flock >/dev/null 2>&1 && command -v mkfifo >/dev/null 2>&1; then
    newer "$c/bundles/org.segmenta.x/src/A.java"
    mkfifo "$GATE"
    (cd "$c" && ./segmenta cli first > "$t/a.out" 2>&1) &
    a=$!
    n=0
    while [ "$(builds)" != 3 ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done
    (cd "$c" && ./segmenta cli second > "$t/b.out" 2>&1) &
    b=$!
    n=0
    while ! grep -q "waiting for another ./segmenta to finish building" "$t/b.out" 2>/dev/null && [ $n -lt 600 ]; do
        sleep 0.1
        n=$((n + 1))
    done
    grep -q "waiting for another ./segmenta to finish building (./segmenta cli" "$t/b.out" ||
        fail "the second call did not say it waits: $(cat "$t/b.out")"
    # opened read-write: never blocks, even when no stand-in build waits at the gate (a broken script)
    echo go 1<>"$GATE"
    rm -f "$GATE"
    wait $a || fail "the first call failed: $(cat "$t/a.out")"
    wait $b || fail "the second call failed: $(cat "$t/b.out")"
    [ "$(builds)" = 3 ] || fail "two calls at once: $(builds) builds in all, expected 3 (the second built again)"
    grep -q "product: cli second" "$t/b.out" || fail "the second call did not run the product: $(cat "$t/b.out")"
else
    echo "segmenta-script-test: no flock or mkfifo here: the test of two calls at once is skipped" >&2
fi

# 6. a failed build: its errors, where the whole output is, exit code 1, and the product is not run
newer "$c/bundles/org.segmenta.x/src/A.java"
touch "$FAIL"
out=$(cd "$c" && ./segmenta cli x 2>&1); rc=$?
rm -f "$FAIL"
[ $rc -eq 1 ] || fail "failed build: exit code $rc, expected 1"
case "$out" in *"[ERROR] Failed to execute goal"*"the build failed"*".segmenta-build.log"*) ;; *) fail "failed build: said '$out'" ;; esac
case "$out" in *"product:"*) fail "failed build: the old product ran" ;; esac

# 7. offline (nothing that chooses dependencies changed) and, when ~/.m2 misses something, online again
touch "$FAIL_OFFLINE"
n0=$(builds)
out=$(cd "$c" && ./segmenta cli x 2>&1); rc=$?
rm -f "$FAIL_OFFLINE"
[ $rc -eq 0 ] || fail "offline, then online: exit code $rc: $out"
case "$(tail -n 2 "$BUILDS" | head -n 1)" in *" -o "*) ;; *) fail "the rebuild was not offline: $(tail -n 2 "$BUILDS")" ;; esac
case "$(tail -n 1 "$BUILDS")" in *" -o "*) fail "the second try was offline too" ;; esac
[ "$(builds)" = $((n0 + 2)) ] || fail "offline, then online: $(( $(builds) - n0 )) builds, expected 2"
case "$out" in *"building again online"*"product: cli x"*) ;; *) fail "offline, then online: said '$out'" ;; esac

if [ $failures -gt 0 ]; then
    exit 1
fi
echo "segmenta-script-test: the ./segmenta script passed (7 checks)"
