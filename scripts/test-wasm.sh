#!/usr/bin/env bash
echo "scripts/test-wasm.sh: not written yet" >&2
exit 1
