#!/bin/sh
# Starts an installed Segmenta on macOS (double-click in the Finder, or run it in Terminal).
#   segmenta.command [--data DIR]                  the window
#   segmenta.command [--data DIR] cli [-pluginCustomization FILE] COMMAND ...
#                                                  the command line (segmenta.command cli --help)
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
# the window takes --data DIR wherever it stands among its options ('segmenta -nl de --data DIR'), so a folder
# named after another option is never silently replaced by the default one
if [ "${1:-}" != "cli" ] && [ "${1:-}" != "server" ]; then
    n=$#
    while [ "$n" -gt 0 ]; do
        a=$1
        shift
        n=$((n - 1))
        if [ "$a" = "--data" ]; then
            [ "$n" -gt 0 ] && [ -n "${1:-}" ] || { echo "segmenta: --data needs a folder" >&2; exit 2; }
            data=$1
            shift
            n=$((n - 1))
        else
            set -- "$@" "$a"
        fi
    done
fi
mkdir -p "$data" || { echo "segmenta: cannot create the instance folder $data" >&2; exit 1; }
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "segmenta: no Equinox launcher in $here/plugins: the installation is incomplete" >&2; exit 1; }
# The feature version (21, 25, ...) and the full runtime version (25.0.3+9-LTS) of a `java`, from its JDK's
# `release` file (no JVM start), as the Linux script's find-java.sh reads them.
segmenta_java_release() {
    home=$(cd "$(dirname "$1")/.." 2>/dev/null && pwd -P)
    [ -n "$home" ] && [ -f "$home/release" ] && echo "$home/release"
}
segmenta_java_version() {
    release=$(segmenta_java_release "$1")
    [ -n "$release" ] && sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}
segmenta_java_build() {
    release=$(segmenta_java_release "$1")
    [ -n "$release" ] && sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$release" | tr -c 'A-Za-z0-9.+_\n-' '_'
}

# The command line runs in an OSGi configuration of its own that leaves out the window's bundles (SWT, JFace, the
# e4 workbench, CSS, SVG and SPI Fly, which only the SVG reader needs): written from the window's configuration
# (configuration/config.ini, which p2 updates) whenever that is newer, into configuration/cli, or into
# ~/.segmenta/cli-configuration/... when the installation is read-only. Sets cli_conf.
cli_window_names='(org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.e4\.|org\.apache\.batik\.|com\.github\.weisj\.jsvg|org\.eclipse\.urischeme|com\.sun\.jna|org\.eclipse\.core\.commands|org\.eclipse\.core\.databinding|org\.eclipse\.core\.expressions|org\.eclipse\.emf\.databinding|org\.eclipse\.equinox\.p2\.ui|org\.segmenta\.ui_|org\.segmenta\.app_|org\.segmenta\.jface\.nl_|xml-apis-ext|xmlgraphics-commons|org\.apache\.aries\.spifly)'
cli_window_only="file\\\\:$cli_window_names"
cli_configuration() {
    main="$here/configuration/config.ini"
    cli_conf="$here/configuration/cli"
    if ! { mkdir -p "$cli_conf" 2>/dev/null && [ -w "$cli_conf" ]; }; then
        cli_conf="$HOME/.segmenta/cli-configuration/$(printf %s "$here" | cksum | cut -d' ' -f1)"
        mkdir -p "$cli_conf" || { echo "segmenta: cannot create $cli_conf for the command line's configuration" >&2; return 1; }
    fi
    # the bundles are in the simple configurator's bundles.info (p2 installs and updates them there), or, in an
    # installation without it, in config.ini's osgi.bundles
    main_info="$here/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
    if [ ! -f "$cli_conf/config.ini" ] || [ "$main" -nt "$cli_conf/config.ini" ] || [ "$main_info" -nt "$cli_conf/config.ini" ]; then
        [ -f "$main" ] || { echo "segmenta: $main is missing: the installation is incomplete" >&2; return 1; }
        if [ -f "$main_info" ]; then
            mkdir -p "$cli_conf/org.eclipse.equinox.simpleconfigurator" &&
                grep -Ev "^[^,]*,[^,]*,plugins/$cli_window_names" "$main_info" \
                    > "$cli_conf/org.eclipse.equinox.simpleconfigurator/bundles.info" || return 1
            bundles=$(sed -n 's/^osgi\.bundles=//p' "$main")
        else
            bundles=$(sed -n 's/^osgi\.bundles=//p' "$main" | tr ',' '\n' | grep -Ev "$cli_window_only" | paste -sd, -)
        fi
        {
            echo "# the command line's bundles: $main without the window's (written by segmenta.command)"
            grep -Ev '^(osgi\.bundles|eclipse\.application|eclipse\.product|eclipse\.p2\.data\.area|osgi\.configuration\.cascaded)=' "$main"
            echo "eclipse.application=org.segmenta.cli.cli"
            # not a child of the window's configuration: Equinox would inherit its eclipse.product, a product whose
            # bundle the command line leaves out ("Product org.segmenta.app.product could not be found." in the log)
            echo "osgi.configuration.cascaded=false"
            echo "osgi.bundles=$bundles"
            # p2's profile is the installation's, wherever this configuration is
            echo "eclipse.p2.data.area=$here/p2"
            # the window bundle (and with it the product) is left out: name the product's company presets
            # (-pluginCustomization FILE on the command line takes their place)
            custom=$(ls -d "$here"/plugins/org.segmenta.app_*/plugin_customization.ini 2>/dev/null | tail -n 1)
            [ -z "$custom" ] || echo "eclipse.pluginCustomization=$custom"
        } > "$cli_conf/config.ini.$$" && mv -f "$cli_conf/config.ini.$$" "$cli_conf/config.ini" || return 1
        # trained on the old bundles
        rm -f "$cli_conf"/*.aot
    fi
}

# Java's AOT cache for the command line (JDK 25 and newer): classes loaded and linked and method profiles from a
# training run, so a command starts in about half the time. The first command of an installation and Java build
# trains it in the background, on a throw-away database, while the command itself runs as usual; the cache is
# named after the Java build, so another Java trains its own. SEGMENTA_AOT=off leaves it out, SEGMENTA_AOT=wait
# trains in the foreground first (for measuring). Sets aot_args.
cli_aot_cache() {
    aot_args=""
    [ "${SEGMENTA_AOT:-on}" != off ] || return 0
    v=$(segmenta_java_version "$java")
    [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null || return 0
    build=$(segmenta_java_build "$java")
    [ -n "$build" ] || return 0
    aot="$cli_conf/cli-$build.aot"
    if [ -f "$aot" ]; then
        aot_args="-XX:AOTCache=$aot"
        return 0
    fi
    # one training at a time; a lock older than an hour is from a training that died
    find "$cli_conf" -maxdepth 1 -name '*.training' -mmin +60 -exec rm -rf {} + 2>/dev/null
    mkdir "$aot.training" 2>/dev/null || return 0
    if [ "${SEGMENTA_AOT:-on}" = wait ]; then
        cli_aot_train
        [ -f "$aot" ] && aot_args="-XX:AOTCache=$aot"
    else
        cli_aot_train </dev/null >/dev/null 2>&1 &
    fi
}

cli_aot_train() {
    (
        trap 'rm -rf "$aot.training"' EXIT
        cp "$cli_conf/config.ini" "$aot.training/config.ini"
        cp -R "$cli_conf/org.eclipse.equinox.simpleconfigurator" "$aot.training/" 2>/dev/null
        # shellcheck disable=SC2086
        "$java" $vmargs "$logging" -Dderby.stream.error.file="$aot.training/derby.log" -XX:AOTCacheOutput="$aot.training/cli.aot" \
            -Djava.awt.headless=true -jar "$launcher" \
            -configuration "$aot.training" -data "$aot.training/data" -nosplash -application org.segmenta.cli.cli \
            contacts --limit 1 \
            </dev/null >/dev/null 2>&1 && [ -f "$aot.training/cli.aot" ] && mv -f "$aot.training/cli.aot" "$aot"
    )
}

# The window's just-in-time compilers start at four times the usual call counts (as on Linux: fewer methods compiled before
# the window is usable; what a long job runs hot is still compiled within its first moments); SEGMENTA_VMARGS comes
# after it and can set another.
window_vmargs="-XX:CompileThresholdScaling=4"

# a read-only installation (/Applications for a standard user): the configuration area goes to the user's Library
config=""
if [ ! -w "$here/configuration" ]; then
    config="$HOME/Library/Application Support/Segmenta/configuration"
    mkdir -p "$config" || exit 1
fi
# (the paths go as quoted arguments of their own: a Mac's folders may have spaces)
vmargs="-Xms128m -Xmx2g -Dderby.system.home=$here ${SEGMENTA_VMARGS:-}"
logging="-Djava.util.logging.config.file=$here/logging.properties"
if [ "${1:-}" = "cli" ]; then
    shift
    # company presets of one's own for this command (the product's plugin_customization.ini otherwise)
    if [ "${1:-}" = "-pluginCustomization" ]; then
        [ -n "${2:-}" ] || { echo "segmenta: -pluginCustomization needs a file" >&2; exit 2; }
        vmargs="$vmargs -Declipse.pluginCustomization=$2"
        shift 2
    fi
    if [ "${1:-}" = "update" ] && [ -w "$here/configuration" ]; then
        # p2 updates the installation's own configuration (the window's; the command line's follows it)
        # shellcheck disable=SC2086
        exec "$java" $vmargs "$logging" "-Dderby.stream.error.file=$data/derby.log" -Djava.awt.headless=true \
            -jar "$launcher" -data "$data" -nosplash \
            -application org.segmenta.cli.cli "$@"
    fi
    # the command line's own light configuration (no window bundles) and AOT cache, as on Linux
    cli_configuration || exit 1
    cli_aot_cache
    # shellcheck disable=SC2086
    exec "$java" $vmargs "$logging" "-Dderby.stream.error.file=$data/derby.log" ${aot_args:+"$aot_args"} \
        -Djava.awt.headless=true -jar "$launcher" -configuration "$cli_conf" -data "$data" \
        -nosplash -application org.segmenta.cli.cli "$@"
fi
# Java's AOT cache for the window (JDK 25 and newer), as on Linux: the classes a start loads and links (the
# framework's, SWT's, JFace's, the workbench's, EMF's, Derby's) and their method profiles, from one training start. The
# first start of the window for an installation and Java build trains it in the background: a second start of the
# window on a throw-away instance folder and configuration, hidden (-Dsegmenta.training: no window shown, no demo data
# offered), that closes itself as soon as it is usable (-Dsegmenta.startup.report). A new configuration (an update)
# trains it again. SEGMENTA_AOT=off leaves it out, SEGMENTA_AOT=wait trains in the foreground first. Sets aot_args.
window_aot_cache() {
    aot_args=""
    [ "${SEGMENTA_AOT:-on}" != off ] || return 0
    v=$(segmenta_java_version "$java")
    [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null || return 0
    build=$(segmenta_java_build "$java")
    [ -n "$build" ] || return 0
    win_conf="$here/configuration/window-aot"
    if ! { mkdir -p "$win_conf" 2>/dev/null && [ -w "$win_conf" ]; }; then
        win_conf="$HOME/Library/Application Support/Segmenta/window-aot/$(printf %s "$here" | cksum | cut -d' ' -f1)"
        mkdir -p "$win_conf" || return 0
    fi
    aot="$win_conf/window-$build.aot"
    main_info="$here/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
    if [ -f "$aot" ] && { [ "$here/configuration/config.ini" -nt "$aot" ] || [ "$main_info" -nt "$aot" ]; }; then
        # trained on other bundles
        rm -f "$aot"
    fi
    if [ -f "$aot" ]; then
        aot_args="-XX:AOTCache=$aot"
        return 0
    fi
    find "$win_conf" -maxdepth 1 -name '*.training' -mmin +60 -exec rm -rf {} + 2>/dev/null
    mkdir "$aot.training" 2>/dev/null || return 0
    if [ "${SEGMENTA_AOT:-on}" = wait ]; then
        window_aot_train
        [ -f "$aot" ] && aot_args="-XX:AOTCache=$aot"
    else
        window_aot_train </dev/null >/dev/null 2>&1 &
    fi
}

window_aot_train() {
    (
        trap 'rm -rf "$aot.training"' EXIT
        # a configuration of its own (the window's bundles), so that it never shares the real one's framework state
        grep -Ev '^eclipse\.p2\.data\.area=' "$here/configuration/config.ini" > "$aot.training/config.ini" &&
            echo "eclipse.p2.data.area=$here/p2" >> "$aot.training/config.ini" || exit 1
        cp -R "$here/configuration/org.eclipse.equinox.simpleconfigurator" "$aot.training/" 2>/dev/null
        # the start recorded meets what a user's later starts meet (as on Linux): the demo data, loaded by the command
        # line in this configuration, and a window laid out by a first, unrecorded hidden start; either may fail
        # shellcheck disable=SC2086
        "$java" $vmargs "$logging" "-Dderby.stream.error.file=$aot.training/derby.log" -Djava.awt.headless=true \
            -jar "$launcher" -configuration "$aot.training" -data "$aot.training/data" -nosplash \
            -application org.segmenta.cli.cli demo </dev/null >/dev/null 2>&1
        # shellcheck disable=SC2086
        "$java" -XstartOnFirstThread $window_vmargs $vmargs "$logging" "-Dderby.stream.error.file=$aot.training/derby.log" \
            -Dsegmenta.training=true "-Dsegmenta.startup.report=$aot.training/first" -jar "$launcher" \
            -configuration "$aot.training" -data "$aot.training/data" </dev/null >/dev/null 2>&1
        # shellcheck disable=SC2086
        "$java" -XstartOnFirstThread $window_vmargs $vmargs "$logging" "-Dderby.stream.error.file=$aot.training/derby.log" \
            "-XX:AOTCacheOutput=$aot.training/window.aot" -Dsegmenta.training=true \
            "-Dsegmenta.startup.report=$aot.training/report" -jar "$launcher" \
            -configuration "$aot.training" -data "$aot.training/data" \
            </dev/null >/dev/null 2>&1 && [ -f "$aot.training/report" ] && [ -f "$aot.training/window.aot" ] &&
            mv -f "$aot.training/window.aot" "$aot"
    )
}

window_aot_cache
# SWT on Cocoa runs on the process's first thread
# shellcheck disable=SC2086
exec "$java" -XstartOnFirstThread $window_vmargs $vmargs "$logging" "-Dderby.stream.error.file=$data/derby.log" ${aot_args:+"$aot_args"} \
    ${config:+"-Dosgi.configuration.area=$config" "-Dosgi.sharedConfiguration.area=$here/configuration" -Dosgi.configuration.cascaded=true} \
    -jar "$launcher" -data "$data" "$@"
