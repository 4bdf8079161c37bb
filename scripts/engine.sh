#!/usr/bin/env bash
# Local Docker engines for Stevedore development, tests and CI.
#
#   scripts/engine.sh start [--nodes N]   start engines n1..nN (default: the nodes
#                                         already under ROOT, at least 1), then
#                                         build the test images into each
#   scripts/engine.sh stop [NODE|all]     stop one node or every node (default all)
#   scripts/engine.sh status              one line per node: name pid state id socket
#   scripts/engine.sh images              build local/busybox:1, local/webapp:v1..v3
#                                         into every running node (skips up-to-date)
#   scripts/engine.sh env                 eval "$(scripts/engine.sh env)" sets
#                                         DOCKER_HOST and STEVEDORE_ENGINE_NODES
#   scripts/engine.sh kill NODE           SIGKILL that node's dockerd (a lost node)
#   scripts/engine.sh restart NODE        start that node again (stops it first if up)
#
# Layout (ROOT = ${STEVEDORE_ENGINE_DIR:-/var/lib/stevedore/engines}), node k:
#   ROOT/nk/data  data-root        ROOT/nk/docker.pid  pidfile (written by dockerd)
#   ROOT/nk/exec  exec-root        ROOT/nk/dockerd.log log
#   unix://ROOT/nk/docker.sock     the API socket the control plane uses
# n1 runs in the root network namespace on its own bridge sd1 (10.213.1.1/24).
# nk (k>1) runs in network namespace sdnk, linked to the root namespace by the
# veth sdvk (10.214.k.1/24) <-> eth0 in sdnk (10.214.k.2/24); its containers use
# docker0 inside the namespace (10.213.k.1/24), and it also listens on
# tcp://10.214.k.2:2375 (plain TCP, no TLS: test use only), except n3, which
# listens on tcp://10.214.3.2:2376 with mutual TLS: ROOT/tls holds a private CA
# (ca.pem), n3's server certificate, a client certificate signed by that CA
# (client-cert.pem, client-key.pem) and one signed by another CA (rogue-*.pem),
# so tests can drive a remote engine the way production does.
# The names sd1, sdnk, sdvk and the 10.213/10.214 subnets are machine-wide: run
# one set of engines per machine (one ROOT at a time).
# `kill` leaves containers running in their shims; when the node is restarted,
# dockerd (no live-restore) stops them, then restarts those with
# --restart always (not unless-stopped: dockerd marks them manually stopped).
#
# Images (built locally from scripts/images/, no registry needed):
#   local/busybox:1          /bin/busybox (busybox-static) + applet symlinks, PATH=/bin
#   local/webapp:v1, v2, v3  the same + HTTP on :8080 (scripts/images/webapp/):
#                            /health 200 "ok" (500 for v3, or while /tmp/unhealthy
#                            exists), /version "vN", / a page with version and
#                            hostname; stops at once on SIGTERM.
# Health checks in these images: `wget -q -O- http://127.0.0.1:8080/health`.
# Don't pass `wget -T N`: this busybox build segfaults on it; use `timeout N wget ...`.
#
# Needs root. Installs docker.io, busybox-static and iproute2 with apt when missing.
set -euo pipefail

ROOT="${STEVEDORE_ENGINE_DIR:-/var/lib/stevedore/engines}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IMAGES_DIR="$SCRIPT_DIR/images"
DOCKER=/usr/bin/docker # /usr/local/bin/docker may be a newer client: not that one
BUSYBOX=/bin/busybox
DAEMON_PATH=/usr/sbin:/usr/bin:/sbin:/bin # PATH for dockerd (docker-proxy, runc, iptables)
START_TIMEOUT=60
STOP_TIMEOUT=20
MAX_NODES=200
IMAGE_LABEL=stevedore.build # image label holding the hash of what built it
# Bump when the way images are built changes, so existing images get rebuilt.
IMAGE_RECIPE=1

say() { echo "engine.sh: $*" >&2; }
die() {
	say "error: $*"
	exit 1
}

usage() {
	sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}" >&2
	exit 2
}

# ---------------------------------------------------------------- nodes

node_index() { # NAME -> k
	[[ "$1" =~ ^n([1-9][0-9]*)$ ]] || die "bad node name '$1' (expected n1, n2, ...)"
	((BASH_REMATCH[1] <= MAX_NODES)) || die "node index too large: $1"
	echo "${BASH_REMATCH[1]}"
}
node_dir() { echo "$ROOT/n$1"; }
node_sock() { echo "$ROOT/n$1/docker.sock"; }
node_pidfile() { echo "$ROOT/n$1/docker.pid"; }
node_log() { echo "$ROOT/n$1/dockerd.log"; }
node_data() { echo "$ROOT/n$1/data"; }

# The exec-root holds containerd's sockets, whose paths must stay under the
# 108-byte sun_path limit: when ROOT is too long, put it under /run instead and
# leave a symlink at ROOT/nk/exec.
node_exec() {
	local exec="$ROOT/n$1/exec"
	if ((${#exec} > 70)); then
		local sum
		sum=$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
		exec="/run/stevedore-$sum/n$1"
	fi
	echo "$exec"
}

# Every node directory under ROOT, as indexes, in numeric order.
existing_nodes() {
	local d
	[[ -d "$ROOT" ]] || return 0
	for d in "$ROOT"/n*; do
		[[ -d "$d" && "${d##*/}" =~ ^n([1-9][0-9]*)$ ]] && echo "${BASH_REMATCH[1]}"
	done | sort -n
}

# Is PID a dockerd that this script started for node k? (pid reuse guard: the
# pidfile alone is not enough to send a signal.)
is_our_dockerd() { # PID k
	local pid="$1" cmdline
	[[ "$pid" =~ ^[0-9]+$ ]] || return 1
	cmdline=$(tr '\0' '\n' 2>/dev/null <"/proc/$pid/cmdline") || return 1
	[[ "$(head -n1 <<<"$cmdline")" == *dockerd ]] || return 1
	grep -qxF -- "$(node_data "$2")" <<<"$cmdline"
}

# The pid of node k's dockerd if it is alive, else fail.
node_pid() {
	local pidfile pid
	pidfile=$(node_pidfile "$1")
	[[ -s "$pidfile" ]] || return 1
	pid=$(<"$pidfile")
	is_our_dockerd "$pid" "$1" || return 1
	echo "$pid"
}

dk() { # k docker-args...  (the docker client, on node k)
	local k="$1"
	shift
	DOCKER_HOST="unix://$(node_sock "$k")" "$DOCKER" "$@"
}

node_answers() { timeout 5 env DOCKER_HOST="unix://$(node_sock "$1")" "$DOCKER" version >/dev/null 2>&1; }
node_running() { node_pid "$1" >/dev/null && node_answers "$1"; }

running_nodes() {
	local k
	for k in $(existing_nodes); do
		if node_running "$k"; then echo "$k"; fi
	done
}

# ---------------------------------------------------------------- host setup

need_root() { [[ $EUID -eq 0 ]] || die "must run as root"; }

busybox_is_static() { [[ -x "$BUSYBOX" ]] && ! head -c 2048 "$BUSYBOX" | grep -ca 'ld-linux' >/dev/null; }

find_dockerd() {
	local p
	for p in /usr/sbin/dockerd /usr/bin/dockerd; do
		[[ -x "$p" ]] && {
			echo "$p"
			return 0
		}
	done
	return 1
}

ensure_packages() {
	local missing=()
	find_dockerd >/dev/null && [[ -x "$DOCKER" ]] && [[ -x /usr/sbin/docker-proxy || -x /usr/bin/docker-proxy ]] ||
		missing+=(docker.io)
	busybox_is_static || missing+=(busybox-static)
	command -v ip >/dev/null || missing+=(iproute2)
	command -v nsenter >/dev/null || missing+=(util-linux)
	command -v openssl >/dev/null || missing+=(openssl)
	((${#missing[@]})) || return 0
	need_root
	say "installing missing packages: ${missing[*]} (apt-get install -y docker.io busybox-static iproute2)"
	# Keep the package's init scripts from starting a system dockerd.
	local policy=/usr/sbin/policy-rc.d made_policy=
	if [[ ! -e "$policy" ]]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
	fi
	local rc=0
	{
		say "apt-get update"
		DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null &&
			DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
				docker.io busybox-static iproute2 util-linux openssl >/dev/null
	} || rc=$?
	[[ -z "$made_policy" ]] || rm -f "$policy"
	((rc == 0)) || die "apt-get install failed (exit $rc)"
	if ! find_dockerd >/dev/null || [[ ! -x "$DOCKER" ]] || ! busybox_is_static; then
		die "packages installed but tools still missing"
	fi
}

# Forwarding between node namespaces (sdvJ <-> sdvK) through the root namespace.
ensure_forwarding() {
	iptables -C FORWARD -i 'sdv+' -o 'sdv+' -j ACCEPT 2>/dev/null ||
		iptables -I FORWARD -i 'sdv+' -o 'sdv+' -j ACCEPT
}

# Bridge sd1 for n1, or namespace sdnk + veth sdvk for k>1. Reuses what is
# there when it is right (e.g. after `kill`: containers and shims still live in
# the namespace), recreates it otherwise.
net_setup() {
	local k="$1"
	if ((k == 1)); then
		if ! ip link show sd1 >/dev/null 2>&1; then
			say "n1: creating bridge sd1 10.213.1.1/24"
			ip link add sd1 type bridge
		fi
		ip addr replace 10.213.1.1/24 dev sd1
		ip link set sd1 up
		return 0
	fi
	local ns="sdn$k" veth="sdv$k"
	if [[ -e "/var/run/netns/$ns" ]] &&
		ip -n "$ns" -4 addr show dev eth0 2>/dev/null | grep -qF "10.214.$k.2/24" &&
		ip -4 addr show dev "$veth" 2>/dev/null | grep -qF "10.214.$k.1/24"; then
		ip link set "$veth" up
		ip -n "$ns" link set lo up
		ip -n "$ns" link set eth0 up
		ip -n "$ns" route replace default via "10.214.$k.1"
	else
		say "n$k: creating network namespace $ns, veth $veth 10.214.$k.1/24 <-> $ns:eth0 10.214.$k.2/24"
		net_teardown "$k"
		ip netns add "$ns"
		ip link add "$veth" type veth peer name eth0 netns "$ns"
		ip addr add "10.214.$k.1/24" dev "$veth"
		ip link set "$veth" up
		ip -n "$ns" link set lo up
		ip -n "$ns" addr add "10.214.$k.2/24" dev eth0
		ip -n "$ns" link set eth0 up
		ip -n "$ns" route add default via "10.214.$k.1"
	fi
	ensure_forwarding
}

net_teardown() {
	local k="$1"
	((k > 1)) || return 0
	if ip link show "sdv$k" >/dev/null 2>&1; then ip link del "sdv$k"; fi
	if [[ -e "/var/run/netns/sdn$k" ]]; then ip netns del "sdn$k"; fi
}

# ---------------------------------------------------------------- start

declare -A LAUNCH_PID LAUNCH_TIME LAUNCH_DRIVER LAUNCH_MARK

pick_driver() { # a data-root keeps the driver it was created with
	local data
	data=$(node_data "$1")
	if [[ -d "$data/vfs" && ! -d "$data/overlay2" ]]; then echo vfs; else echo overlay2; fi
}

# dockerd adopts the containerd named in exec-root/containerd/containerd.pid when
# that pid is alive. After `kill`, that containerd is dead but may linger as a
# zombie (PID 1 here is slow to reap orphans), which kill -0 still counts as
# alive: dockerd then waits for it and gives up. Drop such a pidfile.
clean_containerd_pidfile() {
	local pidfile pid state
	pidfile="$(node_exec "$1")/containerd/containerd.pid"
	[[ -s "$pidfile" ]] || return 0
	pid=$(<"$pidfile")
	if [[ "$pid" =~ ^[0-9]+$ ]] && state=$(awk '{print $3}' 2>/dev/null <"/proc/$pid/stat") &&
		[[ "$state" != Z ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$(node_exec "$1")/containerd"; then
		return 0 # a live containerd of this node: dockerd reuses it
	fi
	rm -f "$pidfile"
}

TLS_NODE=3
tls_dir() { echo "$ROOT/tls"; }

# A private CA, n3's server certificate (IP 10.214.3.2) and client certificates, made once.
ensure_tls() {
	local d
	d=$(tls_dir)
	[[ -s "$d/rogue-key.pem" ]] && return 0
	mkdir -p "$d"
	chmod 700 "$d"
	(
		cd "$d"
		local q=(-days 3650 -sha256)
		openssl req -x509 -newkey rsa:2048 -nodes "${q[@]}" -subj "/CN=stevedore test CA" -keyout ca-key.pem -out ca.pem
		openssl req -x509 -newkey rsa:2048 -nodes "${q[@]}" -subj "/CN=rogue CA" -keyout rogue-ca-key.pem -out rogue-ca.pem
		openssl req -newkey rsa:2048 -nodes -subj "/CN=10.214.$TLS_NODE.2" -keyout server-key.pem -out server.csr
		printf 'subjectAltName=IP:10.214.%s.2\nextendedKeyUsage=serverAuth\n' "$TLS_NODE" >server.ext
		openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial "${q[@]}" -extfile server.ext -out server-cert.pem
		printf 'extendedKeyUsage=clientAuth\n' >client.ext
		openssl req -newkey rsa:2048 -nodes -subj "/CN=stevedore" -keyout client-key.pem -out client.csr
		openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial "${q[@]}" -extfile client.ext -out client-cert.pem
		openssl req -newkey rsa:2048 -nodes -subj "/CN=intruder" -keyout rogue-key.pem.tmp -out rogue.csr
		openssl x509 -req -in rogue.csr -CA rogue-ca.pem -CAkey rogue-ca-key.pem -CAcreateserial "${q[@]}" -extfile client.ext -out rogue-cert.pem
		mv rogue-key.pem.tmp rogue-key.pem
		rm -f ./*.csr ./*.srl
	) >/dev/null 2>&1 || die "could not make the TLS certificates in $d (openssl)"
	say "tls: made a CA and certificates for n$TLS_NODE's TCP listener in $d"
}

launch() { # k driver
	local k="$1" driver="$2" dir exec sock pidfile log dockerd
	dir=$(node_dir "$k") exec=$(node_exec "$k") sock=$(node_sock "$k")
	pidfile=$(node_pidfile "$k") log=$(node_log "$k")
	dockerd=$(find_dockerd)
	mkdir -p "$dir" "$(node_data "$k")" "$exec"
	if [[ "$exec" != "$dir/exec" ]]; then ln -sfn "$exec" "$dir/exec"; fi
	# Our own config file rather than /etc/docker/daemon.json. Each node needs its
	# own trust key: the engine ID (docker info .ID) derives from it, and the
	# default /etc/docker/key.json would give every node the same ID.
	printf '{"deprecated-key-path": "%s"}\n' "$dir/key.json" >"$dir/daemon.json"
	# Stale leftovers of a dead engine (node_pid already said it isn't ours/alive).
	rm -f "$pidfile" "$sock"
	clean_containerd_pidfile "$k"
	local args=(
		--data-root "$(node_data "$k")"
		--exec-root "$exec"
		--pidfile "$pidfile"
		--config-file "$dir/daemon.json"
		-H "unix://$sock"
		--storage-driver "$driver"
		--iptables=true --ip-masq=true --userland-proxy=true
		--shutdown-timeout 10
	)
	local mark
	mark="=== engine.sh: starting n$k ($driver) $(date -u +%FT%TZ) pid $$ $RANDOM ==="
	echo "$mark" >>"$log"
	if ((k == 1)); then
		args+=(--bridge sd1)
		setsid env PATH="$DAEMON_PATH" "$dockerd" "${args[@]}" </dev/null >>"$log" 2>&1 9>&- &
	else
		args+=(--bip "10.213.$k.1/24")
		if ((k == TLS_NODE)); then
			ensure_tls
			local t
			t=$(tls_dir)
			args+=(-H "tcp://10.214.$k.2:2376" --tlsverify --tlscacert "$t/ca.pem" --tlscert "$t/server-cert.pem" --tlskey "$t/server-key.pem")
		else
			# --tls=false: say so explicitly, or dockerd 20.10 sleeps 15 s to warn about it
			args+=(-H "tcp://10.214.$k.2:2375" --tls=false)
		fi
		setsid nsenter --net="/var/run/netns/sdn$k" env PATH="$DAEMON_PATH" "$dockerd" "${args[@]}" \
			</dev/null >>"$log" 2>&1 9>&- &
	fi
	LAUNCH_PID[$k]=$!
	LAUNCH_TIME[$k]=$SECONDS
	LAUNCH_DRIVER[$k]=$driver
	LAUNCH_MARK[$k]=$mark
	say "n$k: started dockerd (storage driver $driver), log $log"
}

log_since_launch() { # k: the log lines written since our launch marker
	awk -v m="${LAUNCH_MARK[$1]}" 'f; $0 == m {f = 1}' "$(node_log "$1")"
}

# Start the given nodes in parallel and wait for all of them. Fails if any
# didn't come up (after starting/waiting for the others).
start_nodes() {
	local k pid failed=() pending=()
	for k in "$@"; do
		mkdir -p "$(node_dir "$k")"
		if node_running "$k"; then
			say "n$k: already running (pid $(node_pid "$k"))"
			continue
		fi
		if pid=$(node_pid "$k"); then
			# Alive but not answering: give it the usual time before deciding.
			say "n$k: dockerd pid $pid is up but not answering yet; waiting"
			LAUNCH_PID[$k]=$pid LAUNCH_TIME[$k]=$SECONDS LAUNCH_DRIVER[$k]=existing LAUNCH_MARK[$k]=
			pending+=("$k")
			continue
		fi
		net_setup "$k"
		launch "$k" "$(pick_driver "$k")"
		pending+=("$k")
	done

	while ((${#pending[@]})); do
		local still=()
		for k in "${pending[@]}"; do
			if node_answers "$k"; then
				say "n$k: up after $((SECONDS - LAUNCH_TIME[$k])) s (pid $(node_pid "$k" || echo '?'))"
				continue
			fi
			local alive=
			if node_pid "$k" >/dev/null || kill -0 "${LAUNCH_PID[$k]}" 2>/dev/null; then alive=1; fi
			if [[ -z "$alive" ]] && ((SECONDS - LAUNCH_TIME[$k] >= 2)); then
				if [[ "${LAUNCH_DRIVER[$k]}" == overlay2 ]] &&
					log_since_launch "$k" | grep -qiE 'overlay|graphdriver|storage.driver'; then
					say "n$k: dockerd failed with overlay2; retrying with the vfs storage driver"
					launch "$k" vfs
					still+=("$k")
					continue
				fi
				say "n$k: dockerd exited during startup; last lines of $(node_log "$k"):"
				tail -n 25 "$(node_log "$k")" >&2
				failed+=("n$k")
				continue
			fi
			if ((SECONDS - LAUNCH_TIME[$k] >= START_TIMEOUT)); then
				say "n$k: not answering after $START_TIMEOUT s; last lines of $(node_log "$k"):"
				tail -n 25 "$(node_log "$k")" >&2
				failed+=("n$k")
				continue
			fi
			still+=("$k")
		done
		pending=(${still[@]+"${still[@]}"})
		((${#pending[@]} == 0)) || sleep 0.5
	done
	((${#failed[@]} == 0)) || {
		say "error: failed to start: ${failed[*]}"
		return 1
	}
}

# ---------------------------------------------------------------- stop

wait_gone() { # pid k seconds
	local deadline=$((SECONDS + $3))
	while is_our_dockerd "$1" "$2"; do
		((SECONDS < deadline)) || return 1
		sleep 0.2
	done
}

# The containerd that node k's dockerd started (its pidfile is in our exec-root),
# if it outlived dockerd.
stop_managed_containerd() {
	local exec pidfile pid
	exec=$(node_exec "$1")
	pidfile="$exec/containerd/containerd.pid"
	[[ -s "$pidfile" ]] || return 0
	pid=$(<"$pidfile")
	[[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "$exec/containerd" || return 0
	say "n$1: stopping leftover containerd pid $pid"
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 25); do
		[[ -d "/proc/$pid" ]] || return 0
		sleep 0.2
	done
	kill -KILL "$pid" 2>/dev/null || true
}

stop_dockerd() { # k
	local k="$1" pid
	if pid=$(node_pid "$k"); then
		say "n$k: stopping dockerd pid $pid"
		kill -TERM "$pid" 2>/dev/null || true
		if ! wait_gone "$pid" "$k" "$STOP_TIMEOUT"; then
			say "n$k: still running after $STOP_TIMEOUT s; sending SIGKILL"
			kill -KILL "$pid" 2>/dev/null || true
			wait_gone "$pid" "$k" 5 || die "n$k: pid $pid survived SIGKILL"
		fi
	else
		say "n$k: not running"
	fi
	stop_managed_containerd "$k"
	unmount_data_root "$k"
	rm -f "$(node_pidfile "$k")" "$(node_sock "$k")"
}

# dockerd bind-mounts its data-root onto itself and undoes that on a clean
# shutdown, but not after SIGKILL (and a dockerd that found the mount already
# there leaves it too). Undo such a self-bind once dockerd is gone; leave any
# other mount alone.
unmount_data_root() {
	local data
	data=$(node_data "$1")
	while awk -v d="$data" '$5 == d && $4 != "/" && substr(d, length(d) - length($4) + 1) == $4 { f = 1 }
		END { exit !f }' /proc/self/mountinfo; do
		umount "$data" || break
	done
}

stop_node() {
	stop_dockerd "$1"
	if (($1 > 1)) && { [[ -e "/var/run/netns/sdn$1" ]] || ip link show "sdv$1" >/dev/null 2>&1; }; then
		say "n$1: removing network namespace sdn$1 and veth sdv$1"
		net_teardown "$1"
	fi
}

# ---------------------------------------------------------------- images

image_hash() { # what the images are built from
	{
		echo "recipe $IMAGE_RECIPE"
		sha256sum "$BUSYBOX" | cut -d' ' -f1
		(cd "$IMAGES_DIR" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum)
	} | sha256sum | cut -c1-16
}

# Rootfs tarballs in $1: busybox.tar, webapp-v1.tar, webapp-v2.tar, webapp-v3.tar.
build_tarballs() {
	local out="$1" rootfs="$1/rootfs" applet v health
	mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/root" "$rootfs/tmp"
	chmod 1777 "$rootfs/tmp"
	chmod 700 "$rootfs/root"
	cp "$BUSYBOX" "$rootfs/bin/busybox"
	for applet in $("$BUSYBOX" --list); do
		[[ "$applet" == busybox || "$applet" == */* ]] || ln -s busybox "$rootfs/bin/$applet"
	done
	install -m 644 "$IMAGES_DIR/rootfs/etc/passwd" "$IMAGES_DIR/rootfs/etc/group" "$rootfs/etc/"
	tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$out/busybox.tar" .
	for v in v1 v2 v3; do
		health=200
		[[ "$v" == v3 ]] && health=500
		rm -rf "$rootfs/app"
		mkdir -p "$rootfs/app"
		for f in run.sh http.sh; do
			sed -e "s/@VERSION@/$v/g" -e "s/@HEALTH_STATUS@/$health/g" \
				"$IMAGES_DIR/webapp/$f" >"$rootfs/app/$f"
			chmod 755 "$rootfs/app/$f"
		done
		tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$out/webapp-$v.tar" .
	done
}

IMAGES=(local/busybox:1 local/webapp:v1 local/webapp:v2 local/webapp:v3)

import_image() { # k image tardir hash
	local k="$1" image="$2" dir="$3" hash="$4"
	local changes=(-c 'ENV PATH=/bin' -c "LABEL $IMAGE_LABEL=$hash")
	case "$image" in
	local/busybox:1) dk "$k" import "${changes[@]}" - "$image" <"$dir/busybox.tar" >/dev/null ;;
	local/webapp:*)
		local v="${image##*:}"
		dk "$k" import "${changes[@]}" -c "ENV APP_VERSION=$v" -c 'EXPOSE 8080' \
			-c 'CMD ["/bin/sh","/app/run.sh"]' - "$image" <"$dir/webapp-$v.tar" >/dev/null
		;;
	esac
}

image_current() { # k image hash
	[[ "$(dk "$1" image inspect -f "{{index .Config.Labels \"$IMAGE_LABEL\"}}" "$2" 2>/dev/null)" == "$3" ]]
}

build_images() { # k...  (running nodes)
	(($#)) || die "no engine is running (scripts/engine.sh start)"
	busybox_is_static || die "$BUSYBOX is missing or not static (apt-get install busybox-static)"
	local hash k image todo=()
	hash=$(image_hash)
	for k in "$@"; do
		for image in "${IMAGES[@]}"; do
			image_current "$k" "$image" "$hash" || todo+=("$k:$image")
		done
	done
	if ((${#todo[@]} == 0)); then
		say "images: all up to date on $(printf 'n%s ' "$@")(build $hash)"
		return 0
	fi
	local tmp
	tmp=$(mktemp -d /tmp/stevedore-images.XXXXXX)
	# shellcheck disable=SC2064
	trap "rm -rf '$tmp'" EXIT
	build_tarballs "$tmp"
	local pids=() errors=0 item old
	for k in "$@"; do
		(
			for item in "${todo[@]}"; do
				[[ "${item%%:*}" == "$k" ]] || continue
				image="${item#*:}"
				old=$(dk "$k" image inspect -f '{{.Id}}' "$image" 2>/dev/null) || old=
				if import_image "$k" "$image" "$tmp" "$hash"; then
					say "n$k: built $image"
					# The outdated image, now untagged (kept if a container uses it).
					[[ -z "$old" ]] || dk "$k" image rm "$old" >/dev/null 2>&1 || true
				else
					say "n$k: failed to import $image"
					exit 1
				fi
			done
		) &
		pids+=($!)
	done
	for k in "${pids[@]}"; do wait "$k" || errors=1; done
	rm -rf "$tmp"
	trap - EXIT
	((errors == 0)) || die "image build failed"
}

# ---------------------------------------------------------------- commands

lock() { # serialise state-changing commands
	mkdir -p "$ROOT"
	exec 9>"$ROOT/.lock"
	flock 9
}

cmd_start() {
	local n=
	while (($#)); do
		case "$1" in
		--nodes)
			[[ $# -ge 2 ]] || usage
			n="$2"
			shift 2
			;;
		--nodes=*)
			n="${1#--nodes=}"
			shift
			;;
		*) usage ;;
		esac
	done
	if [[ -z "$n" ]]; then
		n=$(existing_nodes | tail -n1)
		n=${n:-1}
	fi
	if ! [[ "$n" =~ ^[1-9][0-9]*$ ]] || ((n > MAX_NODES)); then die "--nodes wants 1..$MAX_NODES, got '$n'"; fi
	need_root
	ensure_packages
	lock
	local t0=$SECONDS rc=0
	start_nodes $(seq 1 "$n") || rc=$?
	say "engines: $((SECONDS - t0)) s"
	local up
	mapfile -t up < <(running_nodes)
	if ((${#up[@]})); then build_images "${up[@]}"; fi
	return "$rc"
}

cmd_stop() {
	local which="${1:-all}" k
	need_root
	lock
	if [[ "$which" == all ]]; then
		local pids=() pid rc=0
		for k in $(existing_nodes); do
			stop_node "$k" &
			pids+=($!)
		done
		for pid in ${pids[@]+"${pids[@]}"}; do wait "$pid" || rc=1; done
		return "$rc"
	else
		stop_node "$(node_index "$which")"
	fi
}

cmd_kill() {
	[[ $# -eq 1 ]] || usage
	local k pid
	k=$(node_index "$1")
	need_root
	lock
	pid=$(node_pid "$k") || die "$1 is not running"
	say "$1: SIGKILL dockerd pid $pid"
	kill -KILL "$pid"
	wait_gone "$pid" "$k" 5 || die "$1: pid $pid survived SIGKILL"
}

cmd_restart() {
	[[ $# -eq 1 ]] || usage
	local k
	k=$(node_index "$1")
	need_root
	ensure_packages
	lock
	if node_pid "$k" >/dev/null; then stop_dockerd "$k"; fi
	start_nodes "$k"
	build_images "$k"
}

cmd_status() {
	local k pid state id
	for k in $(existing_nodes); do
		pid=$(node_pid "$k") || pid=-
		state=stopped id=-
		# A pidfile whose dockerd is gone: killed (`kill`) or crashed.
		[[ "$pid" != - || ! -s "$(node_pidfile "$k")" ]] || state=dead
		if [[ "$pid" != - ]]; then
			state=unresponsive
			if id=$(timeout 5 env DOCKER_HOST="unix://$(node_sock "$k")" "$DOCKER" info --format '{{.ID}}' 2>/dev/null); then
				state=running
			else
				id=-
			fi
		fi
		printf 'n%-3s %-8s %-12s %-54s unix://%s\n' "$k" "$pid" "$state" "$id" "$(node_sock "$k")"
	done
}

cmd_env() {
	local k nodes=() first=
	for k in $(running_nodes); do
		first=${first:-$k}
		nodes+=("n$k=unix://$(node_sock "$k")")
	done
	((${#nodes[@]})) || die "no engine is running (scripts/engine.sh start)"
	local IFS=,
	echo "export DOCKER_HOST=unix://$(node_sock "$first")"
	echo "export STEVEDORE_ENGINE_NODES=\"${nodes[*]}\""
}

cmd_images() {
	need_root
	ensure_packages
	lock
	local up
	mapfile -t up < <(running_nodes)
	build_images ${up[@]+"${up[@]}"}
}

main() {
	local cmd="${1:-}"
	(($#)) && shift
	case "$cmd" in
	start) cmd_start "$@" ;;
	stop) cmd_stop "$@" ;;
	status) cmd_status "$@" ;;
	images) cmd_images "$@" ;;
	env) cmd_env "$@" ;;
	kill) cmd_kill "$@" ;;
	restart) cmd_restart "$@" ;;
	-h | --help | help) usage ;;
	*) usage ;;
	esac
}

main "$@"
