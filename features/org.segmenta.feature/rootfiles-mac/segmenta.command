#!/bin/sh
# Starts an installed Segmenta on macOS (double-click in the Finder, or run it in Terminal).
#   segmenta.command [--data DIR]                  the window
#   segmenta.command [--data DIR] cli COMMAND ...  the command line (segmenta.command cli --help)
# DIR is the instance folder that holds the database and the UI state; default ~/.segmenta/workspace.
# Java 21 or newer: $JAVA_HOME, else /usr/libexec/java_home -v 21+, else java on the PATH.
here=$(cd "$(dirname "$0")" && pwd -P)
java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(/usr/libexec/java_home -v 21+ 2>/dev/null)/bin/java" \
    "$(command -v java 2>/dev/null)"; do
    [ -x "$candidate" ] || continue
    v=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = *//p' | cut -d. -f1)
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
        java=$candidate
        break
    fi
done
[ -n "$java" ] || { echo "Segmenta needs Java 21 or newer and found none: install a JDK 21+ (for example Temurin) or set JAVA_HOME." >&2; exit 1; }

data="$HOME/.segmenta/workspace"
if [ "${1:-}" = "--data" ]; then
    [ -n "${2:-}" ] || { echo "segmenta: --data needs a folder" >&2; exit 2; }
    data=$2
    shift 2
fi
mkdir -p "$data" || { echo "segmenta: cannot create the instance folder $data" >&2; exit 1; }
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "segmenta: no Equinox launcher in $here/plugins: the installation is incomplete" >&2; exit 1; }
# a read-only installation (/Applications for a standard user): the configuration area goes to the user's Library
config=""
if [ ! -w "$here/configuration" ]; then
    config="$HOME/Library/Application Support/Segmenta/configuration"
    mkdir -p "$config" || exit 1
fi
common="-Xms128m -Xmx2g -Djava.util.logging.config.file=$here/logging.properties ${SEGMENTA_VMARGS:-}"
if [ "${1:-}" = "cli" ]; then
    shift
    # shellcheck disable=SC2086
    exec "$java" $common ${config:+"-Dosgi.configuration.area=$config" "-Dosgi.sharedConfiguration.area=$here/configuration" -Dosgi.configuration.cascaded=true} \
        "-Dderby.stream.error.file=$data/derby.log" -Djava.awt.headless=true -jar "$launcher" -data "$data" -nosplash \
        -application org.segmenta.cli.cli "$@"
fi
# SWT on Cocoa runs on the process's first thread
# shellcheck disable=SC2086
exec "$java" -XstartOnFirstThread $common ${config:+"-Dosgi.configuration.area=$config" "-Dosgi.sharedConfiguration.area=$here/configuration" -Dosgi.configuration.cascaded=true} \
    "-Dderby.stream.error.file=$data/derby.log" -jar "$launcher" -data "$data" "$@"
