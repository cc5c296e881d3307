// Draws a chain map as one self-contained SVG: three lanes (上游 → 中游 → 下游), a box per segment with counts and
// the local entities in it, SUPPLIES arrows between boxes and gap markers. The same SVG is what the exports save.
import { countedKinds, isLeading, kindLabel, kindMark, severityClass, severityRank, stageLabel, stages, constant } from './labels.js';

const NS = 'http://www.w3.org/2000/svg';
const LANE = 340;
const BOX = 296;
const LINE = 18;
const MAX_ROWS = 10;
const COLORS = { high: '#c5221f', medium: '#e37400', low: '#b08c00', none: '#8c959f' };
const KIND_FILL = { ENTERPRISE: '#0969da', LAB: '#8250df', INNOVATION_PLATFORM: '#1a7f37', UNIVERSITY: '#bf3989', RESEARCH_INSTITUTE: '#9a6700', ACHIEVEMENT: '#cf222e', PROJECT: '#57606a', FUND: '#0a3069' };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function countLine(counts) {
  const byKind = Object.fromEntries((counts ?? []).map(c => [constant(c.type), c.count]));
  return countedKinds.map(k => `${kindMark(k)}${byKind[k] ?? 0}`).join(' ');
}

function entityRow(p, x, y) {
  const g = el('g', { class: 'entity', 'data-entity-id': p.entityId, 'data-relation-id': p.relationId, tabindex: 0, role: 'button' });
  g.append(el('title', {}, `${p.name}（${kindLabel(p.type)}${p.role ? '，' + p.role : ''}）`));
  g.append(el('rect', { x, y: y - 12, width: 16, height: 15, rx: 3, fill: KIND_FILL[constant(p.type)] ?? '#57606a' }));
  g.append(el('text', { x: x + 8, y: y, 'text-anchor': 'middle', class: 'mark' }, kindMark(p.type)));
  g.append(el('text', { x: x + 22, y, class: 'name' }, clip(p.name, isLeading(p.role) ? 17 : 20)));
  if (isLeading(p.role)) {
    g.append(el('text', { x: x + BOX - 20, y, class: 'role', 'text-anchor': 'end' }, '链主'));
  }
  return g;
}

function segmentBox(segment, gaps, x, y, hasRegion) {
  const rows = dedupe(segment.placements);
  const shown = rows.slice(0, MAX_ROWS);
  const worst = gaps.length ? severityClass(gaps.slice().sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0].severity) : 'none';
  const extraLines = (hasRegion ? 1 : 0) + (gaps.length ? 1 : 0);
  const height = 50 + extraLines * 16 + Math.max(shown.length, 1) * LINE + (rows.length > shown.length ? LINE : 0);
  const g = el('g', { class: 'segment', 'data-segment-id': segment.id, 'data-gaps': gaps.length, 'data-severity': gaps.length ? worst : '' });
  g.append(el('rect', { class: 'box', x, y, width: BOX, height, rx: 6, fill: '#fff', stroke: COLORS[worst], 'stroke-width': gaps.length ? 2.5 : 1 }));
  g.append(el('text', { x: x + 10, y: y + 20, class: 'title' }, segment.name));
  let line = y + 38;
  g.append(el('text', { x: x + 10, y: line, class: 'counts' }, countLine(segment.counts)));
  if (hasRegion) {
    line += 16;
    g.append(el('text', { x: x + 10, y: line, class: 'elsewhere' }, `外地 ${countLine(segment.elsewhereCounts)}`));
  }
  if (gaps.length) {
    line += 16;
    const kinds = [...new Set(gaps.map(f => f.kindLabel))].join('、');
    g.append(el('text', { x: x + 10, y: line, class: 'gap-line', fill: COLORS[worst] }, clip(`缺口：${kinds}`, 22)));
    const marker = el('g', { class: 'gap-marker', 'data-severity': worst });
    marker.append(el('title', {}, gaps.map(f => f.explanation).join('\n')));
    marker.append(el('circle', { cx: x + BOX - 14, cy: y + 15, r: 10, fill: COLORS[worst] }));
    marker.append(el('text', { x: x + BOX - 14, y: y + 19, 'text-anchor': 'middle', class: 'badge' }, String(gaps.length)));
    g.append(marker);
  }
  line += 8;
  if (!rows.length) {
    g.append(el('text', { x: x + 10, y: line + LINE - 4, class: 'empty' }, '本地暂无机构'));
  }
  shown.forEach((p, i) => g.append(entityRow(p, x + 10, line + (i + 1) * LINE - 4)));
  if (rows.length > shown.length) {
    g.append(el('text', { x: x + 10, y: line + (shown.length + 1) * LINE - 4, class: 'more' }, `… 另 ${rows.length - shown.length} 个`));
  }
  return { g, height };
}

/** One row per entity: the same entity can reach a segment by two edges. */
function dedupe(placements) {
  const seen = new Set();
  return (placements ?? []).filter(p => !seen.has(p.entityId) && seen.add(p.entityId));
}

const STYLE = `
text { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; font-size: 12px; fill: #1f2328; }
.lane-title { font-size: 15px; font-weight: bold; fill: #57606a; }
.heading { font-size: 16px; font-weight: bold; }
.title { font-size: 14px; font-weight: bold; }
.counts, .elsewhere, .more, .empty { font-size: 11px; fill: #57606a; }
.gap-line { font-size: 11px; font-weight: bold; }
.mark, .badge { fill: #fff; font-size: 10px; font-weight: bold; }
.role { fill: #c5221f; font-size: 11px; font-weight: bold; }
.supplies { fill: none; stroke: #8c959f; stroke-width: 1.5; }`;

/** Builds the SVG for a chainMap + gaps GraphQL result. */
export function renderMap(data) {
  const map = data.chainMap;
  const gapsBySegment = new Map();
  for (const f of data.gaps ?? []) {
    if (!f.segmentId) continue;
    if (!gapsBySegment.has(f.segmentId)) gapsBySegment.set(f.segmentId, []);
    gapsBySegment.get(f.segmentId).push(f);
  }
  const chainGaps = (data.gaps ?? []).filter(f => !f.segmentId);
  const hasRegion = !!map.region;

  const svg = el('svg', { xmlns: NS, version: '1.1', class: 'chain-map' });
  svg.append(el('style', {}, STYLE));
  const defs = el('defs');
  const arrow = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  arrow.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#8c959f' }));
  defs.append(arrow);
  svg.append(defs);
  const background = el('rect', { x: 0, y: 0, fill: '#fff' });
  svg.append(background);

  const title = `${map.region ? map.region.shortName + ' ' : ''}${map.chain.name}产业链${map.asOf ? '（截至 ' + String(map.asOf).slice(0, 10) + '）' : ''}`;
  svg.append(el('text', { x: 16, y: 26, class: 'heading' }, title));
  let top = 44;

  const chainLevel = dedupe(map.chainLevel);
  if (chainLevel.length || chainGaps.length) {
    const band = el('g', { class: 'chain-level' });
    const rows = Math.ceil(Math.max(chainLevel.length, 1) / 3);
    const height = 30 + rows * LINE + (chainGaps.length ? 16 : 0);
    band.append(el('rect', { x: 16, y: top, width: LANE * 3 - 44, height, rx: 6, fill: '#f6f8fa', stroke: chainGaps.length ? COLORS[severityClass(chainGaps[0].severity)] : '#d0d7de' }));
    band.append(el('text', { x: 26, y: top + 18, class: 'title' }, '整链'));
    chainLevel.forEach((p, i) => band.append(entityRow(p, 26 + (i % 3) * LANE, top + 36 + Math.floor(i / 3) * LINE)));
    if (chainGaps.length) {
      const marker = el('g', { class: 'gap-marker', 'data-severity': severityClass(chainGaps[0].severity) });
      marker.append(el('text', { x: 26, y: top + height - 8, class: 'gap-line', fill: COLORS[severityClass(chainGaps[0].severity)] }, clip(chainGaps.map(f => f.explanation).join(' '), 70)));
      band.append(marker);
    }
    svg.append(band);
    top += height + 14;
  }

  const boxes = new Map();
  let bottom = top;
  stages.forEach((stage, lane) => {
    const x = 16 + lane * LANE;
    svg.append(el('text', { x: x + BOX / 2, y: top + 16, 'text-anchor': 'middle', class: 'lane-title' }, `${stageLabel(stage)}${lane < 2 ? '  →' : ''}`));
    let y = top + 30;
    const segments = map.segments.filter(s => constant(s.stage) === stage).sort((a, b) => a.order - b.order);
    for (const segment of segments) {
      const { g, height } = segmentBox(segment, gapsBySegment.get(segment.id) ?? [], x, y, hasRegion);
      svg.append(g);
      boxes.set(segment.id, { x, y, height, lane });
      y += height + 22;
    }
    bottom = Math.max(bottom, y);
  });

  const edges = el('g', { class: 'supplies-edges' });
  for (const edge of map.supplies ?? []) {
    const from = boxes.get(edge.fromSegmentId);
    const to = boxes.get(edge.toSegmentId);
    if (!from || !to) continue;
    const path = el('path', { class: 'supplies', 'marker-end': 'url(#arrow)', 'data-relation-id': edge.relationId, d: supplyPath(from, to) });
    path.append(el('title', {}, '供给（SUPPLIES）'));
    edges.append(path);
  }
  svg.insertBefore(edges, background.nextSibling);

  const width = 16 + LANE * 3 - 28;
  const height = bottom + 4;
  for (const node of [svg, background]) {
    node.setAttribute('width', width);
    node.setAttribute('height', height);
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}

function supplyPath(from, to) {
  const fy = from.y + 20;
  const ty = to.y + 20;
  if (from.lane === to.lane) {
    const x = from.x + BOX;
    return `M${x},${fy} C${x + 30},${fy} ${x + 30},${ty} ${x + 2},${ty}`;
  }
  const [x1, x2] = from.lane < to.lane ? [from.x + BOX, to.x] : [from.x, to.x + BOX];
  const mid = (x1 + x2) / 2;
  return `M${x1},${fy} C${mid},${fy} ${mid},${ty} ${x2 + (x2 > x1 ? -2 : 2)},${ty}`;
}
