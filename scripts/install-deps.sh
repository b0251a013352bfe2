#!/bin/sh
# Installs the Debian packages actorkg needs to build and test, and only
# those that pkg-config or a missing command says are absent, so a machine
# that has everything is left alone (and no network is needed).
set -eu

missing=""
need_pkg() { # pkg-config-module debian-package
  pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"
}
need_cmd() { # command debian-package
  command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}

need_cmd pkg-config pkg-config
need_cmd cc gcc
need_cmd make make
need_cmd cmake cmake
if command -v pkg-config >/dev/null 2>&1; then
  need_pkg raptor2 libraptor2-dev
  need_pkg libgvc libgraphviz-dev
  need_pkg libcgraph libgraphviz-dev
  need_pkg libxml-2.0 libxml2-dev
  need_pkg cmocka libcmocka-dev
else
  missing="$missing libraptor2-dev libgraphviz-dev libxml2-dev libcmocka-dev"
fi
need_cmd rapper raptor2-utils   # end-to-end tests: parse the RDF we write
need_cmd roqet rasqal-utils     # end-to-end tests: SPARQL over graph.ttl
need_cmd node nodejs            # end-to-end tests: Oxigraph (npm, into build/npm) answers the README's queries
need_cmd npm npm
need_cmd dot graphviz           # end-to-end tests: accept graph.dot
need_cmd xmllint libxml2-utils  # end-to-end tests: accept graph.svg
need_cmd valgrind valgrind      # end-to-end test under memcheck
need_cmd python3 python3        # end-to-end tests: read events.csv with the csv module
need_cmd groff groff-base       # end-to-end tests: render the manual page
need_cmd chromium chromium      # end-to-end test of index.html in a browser; make docs-image
need_cmd clang-format clang-format  # make lint
need_cmd clang-tidy clang-tidy      # make lint

missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ')
if [ -z "${missing# }" ]; then
  exit 0
fi
echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "install-deps: missing packages ($missing) and not root; install them with apt" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
