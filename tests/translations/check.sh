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
status=0
"$tscheck" --refreshed "$tmp" "$tsdir"/soudan_*.ts || status=$?

# Byte for byte what update_translations writes (relative locations, so in a folder beside
# translations/): a moved line number left behind would show up in the next translator's diff.
same=$(mktemp -d "$root/.tscheck.XXXXXX")
trap 'rm -rf "$tmp" "$same"' EXIT
cp "$tsdir"/soudan_*.ts "$same"/
relative=(-silent -locations relative -no-obsolete -I "$root" "@$sources")
"$lupdate" "${relative[@]}" -ts "$same/soudan_ja.ts"
"$lupdate" "${relative[@]}" -pluralonly -ts "$same/soudan_en.ts"
for ts in "$same"/soudan_*.ts; do
    name=$(basename "$ts")
    if ! cmp -s "$ts" "$tsdir/$name"; then
        echo "translations/$name is not what update_translations writes; run" \
            "cmake --build build/default --target update_translations:"
        diff -u "$tsdir/$name" "$ts" | head -20 || true
        status=1
    fi
done
exit "$status"

