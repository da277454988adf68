import "server-only";
import { DEFAULT_LOCALE, type Locale, localeDirection } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { NOTICE_LOGIC } from "./notice-logic";

// /embed.js: a status notice for other sites. Plain ES5 in one IIFE (no globals), every path inside try/catch and
// silent, rendered in a Shadow DOM so the host's CSS and the notice cannot affect each other.

const NOTICE_CSS = String.raw`
:host { all: initial; }
.box { box-sizing: border-box; display: flex; align-items: flex-start; gap: 10px; width: 340px; max-width: calc(100vw - 32px);
  padding: 12px 12px 12px 14px; border: 1px solid #e4e4e7; border-left: 4px solid #71717a; border-radius: 10px;
  background: #fff; color: #18181b; box-shadow: 0 8px 24px rgba(0,0,0,.15);
  font: 14px/1.4 ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.box[data-tone="minor"] { border-left-color: #f59e0b; }
.box[data-tone="major"] { border-left-color: #f97316; }
.box[data-tone="critical"] { border-left-color: #dc2626; }
.box[data-tone="maintenance"] { border-left-color: #0ea5e9; }
.text { flex: 1; min-width: 0; }
.title { display: block; color: inherit; font-weight: 600; text-decoration: none; overflow-wrap: anywhere; }
.title:hover, .title:focus-visible { text-decoration: underline; }
.status { margin: 2px 0 0; color: #52525b; font-size: 12px; }
.close { flex: none; width: 28px; height: 28px; margin: -4px -4px 0 0; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: inherit; font: 20px/1 sans-serif; cursor: pointer; }
.close:hover { background: rgba(127,127,127,.15); }
a:focus-visible, .close:focus-visible { outline: 2px solid #0284c7; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { background: #18181b; color: #f4f4f5; border-color: #3f3f46; }
  .status { color: #a1a1aa; }
}
@media (prefers-reduced-motion: no-preference) {
  .box { animation: beacon-in .2s ease-out; }
  @keyframes beacon-in { from { opacity: 0; transform: translateY(8px); } }
}
`;

const DOM_PART = String.raw`
  var script = document.currentScript;
  if (!script || !script.src || typeof fetch !== "function") return;
  var src = new URL(script.src, location.href);
  // The page's own address: the script's origin, with the page's /p/<slug> when it was loaded from under one.
  var origin = src.origin + src.pathname.replace(/\/embed\.js$/, "");
  if (!/^https?:/.test(origin)) return;
  var refreshMs = readRefreshSeconds(script.getAttribute("data-refresh-seconds")) * 1000;
  var STORAGE_KEY = "beacon-embed-dismissed";
  var summary = null;
  var host = null;
  var parts = null;

  function loadDismissed() {
    try { return readDismissed(window.localStorage.getItem(STORAGE_KEY)); } catch (e) { return []; }
  }

  function saveDismissed(list) {
    try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(list)); } catch (e) { /* storage blocked: dismiss for this view only */ }
  }

  function el(root, tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    root.appendChild(node);
    return node;
  }

  function mount() {
    if (host || !document.body) return;
    // A custom tag with inline !important styles, so host CSS cannot hide or move it.
    host = document.createElement("beacon-status-notice");
    host.style.cssText = "all:initial!important;position:fixed!important;right:16px!important;bottom:16px!important;z-index:2147483647!important;display:block!important;";
    if (!host.attachShadow) { host = null; return; }
    var root = host.attachShadow({ mode: "open" });
    el(root, "style").textContent = CSS;
    var box = el(root, "div", "box");
    box.setAttribute("dir", WORDS.dir);
    box.setAttribute("role", "status");
    var text = el(box, "div", "text");
    var title = el(text, "a", "title");
    title.target = "_blank";
    title.rel = "noopener";
    var status = el(text, "p", "status");
    var close = el(box, "button", "close");
    close.type = "button";
    close.setAttribute("aria-label", WORDS.dismiss);
    close.textContent = "\u00d7";
    parts = { box: box, title: title, status: status, close: close, notice: null };
    close.addEventListener("click", function () {
      try {
        if (parts.notice) saveDismissed(addDismissed(loadDismissed(), dismissalKey(parts.notice)));
        render();
      } catch (e) { unmount(); }
    });
    document.body.appendChild(host);
  }

  function unmount() {
    if (host && host.parentNode) host.parentNode.removeChild(host);
    host = null;
    parts = null;
  }

  function render() {
    try {
      var notice = summary ? pickNotice(summary, origin, loadDismissed()) : null;
      if (!notice) { unmount(); return; }
      mount();
      if (!parts) return;
      parts.notice = notice;
      parts.box.setAttribute("data-tone", notice.tone);
      parts.title.textContent = notice.title;
      parts.title.href = notice.url;
      parts.status.textContent = notice.status;
    } catch (e) { unmount(); }
  }

  function schedule() {
    setTimeout(poll, refreshMs);
  }

  function poll() {
    try {
      // A hidden tab skips the request; the next visible tick catches up.
      if (document.hidden) { schedule(); return; }
      fetch(origin + "/api/v2/summary.json", { cache: "no-cache", credentials: "omit" })
        .then(function (response) {
          if (!response.ok) throw new Error("status " + response.status);
          return response.json();
        })
        .then(function (data) { summary = data; render(); }, function () { /* keep what is shown; try again later */ })
        .then(schedule, schedule);
    } catch (e) { schedule(); }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  poll();
`;

/** The notice's own words in one language: the statuses it names and its close button. */
export interface EmbedWords {
  dir: "ltr" | "rtl";
  dismiss: string;
  statusLabel: Record<"investigating" | "identified" | "monitoring" | "in_progress" | "verifying", string>;
}

const ENGLISH_WORDS: EmbedWords = {
  dir: "ltr",
  dismiss: "Dismiss status notice",
  statusLabel: {
    investigating: "Investigating",
    identified: "Identified",
    monitoring: "Monitoring",
    in_progress: "Maintenance in progress",
    verifying: "Verifying maintenance",
  },
};

/** The whole script served at /embed.js, its words in one language. */
export function embedScript(words: EmbedWords): string {
  return `/*! Beacon status notice. Options: data-refresh-seconds (default 60, minimum 5). */
(function () {
  "use strict";
${NOTICE_LOGIC}
STATUS_LABEL = ${JSON.stringify(words.statusLabel)};
var WORDS = ${JSON.stringify({ dir: words.dir, dismiss: words.dismiss })};
var CSS = ${JSON.stringify(NOTICE_CSS.replace(/\n\s*/g, " ").trim())};

function start() {
${DOM_PART}
}

try { start(); } catch (e) { /* never break the host page */ }
})();
`;
}

/** The English script (also what a URL without `?lang=` gets). */
export const EMBED_SCRIPT = embedScript(ENGLISH_WORDS);

const scripts = new Map<Locale, Promise<string>>();

/** The script in `locale`, made once per language and process: `/embed.js?lang=de`. */
export function embedScriptIn(locale: Locale): Promise<string> {
  if (locale === DEFAULT_LOCALE) return Promise.resolve(EMBED_SCRIPT);
  let script = scripts.get(locale);
  if (!script) {
    script = translatorFor(locale).then((t) =>
      embedScript({
        dir: localeDirection(locale),
        dismiss: t("embed.dismissNotice"),
        statusLabel: {
          investigating: t("status.incident.investigating"),
          identified: t("status.incident.identified"),
          monitoring: t("status.incident.monitoring"),
          in_progress: t("embed.maintenanceInProgress"),
          verifying: t("embed.verifyingMaintenance"),
        },
      }),
    );
    scripts.set(locale, script);
  }
  return script;
}
