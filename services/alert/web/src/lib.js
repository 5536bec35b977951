// The map libraries the newsroom page uses, bundled into one same-origin script (no CDN at run time).
import * as L from "leaflet";
import Supercluster from "supercluster";
import { feature, mesh } from "topojson-client";

window.TownwatchLib = { L, Supercluster, topojson: { feature, mesh } };
