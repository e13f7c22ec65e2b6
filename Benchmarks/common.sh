# Helpers of the benchmark scripts in Benchmarks/ (sourced; they run from the repository's top folder).
#
#   lesson=$(release_lesson "$lesson" "$scratch" render.sh)   # the --lesson binary, or a release build of one
#   machine_line    # Machine: 2 cores, AMD EPYC 7B13, 23.5 GB, Debian GNU/Linux 12 (bookworm).
#   swift_version   # Swift version 6.3.1 (swift-6.3.1-RELEASE), or nothing

# The absolute path of the lesson binary given (`$1`), else of a release build made in the scratch folder `$2`;
# `$3` names the script in messages. Exits with status 2 when there is no such binary.
release_lesson() {
    local lesson="$1" scratch="$2" script="$3"
    if [ -z "$lesson" ]; then
        echo "Building lesson (release)..." >&2
        swift build -c release --product lesson --scratch-path "$scratch" >&2
        lesson="$(swift build -c release --product lesson --scratch-path "$scratch" --show-bin-path)/lesson"
    fi
    [ -x "$lesson" ] || { echo "$script: no lesson binary at $lesson (see --lesson)" >&2; exit 2; }
    echo "$(cd "$(dirname "$lesson")" && pwd)/$(basename "$lesson")"
}

machine_line() {
    local cpu_model memory system
    cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
    memory=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
    system=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-Linux}")
    echo "Machine: $(nproc) cores, ${cpu_model:-unknown CPU}, $memory, $system."
}

swift_version() {
    swift --version 2>/dev/null | head -1 || true
}
