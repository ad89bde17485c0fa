#!/usr/bin/env bash
# Packs the contents of a folder (not the folder itself) into a zip: scripts/zip-dir.sh DIR ZIP.
# Used for the Chrome/Edge package and the Firefox (.xpi-ready) package.
set -euo pipefail
dir=$1
zip_path=$(realpath -m "$2")
rm -f "$zip_path"
if command -v zip >/dev/null; then
    (cd "$dir" && zip -qr -X "$zip_path" .)
else
    (cd "$dir" && python3 -m zipfile -c "$zip_path" ./*)
fi
