#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds a self-contained Linux app image (own Java runtime) in target/installer/Atelier from
# target/atelier.jar + target/lib. Needs a JDK 17+ with jpackage and binutils (objcopy).
#   installer/build-app-image.sh            # builds the jar first if it is missing
#   MAIN_CLASS=... VERSION=1.2.3 installer/build-app-image.sh
set -euo pipefail
cd "$(dirname "$0")/.."

main_class=${MAIN_CLASS:-dev.atelier.app.Main}
version=${VERSION:-0.1.0}
out=target/installer
input=$out/input

if [ ! -f target/atelier.jar ] || [ ! -d target/lib ]; then
  mvn -B -q package -DskipTests
fi

rm -rf "$out"
mkdir -p "$input"
cp target/atelier.jar target/lib/*.jar "$input"/

# JavaFX keeps its natives inside javafx-*-linux.jar and would unpack them into ~/.openjfx/cache on every
# first start (slow, and impossible with a read-only home). Beside the jars, JavaFX loads them directly.
for jar in "$input"/javafx-*-linux.jar; do
  if unzip -Z1 "$jar" | grep '\.so$' >/dev/null; then
    unzip -q -o -j "$jar" '*.so' -d "$input"
  fi
done

jpackage --type app-image \
  --name Atelier \
  --app-version "$version" \
  --vendor "Atelier" \
  --description "Desktop product configurator" \
  --input "$input" \
  --main-jar atelier.jar \
  --main-class "$main_class" \
  --java-options "-Dprism.order=es2,sw -Xms32m -Xmx160m -Xmn24m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:TrimNativeHeapInterval=1000" \
  --dest "$out"

echo "App image: $out/Atelier (start: $out/Atelier/bin/Atelier)"
