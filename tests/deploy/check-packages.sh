#!/bin/bash
# packages_checked: the Debian packages as an operator and a member meet them.
#  1. cpack builds soudan and soudan-server from the build; lintian finds no error or warning
#     (info tags are shown).
#  2. apt installs both on this machine, dependencies resolved from Debian's archive; the
#     server's user, its settings (a conffile, readable by root and the service only) and its
#     unit are in place, and `systemd-analyze security` rates the unit's sandbox.
#  3. The server runs as its unit says (ExecStart, User, StateDirectory, WorkingDirectory) with
#     the installed settings, one of them overridden from the environment; nginx, configured
#     from the shipped site file, stands in front; the installed client signs in through nginx,
#     syncs, finds a thread and shows the board (a screenshot).
#  4. apt purges both again.
# It changes the machine (packages, a system user), so it runs as root only, alone.
set -euo pipefail
build="$1"
source_dir="$2"
if [ "$(id -u)" != 0 ]; then
    echo "packages_checked: apt installs the packages: run as root (skipped)"
    exit 77
fi
work="$(mktemp -d)"
chmod 755 "$work"
server_pid=""
nginx_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    apt-get purge -y -q soudan soudan-server >/dev/null 2>&1 || true
    rm -rf /var/lib/soudan-server "$work"
    userdel _soudan 2>/dev/null || true
    groupdel _soudan 2>/dev/null || true
}
trap cleanup EXIT
fail() { echo "packages_checked: $*" >&2; exit 1; }
step() { echo "== $*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

step "cpack"
cpack -G DEB -B "$work/debs" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
client_deb="$(ls "$work"/debs/soudan_*.deb)"
server_deb="$(ls "$work"/debs/soudan-server_*.deb)"

step "lintian"
lintian --fail-on error,warning --pedantic --display-info "$client_deb" "$server_deb" \
    2>&1 | grep -v 'running with root privileges' || fail "lintian found errors or warnings"

step "apt install"
if dpkg -s soudan >/dev/null 2>&1 || dpkg -s soudan-server >/dev/null 2>&1; then
    apt-get purge -y -q soudan soudan-server >/dev/null
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$client_deb" "$server_deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt could not install the packages"; }
for f in /usr/bin/soudan /usr/share/applications/org.soudan.Soudan.desktop \
         /usr/share/metainfo/org.soudan.Soudan.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/org.soudan.Soudan.png /usr/share/man/man1/soudan.1.gz \
         /usr/bin/soudan-server /lib/systemd/system/soudan-server.service \
         /usr/share/man/man1/soudan-server.1.gz /usr/share/doc/soudan-server/copyright; do
    [ -e "$f" ] || fail "the packages did not install $f"
done
dpkg-query -W -f='${Conffiles}' soudan-server | grep -q '/etc/soudan/server.conf' \
    || fail "/etc/soudan/server.conf is not a conffile"
getent passwd _soudan >/dev/null || fail "the package made no _soudan user"
[ "$(stat -c %G:%a /etc/soudan/server.conf)" = "_soudan:640" ] \
    || fail "/etc/soudan/server.conf is $(stat -c %G:%a /etc/soudan/server.conf), not _soudan:640"

step "systemd-analyze verify, security"
unit=/lib/systemd/system/soudan-server.service
systemd-analyze verify "$unit" || fail "systemd-analyze verify refused the unit"
exposure="$(systemd-analyze security --offline=yes "$unit" 2>&1 \
    | sed -n 's/.*Overall exposure level for soudan-server.service: \([0-9.]*\).*/\1/p')"
echo "exposure $exposure (0 is the most sandboxed, 10 none)"
[ -n "$exposure" ] && python3 -c "import sys; sys.exit(0 if float('$exposure') <= 1.5 else 1)" \
    || fail "the unit's sandbox rates $exposure (want 1.5 or less)"

step "the service, as its unit runs it"
value() { sed -n "s/^$1=//p" "$unit" | head -1; }
user="$(value User)"
state="/var/lib/$(value StateDirectory)"
exec_start="$(value ExecStart)"
[ "$(value WorkingDirectory)" = "$state" ] || fail "WorkingDirectory is not the state folder"
mkdir -p "$state" && chown "$user:$user" "$state" && chmod "$(value StateDirectoryMode)" "$state"
# setpriv runs the command itself as the user (as systemd does), with nothing in between.
as_user=(setpriv --reuid="$user" --regid="$user" --init-groups --inh-caps=-all --no-new-privs)
as_service() { (cd "$state" && umask "$(value UMask)" && "${as_user[@]}" "$@"); }
as_service soudan-server import-demo --config /etc/soudan/server.conf >/dev/null
echo "password-of-hanako" | as_service soudan-server user add hanako --config /etc/soudan/server.conf \
    >/dev/null
port="$(free_port)"
# The environment overrides the settings' listen address (8080 may be taken here).
# shellcheck disable=SC2086
(cd "$state" && umask "$(value UMask)" && exec "${as_user[@]}" env SOUDAN_LISTEN="127.0.0.1:$port" \
    $exec_start >"$work/server.out" 2>"$work/server.err") &
server_pid=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/ready" >/dev/null && break
    sleep 0.1
done
curl -sf "http://127.0.0.1:$port/ready" >/dev/null || { cat "$work/server.out" "$work/server.err"; fail "the service did not become ready"; }
grep -q "database sqlite:$state/board.sqlite" "$work/server.out" \
    || fail "the service does not use the board of its settings: $(cat "$work/server.out")"
[ "$(stat -c %U "$state/board.sqlite")" = "$user" ] || fail "the board is not the service user's"

step "nginx in front, from the shipped site file"
nginx_port="$(free_port)"
python3 - "$source_dir/docs/deploy/nginx/soudan.conf" "$work" "$port" "$nginx_port" <<'PY'
import re, sys
site, work, port, nginx_port = sys.argv[1:]
text = open(site).read()
# The TLS server block, on plain HTTP over loopback (the client allows http on loopback only).
main_block = text[text.index("server {", text.index("return 301")):]
head = text[:text.index("# Plain HTTP only redirects")]
body = "\n".join(l for l in main_block.splitlines()
                 if not re.match(r"\s*(listen|ssl_|add_header Strict)", l))
body = body.replace("server {", "server {\n    listen 127.0.0.1:%s;" % nginx_port, 1)
conf = (head + body).replace("127.0.0.1:8080", "127.0.0.1:" + port)
conf = re.sub(r"/var/log/nginx/", work + "/nginx-", conf)
main = ("daemon off;\nworker_processes 1;\nuser root;\npid %s/nginx.pid;\nerror_log %s/nginx-error.log;\n"
        "events { worker_connections 64; }\nhttp {\n    access_log %s/nginx-access.log;\n"
        "    client_body_temp_path %s/body;\n    proxy_temp_path %s/proxy;\n"
        "    fastcgi_temp_path %s/fastcgi;\n    uwsgi_temp_path %s/uwsgi;\n    scgi_temp_path %s/scgi;\n"
        % ((work,) * 8))
open(work + "/nginx.conf", "w").write(main + conf + "\n}\n")
PY
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log" &
nginx_pid=$!
board="http://127.0.0.1:$nginx_port"
for _ in $(seq 100); do
    curl -sf "$board/health" >/dev/null && break
    sleep 0.1
done
curl -sf "$board/health" >/dev/null || { cat "$work"/nginx-error.log; fail "nginx did not answer"; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$board/metrics")" = 404 ] \
    || fail "nginx lets /metrics out"

step "the installed client, through nginx"
client() {
    env -u DBUS_SESSION_BUS_ADDRESS HOME="$work/home" QT_QPA_PLATFORM=offscreen \
        /usr/bin/soudan --profile "$work/profile" "$@"
}
synced="$(echo "password-of-hanako" | client --lang en --server "$board" --user hanako \
    --password-stdin --sync-once)" || fail "the client did not sync: $synced"
echo "$synced"
grep -q "Up to date with $board as hanako" <<<"$synced" || fail "the client is not up to date"
grep -q "Cache: threads 44, answers 111, categories 10." <<<"$synced" \
    || fail "the client does not have the board"
found="$(client --lang en --search 契約)"
[ -n "$found" ] || fail "the synced cache finds no thread about 契約"
client --lang ja --screenshot "$work/board.png" >/dev/null 2>&1 || fail "no screenshot"
read -r w h < <(python3 -c 'import struct,sys
d=open(sys.argv[1],"rb").read(24)
assert d[:8]==b"\x89PNG\r\n\x1a\n", "not a PNG"
print(*struct.unpack(">II", d[16:24]))' "$work/board.png") || fail "the screenshot is not a PNG"
[ "$w" -ge 800 ] && [ "$h" -ge 600 ] || fail "the screenshot is ${w}x${h}"
cat "$work"/nginx-*access.log | grep -q "/api/v1/changes" || fail "the sync did not go through nginx"
# The server logged the sync nginx passed on.
grep -q "GET /api/v1/changes" "$work/server.err" || fail "the server logged no sync"

step "stop"
kill "$server_pid"
wait "$server_pid" || fail "the service did not stop cleanly on SIGTERM"
server_pid=""
grep -q "soudan-server stopped" "$work/server.out" || fail "no clean stop in the log"
echo "packages_checked: ok ($(basename "$client_deb"), $(basename "$server_deb"); exposure $exposure)"
