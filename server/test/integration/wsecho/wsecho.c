/*
 * A tiny WebSocket echo server for the ingress tests (image local/wsecho:test, built by
 * wsecho-image.ts with `gcc -static`): HTTP/1.1 on :8080 ($PORT), one forked process per connection.
 *   GET /health  -> 200 "ok"
 *   GET /version -> 200 "wsecho"
 *   GET /ws with Upgrade: websocket -> 101 (RFC 6455 handshake), then every text or binary
 *   frame is sent back as it came (unmasked), "hostname: " prefixed for text frames so the test
 *   sees which replica answered; ping -> pong; close -> close.
 * Anything else: 404. It stops at once on SIGTERM.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- SHA-1 (FIPS 180-1), enough for the handshake ---- */
static uint32_t rol(uint32_t v, int n) { return (v << n) | (v >> (32 - n)); }

static void sha1(const unsigned char *msg, size_t len, unsigned char out[20]) {
  uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  size_t total = ((len + 8) / 64 + 1) * 64;
  unsigned char *buf = calloc(total, 1);
  memcpy(buf, msg, len);
  buf[len] = 0x80;
  uint64_t bits = (uint64_t)len * 8;
  for (int i = 0; i < 8; i++) buf[total - 1 - i] = (unsigned char)(bits >> (8 * i));
  for (size_t off = 0; off < total; off += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
      w[i] = (uint32_t)buf[off + 4 * i] << 24 | (uint32_t)buf[off + 4 * i + 1] << 16 |
             (uint32_t)buf[off + 4 * i + 2] << 8 | buf[off + 4 * i + 3];
    for (int i = 16; i < 80; i++) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
      uint32_t f, k;
      if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
      else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else f = b ^ c ^ d, k = 0xCA62C1D6;
      uint32_t t = rol(a, 5) + f + e + k + w[i];
      e = d, d = c, c = rol(b, 30), b = a, a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
  }
  free(buf);
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 4; j++) out[4 * i + j] = (unsigned char)(h[i] >> (24 - 8 * j));
}

static void base64(const unsigned char *in, size_t len, char *out) {
  static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t o = 0;
  for (size_t i = 0; i < len; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < len ? (uint32_t)in[i + 1] << 8 : 0) |
                 (i + 2 < len ? in[i + 2] : 0);
    out[o++] = t[(v >> 18) & 63];
    out[o++] = t[(v >> 12) & 63];
    out[o++] = i + 1 < len ? t[(v >> 6) & 63] : '=';
    out[o++] = i + 2 < len ? t[v & 63] : '=';
  }
  out[o] = 0;
}

static int read_full(int fd, unsigned char *p, size_t n) {
  while (n) {
    ssize_t r = read(fd, p, n);
    if (r <= 0) return -1;
    p += r, n -= (size_t)r;
  }
  return 0;
}

static void write_all(int fd, const void *p, size_t n) {
  const unsigned char *c = p;
  while (n) {
    ssize_t w = write(fd, c, n);
    if (w <= 0) return;
    c += w, n -= (size_t)w;
  }
}

static void send_frame(int fd, int opcode, const unsigned char *data, size_t len) {
  unsigned char h[10];
  size_t hl = 2;
  h[0] = (unsigned char)(0x80 | opcode);
  if (len < 126) h[1] = (unsigned char)len;
  else if (len < 65536) h[1] = 126, h[2] = (unsigned char)(len >> 8), h[3] = (unsigned char)len, hl = 4;
  else {
    h[1] = 127;
    for (int i = 0; i < 8; i++) h[2 + i] = (unsigned char)((uint64_t)len >> (56 - 8 * i));
    hl = 10;
  }
  write_all(fd, h, hl);
  write_all(fd, data, len);
}

static void respond(int fd, const char *status, const char *body) {
  char out[512];
  int n = snprintf(out, sizeof out,
                   "HTTP/1.1 %s\r\ncontent-type: text/plain\r\ncontent-length: %zu\r\nconnection: close\r\n\r\n%s",
                   status, strlen(body), body);
  write_all(fd, out, (size_t)n);
}

static void echo_frames(int fd, const char *host) {
  for (;;) {
    unsigned char h[2];
    if (read_full(fd, h, 2)) return;
    int opcode = h[0] & 15, masked = h[1] & 128;
    uint64_t len = h[1] & 127;
    unsigned char ext[8];
    if (len == 126) {
      if (read_full(fd, ext, 2)) return;
      len = (uint64_t)ext[0] << 8 | ext[1];
    } else if (len == 127) {
      if (read_full(fd, ext, 8)) return;
      len = 0;
      for (int i = 0; i < 8; i++) len = len << 8 | ext[i];
    }
    if (len > (1 << 20)) return;
    unsigned char mask[4] = {0, 0, 0, 0};
    if (masked && read_full(fd, mask, 4)) return;
    size_t prefix = strlen(host) + 2;
    unsigned char *p = malloc(prefix + len + 1);
    if (read_full(fd, p + prefix, len)) return;
    for (uint64_t i = 0; i < len; i++) p[prefix + i] ^= mask[i % 4];
    if (opcode == 8) {
      send_frame(fd, 8, p + prefix, len < 2 ? len : 2);
      return;
    }
    if (opcode == 9) send_frame(fd, 10, p + prefix, len);
    else if (opcode == 1) {
      memcpy(p, host, prefix - 2);
      memcpy(p + prefix - 2, ": ", 2);
      send_frame(fd, 1, p, prefix + len);
    } else if (opcode == 2) send_frame(fd, 2, p + prefix, len);
    free(p);
  }
}

static void serve(int fd, const char *host) {
  char req[8192];
  size_t n = 0;
  while (n < sizeof req - 1) {
    ssize_t r = read(fd, req + n, sizeof req - 1 - n);
    if (r <= 0) return;
    n += (size_t)r;
    req[n] = 0;
    if (strstr(req, "\r\n\r\n")) break;
  }
  char method[16] = "", path[1024] = "";
  if (sscanf(req, "%15s %1023s", method, path) != 2) return;
  if (!strcmp(path, "/health")) return respond(fd, "200 OK", "ok");
  if (!strcmp(path, "/version")) return respond(fd, "200 OK", "wsecho");
  const char *key = strcasestr(req, "\r\nsec-websocket-key:");
  if (strcmp(path, "/ws") || !strcasestr(req, "\r\nupgrade: websocket") || !key)
    return respond(fd, "404 Not Found", "not found");
  key += strlen("\r\nsec-websocket-key:");
  while (*key == ' ') key++;
  char k[128];
  size_t kl = strcspn(key, "\r\n ");
  if (kl > 64) return respond(fd, "400 Bad Request", "bad key");
  snprintf(k, sizeof k, "%.*s258EAFA5-E914-47DA-95CA-C5AB0DC85B11", (int)kl, key);
  unsigned char digest[20];
  char accept[32];
  sha1((unsigned char *)k, strlen(k), digest);
  base64(digest, 20, accept);
  char out[256];
  int m = snprintf(out, sizeof out,
                   "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: %s\r\n\r\n",
                   accept);
  write_all(fd, out, (size_t)m);
  echo_frames(fd, host);
}

static void on_term(int sig) {
  (void)sig;
  _exit(0);
}

int main(void) {
  signal(SIGTERM, on_term);
  signal(SIGINT, on_term);
  signal(SIGCHLD, SIG_IGN);
  char host[256] = "wsecho";
  gethostname(host, sizeof host - 1);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  int port = getenv("PORT") ? atoi(getenv("PORT")) : 8080;
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = INADDR_ANY};
  if (bind(s, (struct sockaddr *)&a, sizeof a) || listen(s, 64)) {
    perror("wsecho: listen");
    return 1;
  }
  printf("wsecho listening on :%d (host %s)\n", port, host);
  fflush(stdout);
  for (;;) {
    int c = accept(s, NULL, NULL);
    if (c < 0) continue;
    if (fork() == 0) {
      close(s);
      signal(SIGTERM, SIG_DFL);
      serve(c, host);
      close(c);
      _exit(0);
    }
    close(c);
  }
}
