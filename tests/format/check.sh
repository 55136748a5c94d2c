#!/usr/bin/env bash
# Fails when a C++ source of the project is not laid out as .clang-format says, naming the files
# and the first difference; `clang-format -i FILE` lays a file out.
# Usage: check.sh CLANG_FORMAT SOURCE_DIR
set -uo pipefail
format="$1"
root="$2"
cd "$root" || exit 2
mapfile -t files < <(find app db domain models resources server store sync tests tools ui \
    -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
if [ "${#files[@]}" -lt 100 ]; then
    echo "only ${#files[@]} sources found under $root" >&2
    exit 2
fi
bad=0
for f in "${files[@]}"; do
    if ! "$format" --dry-run --Werror --style=file "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (clang-format -i $f)"
        "$format" --style=file "$f" | diff -u "$f" - | sed -n '3,12p'
        bad=$((bad + 1))
    fi
done
echo "${#files[@]} sources checked, $bad not formatted"
[ "$bad" -eq 0 ]
