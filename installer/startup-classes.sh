#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes src/main/resources/dev/atelier/app/startup-classes.txt: the classes the kiosk loads from JVM start to its
# first frame (JDK classes already in the JDK's CDS archive left out), which ClassPreloader loads on a second core.
# Run after `mvn -o package` (needs target/atelier.jar, target/lib and target/test-classes); uses Xvfb when there is
# no display. Re-run when the start-up path changes; a stale list only costs speed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/dev/atelier/app/startup-classes.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd target/test-classes && jar cf "$tmp/probe.jar" dev/atelier/app/kiosk/StartupProbe*.class)
cp="$tmp/probe.jar:target/atelier.jar:$(ls target/lib/*.jar | tr '\n' ':')"
run=(java -Datelier.preload=false -Xlog:class+load:file="$tmp/classes.log" -cp "${cp%:}"
     dev.atelier.app.kiosk.StartupProbe kiosk)
if [ -n "${DISPLAY:-}" ]; then "${run[@]}" >/dev/null 2>&1; else xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}" >/dev/null 2>&1; fi
{
  echo "# Classes the kiosk needs before its first frame; written by installer/startup-classes.sh."
  grep -v 'source: shared objects file' "$tmp/classes.log" | awk '{print $2}' \
    | grep -v -E '\$\$Lambda|0x[0-9a-f]+|^java\.lang\.invoke\.LambdaForm|StartupProbe|^picocli\.|ClassPreloader'
} > "$out"
echo "$(grep -vc '^#' "$out") classes -> $out"
