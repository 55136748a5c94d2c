# A private PostgreSQL for the test suite: started on a free loopback port in a temporary
# folder, stopped when the calling script exits. Sets SOUDAN_TEST_PG_URL.
# shellcheck shell=bash

soudan_start_postgres() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ]; then
        echo "PostgreSQL is not installed" >&2
        return 1
    fi
    SOUDAN_PG_DIR="$(mktemp -d /tmp/soudan-pg.XXXXXX)"
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$SOUDAN_PG_DIR"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$bin/initdb" -D "$SOUDAN_PG_DIR/data" -A trust -U postgres --no-sync >"$SOUDAN_PG_DIR/initdb.log" 2>&1 \
        || { cat "$SOUDAN_PG_DIR/initdb.log" >&2; return 1; }
    "${run[@]}" "$bin/pg_ctl" -D "$SOUDAN_PG_DIR/data" -l "$SOUDAN_PG_DIR/log" -w \
        -o "-p $port -k $SOUDAN_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$SOUDAN_PG_DIR/log" >&2; return 1; }
    SOUDAN_PG_BIN="$bin"
    SOUDAN_PG_RUN=("${run[@]}")
    export SOUDAN_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    trap soudan_stop_postgres EXIT
    echo "PostgreSQL for the tests: $SOUDAN_TEST_PG_URL"
}

soudan_stop_postgres() {
    if [ -n "${SOUDAN_PG_DIR:-}" ] && [ -d "$SOUDAN_PG_DIR/data" ]; then
        "${SOUDAN_PG_RUN[@]}" "$SOUDAN_PG_BIN/pg_ctl" -D "$SOUDAN_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$SOUDAN_PG_DIR"
    fi
}
