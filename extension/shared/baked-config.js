// The organisation config baked into this build by `make dist CONFIG=org.json` (scripts/make-dist.sh
// rewrites this file in the distributed copy). An ordinary build has none.

/** @type {object|null} */
export const BAKED_CONFIG = null;
