// Shortens the names the wasm module and its wasm-bindgen glue know each other by, as Emscripten
// does for release builds: wasm-bindgen's import names carry a hash
// (`__wbg_getAttribute_c7b80d4010284561`), and with the module name `./replyguide_wasm_bg.js` on
// each of them the import section alone took 3.2 KB.
//
// Usage: node scripts/minify-wasm-names.mjs WASM_OPT GLUE.js MODULE.wasm [wasm-opt feature flags…]
//
// wasm-opt's --minify-imports-and-exports-and-modules renames the imports, their module and the
// exports in MODULE.wasm and prints the mapping; this script then renames the same names in the
// glue (the keys of its import object, and each `wasm.export` it calls) and refuses to write a
// glue that still names anything the module no longer has.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmOpt, gluePath, wasmPath, ...features] = process.argv.slice(2);
if (!wasmOpt || !gluePath || !wasmPath) {
    console.error('usage: node scripts/minify-wasm-names.mjs WASM_OPT GLUE.js MODULE.wasm [features…]');
    process.exit(2);
}

const importModules = (bytes) =>
    [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.module))];

const before = readFileSync(wasmPath);
const mapping = JSON.parse(
    execFileSync(
        'node',
        [wasmOpt, '--minify-imports-and-exports-and-modules', '--strip-target-features',
            ...features, wasmPath, '-o', wasmPath],
        { encoding: 'utf8' },
    ),
);
const after = readFileSync(wasmPath);

function fail(message) {
    writeFileSync(wasmPath, before);
    console.error(`minify-wasm-names: ${message} (${wasmPath} left as it was)`);
    process.exit(1);
}

const escape = (name) => name.replace(/[$]/g, '\\$');
let glue = readFileSync(gluePath, 'utf8');

// The import module: wasm-bindgen gives every import the same one, and so does wasm-opt.
const [oldModule, ...otherOld] = importModules(before);
const [newModule, ...otherNew] = importModules(after);
if (otherOld.length || otherNew.length) fail('expected one import module before and after');
const moduleKey = `${JSON.stringify(oldModule)}:`;
if (glue.split(moduleKey).length !== 2) fail(`expected the glue to name ${oldModule} once`);
glue = glue.replace(moduleKey, () => `${JSON.stringify(newModule)}:`);

// Import names: each is one key of the glue's import object, at the start of its line.
for (const [, name, short] of mapping.imports) {
    const key = new RegExp(`^(\\s+)${escape(name)}:`, 'gm');
    if ((glue.match(key) ?? []).length !== 1) fail(`expected one import ${name} in the glue`);
    glue = glue.replace(key, (_, indent) => `${indent}${short}:`);
}

// Export names: the glue calls them as `wasm.name`.
const exports = new Map(mapping.exports);
glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (_, name) => {
    if (!exports.has(name)) fail(`the glue calls wasm.${name}, which the module does not export`);
    return `wasm.${exports.get(name)}`;
});

writeFileSync(gluePath, glue);
console.log(
    `${mapping.imports.length} imports and ${exports.size} exports renamed: ` +
        `${before.length - after.length} bytes saved`,
);
