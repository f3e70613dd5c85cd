// Each cell of a table that stacks on narrow screens carries its column's name, shown before it as a label.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.stack-narrow').forEach(function (table) {
    var names = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (!cell.hasAttribute('data-label') && names[i] !== undefined) {
          cell.setAttribute('data-label', names[i]);
        }
      });
    });
  });
});
