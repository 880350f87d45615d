// Entry module of the task pane (taskpane.html loads Office.js first, then this).
import { startPane } from './pane.js';

startPane({ document }).catch(() => {
  const alert = document.getElementById('alert');
  document.getElementById('alert-title').textContent = 'The pane could not start';
  document.getElementById('alert-detail').textContent = 'Close the pane and open it again. If this persists, ask your administrator.';
  alert.hidden = false;
});
