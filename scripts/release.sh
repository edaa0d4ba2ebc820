#!/usr/bin/env bash
# Builds the release archives into dist/ (see docs/deploy.md, "Making a release"):
#   dist/tirkeme-VERSION-x86_64-linux.zip     the Linux x86-64 binary
#   dist/tirkeme-VERSION-x86_64-windows.zip   tirkeme.exe for 64-bit Windows
#   dist/SHA256SUMS                           their SHA-256, for `sha256sum -c`
# each with the README, docs/deploy.md, tirkeme's licence (LICENSE) and the
# licences of what the binary holds besides tirkeme's own code: the bundled
# fonts and data, the Rust crates, Rust's standard library and, in the
# Windows binary, the MinGW-w64 runtime and GCC's libgcc; in one folder
# named like the archive.
#
# The binaries are built with the `dist` profile (link-time optimisation
# across Typst, one codegen unit): what users get. TIRKEME_PROFILE chooses
# another cargo profile for archives that are only checked, never handed out:
#   release  `--release`: about half the build time of dist, ~11% slower renders;
#   dev      the test build (dependencies optimised, tirkeme itself not).
# TIRKEME_WINDOWS_PROFILE, if set, is the Windows binary's profile. CI sets
# TIRKEME_PROFILE=dev TIRKEME_WINDOWS_PROFILE=release: the Linux archive
# takes the binary `cargo test` has just built, and the Windows binary is
# built once, for the archive and the tests under wine, in the profile that
# builds it cold in the least CPU time (release ~19 CPU-minutes; dev ~33,
# its debug information costing more than dist's optimisation saves).
# The Windows binary is cross-built with Debian's mingw-w64
# (`gcc-mingw-w64-x86-64`, and `rustup target add x86_64-pc-windows-gnu`).
#
# A release names its commit (`tirkeme --version`), so tracked files must be
# committed; the archives of one commit are the same bytes on every run of
# the same toolchain (file times are the commit's, entries sorted).
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${TIRKEME_PROFILE:-dist}
windows_profile=${TIRKEME_WINDOWS_PROFILE:-$profile}
folder() { # cargo's folder for a profile
  case $1 in
    dist|release) echo "$1" ;;
    dev) echo debug ;;
    *) echo "release.sh: a profile must be dist, release or dev, not '$1'" >&2; return 2 ;;
  esac
}
out=$(folder "$profile") || exit 2
windows_out=$(folder "$windows_profile") || exit 2
windows=x86_64-pc-windows-gnu
target=${CARGO_TARGET_DIR:-target}
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
  linux_bin=$target/$out/tirkeme
else
  cargo build --locked --profile "$profile" --target x86_64-unknown-linux-gnu
  linux_bin=$target/x86_64-unknown-linux-gnu/$out/tirkeme
fi
cargo build --locked --profile "$windows_profile" --target "$windows"
windows_bin=$target/$windows/$windows_out/tirkeme.exe

# The crates built into the binary for TRIPLE, each with its licence (the
# expression its authors declare, and the licence files it ships, a text
# printed once and then referred to): the notices their licences ask a
# binary to carry. A crate that ships no licence file is one under the
# Apache License 2.0 (among others), whose text is LICENSE.
registry=${CARGO_HOME:-$HOME/.cargo}/registry/src
notices() { # notices TRIPLE > FILE
  local pkg licence name version dir file sum
  local -A first=()
  cat <<'END'
tirkeme is built from the Rust crates below (crates.io). Each is named with
its version and the licence its authors declare, followed by the licence
files it ships. Where a crate ships none, its licence is the Apache License
2.0 (alone or as one choice), whose text is in the file LICENSE.
END
  while IFS='|' read -r pkg licence; do
    read -r name version _ <<<"$pkg"
    version=${version#v}
    [ "$name" = tirkeme ] && continue
    printf '\n==== %s %s: %s\n' "$name" "$version" "$licence"
    dir=$(compgen -G "$registry/*/$name-$version" | head -n 1) || true
    [ -n "$dir" ] || { echo "release.sh: $name $version is not in $registry" >&2; exit 2; }
    while IFS= read -r file; do
      sum=$(sha256sum <"$file" | cut -c1-64)
      if [ -n "${first[$sum]:-}" ]; then
        printf -- '---- %s: the same text as %s\n' "$(basename "$file")" "${first[$sum]}"
      else
        first[$sum]="$name $version's $(basename "$file")"
        printf -- '---- %s\n' "$(basename "$file")"
        cat "$file"
        echo
      fi
    done < <(find "$dir" -maxdepth 1 -type f -regextype posix-extended \
               -iregex '.*/(licen[cs]e|copying|notice|unlicense|copyright)[^/]*' | LC_ALL=C sort)
  done < <(cargo tree --locked -e normal --target "$1" --prefix none -f '{p}|{l}' \
             | sed 's/ (\*)$//; s/ (proc-macro)//' | LC_ALL=C sort -u)
}

# Rust's standard library is built into every binary: its notices are the
# toolchain's own (the rustc component's share/doc/rust), the copyright
# file of the library and the licence texts it names.
rust_doc=$(rustc --print sysroot)/share/doc/rust
[ -f "$rust_doc/COPYRIGHT-library.html" ] || {
  echo "release.sh: $rust_doc/COPYRIGHT-library.html is missing: the toolchain's rustc component ships it" >&2
  exit 2
}
rust_licences=()
for file in "$rust_doc"/licenses/*.txt; do
  grep -qwF -- "$(basename "$file" .txt)" "$rust_doc/COPYRIGHT-library.html" && rust_licences+=("$file")
done
[ ${#rust_licences[@]} -gt 0 ] || { echo "release.sh: no licence text in $rust_doc/licenses" >&2; exit 2; }
# The Windows binary also holds what the cross-compiler links in statically:
# the MinGW-w64 runtime (its start-up code and C library glue) and GCC's
# libgcc (under the GCC Runtime Library Exception); Debian's notices of both.
mingw_notices=(/usr/share/doc/gcc-mingw-w64-x86-64/copyright /usr/share/doc/mingw-w64-common/copyright)
for file in "${mingw_notices[@]}"; do
  [ -f "$file" ] || {
    echo "release.sh: $file is missing (apt-get install gcc-mingw-w64-x86-64)" >&2
    exit 2
  }
done

rm -rf dist
mkdir -p dist
stage() { # stage NAME BINARY STRIP TRIPLE
  local name=$1 bin=$2 strip=$3 triple=$4
  local dir=dist/$name
  mkdir -p "$dir/licences/fonts" "$dir/licences/cldr" "$dir/docs"
  cp "$bin" "$dir/"
  "$strip" "$dir/$(basename "$bin")"
  cp README.md LICENSE "$dir/"
  cp docs/deploy.md "$dir/docs/"
  cp fonts/LICENSE-LiberationSerif.txt "$dir/licences/fonts/"
  cp data/cldr/LICENSE data/cldr/README.md "$dir/licences/cldr/"
  mkdir -p "$dir/licences/rust"
  cp "$rust_doc/COPYRIGHT-library.html" "${rust_licences[@]}" "$dir/licences/rust/"
  {
    cat <<END
The Rust standard library ($(rustc --version | cut -d' ' -f1-2)) is built into
the binary: its copyright notices are in rust/COPYRIGHT-library.html (open it
in a browser), the licence texts it names beside it in rust/.
END
    if [ "$triple" = "$windows" ]; then
      mkdir -p "$dir/licences/mingw-w64"
      cp "${mingw_notices[0]}" "$dir/licences/mingw-w64/gcc-copyright.txt"
      cp "${mingw_notices[1]}" "$dir/licences/mingw-w64/mingw-w64-copyright.txt"
      cat <<'END'

tirkeme.exe also holds the parts of the MinGW-w64 runtime and of GCC's
runtime library (libgcc, under the GCC Runtime Library Exception) that the
cross-compiler links into every Windows program: their notices, as Debian's
gcc-mingw-w64 and mingw-w64 packages give them, are in
mingw-w64/gcc-copyright.txt and mingw-w64/mingw-w64-copyright.txt.
END
    fi
    echo
    notices "$triple"
  } > "$dir/licences/THIRD-PARTY.txt"
  find "$dir" -exec touch -h -d "@$epoch" {} +
  (cd dist && find "$name" -type f | LC_ALL=C sort | TZ=UTC zip -q -X -@ "$name.zip")
  rm -rf "$dir"
}
stage "tirkeme-$version-x86_64-linux" "$linux_bin" strip x86_64-unknown-linux-gnu
stage "tirkeme-$version-x86_64-windows" "$windows_bin" x86_64-w64-mingw32-strip "$windows"
(cd dist && sha256sum -- *.zip > SHA256SUMS)
echo "release.sh: $("$linux_bin" --version), profile $profile (Windows: $windows_profile):"
(cd dist && ls -l -- *.zip SHA256SUMS)
