# Finds a Java runtime of version 21 or newer and prints its `java` path; prints a clear message to stderr
# and returns 1 when there is none. Order: $JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first), then
# `java` on the PATH. Sourced by the product's `segmenta` script and by the repository's `./segmenta`.

# The `release` file of a JDK or JRE, or nothing.
segmenta_java_release() {
    home=$(dirname "$(dirname "$(readlink -f "$1")")")
    [ -f "$home/release" ] && echo "$home/release"
}

# The feature version of a `java` (21, 25, ...): read from its `release` file (no JVM start), else asked.
segmenta_java_version() {
    release=$(segmenta_java_release "$1")
    if [ -n "$release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
        if [ -n "$v" ]; then
            echo "$v"
            return 0
        fi
    fi
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = *//p' | cut -d. -f1
}

# The full runtime version of a `java` (25.0.3+9-LTS), for naming what is tied to one JVM build; empty if unknown.
segmenta_java_build() {
    release=$(segmenta_java_release "$1")
    [ -n "$release" ] && sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$release" | tr -c 'A-Za-z0-9.+_\n-' '_'
}

segmenta_find_java() {
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) \
        $(command -v java 2>/dev/null); do
        [ -x "$candidate" ] || continue
        v=$(segmenta_java_version "$candidate")
        if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Segmenta needs Java 21 or newer and found none (looked at \$JAVA_HOME, /usr/lib/jvm/* and the PATH)." >&2
    echo "Install a JDK 21+ (for example: apt-get install openjdk-21-jdk, or Temurin) or set JAVA_HOME to one." >&2
    return 1
}
