// mapper's page: read a story through the local API, show its map, claims, journey and
// places, and let the reader correct them. Every piece of text from a story is put on
// the page as text (textContent), never as markup.
"use strict";

const state = {
  text: "", title: "", itinerary: null,
  corrections: {places: {}, not_places: [], not_stops: [], statuses: {}, order: []},
};
let shown = null;  // the last story the API gave back
let busy = 0;

const $ = (id) => document.getElementById(id);
const STATUSES = ["confirmed", "speculated", "implied"];

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([k, v]) => {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function say(message, isError) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
  status.setAttribute("role", isError ? "alert" : "status");
}

function session() {
  return {text: state.text, title: state.title, itinerary: state.itinerary,
          corrections: state.corrections};
}

async function api(path, options) {
  const response = await fetch(path, options);
  if (!response.ok) {
    let message = `the server answered ${response.status}`;
    try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

function post(path) {
  return api(path, {method: "POST", headers: {"Content-Type": "application/json"},
                    body: JSON.stringify(session())});
}

async function read() {
  state.text = $("text").value;
  state.title = $("title").value;
  if (!state.text.trim() && !state.itinerary) {
    say("Paste a story first, or open a file.", true);
    return;
  }
  busy += 1;
  $("read").disabled = true;
  say("Reading the story…");
  try {
    const [story, page] = await Promise.all([post("/api/story").then((r) => r.json()),
                                             post("/api/map").then((r) => r.text())]);
    shown = story;
    $("map").srcdoc = page;
    draw(story);
    const n = story.claims.length;
    say(`${story.places.length} place mentions, ${story.journey.stops.length} stops, ` +
        `${n} distance claim${n === 1 ? "" : "s"}.`);
  } catch (error) {
    say(error.message, true);
  } finally {
    busy -= 1;
    $("read").disabled = busy > 0;
  }
}

function km(x) { return x === null || x === undefined ? "?" : `${Math.round(x).toLocaleString("en")} km`; }

function draw(story) {
  document.querySelector(".results").hidden = false;
  drawClaims(story.claims);
  drawStops(story.journey.stops);
  drawPlaces(story.places);
}

function drawClaims(claims) {
  $("claims-count").textContent = `(${claims.length})`;
  $("claims").replaceChildren(...claims.map((c, i) => {
    const ends = `${c.from ? c.from.name : "?"} → ${c.to ? c.to.name : "?"}`;
    const rail = c.rail_km ? ` / ${km(c.rail_km)} by rail` : "";
    const item = el("li", {"data-claim": i, tabindex: 0, title: "Show on the map"},
      el("div", {}, el("span", {class: `badge ${c.verdict}`, text: c.verdict}),
         el("strong", {text: ends}), " ", el("q", {text: c.text})),
      el("div", {class: "figures",
                 text: `stated ${km(c.stated_km)}, measured ${km(c.measured_km)} straight${rail}` +
                       (c.direction ? `; direction ${c.direction} stated, ` +
                        `${c.measured_direction || "?"} measured` : "")}),
      c.unresolved_reason ? el("div", {class: "reason", text: c.unresolved_reason}) : "",
      el("div", {class: "sentence", text: c.sentence}));
    const zoom = () => zoomTo(c);
    item.addEventListener("click", zoom);
    item.addEventListener("keydown", (e) => { if (e.key === "Enter") zoom(); });
    return item;
  }));
}

function mapOf(frame) {
  const win = frame.contentWindow;
  return win && win.L ? Object.values(win).find((v) => v instanceof win.L.Map) : null;
}

function zoomTo(claim) {
  const map = mapOf($("map"));
  if (!map || !claim.from || !claim.to) return;
  let [a, b] = [claim.from.lon, claim.to.lon];
  if (Math.abs(a - b) > 180) b += a > b ? 360 : -360;  // the short way, as the map draws it
  map.fitBounds([[claim.from.lat, a], [claim.to.lat, b]], {padding: [40, 40], maxZoom: 9});
  $("map").scrollIntoView({block: "nearest"});
}

function change(apply) {
  apply(state.corrections);
  read();
}

function drawStops(stops) {
  $("stops-count").textContent = `(${stops.length})`;
  const keys = stops.map((s) => s.key);
  $("stops").replaceChildren(...stops.map((s, i) => {
    const status = el("select", {"aria-label": `status of ${s.name}`,
      onchange: (e) => change((c) => { c.statuses[s.key] = e.target.value; })},
      ...STATUSES.map((v) => el("option", {value: v, selected: v === s.status, text: v})));
    const move = (to) => change((c) => {
      const order = keys.slice();
      [order[i], order[to]] = [order[to], order[i]];
      c.order = order;
    });
    return el("li", {"data-stop": s.key},
      el("div", {class: "stop-row"}, el("span", {class: "name", text: s.name}), status,
        el("button", {type: "button", text: "↑", "aria-label": `move ${s.name} up`,
                      disabled: i === 0, onclick: () => move(i - 1)}),
        el("button", {type: "button", text: "↓", "aria-label": `move ${s.name} down`,
                      disabled: i === stops.length - 1, onclick: () => move(i + 1)}),
        el("button", {type: "button", text: "not a stop",
                      onclick: () => change((c) => { c.not_stops.push(s.key); })})),
      el("div", {class: "meta",
                 text: [s.role, s.date, s.mode && `by ${s.mode}`].filter(Boolean).join(" · ")}));
  }));
}

function placeText(p) {
  return p.name ? `${p.name} (${[p.kind, p.country].filter(Boolean).join(", ")})` : "not resolved";
}

function drawPlaces(places) {
  $("places-count").textContent = `(${places.length})`;
  const rows = places.map((p) => {
    const choose = el("select", {"aria-label": `another place for ${p.surface}`,
      onchange: (e) => {
        const picked = p.candidates[Number(e.target.value)];
        if (picked) choosePlace(p.start, picked);
      }},
      el("option", {value: "", text: "another reading…"}),
      ...p.candidates.map((c, i) => el("option", {value: i, text: c.label})));
    const find = el("input", {type: "search", list: "search-results", placeholder: "search…",
      "aria-label": `search the gazetteer for ${p.surface}`, autocomplete: "off"});
    find.addEventListener("input", () => suggest(find.value));
    find.addEventListener("change", () => {
      const picked = found.get(find.value);
      if (picked) choosePlace(p.start, picked);
    });
    const notPlace = el("input", {type: "checkbox", "aria-label": `${p.surface} is not a place`,
      onchange: () => change((c) => { c.not_places.push(p.start); })});
    return el("tr", {"data-start": p.start},
      el("td", {text: p.surface}), el("td", {text: placeText(p)}),
      el("td", {text: p.confidence === null ? "" : p.confidence.toFixed(2)}),
      el("td", {class: "correct"}, choose, find,
         el("label", {class: "check"}, notPlace, "not a place")));
  });
  $("places").tBodies[0].replaceChildren(...rows);
}

function choosePlace(start, place) {
  change((c) => {
    c.places[start] = {name: place.name, lat: place.lat, lon: place.lon, kind: place.kind,
                       country: place.country || "", source: place.source || ""};
  });
}

const found = new Map();
let searching = null;
function suggest(q) {
  clearTimeout(searching);
  if (q.trim().length < 2 || found.has(q)) return;
  searching = setTimeout(async () => {
    try {
      const places = await (await api(`/api/search?q=${encodeURIComponent(q)}&limit=10`)).json();
      const options = places.map((p) => { found.set(p.label, p); return el("option", {value: p.label}); });
      $("search-results").replaceChildren(...options);
    } catch (error) { say(error.message, true); }
  }, 150);
}

async function download(name) {
  try {
    const blob = await (await post(`/api/export/${name}`)).blob();
    save(blob, name);
  } catch (error) { say(error.message, true); }
}

function save(blob, name) {
  const link = el("a", {href: URL.createObjectURL(blob), download: name});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

async function openFile(input) {
  const file = input.files[0];
  input.value = "";
  if (!file) return;
  const form = new FormData();
  form.append("file", file);
  try {
    const read_ = await (await api("/api/upload", {method: "POST", body: form})).json();
    resetCorrections();
    if (read_.kind === "itinerary") {
      state.itinerary = {text: read_.text, format: read_.format};
      $("text").value = "";
    } else {
      state.itinerary = null;
      $("text").value = read_.text;
    }
    $("title").value = read_.title;
    read();
  } catch (error) { say(error.message, true); }
}

async function openSession(input) {
  const file = input.files[0];
  input.value = "";
  if (!file) return;
  try {
    const saved = JSON.parse(await file.text());
    if (typeof saved !== "object" || saved === null || typeof saved.text !== "string") {
      throw new Error(`${file.name} is not a mapper session (saved by "Session (JSON)")`);
    }
    state.itinerary = saved.itinerary || null;
    state.corrections = Object.assign(emptyCorrections(), saved.corrections || {});
    $("text").value = saved.text;
    $("title").value = saved.title || "";
    read();
  } catch (error) { say(error instanceof SyntaxError ? `${file.name} is not JSON` : error.message, true); }
}

function emptyCorrections() {
  return {places: {}, not_places: [], not_stops: [], statuses: {}, order: []};
}
function resetCorrections() { state.corrections = emptyCorrections(); }

document.addEventListener("DOMContentLoaded", () => {
  $("read").addEventListener("click", () => {
    if ($("text").value !== state.text) { resetCorrections(); state.itinerary = null; }
    read();
  });
  $("file").addEventListener("change", (e) => openFile(e.target));
  $("session-file").addEventListener("change", (e) => openSession(e.target));
  document.querySelectorAll("[data-export]").forEach((b) =>
    b.addEventListener("click", () => download(b.dataset.export)));
  $("save-session").addEventListener("click", () =>
    save(new Blob([JSON.stringify(session(), null, 1)], {type: "application/json"}),
         "mapper-session.json"));
});
