# shellcheck shell=bash
# Shared helpers of the project's scripts: stage timing and install-when-missing.
# Sourced, not run, from the repository's root.

# stage_start NAME [BUDGET]: BUDGET seconds (cold machine, 2 cores) that stage_end fails on,
# so a stage that drifts stops the run with its name instead of eating the CI's time.
stage_start() {
  STAGE_NAME="$1"; STAGE_BUDGET="${2:-}"; STAGE_T0=$(date +%s)
  echo "==> [$(date +%H:%M:%S)] $STAGE_NAME${STAGE_BUDGET:+ (budget ${STAGE_BUDGET} s)}"
}
stage_end() {
  local took=$(( $(date +%s) - STAGE_T0 ))
  echo "<== [$(date +%H:%M:%S)] $STAGE_NAME: $took s"
  if [ -n "${STAGE_BUDGET:-}" ] && [ "$took" -gt "$STAGE_BUDGET" ]; then
    echo "stage over its budget: $STAGE_NAME took $took s, budget $STAGE_BUDGET s" >&2
    exit 1
  fi
}

# What `cargo install` puts there (dx, wasm-bindgen, cargo-deny) must be found by the checks
# below even where the login shell did not add it to PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# apt_need PKG...: installs the Debian packages that are not installed yet.
apt_need() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# toolchain_need: the toolchain of rust-toolchain.toml (rustup itself is a prerequisite: README).
# Nothing else installs it implicitly (RUSTUP_AUTO_INSTALL=0 on CI machines).
toolchain_need() {
  if ! command -v rustup >/dev/null; then
    echo "rustup is missing: install it first (README.md, Prerequisites)" >&2
    exit 1
  fi
  local channel; channel=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
  rustup toolchain list | grep -q "^$channel-" \
    || rustup toolchain install "$channel" --profile minimal --no-self-update
}

# rust_component_need COMPONENT...: adds rustup components of the active toolchain that are missing.
rust_component_need() {
  local installed; installed=$(rustup component list --installed)
  for c in "$@"; do grep -q "^$c-" <<<"$installed" || rustup component add "$c"; done
}

# rust_target_need TRIPLE...: adds rustup targets that are missing.
rust_target_need() {
  local installed; installed=$(rustup target list --installed)
  for t in "$@"; do grep -qx "$t" <<<"$installed" || rustup target add "$t"; done
}

# crates_need: downloads every crate of Cargo.lock (all targets) into the cargo cache, so the
# steps that run with --offline (cargo deny) work on a machine where nothing was built yet.
# Warm cache: the offline attempt succeeds without any network request.
crates_need() {
  if ! cargo fetch --locked --offline >/dev/null 2>&1; then
    echo "downloading the crates of Cargo.lock"
    cargo fetch --locked
  fi
}

# The pinned versions (scripts/check-pins checks they agree with Cargo.toml and Cargo.lock).
DX_VERSION=0.7.10
SCHEMATHESIS_VERSION=4.32.5

# The project's Python environment (gitignored): schemathesis lives there, never in the
# system's Python.
VENV_DIR=.venv

# cargo_bin_need BIN VERSION CRATE: installs CRATE at VERSION unless BIN --version shows it.
cargo_bin_need() {
  local bin="$1" version="$2" crate="$3"
  if ! "$bin" --version 2>/dev/null | grep -q "$version"; then
    echo "installing $crate $version"
    cargo install "$crate" --version "$version" --locked
  fi
}

# The wasm-bindgen version of Cargo.lock: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print}' Cargo.lock
}
