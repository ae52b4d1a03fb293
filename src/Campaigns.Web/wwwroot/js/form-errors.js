// Moves the focus to a form's error summary when a refused submit shows it, so screen readers read it first.
(function () {
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) summary.focus();
})();
