//! The module's memory allocator: talc, at least as fast as the standard library's dlmalloc
//! building a large reply history.

/// Grows the wasm memory as allocations need it (the module is single-threaded).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
