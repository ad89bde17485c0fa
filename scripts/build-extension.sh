#!/usr/bin/env bash
echo "scripts/build-extension.sh: not written yet" >&2
exit 1
