#!/bin/bash
# install_checked: `cmake --install` of the build into a temporary prefix puts the client, the
# server, the desktop file, the AppStream metainfo and the icons where a desktop looks for them,
# and the validators of Debian's archive accept them (desktop-file-validate, appstreamcli).
set -euo pipefail
build="$1"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
# As a package installs it: into /usr (and /etc), staged under a temporary DESTDIR.
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
prefix="$stage/usr"
fail() { echo "install_checked: $*" >&2; exit 1; }

for f in bin/soudan bin/soudan-server share/man/man1/soudan.1.gz share/man/man1/soudan-server.1.gz \
         lib/systemd/system/soudan-server.service lib/sysusers.d/soudan-server.conf \
         share/doc/soudan/copyright share/doc/soudan-server/changelog.gz \
         share/applications/org.soudan.Soudan.desktop \
         share/metainfo/org.soudan.Soudan.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.soudan.Soudan.svg; do
    [ -e "$prefix/$f" ] || fail "missing $f"
done
[ -x "$prefix/bin/soudan" ] || fail "bin/soudan is not executable"
[ -f "$stage/etc/soudan/server.conf" ] || fail "missing /etc/soudan/server.conf"

# Every PNG size is there, as a PNG of that size.
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/org.soudan.Soudan.png"
    [ -f "$png" ] || fail "missing the ${size}x${size} icon"
    read -r w h < <(python3 -c 'import struct,sys
d=open(sys.argv[1],"rb").read(24)
assert d[:8]==b"\x89PNG\r\n\x1a\n", "not a PNG"
print(*struct.unpack(">II", d[16:24]))' "$png") || fail "${size}x${size}: not a PNG"
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "${size}x${size} icon is ${w}x${h}"
done

# The desktop file names a binary and an icon that are installed.
desktop="$prefix/share/applications/org.soudan.Soudan.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refused the desktop file"
grep -q '^Exec=soudan %u$' "$desktop" || fail "Exec is not the installed soudan (with a link)"
grep -q '^MimeType=x-scheme-handler/soudan;$' "$desktop" || fail "soudan:// links are not the client's"
grep -q '^Icon=org.soudan.Soudan$' "$desktop" || fail "Icon is not the installed icon"
appstreamcli validate --no-net "$prefix/share/metainfo/org.soudan.Soudan.metainfo.xml" \
    || fail "appstreamcli refused the metainfo"
# The installed client runs from the prefix (no build tree needed).
QT_QPA_PLATFORM=offscreen "$prefix/bin/soudan" --version >/dev/null || fail "soudan --version failed"
# The service's settings are the server's own: it starts from them (a config it refuses would
# stop the service at boot).
"$prefix/bin/soudan-server" migrate --config "$stage/etc/soudan/server.conf" \
    --db "$stage/board.sqlite" >/dev/null || fail "soudan-server refused /etc/soudan/server.conf"
echo "install_checked: ok ($prefix)"
