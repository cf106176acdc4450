//! The one place a tokio runtime is built. It lives for one `block_on` and is dropped without
//! waiting, so a response abandoned at its timeout cannot hold the process open.
//!
//! Two workers fetch and digest while the calling thread, which runs the `block_on` future,
//! stores results: on a small server's two cores the network and the encrypted store each get
//! one, instead of taking turns on a single thread.

use std::future::Future;

const WORKERS: usize = 2;

pub(super) fn block_on<F: Future>(future: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WORKERS)
        .thread_name("takedown-net")
        .enable_all()
        .build()
        .expect("a runtime fails only if the OS refuses threads or an I/O driver");
    let output = runtime.block_on(future);
    runtime.shutdown_background();
    output
}
