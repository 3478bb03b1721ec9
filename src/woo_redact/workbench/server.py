"""The workbench's HTTP layer: a thin, local-only server over :class:`~.store.ReviewFolder`.

Web stack: the standard library's ``http.server`` (``ThreadingHTTPServer``) and plain
HTML/CSS/JavaScript files shipped in ``static/``. The workbench is one officer's tool on one
machine: a dozen JSON endpoints and page images, no templating, no sessions beyond one token.
A framework (Flask, Starlette) would add dependencies and a larger attack surface for nothing
the stdlib lacks here; everything security-relevant is explicit in :meth:`_Handler._guard`.

Security model (the decisions hold the plaintext of personal data):

- bound to ``127.0.0.1`` only, never another interface;
- a random token (``secrets.token_urlsafe``) is the first path segment of every URL; requests
  without it get 403, and the server logs no request lines (the token and names stay out of logs);
- the ``Host`` header must be the loopback address with our port (DNS rebinding), an ``Origin``
  header, when sent, must be our own origin, and cross-site fetches are refused;
- state changes are POSTs with a JSON body (``Content-Type: application/json``), so an HTML form
  on another site cannot send one;
- a strict Content-Security-Policy (``default-src 'none'``, scripts/styles/images from ``'self'``
  only), no external assets, no referrer, no caching;
- files are served only from the review folder: paths are checked after resolving symlinks.
"""

from __future__ import annotations

import hmac
import http.server
import io
import json
import mimetypes
import secrets
import socket
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import WooRedactError
from .labels import entity_nl, ground_nl, grounds_catalogue, reason_nl
from .store import DocStatus, ReviewActionError, ReviewFolder

HOST = "127.0.0.1"
MAX_BODY = 1 << 20
RENDER_SCALE = 1.5  # 108 dpi: sharp enough to read a signature, small enough to load fast
STATIC = ("index.html", "app.js", "app.css")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# For files from the review folder (report.html has inline styles and data: thumbnails): no scripts at all.
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'"
# PDFium is not thread-safe: rendering, extraction and apply take turns (re-entrant: an action
# that extracts may also need page geometry).
_render_lock = threading.RLock()


# --------------------------------------------------------------------------- page geometry


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """Where a page's user space lands on its rendered image: crop box and /Rotate."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int = 0  # clockwise degrees, as displayed

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def _to_view_point(self, x: float, y: float) -> tuple[float, float]:
        u, v = (x - self.left) / self.width, (self.top - y) / self.height
        r = self.rotation % 360
        if r == 90:
            return 1 - v, u
        if r == 180:
            return 1 - u, 1 - v
        if r == 270:
            return v, 1 - u
        return u, v

    def _from_view_point(self, a: float, b: float) -> tuple[float, float]:
        r = self.rotation % 360
        if r == 90:
            u, v = b, 1 - a
        elif r == 180:
            u, v = 1 - a, 1 - b
        elif r == 270:
            u, v = 1 - b, a
        else:
            u, v = a, b
        return self.left + u * self.width, self.top - v * self.height

    def to_view(self, box: list[float]) -> list[float]:
        """PDF box ``[x0, y0, x1, y1]`` → image fractions ``[left, top, right, bottom]`` (0..1)."""
        pts = [self._to_view_point(box[0], box[1]), self._to_view_point(box[2], box[3])]
        return [min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)]

    def from_view(self, frac: list[float]) -> list[float]:
        """Image fractions ``[left, top, right, bottom]`` → PDF box ``[x0, y0, x1, y1]``."""
        clamp = [min(1.0, max(0.0, float(v))) for v in frac]
        pts = [self._from_view_point(clamp[0], clamp[1]), self._from_view_point(clamp[2], clamp[3])]
        return [
            round(min(p[0] for p in pts), 2),
            round(min(p[1] for p in pts), 2),
            round(max(p[0] for p in pts), 2),
            round(max(p[1] for p in pts), 2),
        ]


def page_geometries(pdf_path: str | Path) -> list[PageGeometry]:
    import pypdfium2 as pdfium

    with _render_lock:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            out = []
            for n in range(len(pdf)):
                page = pdf[n]
                left, bottom, right, top = page.get_bbox()  # get_cropbox falls back to Letter for an inherited MediaBox
                out.append(PageGeometry(left, bottom, right, top, int(page.get_rotation())))
                page.close()
            return out
        finally:
            pdf.close()


def render_page_png(pdf_path: str | Path, page: int, scale: float = RENDER_SCALE) -> bytes:
    """One page (1-based) as PNG, as PDFium draws it (crop box, rotation)."""
    import pypdfium2 as pdfium

    with _render_lock:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            p = pdf[page - 1]
            img = p.render(scale=scale).to_pil().convert("RGB")
            p.close()
        finally:
            pdf.close()
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# --------------------------------------------------------------------------- the application


class Workbench:
    """The review state and the actions the HTTP layer exposes (JSON in, JSON out)."""

    def __init__(
        self,
        folder: str | Path,
        *,
        out_dir: str | Path | None = None,
        policy: str | Path | None = None,
        audit_key: str | Path | None = None,
        password: str | None = None,
    ) -> None:
        self.review = ReviewFolder(folder)
        self.folder = self.review.folder.resolve()
        self.out_dir = Path(out_dir) if out_dir is not None else self.folder / "gelakt"
        self.policy, self.audit_key, self.password = policy, audit_key, password
        # keyed by input and its hash, not by position: a rescan may change the list
        self._geometry: dict[tuple[str, str], list[PageGeometry]] = {}
        self._png: OrderedDict[tuple[str, str, int], bytes] = OrderedDict()
        self._png_lock = threading.Lock()

    # ------------------------------------------------------------------ views

    def geometry(self, di: int) -> list[PageGeometry]:
        doc = self.review.document(di)
        key = (doc["source"], doc.get("input_sha256", ""))
        if key not in self._geometry:
            self._geometry[key] = page_geometries(doc["source"]) if "error" not in doc and Path(doc["source"]).is_file() else []
        return self._geometry[key]

    def state(self) -> dict[str, Any]:
        docs = []
        for di, d in enumerate(self.review.documents):
            docs.append(
                {
                    "index": di,
                    "document": d["document"],
                    "pages": d.get("pages", 0),
                    "error": d.get("error"),
                    "status": d.get("status", DocStatus.CONCEPT.value),
                    "findings": len(d["findings"]),
                    "open": sum(1 for f in d["findings"] if f["decision"] == "review"),
                    "checked": len(d.get("checked_pages", [])),
                    "signed_off_by": d.get("signed_off_by", ""),
                }
            )
        return {
            "documents": docs,
            "grounds": grounds_catalogue(),
            "confidential": self.review.data.get("confidential", ""),
            "out_dir": str(self.out_dir),
        }

    def document_view(self, di: int) -> dict[str, Any]:
        with _render_lock:
            return self._document_view(di)

    def _document_view(self, di: int) -> dict[str, Any]:
        doc = self.review.document(di)
        geo = self.geometry(di)
        findings = []
        for n, f in enumerate(sorted(doc["findings"], key=lambda f: (f["page"], f["span"][0])), start=1):
            g = geo[f["page"] - 1] if f["page"] - 1 < len(geo) else None
            findings.append(
                {
                    "n": n,
                    "id": f["id"],
                    "page": f["page"],
                    "text": f["text"],
                    "context": f.get("context", ""),
                    "entity": f["entity"],
                    "entity_nl": entity_nl(f["entity"]),
                    "detector": f["detector"],
                    "score": f["score"],
                    "proposed": f["proposed"],
                    "decision": f["decision"],
                    "ground": f.get("ground") or "",
                    "ground_nl": ground_nl(f.get("ground")),
                    "reason_nl": reason_nl(str(f.get("reason", ""))),
                    "reviewer": f.get("reviewer", ""),
                    "note": f.get("note", ""),
                    "boxes": [g.to_view(b) for b in f.get("boxes", [])] if g else [],
                }
            )
        manual = []
        for m in doc["manual"]:
            entry = {"id": m.get("id", ""), "ground": m["ground"], "ground_nl": ground_nl(m["ground"]), "reviewer": m.get("reviewer", "")}
            if "text" in m:
                boxes = self.review.text_boxes(di, m["text"])
                where = [{"page": pg, "box": geo[pg - 1].to_view(b)} for pg, b in boxes if pg - 1 < len(geo)]
                entry.update(kind="text", text=m["text"], boxes=where)
            else:
                g = geo[m["page"] - 1] if m["page"] - 1 < len(geo) else None
                entry.update(kind="area", page=m["page"], box=g.to_view(m["box"]) if g else [])
            manual.append(entry)
        return {
            "index": di,
            "document": doc["document"],
            "pages": doc.get("pages", 0),
            "page_ratio": [g.height / g.width if g.rotation % 180 == 0 else g.width / g.height for g in geo],
            "error": doc.get("error"),
            "warnings": doc.get("warnings", []),
            "status": doc.get("status", DocStatus.CONCEPT.value),
            "checked_pages": doc.get("checked_pages", []),
            "reviewed_by": doc.get("reviewed_by", ""),
            "signed_off_by": doc.get("signed_off_by", ""),
            "findings": findings,
            "manual": manual,
        }

    def page_png(self, di: int, page: int) -> bytes:
        doc = self.review.document(di)
        if "error" in doc or not 1 <= page <= int(doc.get("pages", 0)):
            raise ReviewActionError(f"{doc['document']}: no page {page}")
        key = (doc["source"], doc.get("input_sha256", ""), page)
        with self._png_lock:
            if key in self._png:
                self._png.move_to_end(key)
                return self._png[key]
        png = render_page_png(doc["source"], page)
        with self._png_lock:
            self._png[key] = png
            while len(self._png) > 64:
                self._png.popitem(last=False)
        return png

    # ------------------------------------------------------------------ actions

    def act(self, name: str, body: dict[str, Any]) -> dict[str, Any]:
        """Run one POSTed action; returns the JSON answer."""
        actions: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "decision": self._decision,
            "area": self._area,
            "remove-manual": self._remove_manual,
            "search": self._search,
            "search-redact": self._search_redact,
            "page-checked": self._page_checked,
            "status": self._status,
            "apply": self._apply,
            "export": self._export,
            "import": self._import,
        }
        if name not in actions:
            raise KeyError(name)
        with _render_lock:
            return actions[name](body)

    def _decision(self, b: dict[str, Any]) -> dict[str, Any]:
        changed = self.review.set_decision(
            str(b["id"]), str(b["decision"]), str(b.get("reviewer", "")), ground=b.get("ground") or None,
            all_occurrences=bool(b.get("all")),
        )
        return {"changed": changed, "doc": self.document_view(int(b["doc"]))}

    def _area(self, b: dict[str, Any]) -> dict[str, Any]:
        di, page = int(b["doc"]), int(b["page"])
        geo = self.geometry(di)
        if not 1 <= page <= len(geo):
            raise ReviewActionError(f"page {page} does not exist")
        box = geo[page - 1].from_view([float(v) for v in b["view"]])
        aid = self.review.add_area(di, page, box, str(b.get("ground", "")), str(b.get("reviewer", "")))
        return {"id": aid, "box": box, "doc": self.document_view(di)}

    def _remove_manual(self, b: dict[str, Any]) -> dict[str, Any]:
        self.review.remove_manual(int(b["doc"]), str(b["id"]), str(b.get("reviewer", "")))
        return {"doc": self.document_view(int(b["doc"]))}

    def _search(self, b: dict[str, Any]) -> dict[str, Any]:
        hits = self.review.search(str(b.get("text", "")))
        return {"hits": {self.review.documents[k]["document"]: v for k, v in hits.items()}}

    def _search_redact(self, b: dict[str, Any]) -> dict[str, Any]:
        hits = self.review.search_redact(str(b.get("text", "")), str(b.get("ground", "")), str(b.get("reviewer", "")))
        out = {"hits": {self.review.documents[k]["document"]: v for k, v in hits.items()}}
        if "doc" in b:
            out["doc"] = self.document_view(int(b["doc"]))
        return out

    def _page_checked(self, b: dict[str, Any]) -> dict[str, Any]:
        di = int(b["doc"])
        self.review.set_page_checked(di, int(b["page"]), bool(b.get("checked", True)), str(b.get("reviewer", "")))
        return {"doc": self.document_view(di)}

    def _status(self, b: dict[str, Any]) -> dict[str, Any]:
        di = int(b["doc"])
        self.review.set_status(di, str(b["status"]), str(b.get("reviewer", "")))
        return {"doc": self.document_view(di)}

    def _apply(self, b: dict[str, Any]) -> dict[str, Any]:
        from ..review import apply

        ReviewFolder._who(str(b.get("reviewer", "")))
        result = apply(self.folder, self.out_dir, policy=self.policy, audit_key=self.audit_key, password=self.password)
        rows = [{"source": Path(r.source).name, "ok": r.ok, "error": r.error} for r in result.results]
        report = self.out_dir / "report.html"
        link = None
        try:
            link = "files/" + urllib.parse.quote(report.resolve().relative_to(self.folder).as_posix())
        except ValueError:
            pass
        return {"ok": result.ok, "results": rows, "out_dir": str(self.out_dir), "report": link}

    def _export(self, b: dict[str, Any]) -> dict[str, Any]:
        from .sheet import export_xlsx

        path = export_xlsx(self.review)
        return {"path": str(path), "link": "files/" + urllib.parse.quote(path.name)}

    def _import(self, b: dict[str, Any]) -> dict[str, Any]:
        from .sheet import import_xlsx

        n = import_xlsx(self.review, self.folder / "decisions.xlsx", str(b.get("reviewer", "")))
        return {"changed": n, "doc": self.document_view(int(b.get("doc", 0)))}

    def file_path(self, rel: str) -> Path:
        """A file inside the review folder, or PermissionError (symlinks resolved first)."""
        p = (self.folder / rel).resolve()
        if not p.is_relative_to(self.folder):
            raise PermissionError(rel)
        return p


# --------------------------------------------------------------------------- HTTP


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False
    app: Workbench
    token: str


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    server_version = "woo-redact-workbench"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """No request log: URLs carry the token, bodies carry names."""

    # ------------------------------------------------------------------ responses

    def _send(self, code: int, body: bytes, ctype: str, csp: str = CSP, extra: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, code: int, data: Any) -> None:
        self._send(code, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def _error(self, code: int, message: str) -> None:
        self._json(code, {"error": message})

    # ------------------------------------------------------------------ checks

    def _guard(self) -> list[str] | None:
        """The request's path segments after the token, or None after answering 4xx."""
        port = self.server.server_address[1]
        allowed_hosts = {f"{HOST}:{port}", f"localhost:{port}"}
        if self.headers.get("Host", "") not in allowed_hosts:
            self._error(403, "wrong Host header")
            return None
        origin = self.headers.get("Origin")
        if origin is not None and origin not in {f"http://{h}" for h in allowed_hosts}:
            self._error(403, "requests from other origins are refused")
            return None
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            self._error(403, "cross-site requests are refused")
            return None
        raw_path = urllib.parse.urlsplit(self.path).path
        parts = raw_path.split("/")
        if len(parts) < 2 or not hmac.compare_digest(parts[1].encode(), self.server.token.encode()):
            self._error(403, "missing or wrong session token: open the URL the review command printed")
            return None
        segs = [urllib.parse.unquote(p) for p in parts[2:]]
        if any(s in ("..", ".") or "/" in s or "\\" in s or "\x00" in s for s in segs):
            self._error(400, "bad path")
            return None
        return segs

    # ------------------------------------------------------------------ verbs

    def do_GET(self) -> None:
        segs = self._guard()
        if segs is None:
            return
        app = self.server.app
        try:
            if segs in ([], [""]):
                if not urllib.parse.urlsplit(self.path).path.endswith("/"):
                    self._send(308, b"", "text/plain", extra={"Location": f"/{self.server.token}/"})
                    return
                segs = ["index.html"]
            if segs == ["favicon.ico"]:
                self._send(204, b"", "image/x-icon")
            elif len(segs) == 1 and segs[0] in STATIC:
                data = (resources.files("woo_redact.workbench") / "static" / segs[0]).read_bytes()
                kinds = {"html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}
                self._send(200, data, kinds[segs[0].rsplit(".", 1)[1]])
            elif segs == ["api", "state"]:
                self._json(200, app.state())
            elif len(segs) == 3 and segs[:2] == ["api", "doc"]:
                self._json(200, app.document_view(int(segs[2])))
            elif len(segs) == 4 and segs[:2] == ["api", "page"] and segs[3].endswith(".png"):
                self._send(200, app.page_png(int(segs[2]), int(segs[3][:-4])), "image/png")
            elif len(segs) >= 2 and segs[0] == "files":
                p = app.file_path("/".join(segs[1:]))
                if not p.is_file():
                    self._error(404, "no such file")
                    return
                ctype = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
                extra = {} if ctype in ("text/html", "application/pdf", "image/png", "text/plain") else {"Content-Disposition": "attachment"}
                self._send(200, p.read_bytes(), ctype, FILE_CSP, extra)
            else:
                self._error(404, "not found")
        except PermissionError:
            self._error(403, "outside the review folder")
        except (ValueError, ReviewActionError) as exc:
            self._error(404, str(exc))

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        segs = self._guard()
        if segs is None:
            return
        if len(segs) != 2 or segs[0] != "api":
            self._error(404, "not found")
            return
        if self.headers.get_content_type() != "application/json":
            self._error(415, "send JSON (Content-Type: application/json)")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._error(413, "request body too large")
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError as exc:
            self._error(400, f"bad JSON: {exc}")
            return
        if not isinstance(body, dict):
            self._error(400, "bad JSON: an object is expected")
            return
        try:
            self._json(200, self.server.app.act(segs[1], body))
        except KeyError as exc:
            self._error(404 if exc.args and exc.args[0] == segs[1] else 400, f"unknown action or missing field {exc}")
        except (WooRedactError, ValueError, TypeError) as exc:
            self._error(409, str(exc))


def make_server(app: Workbench, port: int = 0, token: str | None = None) -> _Server:
    """Bind on 127.0.0.1 (``port`` 0 = a free port); the URL is :func:`server_url`."""
    srv = _Server((HOST, port), _Handler)
    if srv.socket.family != socket.AF_INET or srv.server_address[0] != HOST:  # pragma: no cover - defensive
        srv.server_close()
        raise RuntimeError("the workbench binds to 127.0.0.1 only")
    srv.app = app
    srv.token = token or secrets.token_urlsafe(24)
    return srv


def server_url(srv: _Server) -> str:
    return f"http://{HOST}:{srv.server_address[1]}/{srv.token}/"


def serve(
    folder: str | Path,
    *,
    port: int = 0,
    open_browser: bool = True,
    out_dir: str | Path | None = None,
    policy: str | Path | None = None,
    audit_key: str | Path | None = None,
    password: str | None = None,
    echo: Callable[[str], None] = print,
) -> None:
    """Run the workbench until Ctrl-C; the first thing printed is its URL."""
    app = Workbench(folder, out_dir=out_dir, policy=policy, audit_key=audit_key, password=password)
    srv = make_server(app, port)
    url = server_url(srv)
    echo(url)
    if open_browser:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()
