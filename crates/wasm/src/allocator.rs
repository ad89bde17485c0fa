//! The module's memory allocator: talc, at least as fast as the standard library's dlmalloc
//! building a large reply history, fed by a source that grows the wasm memory in large steps.
//!
//! talc's own wasm source grows the memory by just what the failed allocation needs, 64 KiB at a
//! time, and every `memory.grow` makes the browser swap the memory's `ArrayBuffer` for a new one
//! (the glue's views of it are rebuilt too): a page's first checks grew it dozens of times. Here
//! the memory grows by half its size at least, so a session grows it a handful of times.

use core::alloc::Layout;
use core::arch::wasm32;
use core::ptr::NonNull;

use talc::base::binning::Binning;
use talc::base::{Talc, CHUNK_UNIT};
use talc::cell::TalcSyncCell;
use talc::source::Source;
use talc::wasm::WasmBinning;

/// Grows the wasm memory as allocations need it (the module is single-threaded).
#[global_allocator]
static ALLOCATOR: TalcSyncCell<GrowInSteps, WasmBinning> =
    TalcSyncCell::new_wasm(GrowInSteps { heap_end: None });

/// The wasm page size.
const PAGE_BYTES: usize = 64 * 1024;

/// The least the memory grows by: 1 MiB.
const MIN_STEP_PAGES: usize = 16;

/// A talc [`Source`] that grows the wasm memory by at least half its size (and at least
/// [`MIN_STEP_PAGES`]), extending the one heap when the new pages follow it, as talc's
/// `WasmGrowAndExtend` does. Near the memory's limit it grows by just what is needed.
#[derive(Debug)]
struct GrowInSteps {
    /// The end of the heap talc manages, once it has one.
    heap_end: Option<NonNull<u8>>,
}

// SAFETY: `acquire` neither allocates nor touches the allocator it feeds; it hands talc only
// memory that `memory.grow` has just added, which nothing else uses.
unsafe impl Source for GrowInSteps {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        // The allocation with its chunk's bookkeeping and alignment padding, generously.
        let needed_bytes = layout.size() + layout.align().max(CHUNK_UNIT) + 2 * CHUNK_UNIT;
        let needed = needed_bytes.div_ceil(PAGE_BYTES);
        let step = needed
            .max(wasm32::memory_size::<0>() / 2)
            .max(MIN_STEP_PAGES);
        let (old_pages, pages) = [step, needed]
            .into_iter()
            .find_map(|pages| match wasm32::memory_grow::<0>(pages) {
                usize::MAX => None,
                old_pages => Some((old_pages, pages)),
            })
            .ok_or(())?;
        let base = (old_pages * PAGE_BYTES) as *mut u8;
        // At the top of a 4 GiB memory the heap ends at the last address.
        let bytes = (pages * PAGE_BYTES).min(usize::MAX - base as usize);
        talc.source.heap_end = match talc.source.heap_end.take() {
            // SAFETY: the new pages start where the heap ends.
            Some(end) if end.as_ptr() == base => Some(unsafe { talc.extend(end, base.add(bytes)) }),
            // SAFETY: the new pages are unused memory.
            _ => unsafe { talc.claim(base, bytes) },
        };
        talc.source.heap_end.map(|_| ()).ok_or(())
    }
}
