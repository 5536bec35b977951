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

  class TownMap {
    constructor(container, { onSelect }) {
      this.onSelect = onSelect;
      this.features = new Map(); // place key -> GeoJSON feature (all the desk's towns)
      this.visible = [];
      this.filter = () => true;
      this.now = () => Date.now();
      this.drawn = new Map(); // place key -> circle marker on screen
      this.map = L.map(container, { preferCanvas: false, worldCopyJump: true, minZoom: 2, maxZoom: 12,
        zoomSnap: 0.5, attributionControl: true }).setView([33, 40], 4);
      this.map.attributionControl.setPrefix(false);
      this.map.attributionControl.addAttribution("Natural Earth; GeoNames (CC BY 4.0); Leaflet");
      this.map.createPane("basemap").style.zIndex = 200;
      this.map.createPane("places").style.zIndex = 350;
      this.map.createPane("rings").style.zIndex = 390;
      this.map.createPane("labels").style.zIndex = 450;
      this.canvas = L.canvas({ pane: "basemap" });
      this.svg = L.svg({ pane: "overlayPane", padding: 0.2 });
      this.baseLayer = L.layerGroup().addTo(this.map);
      this.placeLayer = L.layerGroup().addTo(this.map);
      this.ringLayer = L.layerGroup().addTo(this.map);
      this.townLayer = L.layerGroup().addTo(this.map);
      this.places = [];
      this.index = null;
      this.map.on("moveend", () => { this.drawPlaces(); this.drawTowns(); });
      this.ringTimer = setInterval(() => this.drawTowns(), 60 * 1000);
    }

    // Fetches the basemap at once but draws it only when ``viewSet`` settles (the view fitted to the towns),
    // so it is projected and painted once, at the view the desk will see.
    async loadBasemap(viewSet = Promise.resolve()) {
      const [world, places] = await Promise.all([
        fetch("/static/vendor/countries-50m.json").then((r) => r.json()),
        fetch("/static/vendor/places.json").then((r) => r.json()),
      ]);
      await viewSet.catch(() => {});
      performance.mark("basemap-fetched");
      // Land filled and outlined (the coastline) in one layer, then the borders between countries: each arc is
      // drawn once (filling every country would project every border twice).
      this.world = world;
      L.geoJSON(topojson.feature(world, world.objects.land), { renderer: this.canvas, interactive: false,
        style: { fillColor: "#f3f1ea", fillOpacity: 1, color: "#6d8fa8", weight: 1 } }).addTo(this.baseLayer);
      const borders = topojson.mesh(world, world.objects.countries, (a, b) => a !== b);
      L.geoJSON(borders, { renderer: this.canvas, interactive: false,
        style: { color: "#9a9a9a", weight: 1, dashArray: "4 3" } }).addTo(this.baseLayer);
      performance.mark("basemap-drawn");
      this.places = places; // [name, lat, lon, population, country], most populous first
      this.drawPlaces();
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

    setTowns(features) {
      this.features = new Map(features.map((f) => [f.properties.place_key, f]));
      this.reindex();
    }

    // A live change: recolour the town at once if it is on screen; clusters, legend and index follow shortly.
    upsert(feature) {
      const key = feature.properties.place_key;
      const old = this.features.get(key);
      this.features.set(key, feature);
      const marker = this.drawn.get(key);
      const moved = !old || String(old.geometry.coordinates) !== String(feature.geometry.coordinates);
      if (!moved) {
        if (marker && this.filter(feature.properties)) {
          marker.setStyle(this.townStyle(feature.properties));
          const el = marker.getElement();
          if (el) { el.dataset.holder = feature.properties.holder_id || ""; el.classList.toggle("contested", !!feature.properties.contested); }
          this.ringFor(feature.properties, marker.getLatLng(), this.now());
        }
        // Inside a cluster (or filtered out) there is no mark of its own to recolour: the redraw follows.
        clearTimeout(this.reindexTimer);
        this.reindexTimer = setTimeout(() => this.reindex(), 250);
      } else {
        this.reindex();
      }
    }

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
      const fade = 1 - age / DAY_MS;
      L.circleMarker(latlng, { renderer: this.svg, radius: 16, fill: false, color: colourOf(p.holder_id),
        weight: 3, opacity: 0.15 + 0.85 * fade, interactive: false, className: "recent-ring" }).addTo(this.ringLayer);
    }

    setFilter(predicate) { this.filter = predicate; this.reindex(); }

    reindex() {
      clearTimeout(this.reindexTimer);
      this.visible = [...this.features.values()].filter((f) => this.filter(f.properties));
      this.index = new Supercluster({ radius: 40, maxZoom: 9, minPoints: 3 });
      this.index.load(this.visible);
      this.drawTowns();
      this.drawLegend();
    }

    fit() {
      if (!this.visible.length) return;
      const bounds = L.latLngBounds(this.visible.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });
    }

    drawTowns() {
      if (!this.index) return;
      this.townLayer.clearLayers();
      this.ringLayer.clearLayers();
      this.drawn.clear();
      const b = this.map.getBounds().pad(0.2);
      const bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
      const zoom = Math.round(this.map.getZoom());
      const now = this.now();
      const items = this.index.getClusters(bbox, zoom);
      // Names stay on screen while few towns are drawn; with many, a town's name shows on hover.
      const labels = items.filter((i) => !i.properties.cluster).length <= 80;
      for (const item of items) {
        const [lon, lat] = item.geometry.coordinates;
        if (item.properties.cluster) { this.drawCluster(item, lat, lon); continue; }
        this.drawTown(item, lat, lon, now, labels);
      }
    }

    drawCluster(item, lat, lon) {
      const leaves = this.index.getLeaves(item.properties.cluster_id, Infinity);
      const counts = new Map();
      for (const leaf of leaves) counts.set(leaf.properties.holder_id, (counts.get(leaf.properties.holder_id) || 0) + 1);
      const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const badge = node("span", item.properties.point_count, "cluster-count");
      badge.style.borderColor = colourOf(top[0]);
      const marker = L.marker([lat, lon], { icon: L.divIcon({ html: badge, className: "cluster", iconSize: [34, 34] }),
        title: item.properties.point_count + " towns", keyboard: true });
      marker.on("click", () => {
        const zoom = Math.min(this.index.getClusterExpansionZoom(item.properties.cluster_id), 12);
        this.map.setView([lat, lon], zoom);
      });
      marker.addTo(this.townLayer);
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
        el.setAttribute("role", "button");
        el.setAttribute("aria-label", p.name + ": " + (p.holder || p.status));
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

  window.TownwatchMap = { TownMap, colourOf };
})();
