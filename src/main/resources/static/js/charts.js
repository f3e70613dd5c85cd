// Draws each <canvas class="chart" data-chart="{labels, series}"> with Chart.js; the tables beside
// the charts carry the same figures for screen readers and keyboard users.
document.querySelectorAll('canvas.chart').forEach(function (canvas) {
  var chart = JSON.parse(canvas.dataset.chart);
  var colours = ['#0b5ed7', '#198754', '#6f42c1', '#d63384'];
  new Chart(canvas, {
    type: canvas.dataset.kind || 'bar',
    data: {
      labels: chart.labels,
      datasets: chart.series.map(function (series, i) {
        return { label: series.label, data: series.data, backgroundColor: colours[i % colours.length] };
      })
    },
    options: { responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
});
