// Live figures on the tracking view and the embeddable counter. Without this script the page shows the
// same figures as of its loading; a reload brings new ones.
(function () {
  var box = document.getElementById("live-counts");
  if (!box) return;
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  var status = box.querySelector("[data-live-status]");
  var progress = box.querySelector("[data-live-progress]");
  var pollTimer = null;

  function show(counts) {
    box.querySelectorAll("[data-live]").forEach(function (el) {
      var value = counts[el.getAttribute("data-live")];
      if (typeof value === "number") el.textContent = format.format(value);
    });
    if (progress && typeof counts.total === "number") progress.value = Math.min(counts.total, progress.max);
    if (status) status.textContent = box.getAttribute("data-live-text") || "";
  }

  function poll() {
    if (pollTimer || !window.fetch) return;
    var refresh = function () {
      fetch(box.getAttribute("data-counts-url"), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) show(data); })
        .catch(function () {});
    };
    refresh();
    pollTimer = setInterval(refresh, 10000);
  }

  // Embedded counters poll the cached counts: thousands of them must not each hold a connection open.
  if (box.getAttribute("data-live-mode") === "poll" || !window.EventSource) { poll(); return; }
  var source = new EventSource(box.getAttribute("data-events-url"));
  source.addEventListener("counts", function (e) {
    try { show(JSON.parse(e.data)); } catch (err) { /* a malformed event is skipped */ }
  });
  source.onerror = function () {
    // The browser would retry on its own; polling is steadier when a proxy keeps cutting the stream.
    source.close();
    poll();
  };
})();
