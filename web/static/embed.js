/* Embed page: "Kopiér koden" button (the page works without it). */
(function () {
  'use strict';
  var button = document.getElementById('kopier');
  var code = document.getElementById('kode');
  var status = document.getElementById('kopieret');
  if (!button || !code || !navigator.clipboard) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(code.textContent).then(function () {
      status.textContent = 'Koden er kopieret.';
    }, function () {
      status.textContent = 'Kunne ikke kopiere. Markér koden og kopiér den selv.';
    });
  });
}());
