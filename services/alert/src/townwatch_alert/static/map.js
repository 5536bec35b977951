// The newsroom map: an offline Natural Earth basemap (borders, coastlines, populated places) and the desk's
// towns coloured by holder, clustered when zoomed out, contested towns dashed, recent changes ringed (the ring
// fades over 24 h). Leaflet, supercluster and topojson-client come from the same-origin bundle vendor/lib.js.
// Untrusted text (town and actor names) only reaches the DOM through textContent: tooltips and cluster icons
// are DOM nodes built here, never HTML strings.
"use strict";

(() => {
  const { L, Supercluster, topojson } = window.TownwatchLib;
  const DAY_MS = 24 * 3600 * 1000;
  // 16 colours that stay apart on a pale basemap; an actor's colour is its id's hash into this list.
  const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"];
  const UNKNOWN = "#9e9e9e";

  function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }

  function colourOf(actorId) { return actorId ? PALETTE[fnv1a(actorId) % PALETTE.length] : UNKNOWN; }

  function node(tag, text, className) {
    const n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    if (className) n.className = className;
    return n;
  }


  // Web Mercator at zoom 0, normalised to [0, 1] (Leaflet's EPSG:3857 pixel = this * 256 * 2^zoom).
  const MAX_LAT = 85.0511287798;
  function mercator(lon, lat) {
    const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180;
    return [0.5 + lon / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
  }

  // Lines (rings or border arcs) as flat typed arrays of normalised Mercator coordinates, each with its bounding box.
  function projectLines(lines) {
    const out = [];
    for (const line of lines) {
      const xy = new Float64Array(line.length * 2);
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (let i = 0; i < line.length; i++) {
        const [x, y] = mercator(line[i][0], line[i][1]);
        xy[2 * i] = x; xy[2 * i + 1] = y;
        if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      }
      out.push({ xy, box: [x0, y0, x1, y1] });
    }
    return out;
  }

  // The Natural Earth basemap (land filled and outlined by its coastline, dashed borders between countries) drawn by
  // hand on a Leaflet canvas renderer, which keeps the canvas placed, sized and animated with the map. Written here
  // rather than with L.geoJSON because of speed: Leaflet re-projects every vertex (~100,000 at 1:50m) into LatLng and
  // Point objects on each zoom, 0.2-0.4 s at load on this 2-core machine; here the vertices are projected once into
  // typed arrays, and a redraw only scales them, skips rings off screen and drops sub-pixel steps.
  const Basemap = L.Canvas.extend({
    initialize(lines, options) {
      L.Canvas.prototype.initialize.call(this, options);
      this.setLines(lines);
    },
    // Other lines (the 1:50m after the 1:110m), drawn at once when the layer is on a map.
    setLines({ land, borders }) {
      this.land = land;
      this.borders = borders;
      if (this._map) this._redraw();
    },
    _updatePaths() { if (!this._postponeUpdatePaths) this._redraw(); },
    _draw() {
      const map = this._map, ctx = this._ctx, b = this._bounds;
      if (!map || !b) return;
      const scale = map.options.crs.scale(map.getZoom()), origin = map.getPixelOrigin();
      const view = [(b.min.x + origin.x) / scale, (b.min.y + origin.y) / scale, (b.max.x + origin.x) / scale, (b.max.y + origin.y) / scale];
      const trace = (lines, closed) => {
        for (const { xy, box } of lines) {
          if (box[2] < view[0] || box[0] > view[2] || box[3] < view[1] || box[1] > view[3]) continue;
          let px = xy[0] * scale - origin.x, py = xy[1] * scale - origin.y;
          ctx.moveTo(px, py);
          for (let i = 2; i < xy.length; i += 2) {
            const x = xy[i] * scale - origin.x, y = xy[i + 1] * scale - origin.y;
            if (Math.abs(x - px) + Math.abs(y - py) < 0.7 && i < xy.length - 2) continue;
            ctx.lineTo(x, y); px = x; py = y;
          }
          if (closed) ctx.closePath();
        }
      };
      ctx.save();
      ctx.beginPath();
      trace(this.land, true);
      ctx.fillStyle = "#f3f1ea";
      ctx.fill("evenodd");
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#6d8fa8";
      ctx.stroke();
      ctx.beginPath();
      trace(this.borders, false);
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = "#9a9a9a";
      ctx.stroke();
      ctx.restore();
    },
  });

  // Natural Earth's land rings and the borders between countries, projected.
  function basemapLines(world) {
    const land = topojson.feature(world, world.objects.land);
    const polygons = land.type === "MultiPolygon" ? land.coordinates
      : land.type === "Polygon" ? [land.coordinates] : land.features.flatMap((f) => f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);
    return { land: projectLines(polygons.flat()), borders: projectLines(topojson.mesh(world, world.objects.countries, (a, b) => a !== b).coordinates) };
  }

  // The basemap in two steps: basemap.json (Natural Earth 1:110m and the places of 100,000 or more, ~0.15 MB; index.html
  // preloads it under its hashed name) for the first paint, then basemap-detail.json (1:50m, every place of 50,000 or
  // more, ~1.2 MB) once the map is on screen. Each is fetched once and projected as soon as it arrives; the first
  // starts when this script runs if a desk token is held (boot.js), else when the desk opens.
  function basemapFile(url, resolution) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    }).then(({ world, places }) => ({ world, places, lines: basemapLines(world), resolution }));
  }
  let basemapFiles = null, detailFiles = null;
  function fetchBasemap() {
    const link = document.getElementById("basemap-first");
    basemapFiles = basemapFiles || basemapFile(link ? link.href : "/assets/basemap.json", "110m")
      .then((files) => { performance.mark("basemap-projected"); return files; });
    return basemapFiles;
  }
  function fetchDetail() {
    detailFiles = detailFiles || basemapFile(document.getElementById("map").dataset.basemapDetail || "/assets/basemap-detail.json", "50m");
    return detailFiles;
  }
  if (window.townwatchBoot) fetchBasemap().catch(() => {});

  class TownMap {
    constructor(container, { onSelect }) {
      this.onSelect = onSelect;
      this.features = new Map(); // place key -> GeoJSON feature (all the desk's towns)
      this.visible = [];
      this.filter = () => true;
      this.now = () => Date.now();
      this.drawn = new Map(); // place key -> circle marker on screen
      this.clusters = []; // cluster badges on screen: {keys, holders, recent, badge, latlng, ring}
      this.map = L.map(container, { preferCanvas: false, worldCopyJump: true, minZoom: 2, maxZoom: 12,
        zoomSnap: 0.5, attributionControl: true }).setView([33, 40], 4);
      this.map.attributionControl.setPrefix(false);
      this.map.attributionControl.addAttribution("Natural Earth; GeoNames (CC BY 4.0); Leaflet");
      this.map.createPane("basemap").style.zIndex = 200;
      this.map.createPane("places").style.zIndex = 350;
      this.map.createPane("rings").style.zIndex = 390;
      this.map.createPane("labels").style.zIndex = 450;
      this.svg = L.svg({ pane: "overlayPane", padding: 0.2 });
      this.placeLayer = L.layerGroup().addTo(this.map);
      this.ringLayer = L.layerGroup().addTo(this.map);
      this.townLayer = L.layerGroup().addTo(this.map);
      this.places = [];
      this.index = null;
      this.map.on("moveend", () => { this.drawPlaces(); this.drawTowns(); });
      this.ringTimer = setInterval(() => this.drawTowns(), 60 * 1000);
    }

    // The basemap (fetched and projected early: see ``fetchBasemap``) is drawn once ``viewSet`` settles (the view
    // fitted to the towns), so it is painted once, at the view the desk will see.
    async loadBasemap(files, viewSet = Promise.resolve()) {
      const { world, places, lines, resolution } = await files;
      const fresh = !this.basemap; // a desk logging in again keeps the map and its basemap (maybe the detailed one)
      if (fresh) {
        this.world = world;
        this.places = places; // [name, lat, lon, population, country], most populous first
        this.basemap = new Basemap(lines, { pane: "basemap", padding: 0.5 });
      }
      await viewSet.catch(() => {});
      if (fresh) {
        this.map.addLayer(this.basemap);
        this.map.getContainer().dataset.basemap = resolution;
      }
      performance.mark("basemap-drawn");
      this.drawPlaces();
    }

    // The detailed basemap (1:50m, every place label) in place of the first one, once the map is on screen.
    async loadDetail() {
      const { world, places, lines, resolution } = await fetchDetail();
      this.world = world;
      this.places = places;
      this.basemap.setLines(lines);
      this.drawPlaces();
      this.map.getContainer().dataset.basemap = resolution;
      performance.mark("basemap-detail-drawn");
    }

    countryBounds(name) {
      const geometry = this.world.objects.countries.geometries.find((g) => g.properties.name === name);
      return geometry ? L.geoJSON(topojson.feature(this.world, geometry)).getBounds() : null;
    }

    drawPlaces() {
      this.placeLayer.clearLayers();
      const bounds = this.map.getBounds().pad(0.05);
      const zoom = this.map.getZoom();
      const minPop = zoom >= 8 ? 0 : zoom >= 6 ? 100000 : zoom >= 4 ? 1000000 : 5000000;
      let shown = 0;
      for (const [name, lat, lon, pop] of this.places) {
        if (pop < minPop) break;
        if (!bounds.contains([lat, lon])) continue;
        const label = node("span", name, "place-label");
        L.marker([lat, lon], { pane: "places", interactive: false, keyboard: false,
          icon: L.divIcon({ html: label, className: "place", iconSize: null }) }).addTo(this.placeLayer);
        if (++shown >= 60) break;
      }
    }

    // The desk's towns and the filter, at once: the view is fitted (when asked) before anything is drawn, so the
    // index is built once and the towns drawn once, at the view the desk will see.
    setTowns(features, { filter, fit = false } = {}) {
      this.features = new Map(features.map((f) => [f.properties.place_key, f]));
      if (filter) this.filter = filter;
      this.holdDraw = true;
      try {
        this.reindex(false);
        performance.mark("towns-indexed");
        if (fit) this.fit();
      } finally { this.holdDraw = false; }
      this.drawTowns();
      this.drawLegend();
    }

    // A live change: recolour the town at once, on its own mark or on the cluster badge it is counted in; the
    // index and legend follow shortly.
    upsert(feature) {
      const key = feature.properties.place_key;
      const old = this.features.get(key);
      this.features.set(key, feature);
      const moved = !old || String(old.geometry.coordinates) !== String(feature.geometry.coordinates);
      if (moved || !this.index) { this.reindex(); return; }
      const p = feature.properties, now = this.now();
      const marker = this.drawn.get(key);
      if (marker && this.filter(p)) {
        marker.setStyle(this.townStyle(p));
        const el = marker.getElement();
        if (el) { el.dataset.holder = p.holder_id || ""; el.classList.toggle("contested", !!p.contested); }
        this.ringFor(p, marker.getLatLng(), now);
      } else if (this.filter(p) && this.filter(old.properties)) {
        const cluster = this.clusterHolding(key);
        if (cluster) {
          const holders = cluster.holders;
          const was = old.properties.holder_id || "";
          if (holders[was]) holders[was]--;
          holders[p.holder_id || ""] = (holders[p.holder_id || ""] || 0) + 1;
          if (p.contested) cluster.contested.add(key); else cluster.contested.delete(key);
          this.styleCluster(cluster, Math.max(cluster.recent, p.changed_at ? Date.parse(p.changed_at) : 0), now);
        }
      }
      clearTimeout(this.reindexTimer);
      this.reindexTimer = setTimeout(() => this.reindex(), 250);
    }

    // The cluster badge on screen that counts the town ``key`` (null when it is drawn on its own or off screen).
    clusterHolding(key) { return this.clusters.find((cluster) => cluster.keys.has(key)) || null; }

    townStyle(p) {
      return {
        fillColor: p.status === "no report" ? "#ffffff" : colourOf(p.holder_id), fillOpacity: 0.95,
        weight: p.contested ? 3 : 1.5, color: p.contested ? "#111" : (p.status === "no report" ? "#555" : "#fff"),
        dashArray: p.contested ? "3 3" : null,
      };
    }

    ringFor(p, latlng, now) {
      const age = now - (p.changed_at ? Date.parse(p.changed_at) : NaN);
      if (p.status === "no report" || !(age >= 0 && age < DAY_MS)) return;
      this.ring(latlng, colourOf(p.holder_id), age, 16);
    }

    ring(latlng, colour, age, radius) {
      const fade = 1 - age / DAY_MS;
      return L.circleMarker(latlng, { renderer: this.svg, radius, fill: false, color: colour,
        weight: 3, opacity: 0.15 + 0.85 * fade, interactive: false, className: "recent-ring" }).addTo(this.ringLayer);
    }

    setFilter(predicate) { this.filter = predicate; this.reindex(); }

    reindex(draw = true) {
      clearTimeout(this.reindexTimer);
      this.visible = [...this.features.values()].filter((f) => this.filter(f.properties));
      this.index = new Supercluster({ radius: 60, maxZoom: 9, minPoints: 3 });
      this.index.load(this.visible);
      if (draw) { this.drawTowns(); this.drawLegend(); }
    }

    fit() {
      if (!this.visible.length) return;
      const bounds = L.latLngBounds(this.visible.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });
    }

    drawTowns() {
      if (!this.index || this.holdDraw) return;
      this.townLayer.clearLayers();
      this.ringLayer.clearLayers();
      this.drawn.clear();
      this.clusters = [];
      const b = this.map.getBounds().pad(0.2);
      const bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
      const zoom = Math.round(this.map.getZoom());
      const now = this.now();
      const items = this.index.getClusters(bbox, zoom);
      // Names stay on screen while few towns are drawn; with many, a town's name shows on hover.
      const labels = items.filter((i) => !i.properties.cluster).length <= 80;
      for (const item of items) {
        const [lon, lat] = item.geometry.coordinates;
        if (item.properties.cluster) { this.drawCluster(item, lat, lon, now); continue; }
        this.drawTown(item, lat, lon, now, labels);
      }
    }

    drawCluster(item, lat, lon, now) {
      const p = item.properties;
      // Its towns' holders and latest change, from its leaves (all clusters on screen hold at most every town once).
      const keys = new Set(), holders = {}, contested = new Set();
      let recent = 0;
      for (const { properties: t } of this.index.getLeaves(p.cluster_id, Infinity)) {
        keys.add(t.place_key);
        if (t.contested) contested.add(t.place_key);
        holders[t.holder_id || ""] = (holders[t.holder_id || ""] || 0) + 1;
        recent = Math.max(recent, t.changed_at ? Date.parse(t.changed_at) || 0 : 0);
      }
      const badge = node("span", p.point_count, "cluster-count");
      const marker = L.marker([lat, lon], { icon: L.divIcon({ html: badge, className: "cluster", iconSize: [34, 34] }),
        title: p.point_count + " towns", keyboard: true });
      marker.on("click", () => {
        const zoom = Math.min(this.index.getClusterExpansionZoom(p.cluster_id), 12);
        this.map.setView([lat, lon], zoom);
      });
      marker.addTo(this.townLayer);
      const cluster = { keys, holders, contested, recent, badge, marker, latlng: [lat, lon], ring: null };
      this.clusters.push(cluster);
      this.styleCluster(cluster, recent, now);
    }

    // A cluster badge takes its majority holder's colour, is outlined dashed (as a contested town is) while any of its
    // towns is contested, and has a ring while any of them changed in 24 h.
    styleCluster(cluster, recent, now) {
      let top = null, most = -1;
      for (const [holder, n] of Object.entries(cluster.holders)) if (n > most) { top = holder; most = n; }
      cluster.badge.style.borderColor = colourOf(top || null);
      cluster.badge.dataset.holder = top || "";
      const contested = cluster.contested.size;
      cluster.badge.classList.toggle("contested", contested > 0);
      const el = cluster.marker.getElement();
      if (el) el.title = cluster.keys.size + " towns" + (contested ? ", " + contested + " contested" : "");
      cluster.recent = recent;
      if (cluster.ring) this.ringLayer.removeLayer(cluster.ring);
      const age = now - recent;
      cluster.ring = null;
      if (recent && age >= 0 && age < DAY_MS) cluster.ring = this.ring(cluster.latlng, colourOf(top || null), age, 22);
    }

    drawTown(feature, lat, lon, now, labels) {
      const p = feature.properties;
      this.ringFor(p, [lat, lon], now);
      const marker = L.circleMarker([lat, lon], { renderer: this.svg, radius: 8, className: "town", ...this.townStyle(p) });
      marker.on("click", () => this.onSelect(p.place_key));
      marker.addTo(this.townLayer);
      if (labels) {
        // A label is a marker of its own (Leaflet's permanent tooltips measure the page once each: slow by the hundred).
        const label = node("span", null, "town-tip");
        label.append(node("strong", p.name));
        if (p.contested) label.append(node("span", " contested", "badge"));
        L.marker([lat, lon], { pane: "labels", interactive: false, keyboard: false,
          icon: L.divIcon({ html: label, className: "town-label", iconSize: null }) }).addTo(this.townLayer);
      }
      const el = marker.getElement();
      if (el) {
        const title = L.SVG.create("title");
        title.textContent = p.name + (p.holder ? ": " + p.holder : "");
        el.append(title);
        el.dataset.placeKey = p.place_key;
        el.dataset.holder = p.holder_id || "";
        // A town is a button for the keyboard too: Tab reaches it, Enter or Space opens its story.
        el.setAttribute("role", "button");
        el.setAttribute("tabindex", "0");
        el.setAttribute("aria-label", p.name + ": " + (p.holder || p.status));
        el.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); this.onSelect(p.place_key); }
        });
        if (p.contested) el.classList.add("contested");
      }
      this.drawn.set(p.place_key, marker);
    }

    drawLegend() {
      const legend = document.getElementById("legend");
      const seen = new Map();
      let contested = 0, recent = 0, watched = 0;
      const now = this.now();
      for (const f of this.visible) {
        const p = f.properties;
        if (p.status === "no report") { watched++; continue; }
        const key = p.holder_id || "";
        if (!seen.has(key)) seen.set(key, { name: p.holder || "holder not known", n: 0 });
        seen.get(key).n++;
        if (p.contested) contested++;
        if (p.changed_at && now - Date.parse(p.changed_at) < DAY_MS) recent++;
      }
      const items = [];
      for (const [id, { name, n }] of [...seen.entries()].sort((a, b) => b[1].n - a[1].n)) {
        const row = node("li");
        row.dataset.actorId = id;
        const swatch = node("span", null, "swatch");
        swatch.style.backgroundColor = colourOf(id || null);
        row.append(swatch, node("span", name + " (" + n + ")"));
        items.push(row);
      }
      const extra = [["swatch contested", "contested (" + contested + ")"], ["swatch ring", "changed in the last 24 h (" + recent + ")"]];
      if (watched) extra.push(["swatch watched", "watched, no report yet (" + watched + ")"]);
      for (const [cls, text] of extra) {
        const row = node("li");
        row.append(node("span", null, cls), node("span", text));
        items.push(row);
      }
      legend.replaceChildren(...items);
    }

    // For tests and the benchmark: where a town is drawn, in map-container pixels.
    positionOf(key) {
      const marker = this.drawn.get(key);
      if (!marker) return null;
      const pt = this.map.latLngToContainerPoint(marker.getLatLng());
      return { x: pt.x, y: pt.y, fill: marker.options.fillColor };
    }

    project(lat, lon) { const pt = this.map.latLngToContainerPoint([lat, lon]); return { x: pt.x, y: pt.y }; }
  }

  window.TownwatchMap = { TownMap, colourOf, fetchBasemap };
})();
