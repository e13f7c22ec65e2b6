# The Python that the benchmarks time `lesson` against (sourced by the scripts in Benchmarks/, which run from the
# repository's top folder).
#
#   python=$(peer_python "$python")   # the --python option's value, else .peers/bin/python, else empty

# The Python given with --python when there is one (a relative path made absolute, since the scripts run some
# commands from other folders); else .peers/bin/python when scripts/setup-benchmark-peers has made it; else
# nothing, and the caller does without peers or stops.
peer_python() {
    case "${1:-}" in
        "") [ -x .peers/bin/python ] && echo "$PWD/.peers/bin/python" ;;
        /*) echo "$1" ;;
        */*) echo "$PWD/$1" ;;
        *) echo "$1" ;;
    esac
    return 0
}

# How to get a peer Python, for the scripts' messages.
peer_hint="make one with scripts/setup-benchmark-peers, or pass --python PYTHON"
