// The whole binary: parsing here, everything else in the library. clap exits 2 on usage errors,
// which is our error code too.
fn main() -> std::process::ExitCode {
    use clap::Parser as _;
    takedown::run(takedown::Cli::parse()).into()
}
