//! The one place a tokio runtime is built. It lives for one `block_on` and is dropped without
//! waiting, so a response abandoned at its timeout cannot hold the process open.

use std::future::Future;

pub(super) fn block_on<F: Future>(future: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime fails only if the OS refuses an I/O driver");
    let output = runtime.block_on(future);
    runtime.shutdown_background();
    output
}
