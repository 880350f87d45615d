// Runs only where the browser cannot load ES modules (Word builds whose add-ins run in Internet Explorer 11):
// the pane cannot work there, so it says so. Plain ES5 on purpose.
(function () {
  function show() {
    var starting = document.getElementById('starting');
    var alert = document.getElementById('alert');
    if (starting) starting.setAttribute('hidden', '');
    if (!alert) return;
    document.getElementById('alert-title').appendChild(document.createTextNode('This version of Word is too old for Clausewarden'));
    document.getElementById('alert-detail').appendChild(document.createTextNode(
      'Its add-in browser (Internet Explorer 11) cannot run the pane. Update Office and Windows so that add-ins run in Microsoft Edge, or use Word on the web.'));
    alert.removeAttribute('hidden');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
