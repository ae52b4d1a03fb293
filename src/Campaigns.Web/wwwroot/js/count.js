// Keeps the signature count on a campaign page fresh. The page shows the count without this script.
(function () {
  var box = document.getElementById("progress");
  if (!box || !window.fetch) return;
  var number = box.querySelector("[data-count]");
  var bar = box.querySelector("[data-progress]");
  var format = new Intl.NumberFormat();
  function refresh() {
    fetch(box.dataset.countUrl, { headers: { Accept: "application/json" }, cache: "no-cache" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        number.textContent = format.format(data.confirmed);
        if (bar) bar.value = Math.min(data.confirmed, bar.max);
      })
      .catch(function () {});
  }
  setInterval(refresh, 5000);
})();
