#!/usr/bin/env bash
# Runs the whole benchmark of issue 6 on this machine and appends every figure to bench/results.md:
# 1k articles with the CoreNLP anchor, 10k with Jena's bulk loader and compaction, 100k without them (the loader
# would need twice the store's 25 GB more disk), then the query benchmark on the 100k-article store. Takes about an
# hour on 2 cores; run it on a quiet machine. WORK (default /tmp/nkgraph-bench) needs about 30 GB free.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/nkgraph-bench}"
anchor="$home/bench/corenlp/target/corenlp-anchor.jar"
cd "$home"
[ -f "$anchor" ] || mvn -q -B -f bench/corenlp/pom.xml package
./nkgraph bench run --articles 1000 --work "$work/1k" --corenlp-anchor "$anchor" --corenlp-articles 300
./nkgraph bench run --articles 10000 --work "$work/10k" --compact
rm -rf "$work/1k" "$work/10k"
./nkgraph bench run --articles 100000 --work "$work/100k" --no-loader
./nkgraph bench queries --db "$work/100k/store"
