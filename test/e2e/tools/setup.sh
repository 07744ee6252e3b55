#!/usr/bin/env bash
# Installs what the end-to-end tests need, offline but for the npm and Debian registries:
# Debian's chromium, neovim, ripgrep and libkrb5-dev, then code-server and playwright-core from
# this folder's package-lock.json. Idempotent: a second run checks and returns in about a second.
set -euo pipefail
cd "$(dirname "$0")"

need=()
for p in libkrb5-dev ripgrep chromium neovim; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if ((${#need[@]})); then
  echo "e2e setup: apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

stamp=node_modules/.imr-e2e-stamp
want="$(sha256sum package-lock.json | cut -d' ' -f1) $(node --version)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x node_modules/.bin/code-server ]]; then
  echo "e2e setup: tools already installed"
  exit 0
fi

# @vscode/ripgrep (inside code-server) downloads rg from GitHub unless its cache has the tarball:
# give it Debian's rg (the same ripgrep 13.0.0).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work"
rgcache="$work/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rgcache"
tar -C "$(dirname "$(command -v rg)")" -czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg

# --unsafe-perm: code-server's postinstall checks it when run as root.
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which must not ask.
echo "e2e setup: npm ci (code-server, playwright-core)"
npm_config_yes=true npm ci --unsafe-perm --no-fund --no-audit --loglevel=error
echo "$want" > "$stamp"
echo "e2e setup: done"
