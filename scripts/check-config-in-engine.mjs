// Checks an organisation config with the extension's own engine: the built wasm module, run by
// node. `replyguide config validate` checks custom `patterns` with Rust's regex-lite, but the
// extension matches them with the browser's RegExp (node's is V8's, as in Chrome), and the two
// syntaxes differ outside what they share: `(?i)` is valid in one and not the other. A config the
// extension would reject would otherwise ship, and every copy would fall back to the defaults.
// Used by scripts/make-dist.sh. Exit status 1 (with the engine's message naming the field) when
// the engine rejects the config.
// Usage: node scripts/check-config-in-engine.mjs BUILD_DIR ORG.json
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const [buildDir, configPath] = process.argv.slice(2);
if (!buildDir || !configPath) {
  console.error('usage: node scripts/check-config-in-engine.mjs BUILD_DIR ORG.json');
  process.exit(2);
}
const glue = await readFile(join(buildDir, 'wasm/replyguide_wasm.js'), 'utf8');
const engine = await import(`data:text/javascript,${encodeURIComponent(glue)}`);
engine.initSync({ module: await readFile(join(buildDir, 'wasm/replyguide_wasm_bg.wasm')) });

const problem = engine.validate_config(await readFile(configPath, 'utf8'));
if (problem !== null) {
  console.error(`${configPath}: ${problem}`);
  process.exit(1);
}
