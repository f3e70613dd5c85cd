// A refused form's summary of problems takes the focus, so that keyboard and screen-reader users hear it first;
// each entry links to its field.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[role="alert"][tabindex="-1"]');
  if (summary) {
    summary.focus();
  }
});
