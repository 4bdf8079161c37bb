#!/bin/sh
# shellcheck disable=SC3045 # busybox ash has read -t
# Handles one HTTP/1.x request: stdin and stdout are the client's socket
# (run.sh starts `nc -ll -p 8080 -e /app/http.sh`). The build substitutes
# @VERSION@ and @HEALTH_STATUS@.
#
#   GET /health   200 "ok" (v1, v2) or 500 "unhealthy" (v3); also 500 while the
#                 file /tmp/unhealthy exists (`docker exec C touch /tmp/unhealthy`)
#   GET /version  200, the version string (v1, v2, v3)
#   GET /         200, a small HTML page naming the version and the hostname
#   anything else 404; methods other than GET and HEAD get 405
VERSION='@VERSION@'
HEALTH_STATUS='@HEALTH_STATUS@'
CR=$(printf '\r')

# Request line, then headers up to the blank line (read, not used). A client
# that connects and sends nothing (a TCP probe) just gets the socket closed.
read -r -t 10 method target proto || exit 0
proto="${proto%"$CR"}"
while read -r -t 10 header; do
	header="${header%"$CR"}"
	[ -z "$header" ] && break
done

respond() { # STATUS CONTENT-TYPE BODY
	length=$(printf '%s' "$3" | wc -c)
	printf 'HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %s\r\nX-App-Version: %s\r\nConnection: close\r\n\r\n' \
		"$1" "$2" "$length" "$VERSION"
	[ "$method" = HEAD ] || printf '%s' "$3"
	echo "$method $target ${1%% *}" >&2
	exit 0
}

case "$method" in
GET | HEAD) ;;
*) respond '405 Method Not Allowed' text/plain "method not allowed
" ;;
esac

case "${target%%\?*}" in
/health)
	if [ "$HEALTH_STATUS" = 200 ] && [ ! -e /tmp/unhealthy ]; then
		respond '200 OK' text/plain "ok
"
	else
		respond '500 Internal Server Error' text/plain "unhealthy
"
	fi
	;;
/version)
	respond '200 OK' text/plain "$VERSION
"
	;;
/ | /index.html)
	host=$(hostname)
	respond '200 OK' 'text/html; charset=utf-8' "<!doctype html>
<html><head><title>webapp $VERSION</title></head>
<body><h1>webapp $VERSION</h1><p>host: <code>$host</code></p></body></html>
"
	;;
*)
	respond '404 Not Found' text/plain "not found
"
	;;
esac
