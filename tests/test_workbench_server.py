"""The workbench server: loopback only, token required, other origins refused, no path escapes."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import threading

import pytest

from woo_redact.review import scan
from woo_redact.workbench.server import CSP, Workbench, make_server, server_url


@pytest.fixture
def server(tmp_path, pdf_factory):
    folder = tmp_path / "in"
    folder.mkdir()
    pdf_factory([["Memo aan het team", "Melder: Kees Nuijten", "Telefoon 06-12345678"]], name="a.pdf")
    shutil.move(tmp_path / "a.pdf", folder / "a.pdf")
    review = tmp_path / "review"
    scan([folder], review, ner=False)
    (tmp_path / "secret.txt").write_text("TOPSECRET-CONTENT", encoding="utf-8")
    srv = make_server(Workbench(review, audit_key=tmp_path / "key"))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv, review
    srv.shutdown()
    srv.server_close()


def _req(srv, method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    port = srv.server_address[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    h = {"Host": f"127.0.0.1:{port}"}
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, data


def test_binds_to_loopback_only(server):
    srv, _ = server
    assert srv.socket.family == socket.AF_INET
    assert srv.socket.getsockname()[0] == "127.0.0.1"
    url = server_url(srv)
    assert url.startswith(f"http://127.0.0.1:{srv.server_address[1]}/") and len(srv.token) >= 32


def test_token_is_required(server):
    srv, _ = server
    t = srv.token
    assert _req(srv, "GET", f"/{t}/api/state")[0] == 200
    assert _req(srv, "GET", "/api/state")[0] == 403
    assert _req(srv, "GET", "/")[0] == 403
    assert _req(srv, "GET", f"/{t[:-1]}x/api/state")[0] == 403
    assert _req(srv, "GET", f"/api/state?token={t}")[0] == 403
    assert _req(srv, "POST", "/api/decision", headers={"Content-Type": "application/json"}, body=b"{}")[0] == 403


def test_other_origins_and_hosts_are_refused(server):
    srv, _ = server
    t, port = srv.token, srv.server_address[1]
    assert _req(srv, "GET", f"/{t}/api/state", headers={"Origin": "http://evil.example"})[0] == 403
    assert _req(srv, "GET", f"/{t}/api/state", headers={"Origin": f"http://127.0.0.1:{port + 1}"})[0] == 403
    assert _req(srv, "GET", f"/{t}/api/state", headers={"Host": f"evil.example:{port}"})[0] == 403  # DNS rebinding
    assert _req(srv, "GET", f"/{t}/api/state", headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert _req(srv, "GET", f"/{t}/api/state", headers={"Origin": f"http://127.0.0.1:{port}"})[0] == 200
    body = json.dumps({"id": "x", "decision": "keep", "reviewer": "A", "doc": 0}).encode()
    status, _, _ = _req(srv, "POST", f"/{t}/api/decision", headers={"Content-Type": "text/plain", "Origin": f"http://127.0.0.1:{port}"}, body=body)
    assert status == 415  # a cross-site HTML form cannot send JSON


def test_paths_cannot_escape_the_review_folder(server, tmp_path):
    srv, review = server
    t = srv.token
    for path in (
        f"/{t}/files/../secret.txt",
        f"/{t}/files/%2e%2e/secret.txt",
        f"/{t}/files/..%2fsecret.txt",
        f"/{t}/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        f"/{t}/../{t}/files/decisions.json",
    ):
        status, _, data = _req(srv, "GET", path)
        assert 400 <= status < 500, path
        assert b"TOPSECRET" not in data
    os.symlink(tmp_path / "secret.txt", review / "link.txt")
    status, _, data = _req(srv, "GET", f"/{t}/files/link.txt")
    assert status == 403 and b"TOPSECRET" not in data
    status, headers, data = _req(srv, "GET", f"/{t}/files/decisions.json")
    assert status == 200 and json.loads(data)["format"] == "woo-redact-decisions"
    assert "sandbox" in headers["content-security-policy"]


def test_pages_are_served_with_a_strict_policy(server):
    srv, _ = server
    t = srv.token
    status, headers, data = _req(srv, "GET", f"/{t}/")
    assert status == 200 and b'lang="nl"' in data
    assert headers["content-security-policy"] == CSP and "default-src 'none'" in CSP and "unsafe" not in CSP
    assert headers["referrer-policy"] == "no-referrer" and headers["x-content-type-options"] == "nosniff"
    assert b"http://" not in data and b"https://" not in data  # no external assets
    js = _req(srv, "GET", f"/{t}/app.js")[2]
    assert b"http://" not in js and b"https://" not in js and b"innerHTML" not in js
    status, headers, png = _req(srv, "GET", f"/{t}/api/page/0/1.png")
    assert status == 200 and png.startswith(b"\x89PNG") and headers["content-type"] == "image/png"
    assert _req(srv, "GET", f"/{t}/api/page/0/2.png")[0] == 404


def test_actions_change_the_file(server):
    srv, review = server
    t, port = srv.token, srv.server_address[1]
    state = json.loads(_req(srv, "GET", f"/{t}/api/doc/0")[2])
    phone = next(f for f in state["findings"] if f["text"] == "06-12345678")
    h = {"Content-Type": "application/json", "Origin": f"http://127.0.0.1:{port}"}
    body = json.dumps({"doc": 0, "id": phone["id"], "decision": "openbaar", "reviewer": "Anna"}).encode()
    status, _, data = _req(srv, "POST", f"/{t}/api/decision", headers=h, body=body)
    assert status == 200, data
    saved = json.loads((review / "decisions.json").read_text(encoding="utf-8"))
    assert next(f for f in saved["documents"][0]["findings"] if f["id"] == phone["id"])["decision"] == "keep"
    # no name, no change: a 409 with a message the page shows
    body = json.dumps({"doc": 0, "id": phone["id"], "decision": "lakken", "reviewer": ""}).encode()
    status, _, data = _req(srv, "POST", f"/{t}/api/decision", headers=h, body=body)
    assert status == 409 and "name" in json.loads(data)["error"]
    body = json.dumps({"doc": 0, "page": 1, "view": [0.05, 0.05, 0.4, 0.08], "ground": "5.1.2e", "reviewer": "Anna"}).encode()
    status, _, data = _req(srv, "POST", f"/{t}/api/area", headers=h, body=body)
    assert status == 200, data
    x0, y0, x1, y1 = json.loads(data)["box"]
    assert 29 < x0 < 31 and 238 < x1 < 239 and y1 > y0 > 770  # A4: 595 x 842 points, top-left fractions


def _first_line_then_stop(cmd: list[str], env: dict[str, str]) -> tuple[str, int]:
    """Start a command, read its first stdout line (the URL), GET that URL, stop the process."""
    import subprocess
    import sys
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "woo_redact", *cmd], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        with urllib.request.urlopen(url, timeout=10) as r:
            status = r.status
        return url, status
    finally:
        proc.terminate()
        proc.wait(10)


def test_cli_review_prints_the_url_first(server, tmp_path):
    _, review = server
    env = {**os.environ, "BROWSER": "true"}  # should anything try to open a browser: the `true` command
    url, status = _first_line_then_stop(["review", str(review), "--no-browser"], env)
    assert url.startswith("http://127.0.0.1:") and status == 200
    url, status = _first_line_then_stop(["scan", str(tmp_path / "in"), "--out", str(review), "--no-ner", "--jobs", "1", "--review"], env)
    assert url.startswith("http://127.0.0.1:") and status == 200
