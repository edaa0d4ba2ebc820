#!/usr/bin/env bash
# Builds the release archives into dist/ (see docs/deploy.md, "Making a release"):
#   dist/tirkeme-VERSION-x86_64-linux.zip     the Linux x86-64 binary
#   dist/tirkeme-VERSION-x86_64-windows.zip   tirkeme.exe for 64-bit Windows
#   dist/SHA256SUMS                           their SHA-256, for `sha256sum -c`
# each with the README, docs/deploy.md and the licences of the bundled fonts
# and data, in one folder named like the archive.
#
# The binaries are built with the `dist` profile (link-time optimisation
# across Typst, one codegen unit): what users get. TIRKEME_PROFILE=release
# builds them with `--release` instead (about half the build time, ~11% slower
# renders); CI uses it to keep its time down. The Windows binary is
# cross-built with Debian's mingw-w64 (`gcc-mingw-w64-x86-64`, and
# `rustup target add x86_64-pc-windows-gnu`).
#
# A release names its commit (`tirkeme --version`), so tracked files must be
# committed; the archives of one commit are the same bytes on every run of
# the same toolchain (file times are the commit's, entries sorted).
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${TIRKEME_PROFILE:-dist}
case $profile in
  dist|release) ;;
  *) echo "release.sh: TIRKEME_PROFILE must be dist or release, not '$profile'" >&2; exit 2 ;;
esac
windows=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

# The date of every file in the archives: the commit's, else SOURCE_DATE_EPOCH
# (a build from a source archive), else now.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
   && [ "$(git rev-parse --show-toplevel)" = "$(pwd -P)" ]; then
  if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    echo "release.sh: commit or stash the changes first: a release names its commit" >&2
    git status --short --untracked-files=no >&2
    exit 2
  fi
  epoch=$(git log -1 --format=%ct)
else
  epoch=${SOURCE_DATE_EPOCH:-$(date +%s)}
fi

for tool in zip sha256sum x86_64-w64-mingw32-gcc x86_64-w64-mingw32-strip strip; do
  command -v "$tool" >/dev/null || {
    echo "release.sh: '$tool' is missing (apt-get install zip coreutils gcc-mingw-w64-x86-64 binutils)" >&2
    exit 2
  }
done
rustup target list --installed 2>/dev/null | grep -qx "$windows" || {
  echo "release.sh: the Windows target is missing: rustup target add $windows" >&2
  exit 2
}

# The Linux binary: built for the host when the host is x86-64 Linux (it
# shares the host's build), else for that target explicitly.
host=$(rustc -vV | sed -n 's/^host: //p')
if [ "$host" = x86_64-unknown-linux-gnu ]; then
  cargo build --locked --profile "$profile"
  linux_bin=target/$profile/tirkeme
else
  cargo build --locked --profile "$profile" --target x86_64-unknown-linux-gnu
  linux_bin=target/x86_64-unknown-linux-gnu/$profile/tirkeme
fi
cargo build --locked --profile "$profile" --target "$windows"
windows_bin=target/$windows/$profile/tirkeme.exe

rm -rf dist
mkdir -p dist
stage() { # stage NAME BINARY STRIP
  local name=$1 bin=$2 strip=$3
  local dir=dist/$name
  mkdir -p "$dir/licences/fonts" "$dir/licences/cldr" "$dir/docs"
  cp "$bin" "$dir/"
  "$strip" "$dir/$(basename "$bin")"
  cp README.md "$dir/"
  cp docs/deploy.md "$dir/docs/"
  cp fonts/LICENSE-LiberationSerif.txt "$dir/licences/fonts/"
  cp data/cldr/LICENSE data/cldr/README.md "$dir/licences/cldr/"
  find "$dir" -exec touch -h -d "@$epoch" {} +
  (cd dist && find "$name" -type f | LC_ALL=C sort | TZ=UTC zip -q -X -@ "$name.zip")
  rm -rf "$dir"
}
stage "tirkeme-$version-x86_64-linux" "$linux_bin" strip
stage "tirkeme-$version-x86_64-windows" "$windows_bin" x86_64-w64-mingw32-strip
(cd dist && sha256sum -- *.zip > SHA256SUMS)
echo "release.sh: $("$linux_bin" --version), profile $profile:"
(cd dist && ls -l -- *.zip SHA256SUMS)
