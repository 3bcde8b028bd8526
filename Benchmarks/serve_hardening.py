"""`kinerja serve` against hostile clients, for the figures in docs/hardening.md.

Starts `kinerja serve --port 0` on a copy of Tests/Fixtures/valid and measures, on
127.0.0.1 only and with every wait bounded: the seconds to the first byte of the answer to
request lines of 8 KiB - 100 bytes, 8 KiB + 1, 64 KiB and 1 MiB (and whether an ordinary
request is answered meanwhile), how long 60 slow sockets stay open, HEAD of the home page,
how long SIGTERM takes, and the server's RSS (/proc/<pid>/status) during REQUESTS requests.

    python3 Benchmarks/serve_hardening.py --kinerja .build/debug/kinerja [--requests 20000]
"""
import argparse
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CAP = 20.0  # no wait below is longer


def start(kinerja: str, work: pathlib.Path):
    shutil.copytree(ROOT / "Tests/Fixtures/valid", work / "content")
    (work / "tmp").mkdir()
    proc = subprocess.Popen([os.path.abspath(kinerja), "serve", "--content", "content", "--templates", str(ROOT / "site-templates"), "--port", "0"],
                            cwd=work, env={**os.environ, "TMPDIR": str(work / "tmp")}, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "serving on http://127.0.0.1:" in line:
            port = int(line.split("127.0.0.1:")[1].split("/")[0])
            threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
            return proc, port
    raise SystemExit("serve did not start")


def get(port: int, path: str = "/", method: str = "GET", timeout: float = CAP):
    """The whole answer; what arrived before a timeout (b"" if nothing) otherwise."""
    data = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            while chunk := s.recv(65536):
                data += chunk
    except OSError:
        pass
    return data


def long_line(port: int, length: int):
    """Seconds to the first byte of the answer, its status line, and whether a GET / sent
    1 s into it was answered within 5 s."""
    s = socket.create_connection(("127.0.0.1", port), timeout=CAP)
    line = b"GET /" + b"a" * max(0, length - 15) + b" HTTP/1.1\r\n"
    start = time.monotonic()
    sender = threading.Thread(target=lambda: _send(s, line + b"Host: 127.0.0.1\r\n\r\n"), daemon=True)
    sender.start()
    other = {}

    def probe():
        time.sleep(1)
        try:
            other["ok"] = get(port, timeout=5).startswith(b"HTTP/1.1 200")
        except OSError:
            other["ok"] = False
    prober = threading.Thread(target=probe, daemon=True)
    prober.start()
    try:
        first = s.recv(64)
        seconds = time.monotonic() - start
    except OSError:
        first, seconds = b"", None
    prober.join(CAP)
    s.close()
    return seconds, first.split(b"\r\n")[0].decode(errors="replace"), other.get("ok")


def _send(s, data):
    try:
        s.sendall(data)
    except OSError:
        pass


def rss_kib(pid: int) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kinerja", required=True)
    ap.add_argument("--requests", type=int, default=20000)
    args = ap.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="kinerja-hardening-"))
    proc, port = start(args.kinerja, work)
    try:
        for length in (8 * 1024 - 100, 8 * 1024 + 1, 64 * 1024, 1024 * 1024):
            seconds, status, other = long_line(port, length)
            shown = f"{seconds:.3f} s" if seconds is not None else f"no answer in {CAP:.0f} s"
            print(f"request line {length:>8} B: {shown:>14}  {status!r:32} GET / meanwhile answered: {other}")
        head = get(port, "/", "HEAD", timeout=5).split(b"\r\n")[0].decode()
        print(f"HEAD /: {head}")
        slow = [socket.create_connection(("127.0.0.1", port), timeout=CAP) for _ in range(60)]
        for s in slow[:30]:
            s.sendall(b"GET / HTTP/1.1\r\nX-Slow: ")
        opened = time.monotonic()
        ok = get(port, timeout=5).startswith(b"HTTP/1.1 200")
        closed = []
        for s in slow:
            try:
                s.settimeout(max(0.1, CAP - (time.monotonic() - opened)))
                s.recv(64)
                closed.append(time.monotonic() - opened)
            except OSError:
                pass
            s.close()
        print(f"60 slow sockets: GET / answered meanwhile: {ok}; closed by the server: {len(closed)} "
              f"(last after {max(closed, default=0):.1f} s; cap {CAP:.0f} s)")
        paths = ["/", "/2026/packages/52011240/", "/assets/site.css", "/2026/indicators/IK-99/", "/sitemap.xml"]
        samples, done, begin = [rss_kib(proc.pid)], 0, time.monotonic()
        while done < args.requests and time.monotonic() - begin < 60:
            get(port, paths[done % len(paths)], "HEAD" if done % 4 == 3 else "GET", timeout=10)
            done += 1
            if done % (args.requests // 10) == 0:
                samples.append(rss_kib(proc.pid))
        print(f"{done} requests in {time.monotonic() - begin:.1f} s; RSS MiB: " + " ".join(f"{k / 1024:.1f}" for k in samples))
        out = work / "tmp" / f"kinerja-serve-{proc.pid}"
        t = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(5)
            print(f"SIGTERM: exited {proc.returncode} after {time.monotonic() - t:.3f} s; folder left: {out.exists()}")
        except subprocess.TimeoutExpired:
            print(f"SIGTERM: still running after 5 s; folder left: {out.exists()}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
