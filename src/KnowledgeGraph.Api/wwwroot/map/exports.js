// Exports of the map on screen. Everything is built in the browser from the GraphQL result already loaded.
import { constant, kindLabel, stageLabel } from './labels.js';

export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function svgText(svg) {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

export const svgBlob = svg => new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' });

/** PNG at twice the SVG size, drawn through a canvas from the SVG itself, so both pictures match. */
export function pngBlob(svg) {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(svgBlob(svg));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.scale(2, 2);
      ctx.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(b => (b ? resolve(b) : reject(new Error('PNG 生成失败'))), 'image/png');
    };
    image.onerror = () => reject(new Error('SVG 无法绘制'));
    image.src = url;
  });
}

export const jsonBlob = data => new Blob([JSON.stringify(data, null, 2)], { type: 'application/json;charset=utf-8' });

/** Every placement of the map with where it sits, local or not. */
export function placementRows(data) {
  const map = data.chainMap;
  const rows = [];
  const add = (segment, scope, placements) => {
    for (const p of placements ?? []) rows.push({ segment, scope, p });
  };
  add(null, 'local', map.chainLevel);
  add(null, 'elsewhere', map.chainLevelElsewhere);
  for (const s of map.segments) {
    add(s, 'local', s.placements);
    add(s, 'elsewhere', s.elsewhere);
    add(s, 'unlocated', s.unlocated);
  }
  return rows;
}

const CSV_HEADER = ['chain', 'region', 'segment_id', 'segment', 'stage', 'scope', 'entity_id', 'entity', 'kind', 'kind_label', 'role', 'region_code', 'via', 'relation_id'];

function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per entity–segment placement, header first, UTF-8 with BOM so Excel reads the Chinese. */
export function csvBlob(data) {
  const map = data.chainMap;
  const lines = [CSV_HEADER.join(',')];
  for (const { segment, scope, p } of placementRows(data)) {
    lines.push([
      map.chain.name, map.region?.name ?? '', segment?.id ?? p.segmentId, segment?.name ?? '整链', segment ? stageLabel(segment.stage) : '',
      scope, p.entityId, p.name, constant(p.type), kindLabel(p.type), p.role ?? '', p.regionCode ?? '', p.via ?? '', p.relationId,
    ].map(csvCell).join(','));
  }
  return new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
}

const xml = s => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NODE_KEYS = [['entityId', 'string'], ['name', 'string'], ['kind', 'string'], ['label', 'string'], ['stage', 'string'], ['regionCode', 'string'], ['scope', 'string']];
const EDGE_KEYS = [['type', 'string'], ['role', 'string'], ['relationId', 'string']];

/**
 * GraphML (for Gephi / yEd): segments and entities as nodes, SUPPLIES and placement edges. GraphML ids must be
 * NMTOKENs, which our ids (with | / and spaces) are not, so nodes are n0, n1 … and carry the real id as data.
 */
export function graphmlBlob(data) {
  const map = data.chainMap;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  const data_ = (key, value) => (value === null || value === undefined || value === '' ? '' : `<data key="${key}">${xml(value)}</data>`);
  const nodes = new Map();
  const node = (id, attrs) => {
    if (!nodes.has(id)) nodes.set(id, { ...attrs, entityId: id, token: `n${nodes.size}` });
  };
  node(`IndustryChain:${map.chain.name}`, { name: map.chain.name, kind: 'INDUSTRY_CHAIN', label: '产业链', scope: 'reference' });
  for (const s of map.segments) node(s.id, { name: s.name, kind: 'CHAIN_SEGMENT', label: '环节', stage: constant(s.stage), scope: 'reference' });
  const rows = placementRows(data);
  for (const { scope, p } of rows) node(p.entityId, { name: p.name, kind: constant(p.type), label: kindLabel(p.type), regionCode: p.regionCode, scope });
  for (const [id, a] of nodes) {
    out.push(`    <node id="${a.token}">${NODE_KEYS.map(([k]) => data_('n_' + k, a[k])).join('')}</node>`);
  }
  const edges = new Set();
  const edge = (id, from, to, attrs) => {
    if (edges.has(id) || !nodes.has(from) || !nodes.has(to)) return;
    edges.add(id);
    const tokens = `id="e${edges.size - 1}" source="${nodes.get(from).token}" target="${nodes.get(to).token}"`;
    out.push(`    <edge ${tokens}>${EDGE_KEYS.map(([k]) => data_('e_' + k, attrs[k])).join('')}</edge>`);
  };
  for (const e of map.supplies ?? []) edge(e.relationId, e.fromSegmentId, e.toSegmentId, { type: 'SUPPLIES', relationId: e.relationId });
  for (const { p } of rows) edge(p.relationId, p.entityId, p.segmentId, { type: p.via, role: p.role, relationId: p.relationId });
  out.push('  </graph>', '</graphml>', '');
  return new Blob([out.join('\n')], { type: 'application/graphml+xml;charset=utf-8' });
}
