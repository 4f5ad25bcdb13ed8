#!/usr/bin/env bash
# Regenerates src/fogwatch/api/static/vendor/ from pinned npm packages.
# The dashboard serves these files itself: nothing is fetched from a CDN at run time.
set -euo pipefail
dest="$(cd "$(dirname "$0")/.." && pwd)/src/fogwatch/api/static/vendor"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
for pkg in leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0; do
  npm pack "$pkg" --silent >/dev/null
done
for t in *.tgz; do mkdir -p "${t%.tgz}" && tar -xzf "$t" -C "${t%.tgz}"; done
mkdir -p "$dest/images"
cp leaflet-1.9.4/package/dist/leaflet.js leaflet-1.9.4/package/dist/leaflet.css "$dest/"
cp leaflet-1.9.4/package/dist/images/*.png "$dest/images/"
cp leaflet.markercluster-1.5.3/package/dist/leaflet.markercluster.js "$dest/"
cp leaflet.markercluster-1.5.3/package/dist/MarkerCluster.css leaflet.markercluster-1.5.3/package/dist/MarkerCluster.Default.css "$dest/"
cp world-atlas-2.0.2/package/countries-50m.json "$dest/"
cp topojson-client-3.1.0/package/dist/topojson-client.min.js "$dest/"
for l in leaflet-1.9.4 leaflet.markercluster-1.5.3 world-atlas-2.0.2 topojson-client-3.1.0; do
  cp "$l/package/LICENSE"* "$dest/LICENSE.${l}" 2>/dev/null || true
done
echo "vendored into $dest"
