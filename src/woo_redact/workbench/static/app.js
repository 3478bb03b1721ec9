// Woo-lakwerkbank: the browser side of `woo-redact review`. Plain JavaScript, no libraries,
// no network beyond this server. Every change is POSTed at once; the server saves it to
// decisions.json before answering. Text from documents is only ever set as textContent.
"use strict";

const S = { state: null, doc: null, di: 0, page: 1, sel: -1, drawing: false, grounds: [] };
const $ = (id) => document.getElementById(id);
const WORDS = { redact: "lakken", keep: "openbaar", review: "controleren" };

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
}

function say(text, isError) {
  const m = $("msg");
  m.textContent = text;
  m.className = isError ? "err" : "";
}

async function api(path, body) {
  const opts = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const r = await fetch("api/" + path, opts);
  const data = await r.json();
  if (!r.ok) throw new Error(data.error || ("fout " + r.status));
  return data;
}

function reviewer() {
  const name = $("reviewer").value.trim();
  if (!name) { $("reviewer").focus(); throw new Error("Vul eerst uw naam in (beoordelaar): elke wijziging wordt met naam vastgelegd."); }
  try { localStorage.setItem("woo-reviewer", name); } catch (e) { /* private mode */ }
  return name;
}

async function run(fn) {
  try { await fn(); } catch (e) { say(e.message, true); }
}

// ------------------------------------------------------------------ loading

async function loadState() {
  S.state = await api("state");
  S.grounds = S.state.grounds;
  const sel = $("ground");
  sel.replaceChildren(...S.grounds.map((g) => el("option", { value: g.code }, g.code + " " + g.title)));
  sel.value = "5.1.2e";
  renderDocs();
}

function renderDocs() {
  $("doclist").replaceChildren(...S.state.documents.map((d) => {
    const li = el("li", { class: d.index === S.di ? "current" : "", "data-index": String(d.index) },
      d.document, el("span", { class: "badge " + d.status }, d.error ? "fout" : d.status));
    li.addEventListener("click", () => run(() => openDoc(d.index, 1)));
    return li;
  }));
}

async function openDoc(di, page) {
  S.di = di;
  S.doc = await api("doc/" + di);
  S.page = Math.min(Math.max(1, page), Math.max(1, S.doc.pages));
  S.sel = -1;
  renderDocs();
  renderAll(true);
}

async function refreshState() {
  S.state = await api("state");
  renderDocs();
}

function setDoc(doc) {
  if (doc && doc.index === S.di) S.doc = doc;
  renderAll(false);
  refreshState().catch(() => {});
}

// ------------------------------------------------------------------ rendering

function pageFindings() {
  return S.doc ? S.doc.findings.filter((f) => f.page === S.page) : [];
}

function renderAll(newImage) {
  const d = S.doc;
  if (!d) return;
  $("pageinfo").textContent = d.pages ? `${d.document}: pagina ${S.page} van ${d.pages}` : d.document;
  $("checked").checked = d.checked_pages.includes(S.page);
  $("warnings").replaceChildren(...[d.error, ...d.warnings].filter(Boolean).map((w) => el("p", {}, w)));
  const st = { concept: "concept", gecontroleerd: "gecontroleerd", vrijgegeven: "vrijgegeven" }[d.status];
  let line = `Status: ${st}. Gecontroleerd: ${d.checked_pages.length} van ${d.pages} pagina's.`;
  if (d.reviewed_by) line += ` Gecontroleerd door ${d.reviewed_by}.`;
  if (d.signed_off_by) line += ` Vrijgegeven (afgetekend) door ${d.signed_off_by}.`;
  $("statusline").textContent = line;
  if (newImage) {
    const img = $("pageimg");
    if (d.pages && !d.error) {
      img.src = `api/page/${d.index}/${S.page}.png`;
      img.hidden = false;
    } else {
      img.removeAttribute("src");
      img.hidden = true;
    }
  }
  renderBoxes();
  renderFindings();
  renderManual();
}

function place(div, b) {
  div.style.left = (b[0] * 100) + "%";
  div.style.top = (b[1] * 100) + "%";
  div.style.width = ((b[2] - b[0]) * 100) + "%";
  div.style.height = ((b[3] - b[1]) * 100) + "%";
}

function renderBoxes() {
  const boxes = [];
  for (const f of pageFindings()) {
    f.boxes.forEach((b, i) => {
      const div = el("div", { class: `box ${f.decision}${f.n === S.sel ? " sel" : ""}`, "data-n": String(f.n), title: `${f.n}: ${f.entity_nl} (${WORDS[f.decision]})` },
        i === 0 ? el("span", {}, String(f.n)) : null);
      place(div, b);
      div.addEventListener("click", (ev) => { ev.stopPropagation(); select(f.n, true); });
      boxes.push(div);
    });
  }
  for (const m of S.doc.manual) {
    const at = m.kind === "area" ? [{ page: m.page, box: m.box }] : m.boxes;
    for (const w of at) {
      if (w.page !== S.page) continue;
      const what = m.kind === "area" ? "handmatig gebied" : "gezocht en gelakt";
      const div = el("div", { class: "box manual", title: `${what}, grond ${m.ground}` }, el("span", {}, m.kind === "area" ? "H" : "Z"));
      place(div, w.box);
      boxes.push(div);
    }
  }
  $("overlay").replaceChildren(...boxes);
}

function groundSelect(current) {
  const s = el("select", { "aria-label": "grond" });
  s.append(el("option", { value: "" }, "(geen grond)"));
  for (const g of S.grounds) s.append(el("option", { value: g.code }, g.code + " " + g.title));
  s.value = current || "";
  return s;
}

function renderFindings() {
  const list = pageFindings();
  $("count").textContent = `(${list.length} op deze pagina, ${S.doc.findings.length} in document)`;
  $("findings").replaceChildren(...list.map((f) => {
    const gs = groundSelect(f.ground);
    gs.addEventListener("change", () => run(() => decide(f, f.decision === "keep" ? "redact" : f.decision, gs.value)));
    gs.addEventListener("click", (ev) => ev.stopPropagation());
    const li = el("li", { class: `${f.decision}${f.n === S.sel ? " sel" : ""}`, "data-n": String(f.n), "data-id": f.id },
      el("div", { class: "fhead" }, el("span", { class: "num" }, String(f.n)), el("span", { class: "ftext" }, f.text),
        el("span", { class: "state" }, WORDS[f.decision] + (f.decision !== f.proposed ? " (aangepast)" : ""))),
      el("div", { class: "meta" }, `${f.entity_nl} · grond ${f.ground || "-"}${f.ground_nl ? " (" + f.ground_nl + ")" : ""}`),
      el("div", { class: "meta" }, `${f.detector} · score ${Number(f.score).toFixed(2)} · ${f.reason_nl}`),
      el("div", { class: "ctx" }, f.context),
      f.reviewer ? el("div", { class: "meta" }, `besluit van ${f.reviewer}`) : null,
      el("div", { class: "actions" },
        el("button", { type: "button", class: "act-redact", onclick: (ev) => { ev.stopPropagation(); run(() => decide(f, "redact")); } }, "Lakken"),
        el("button", { type: "button", class: "act-keep", onclick: (ev) => { ev.stopPropagation(); run(() => decide(f, "keep")); } }, "Openbaar"),
        el("button", { type: "button", class: "act-review", onclick: (ev) => { ev.stopPropagation(); run(() => decide(f, "review")); } }, "Controleren"),
        gs));
    li.addEventListener("click", () => select(f.n, false));
    return li;
  }));
}

function renderManual() {
  $("manual").replaceChildren(...S.doc.manual.map((m) => el("li", {},
    m.kind === "area" ? `gebied op pagina ${m.page}, grond ${m.ground}` : `tekst "${m.text}", grond ${m.ground}`,
    m.reviewer ? ` (${m.reviewer}) ` : " ",
    el("button", { type: "button", onclick: () => run(async () => {
      const r = await api("remove-manual", { doc: S.di, id: m.id, reviewer: reviewer() });
      setDoc(r.doc); say("Handmatige lakking verwijderd.");
    }) }, "Verwijderen"))));
}

function select(n, scroll) {
  S.sel = n;
  renderBoxes();
  for (const li of $("findings").children) li.classList.toggle("sel", Number(li.dataset.n) === n);
  const li = $("findings").querySelector(`li[data-n="${n}"]`);
  if (li && scroll !== false) li.scrollIntoView({ block: "nearest" });
  const box = $("overlay").querySelector(`.box[data-n="${n}"]`);
  if (box) box.scrollIntoView({ block: "nearest", inline: "nearest" });
}

// ------------------------------------------------------------------ actions

async function decide(f, decision, ground) {
  const body = { doc: S.di, id: f.id, decision, reviewer: reviewer(), all: $("all").checked };
  if (ground) body.ground = ground;
  const r = await api("decision", body);
  setDoc(r.doc);
  select(f.n, false);
  say(`${r.changed.length} bevinding(en) op "${WORDS[decision]}" gezet${ground ? ", grond " + ground : ""}.`);
}

async function gotoPage(p) {
  if (!S.doc || p < 1 || p > S.doc.pages) return;
  S.page = p; S.sel = -1;
  renderAll(true);
}

async function toggleChecked(value) {
  const r = await api("page-checked", { doc: S.di, page: S.page, checked: value, reviewer: reviewer() });
  setDoc(r.doc);
  say(value ? `Pagina ${S.page} gecontroleerd.` : `Pagina ${S.page} niet meer gecontroleerd.`);
}

async function setStatus(status) {
  const r = await api("status", { doc: S.di, status, reviewer: reviewer() });
  setDoc(r.doc);
  say(`Status: ${status}.`);
}

function setDrawing(on) {
  S.drawing = on;
  $("draw").setAttribute("aria-pressed", String(on));
  $("page").classList.toggle("drawing", on);
  if (on) say("Teken met de muis een gebied op de pagina (Esc stopt).");
}

function initDrawing() {
  const page = $("page"), rubber = $("rubber");
  let start = null;
  const frac = (ev) => {
    const r = page.getBoundingClientRect();
    return [Math.min(1, Math.max(0, (ev.clientX - r.left) / r.width)), Math.min(1, Math.max(0, (ev.clientY - r.top) / r.height))];
  };
  const rect = (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
  page.addEventListener("pointerdown", (ev) => {
    if (!S.drawing || ev.button !== 0) return;
    ev.preventDefault();
    start = frac(ev);
    page.setPointerCapture(ev.pointerId);
    place(rubber, [start[0], start[1], start[0], start[1]]);
    rubber.hidden = false;
  });
  page.addEventListener("pointermove", (ev) => { if (start) place(rubber, rect(start, frac(ev))); });
  page.addEventListener("pointerup", (ev) => {
    if (!start) return;
    const view = rect(start, frac(ev));
    start = null;
    rubber.hidden = true;
    if (view[2] - view[0] < 0.003 || view[3] - view[1] < 0.003) return;
    run(async () => {
      const r = await api("area", { doc: S.di, page: S.page, view, ground: $("ground").value, reviewer: reviewer() });
      setDoc(r.doc);
      say(`Gebied gelakt op pagina ${S.page} (grond ${$("ground").value}).`);
    });
  });
}

async function doApply() {
  const name = reviewer();
  const open = S.state.documents.filter((d) => !d.error && d.status !== "vrijgegeven").map((d) => d.document);
  if (open.length && !window.confirm(`Nog niet vrijgegeven (vier ogen): ${open.join(", ")}. Toch toepassen?`)) return;
  say("Bezig met toepassen: gelakte PDF's, rapport, inventaris en auditlog worden gemaakt...");
  const r = await api("apply", { reviewer: name });
  const failed = r.results.filter((x) => !x.ok);
  const text = r.ok ? `Klaar: ${r.results.length} document(en) gelakt in ${r.out_dir}.`
    : `${failed.length} document(en) mislukt: ${failed.map((x) => x.source + ": " + x.error).join("; ")}`;
  say(text, !r.ok);
  if (r.report) {
    const a = el("a", { href: r.report, target: "_blank", rel: "noopener noreferrer" }, " Open rapport");
    a.style.color = "#fff";
    $("msg").append(a);
  }
}

function onKey(ev) {
  const t = ev.target;
  if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const list = pageFindings();
  const idx = list.findIndex((f) => f.n === S.sel);
  const cur = idx >= 0 ? list[idx] : null;
  const k = ev.key;
  let handled = true;
  if (k === "j" || k === "ArrowDown") { if (list.length) select(list[Math.min(list.length - 1, idx + 1)].n); }
  else if (k === "k" || k === "ArrowUp") { if (list.length) select(list[Math.max(0, idx - 1)].n); }
  else if (k === "l" && cur) run(() => decide(cur, "redact"));
  else if (k === "o" && cur) run(() => decide(cur, "keep"));
  else if (k === "c" && cur) run(() => decide(cur, "review"));
  else if (k === "n" || k === "PageDown") gotoPage(S.page + 1);
  else if (k === "p" || k === "PageUp") gotoPage(S.page - 1);
  else if (k === "g") run(() => toggleChecked(!$("checked").checked));
  else if (k === "a") setDrawing(!S.drawing);
  else if (k === "Escape") setDrawing(false);
  else if (k === "?") $("helpdlg").showModal();
  else handled = false;
  if (handled) ev.preventDefault();
}

function init() {
  try { $("reviewer").value = localStorage.getItem("woo-reviewer") || ""; } catch (e) { /* private mode */ }
  $("prev").addEventListener("click", () => gotoPage(S.page - 1));
  $("next").addEventListener("click", () => gotoPage(S.page + 1));
  $("checked").addEventListener("change", (ev) => run(() => toggleChecked(ev.target.checked).catch((e) => { ev.target.checked = !ev.target.checked; throw e; })));
  $("draw").addEventListener("click", () => setDrawing(!S.drawing));
  for (const id of ["st-concept", "st-checked", "st-released"]) {
    $(id).addEventListener("click", (ev) => run(() => setStatus(ev.target.dataset.status)));
  }
  $("search-go").addEventListener("click", () => run(async () => {
    const r = await api("search", { text: $("search").value });
    const parts = Object.entries(r.hits).map(([d, n]) => `${d}: ${n}`);
    $("search-result").textContent = parts.length ? "Gevonden: " + parts.join(", ") : "Niet gevonden.";
  }));
  $("search-redact").addEventListener("click", () => run(async () => {
    const r = await api("search-redact", { text: $("search").value, ground: $("ground").value, reviewer: reviewer(), doc: S.di });
    if (r.doc) setDoc(r.doc);
    const n = Object.values(r.hits).reduce((a, b) => a + b, 0);
    $("search-result").textContent = `${n} keer gelakt in ${Object.keys(r.hits).length} document(en), grond ${$("ground").value}.`;
    say("Zoeken en lakken: vastgelegd.");
  }));
  $("apply").addEventListener("click", () => run(doApply));
  $("export").addEventListener("click", () => run(async () => {
    const r = await api("export", {});
    say(`Geëxporteerd naar ${r.path}.`);
  }));
  $("import").addEventListener("click", () => run(async () => {
    const r = await api("import", { reviewer: reviewer(), doc: S.di });
    setDoc(r.doc);
    say(`${r.changed} besluit(en) ingelezen uit decisions.xlsx.`);
  }));
  $("help").addEventListener("click", () => $("helpdlg").showModal());
  $("overlay").addEventListener("click", () => { if (!S.drawing) select(-1); });
  document.addEventListener("keydown", onKey);
  initDrawing();
  run(async () => {
    await loadState();
    if (S.state.documents.length) await openDoc(0, 1);
    say("Klaar. Kies een bevinding en druk l (lakken) of o (openbaar); ? toont de sneltoetsen.");
  });
}

document.addEventListener("DOMContentLoaded", init);
