#!/bin/sh
# Moves the API baseline to the bundles just built: run it at a release, after `./segmenta build` of the
# release's commit, then commit releng/org.segmenta.baseline/repository with the release.
# Only the bundles that export a versioned API of ours are kept (the others have nothing to compare); the test
# support bundle is not product API.
set -e
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
rm -rf "$here/target/source" "$here/repository"
mkdir -p "$here/target/source/plugins"
for jar in "$root"/bundles/*/target/*.jar; do
    case "$jar" in *-sources.jar|*.tests-*|*/org.segmenta.testing/*) continue ;; esac
    if unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
        | grep '^Export-Package:' | grep -q 'org\.segmenta\.[a-z.]*;version="'; then
        cp "$jar" "$here/target/source/plugins/"
    fi
done
ls "$here/target/source/plugins"
"$root/segmenta" mvn -q -f "$here/pom.xml" tycho-p2-extras:publish-features-and-bundles
echo "baseline now: $(ls "$here/repository/plugins")"
