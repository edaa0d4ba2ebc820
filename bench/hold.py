#!/usr/bin/env python3
"""What `tirkeme serve` holds against slow and hostile clients on the LAN.

Each scenario starts a fresh server under `/usr/bin/time -v` (its peak
memory), does what someone might do to hold it down, and meanwhile times a
real request. Prints one block per scenario. Loopback has a whole /8, so
"many computers" are sockets bound to 127.0.x.y.

Usage: python3 bench/hold.py [path/to/tirkeme]   (default: target/debug/tirkeme,
       built by `cargo build`). Takes about two minutes; needs `ulimit -n` of
       3,000 or more for the client side.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/debug/tirkeme"))
MiB = 1024 * 1024
TOKEN = "bench-token-0123456789"


class Server:
    def __init__(self, *extra, files=None):
        self.dir = tempfile.mkdtemp(prefix="tirkeme-hold-")

        def limit():
            # The usual limit of a desktop session, hard too: the server
            # cannot raise it.
            if files:
                import resource

                resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))

        self.proc = subprocess.Popen(
            ["/usr/bin/time", "-v", BIN, "serve", self.dir, "--listen", "127.0.0.1:0", *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "LANG": "C"},
            preexec_fn=limit,
        )
        url = self.proc.stdout.readline().strip()
        self.host, self.port = url[len("http://"):].rstrip("/").split(":")
        self.port = int(self.port)

    def pid(self):
        # /usr/bin/time's child.
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True, text=True).stdout
        return int(out.split()[0])

    def files(self):
        return len(os.listdir(f"/proc/{self.pid()}/fd"))

    def stop(self):
        os.kill(self.pid(), signal.SIGTERM)
        _, err = self.proc.communicate(timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)
        kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
        return kb / 1024


def connect(server, source="127.0.0.1"):
    s = socket.socket()
    s.bind((source, 0))
    s.connect((server.host, server.port))
    return s


def source(i):
    """The i-th of many loopback addresses (127.1.x.y)."""
    return f"127.1.{i // 250}.{i % 250 + 1}"


def request(server, method="GET", path="/api/forms", body=None, headers=None, timeout=60):
    """A real request: its status and seconds."""
    h = {"Host": f"{server.host}:{server.port}"}
    h.update(headers or {})
    req = urllib.request.Request(f"http://{server.host}:{server.port}{path}", data=body, method=method, headers=h)
    t = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception as e:  # noqa: BLE001 - a refused request is a result here
        status = type(e).__name__
    return status, time.monotonic() - t


def still_open(socks):
    n = 0
    for s in socks:
        s.setblocking(False)
        try:
            n += s.recv(1) != b""
        except BlockingIOError:
            n += 1
        except OSError:
            pass
    return n


def report(name, lines, rss):
    print(f"== {name}")
    for line in lines:
        print(f"   {line}")
    print(f"   server peak RSS: {rss:.1f} MiB")
    sys.stdout.flush()


def idle(n, many, files=None):
    s = Server(files=files)
    base_status, base_t = request(s)
    socks = [connect(s, source(i) if many else "127.0.0.1") for i in range(n)]
    time.sleep(0.5)
    samples = [request(s) for _ in range(5)]
    open_files = s.files()
    held = still_open(socks)
    for x in socks:
        x.close()
    rss = s.stop()
    who = f"{n} addresses" if many else "one address"
    limit = f", open files limited to {files}" if files else ""
    report(
        f"{n} idle connections from {who}{limit}",
        [
            f"a real GET /api/forms meanwhile: {[st for st, _ in samples]}, "
            f"slowest {max(t for _, t in samples) * 1000:.1f} ms (alone before: {base_t * 1000:.1f} ms)",
            f"connections the server still holds: {held} of {n}; its open files: {open_files}",
        ],
        rss,
    )


def half_bodies(n, many):
    s = Server()
    socks, busy = [], 0
    sent = int(3.5 * MiB)
    chunk = b"#" * (256 * 1024)
    t0 = time.monotonic()
    for i in range(n):
        x = connect(s, source(i) if many else "127.0.0.1")
        x.sendall(
            f"POST /api/check HTTP/1.1\r\nHost: {s.host}:{s.port}\r\nContent-Length: {4 * MiB}\r\n\r\n".encode()
        )
        x.settimeout(0.05)
        try:
            for _ in range(sent // len(chunk)):
                x.sendall(chunk)
        except (socket.timeout, OSError):
            pass
        try:
            if x.recv(16).startswith(b"HTTP/1.1 503"):
                busy += 1
        except (socket.timeout, OSError):
            pass
        socks.append(x)
    spent = time.monotonic() - t0
    status, t = request(
        s, "POST", "/api/check", open(os.path.join(ROOT, "examples/ky/application.yaml"), "rb").read()
    )
    for x in socks:
        x.close()
    rss = s.stop()
    who = f"{n} addresses" if many else "one address"
    report(
        f"{n} bodies announced at 4 MiB, 3.5 MiB sent and never finished, from {who}",
        [
            f"answered 503 at once (over the budget): {busy}; held: {n - busy} ({spent:.1f} s to send them all)",
            f"a real POST /api/check meanwhile: {status} in {t * 1000:.1f} ms",
        ],
        rss,
    )


def trickle(n):
    s = Server()
    socks = [connect(s) for _ in range(n)]
    start = time.monotonic()
    closed_at = {}
    head = b"GET /api/forms HTTP/1.1\r\nHost: x\r\n"
    k = 0
    while len(closed_at) < n and time.monotonic() - start < 40:
        for i, x in enumerate(socks):
            if i in closed_at:
                continue
            try:
                x.send(head[k % len(head) : k % len(head) + 1])
            except OSError:
                closed_at[i] = time.monotonic() - start
        k += 1
        time.sleep(1)
    status, t = request(s)
    rss = s.stop()
    times = sorted(closed_at.values())
    report(
        f"{n} connections sending their head one byte a second",
        [
            f"closed by the server: {len(times)} of {n}, "
            f"after {times[0]:.1f}–{times[-1]:.1f} s" if times else "none closed within 40 s",
            f"a real GET /api/forms then: {status} in {t * 1000:.1f} ms",
        ],
        rss,
    )


def parse_flood(n):
    s = Server()
    text = open(os.path.join(ROOT, "examples/ky/annual-plan.yaml"), encoding="utf-8").read()
    head, rows = text.split("teachers:\n", 1)
    row = "  - " + rows.split("  - ", 2)[1]
    big = head + "teachers:\n"
    while len(big.encode()) + len(row.encode()) < 4 * MiB - 4096:
        big += row
    big = big.encode()
    results = []

    def flood():
        results.append(request(s, "POST", "/api/parse", big, timeout=120))

    threads = [threading.Thread(target=flood) for _ in range(n)]
    for th in threads:
        th.start()
    time.sleep(0.3)
    small = open(os.path.join(ROOT, "examples/ky/application.yaml"), "rb").read()
    samples = [request(s, "POST", "/api/check", small) for _ in range(5)]
    for th in threads:
        th.join()
    rss = s.stop()
    codes = {}
    for st, _ in results:
        codes[st] = codes.get(st, 0) + 1
    report(
        f"{n} /api/parse of a 4 MiB plan at once",
        [
            f"their answers: {codes}, slowest {max(t for _, t in results):.1f} s",
            f"a real POST /api/check meanwhile: {[st for st, _ in samples]}, "
            f"slowest {max(t for _, t in samples) * 1000:.0f} ms",
        ],
        rss,
    )


def wrong_keys(seconds):
    s = Server("--token", TOKEN)
    counts = {}
    end = time.monotonic() + seconds
    tries = 0
    while time.monotonic() < end:
        st, _ = request(s, headers={"Authorization": f"Bearer {tries:04d}-wrong-guess-xx"})
        counts[st] = counts.get(st, 0) + 1
        tries += 1
    st, _ = request(s, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    rss = s.stop()
    report(
        f"wrong keys from one address for {seconds} s, as fast as it answers",
        [
            f"{tries} tries: {counts.get(401, 0)} keys read and refused (401), "
            f"{counts.get(429, 0)} refused unread (429)",
            f"the right key at the end, from the same address: {st}",
        ],
        rss,
    )


if __name__ == "__main__":
    print(f"tirkeme: {BIN}")
    print(subprocess.run([BIN, "--version"], capture_output=True, text=True).stdout.strip())
    print(f"load: {os.getloadavg()[0]:.1f} (2 cores)")
    idle(1100, many=False)
    idle(1100, many=True)
    idle(1100, many=True, files=1024)
    half_bodies(250, many=False)
    half_bodies(250, many=True)
    trickle(120)
    parse_flood(8)
    wrong_keys(20)
