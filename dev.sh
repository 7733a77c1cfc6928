#!/usr/bin/env bash
# Rode Draad developer entry point.
#   ./dev.sh run [-- app args]   install what is missing, build, open the app
#   ./dev.sh test [--sanitize]   install what is missing, build, run the whole suite through ctest
#   ./dev.sh build               install what is missing and build
#   ./dev.sh bench               build and run the benchmark executable
#   ./dev.sh fuzz [SECONDS]      clang + libFuzzer on the exchange import, from the kept corpus (default 60 s)
#   ./dev.sh screenshots [DIR]   every page on the demo team under Xvfb, English and Dutch, at 1024x640 and 1440x900 (default docs/screenshots/SIZE)
#   ./dev.sh format              format the sources with .clang-format
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    libqt6sql6-sqlite libsqlite3-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools catch2 xvfb xauth
    qt6-translations-l10n tzdata libical-dev pkgconf)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

cmd=${1:-help}
[ $# -gt 0 ] && shift
case "$cmd" in
run)
    install_missing
    configure_and_build build
    [ "${1:-}" = "--" ] && shift
    exec ./build/app/rodedraad "$@"
    ;;
test)
    dir=build
    extra=()
    if [ "${1:-}" = "--sanitize" ]; then
        dir=build-sanitize
        extra=(-DRODEDRAAD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
        export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    fi
    # poppler-utils: the report tests read the PDF's text and pages back.
    install_missing poppler-utils
    configure_and_build "$dir" "${extra[@]}"
    ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
build)
    install_missing
    configure_and_build build
    ;;
bench)
    install_missing
    BUILD_TYPE=Release configure_and_build build-release
    ./build-release/bench/rodedraad_bench "$@"
    ;;
fuzz)
    # clang and its compiler-rt (libFuzzer) come from Debian. New inputs go to
    # build-fuzz/corpus; the kept corpus in tests/fuzz is only read.
    install_missing clang libclang-rt-dev
    seconds=${1:-60}
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DRODEDRAAD_FUZZ=ON >/dev/null
    cmake --build build-fuzz --parallel "$(nproc)" --target exchange_fuzz
    mkdir -p build-fuzz/corpus build-fuzz/findings
    log "Fuzzing the exchange import for $seconds s"
    ./build-fuzz/tests/fuzz/exchange_fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -dict=tests/fuzz/exchange.dict -print_final_stats=1 \
        -artifact_prefix=build-fuzz/findings/ build-fuzz/corpus tests/fuzz/corpus/exchange
    ;;
screenshots)
    install_missing
    configure_and_build build
    out=$(realpath -m "${1:-docs/screenshots}")
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    for lang in en nl; do
        ./build/app/rodedraad --db "$work/demo-$lang.sqlite" --lang "$lang" demo >/dev/null
    done
    for size in 1024x640 1440x900; do
        for lang in en nl; do
            XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
                xvfb-run -a -s "-screen 0 ${size}x24" \
                ./build/bench/rodedraad_harness --db "$work/demo-$lang.sqlite" --lang "$lang" --screenshots "$out/$size"
        done
    done
    log "Screenshots in $out"
    ;;
format)
    git ls-files '*.cpp' '*.h' | xargs clang-format -i
    ;;
*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = help ] || exit 2
    ;;
esac
