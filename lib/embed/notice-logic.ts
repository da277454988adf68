import "server-only";
// The decisions of /embed.js as plain browser JavaScript (ES5, no DOM), kept apart so unit tests can evaluate them alone.
// It is a string, not TypeScript, because it is served to other sites' pages exactly as written here.

export const NOTICE_LOGIC = String.raw`
var UNRESOLVED = ["investigating", "identified", "monitoring"];
var MAINTENANCE_ACTIVE = ["in_progress", "verifying"];
var STATUS_LABEL = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  in_progress: "Maintenance in progress",
  verifying: "Verifying maintenance"
};
var DISMISSED_LIMIT = 20;

function latestUpdate(item) {
  var updates = (item && item.incident_updates) || [];
  var latest = null;
  for (var i = 0; i < updates.length; i++) {
    if (!latest || Date.parse(updates[i].display_at) > Date.parse(latest.display_at)) latest = updates[i];
  }
  return latest;
}

function toNotice(item, kind, url) {
  var update = latestUpdate(item);
  var status = update ? update.status : item.status;
  return {
    kind: kind,
    id: String(item.id),
    updateId: update ? String(update.id) : String(item.updated_at),
    title: String(item.name),
    status: STATUS_LABEL[status] || String(status),
    tone: kind === "maintenance" ? "maintenance" : String(item.impact),
    url: url
  };
}

/** Every notice the summary calls for: unresolved incidents first, then maintenance in progress. */
function noticesFor(summary, origin) {
  var notices = [];
  var incidents = (summary && summary.incidents) || [];
  var maintenances = (summary && summary.scheduled_maintenances) || [];
  for (var i = 0; i < incidents.length; i++) {
    if (UNRESOLVED.indexOf(incidents[i].status) === -1) continue;
    notices.push(toNotice(incidents[i], "incident", origin + "/incidents/" + encodeURIComponent(incidents[i].id)));
  }
  for (var m = 0; m < maintenances.length; m++) {
    if (MAINTENANCE_ACTIVE.indexOf(maintenances[m].status) === -1) continue;
    notices.push(toNotice(maintenances[m], "maintenance", origin + "/maintenance/" + encodeURIComponent(maintenances[m].id)));
  }
  return notices;
}

/** A dismissal covers one update of one incident: a newer update brings the notice back. */
function dismissalKey(notice) {
  return notice.id + ":" + notice.updateId;
}

/** The notice to show, or null: the first one the visitor has not dismissed. */
function pickNotice(summary, origin, dismissed) {
  var notices = noticesFor(summary, origin);
  for (var i = 0; i < notices.length; i++) {
    if (dismissed.indexOf(dismissalKey(notices[i])) === -1) return notices[i];
  }
  return null;
}

function readDismissed(raw) {
  try {
    var list = JSON.parse(raw || "[]");
    return Object.prototype.toString.call(list) === "[object Array]" ? list.filter(function (k) { return typeof k === "string"; }) : [];
  } catch (e) {
    return [];
  }
}

/** Adds a dismissal, keeping only the most recent ones so storage never grows. */
function addDismissed(list, key) {
  var next = list.filter(function (k) { return k !== key; });
  next.push(key);
  return next.slice(-DISMISSED_LIMIT);
}

/** data-refresh-seconds: 60 by default, never below 5 so a typo cannot hammer the page. */
function readRefreshSeconds(value) {
  var seconds = Number(value);
  if (value === null || value === undefined || value === "" || !isFinite(seconds) || seconds <= 0) return 60;
  return Math.max(5, seconds);
}
`;
