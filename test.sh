#!/usr/bin/env bash
# Runs every test project and ends with one line: "N passed, N failed, N skipped".
# Installs what the tests need when it is missing: Debian's chromium (browser tests) and
# redis-server (scale-out tests), Azurite from npm (blob anchor store), and the npm packages (through the web project's build).
set -uo pipefail
cd "$(dirname "$0")"

install_missing() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} from Debian…"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_missing || { echo "Could not install chromium/redis-server"; echo "0 passed, 1 failed"; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "Node.js and npm are needed (apt-get install nodejs npm)"; echo "0 passed, 1 failed"; exit 1; }

# Azurite (the Azure Storage emulator) for the blob anchor store's tests, into .tools unless it is on the path.
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
if ! command -v azurite-blob >/dev/null 2>&1; then
  echo "Installing azurite from npm…"
  npm install --prefix "$PWD/.tools" --no-audit --no-fund --silent azurite@3.37.0 >/dev/null 2>&1 \
    || { echo "Could not install azurite"; echo "0 passed, 1 failed"; exit 1; }
fi

export MARAC_CHROMIUM="${MARAC_CHROMIUM:-$(command -v chromium)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null
if ! dotnet build Marac.sln -nologo -clp:ErrorsOnly; then
  echo "Build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
for project in tests/*/*.csproj; do
  case "$project" in *Benchmarks*) continue ;; esac
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=minimal" || status=1
done

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  total=$(get total); executed=$(get executed)
  skipped=$((skipped + total - executed))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "A test project failed to run."
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
