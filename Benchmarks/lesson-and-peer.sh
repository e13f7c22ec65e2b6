# What the benchmarks that time `lesson run` of a lesson against a Python peer, as whole processes, share (sourced
# by pixel-similarity.sh and load-mnist.sh, which run from the repository's top folder).
#
#   lesson_and_peer_options "$0" HELP_LINES "$@"   # sets data, python, runs and lesson from the options
#   median_seconds "$lesson" run FILE              # the median wall time of a command over $runs runs
#   median_times "$lesson" run FILE                # the median wall and CPU times (user + system), "WALL CPU"

. Benchmarks/peer-python.sh

# Reads --data DIR (default ../shared/data), --python PATH (default the peer Python), --runs N (default $runs, or
# 3) and --lesson BINARY (default: a release build, built now) into $data, $python, $runs and $lesson; --help
# prints lines 2 to HELP_LINES of the script. Stops the script on a bad option or without a peer Python.
lesson_and_peer_options() {
    local script=$1 help_lines=$2
    shift 2
    data=../shared/data
    python=""
    runs=${runs:-3}
    lesson=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --data) data=$2; shift 2 ;;
            --python) python=$2; shift 2 ;;
            --runs) runs=$2; shift 2 ;;
            --lesson) lesson=$2; shift 2 ;;
            -h | --help) sed -n "2,${help_lines}p" "$script"; exit 0 ;;
            *) echo "usage: $script [--data DIR] [--python PATH] [--runs N] [--lesson BINARY]" >&2; exit 2 ;;
        esac
    done
    python=$(peer_python "$python")
    [ -n "$python" ] || { echo "$(basename "$script"): no Python with PyTorch: $peer_hint" >&2; exit 2; }
    if [ -z "$lesson" ]; then
        swift build -c release --product lesson >/dev/null
        lesson="$(swift build -c release --show-bin-path)/lesson"
    fi
}

# The median wall time of a command over $runs runs, in seconds.
median_seconds() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=("$(( (end - start) / 1000000 ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)] / 1000}'
}

# The median wall time and the median CPU time (user + system, all threads and children) of a command over $runs
# runs, in seconds, as "WALL CPU". On a busy machine the CPU time says more: it does not count waiting for a core.
median_times() {
    local walls=() cpus=()
    for _ in $(seq "$runs"); do
        local line
        line=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
        walls+=("$(echo "$line" | awk '{print $1}')")
        cpus+=("$(echo "$line" | awk '{printf "%.3f", $2 + $3}')")
    done
    local wall cpu
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}')
    echo "$wall $cpu"
}
