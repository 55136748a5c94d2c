#!/bin/bash
# Our .ts files: checked by soudan-tscheck, and in step with the code. lupdate refreshes copies
# in a temporary folder (the same sources and options as the update_translations target), and
# soudan-tscheck reports every entry that differs: a tr() string added without updating the
# files fails the suite, with where it is.
# usage: check.sh LUPDATE TSCHECK SOURCES.lst SOURCE_ROOT TS_DIR
set -euo pipefail
lupdate=$1 tscheck=$2 sources=$3 root=$4 tsdir=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$tsdir"/soudan_*.ts "$tmp"/
cd "$root"
args=(-silent -locations absolute -no-obsolete -I "$root" "@$sources")
"$lupdate" "${args[@]}" -ts "$tmp/soudan_ja.ts"
"$lupdate" "${args[@]}" -pluralonly -ts "$tmp/soudan_en.ts"
exec "$tscheck" --refreshed "$tmp" "$tsdir"/soudan_*.ts
