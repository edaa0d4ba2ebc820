//! Links the `tirkeme` binary as a position-dependent executable: a 50 MB
//! binary full of Typst's static tables otherwise spends milliseconds of
//! every start in the dynamic loader, relocating pointers (see README, Speed).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
