#!/usr/bin/env bash
echo "scripts/bench.sh: not written yet" >&2
exit 1
