# Shared helpers of the project's scripts: stage timing and install-when-missing.
# Sourced, not run.

stage_start() { STAGE_NAME="$1"; STAGE_T0=$(date +%s); echo "==> [$(date +%H:%M:%S)] $STAGE_NAME"; }
stage_end() { echo "<== [$(date +%H:%M:%S)] $STAGE_NAME: $(( $(date +%s) - STAGE_T0 )) s"; }

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

# rust_target_need TRIPLE...: adds rustup targets that are missing.
rust_target_need() {
  local installed; installed=$(rustup target list --installed)
  for t in "$@"; do grep -qx "$t" <<<"$installed" || rustup target add "$t"; done
}

# The pinned versions (scripts/check-pins checks they agree with Cargo.toml and Cargo.lock).
DX_VERSION=0.7.10

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
