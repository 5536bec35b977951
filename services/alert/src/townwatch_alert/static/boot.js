// The desk's first requests, sent while the page's other scripts still load: the desk check (GET /desk) and the towns for the map (GET /map/towns),
// when a token is already held (in sessionStorage, or arriving once in a #token= fragment, which is removed at
// once). app.js takes the responses when it starts with the same token; map.js starts the
// basemap (see fetchBasemap). Nothing else happens here.
"use strict";

(() => {
  const TOKEN_KEY = "townwatch.token";
  const match = /^#token=(.+)$/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return;
  const get = (path) => {
    const sent = fetch(path, { credentials: "same-origin", headers: { Authorization: "Bearer " + token } });
    sent.catch(() => {}); // app.js reports a failure when it takes the response
    return sent;
  };
  window.townwatchBoot = { token, desk: get("/desk"), towns: get("/map/towns") };
})();
