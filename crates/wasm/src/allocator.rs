//! The module's memory allocator: talc, which takes a fraction of the code of the standard
//! library's dlmalloc in the wasm and is at least as fast building a large reply history.

/// Grows the wasm memory as allocations need it (the module is single-threaded).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
