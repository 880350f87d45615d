// A stand-in for a firm's self-hosted copy of Office.js (tests only; never loaded from the internet).
window.Office = window.Office || {};
