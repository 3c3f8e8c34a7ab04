# Sourced by the scripts: settings every cargo invocation shares.
# cargo-leptos compiles with LEPTOS_OUTPUT_NAME set and Leptos reads it at compile time, so
# plain cargo commands set it too; otherwise each switch between them rebuilds Leptos.
export LEPTOS_OUTPUT_NAME=shadowdesk
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
# Type-erased components for every crate in every build, server, tests and browser bundle
# alike: the bundle is smaller, server and browser render the same markup, and cargo and
# cargo-leptos share build artefacts (the workspace metadata keeps cargo-leptos from adding the
# flag again). Anything already in RUSTFLAGS is kept.
case " ${RUSTFLAGS:-} " in
  *" --cfg erase_components "*) ;;
  *) export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }--cfg erase_components" ;;
esac
