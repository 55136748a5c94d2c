#!/bin/sh
# Runs a test in a desktop of its own: a private D-Bus session bus (where the test starts a
# notification daemon) and a virtual X display, so nothing reaches the developer's desktop.
# Usage: desktop-session.sh TEST [ARGS…]
set -eu
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$@"
