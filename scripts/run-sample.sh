#!/usr/bin/env bash
echo "scripts/run-sample.sh: not written yet" >&2
exit 1
