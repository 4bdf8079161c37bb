#!/bin/sh
# PID 1 of local/webapp:@VERSION@.
#
# Serves HTTP on :8080 with busybox `nc -ll -e` (one forked handler per
# connection, see http.sh). A shell as PID 1 ignores SIGTERM unless it traps
# it, so trap TERM/INT, stop the listener and exit 0 at once: `docker stop`
# returns in well under a second instead of waiting for its SIGKILL timeout.
PORT="${PORT:-8080}"

nc -ll -p "$PORT" -e /app/http.sh &
listener=$!

# shellcheck disable=SC2317 # called from the traps
shutdown() {
	echo "webapp @VERSION@: $1, shutting down"
	kill "$listener" 2>/dev/null
	exit 0
}
trap 'shutdown SIGTERM' TERM
trap 'shutdown SIGINT' INT

echo "webapp @VERSION@ listening on :$PORT (host $(hostname))"
wait "$listener"
status=$?
echo "webapp @VERSION@: listener exited with status $status"
exit "$status"
