# The Python that the benchmarks time `lesson` against (sourced by the scripts in Benchmarks/, which run from the
# repository's top folder).
#
#   python=$(peer_python "$python")   # the --python option's value, else .peers/bin/python, else empty

# The Python given with --python when there is one; else .peers/bin/python (absolute) when
# scripts/setup-benchmark-peers has made it; else nothing, and the caller does without peers or stops.
peer_python() {
    if [ -n "${1:-}" ]; then
        echo "$1"
    elif [ -x .peers/bin/python ]; then
        echo "$PWD/.peers/bin/python"
    fi
}

# How to get a peer Python, for the scripts' messages.
peer_hint="make one with scripts/setup-benchmark-peers, or pass --python PYTHON"
