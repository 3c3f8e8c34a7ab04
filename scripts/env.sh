# Sourced by the scripts: settings every cargo invocation shares.
# cargo-leptos compiles with LEPTOS_OUTPUT_NAME set and Leptos reads it at compile time, so
# plain cargo commands set it too; otherwise each switch between them rebuilds Leptos.
export LEPTOS_OUTPUT_NAME=shadowdesk
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
