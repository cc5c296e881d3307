// The /map page: controls → GraphQL → SVG map, gap list, detail panel with source sentences, exports.
import { gql, CHAINS, COVERAGE, DETAIL, MAP } from './graphql.js';
import { renderMap } from './render.js';
import { csvBlob, download, graphmlBlob, jsonBlob, pngBlob, svgBlob } from './exports.js';
import { constant, kindLabel, severityClass, severityLabel } from './labels.js';

const $ = id => document.getElementById(id);
const state = { data: null, coverage: null, svg: null };

function status(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

async function loadChains() {
  const data = await gql(CHAINS);
  const select = $('chain');
  select.replaceChildren(...data.chains.map(c => new Option(c.name, c.name)));
  const params = new URLSearchParams(location.search);
  if (params.get('chain')) select.value = params.get('chain');
  if (params.get('region')) $('region').value = params.get('region');
  if (params.get('asOf')) $('asOf').value = params.get('asOf');
  await loadCoverage();
  if (params.get('chain')) await show();
}

async function loadCoverage() {
  try {
    const data = await gql(COVERAGE, { chain: $('chain').value });
    state.coverage = data.coverage;
    const names = (data.coverage?.rows ?? []).filter(r => r.regionCode).map(r => r.regionName);
    $('regions').replaceChildren(...names.map(n => new Option(n, n)));
  } catch (error) {
    state.coverage = null;
    console.warn(error);
  }
}

async function show(event) {
  event?.preventDefault();
  const chain = $('chain').value;
  const region = $('region').value.trim() || null;
  const asOf = $('asOf').value ? `${$('asOf').value}T23:59:59Z` : null;
  status('加载中…');
  try {
    const data = await gql(MAP, { chain, region, asOf });
    if (!data.chainMap) {
      status(`未找到产业链「${chain}」。`, true);
      return;
    }
    state.data = data;
    history.replaceState(null, '', `?${new URLSearchParams({ chain, ...(region ? { region } : {}), ...($('asOf').value ? { asOf: $('asOf').value } : {}) })}`);
    draw();
    const where = data.chainMap.region ? data.chainMap.region.name : '全部地区';
    status(`${where} · ${data.chainMap.chain.name}：${data.chainMap.segments.length} 个环节，${data.gaps.length} 个缺口。`);
    document.querySelectorAll('[data-export]').forEach(b => { b.disabled = false; });
  } catch (error) {
    status(`加载失败：${error.message}`, true);
  }
}

function draw() {
  state.svg = renderMap(state.data);
  $('map').replaceChildren(state.svg);
  $('legend').hidden = false;
  drawGaps(state.data.gaps);
  drawCoverage();
}

function drawGaps(gaps) {
  $('gap-count').textContent = `(${gaps.length})`;
  $('gaps').replaceChildren(...gaps.map(f => {
    const li = document.createElement('li');
    li.className = `gap ${severityClass(f.severity)}`;
    li.dataset.kind = constant(f.kind);
    if (f.segmentId) li.dataset.segmentId = f.segmentId;
    const head = document.createElement('div');
    head.innerHTML = `<span class="sev sev-${severityClass(f.severity)}"></span><span class="kind"></span><span class="text"></span>`;
    head.querySelector('.sev').textContent = severityLabel(f.severity);
    head.querySelector('.kind').textContent = f.kindLabel;
    head.querySelector('.text').textContent = f.explanation;
    li.append(head);
    if (f.suggestions?.length) {
      const ol = document.createElement('ol');
      ol.append(...f.suggestions.map(s => {
        const item = document.createElement('li');
        item.textContent = s.explanation;
        item.dataset.entityId = s.entityId;
        return item;
      }));
      li.append(ol);
    }
    li.addEventListener('click', () => focusSegment(f.segmentId));
    return li;
  }));
}

function focusSegment(segmentId) {
  document.querySelectorAll('#map .segment.focus').forEach(n => n.classList.remove('focus'));
  const box = segmentId && document.querySelector(`#map .segment[data-segment-id="${CSS.escape(segmentId)}"]`);
  if (box) {
    box.classList.add('focus');
    box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

function drawCoverage() {
  const cov = state.coverage;
  if (!cov?.rows?.length) {
    $('coverage').hidden = true;
    return;
  }
  const own = state.data.chainMap.region?.code?.slice(0, 2);
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const text of ['地区', ...cov.segments.map(s => s.name), '合计']) {
    head.append(Object.assign(document.createElement('th'), { textContent: text }));
  }
  const body = table.createTBody();
  for (const row of cov.rows) {
    const tr = body.insertRow();
    if (own && row.regionCode?.startsWith(own)) tr.className = 'own';
    tr.insertCell().textContent = row.regionName;
    for (const s of cov.segments) {
      const cell = row.cells.find(c => c.segmentId === s.id);
      const td = tr.insertCell();
      td.textContent = cell?.organisations ?? 0;
      if (!cell?.organisations) td.className = 'zero';
    }
    tr.insertCell().textContent = row.cells.reduce((n, c) => n + c.organisations, 0);
  }
  $('coverage-table').replaceChildren(table);
  $('coverage').hidden = false;
}

async function showDetail(target) {
  document.querySelectorAll('#map .entity.selected').forEach(n => n.classList.remove('selected'));
  target.classList.add('selected');
  const id = target.dataset.entityId;
  const relationId = target.dataset.relationId;
  $('detail').hidden = false;
  $('detail-title').textContent = '加载中…';
  try {
    const data = await gql(DETAIL, { id, targets: [relationId, id].filter(Boolean) });
    const e = data.entity;
    $('detail-title').textContent = e?.name ?? id;
    const facts = [['类型', kindLabel(e?.type)], ['地区', e?.region?.name], ['级别', e?.level], ['状态', e?.status],
      ['别名', e?.aliases?.join('、')], ['提及', e?.mentionCount], ['标识', id]];
    $('detail-facts').replaceChildren(...facts.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [
      Object.assign(document.createElement('dt'), { textContent: k }),
      Object.assign(document.createElement('dd'), { textContent: String(v) }),
    ]));
    const seen = new Set();
    const mentions = (data.mentions ?? []).filter(m => !seen.has(m.sentence) && seen.add(m.sentence));
    $('detail-mentions').replaceChildren(...(mentions.length ? mentions.map(mentionItem) : [Object.assign(document.createElement('li'), { textContent: '无原文记录（参考数据）' })]));
  } catch (error) {
    $('detail-title').textContent = `加载失败：${error.message}`;
  }
}

function mentionItem(m) {
  const li = document.createElement('li');
  li.className = 'mention';
  const sentence = document.createElement('span');
  sentence.className = 'sentence';
  const from = m.text ? m.sentence.indexOf(m.text) : -1;
  const to = from + (m.text?.length ?? 0);
  if (from >= 0 && to > from) {
    const mark = document.createElement('mark');
    mark.textContent = m.sentence.slice(from, to);
    sentence.append(m.sentence.slice(0, from), mark, m.sentence.slice(to));
  } else {
    sentence.textContent = m.sentence;
  }
  const source = Object.assign(document.createElement('span'), { className: 'source', textContent: `《${m.bulletin?.title || m.bulletin?.name || '简报'}》 · ${m.articleTitle}` });
  li.append(sentence, source);
  return li;
}

async function exportAs(kind) {
  const d = state.data;
  const base = `${d.chainMap.chain.name}${d.chainMap.region ? '-' + d.chainMap.region.shortName : ''}`;
  switch (kind) {
    case 'svg': return download(`${base}.svg`, svgBlob(state.svg));
    case 'png': return download(`${base}.png`, await pngBlob(state.svg));
    case 'json': return download(`${base}.json`, jsonBlob(d));
    case 'csv': return download(`${base}.csv`, csvBlob(d));
    case 'graphml': return download(`${base}.graphml`, graphmlBlob(d));
    default: return undefined;
  }
}

$('controls').addEventListener('submit', show);
$('chain').addEventListener('change', loadCoverage);
$('map').addEventListener('click', event => {
  const target = event.target.closest?.('.entity');
  if (target) showDetail(target);
});
$('map').addEventListener('keydown', event => {
  const target = event.target.closest?.('.entity');
  if (target && (event.key === 'Enter' || event.key === ' ')) showDetail(target);
});
document.querySelectorAll('[data-export]').forEach(b => b.addEventListener('click', () =>
  exportAs(b.dataset.export).catch(error => status(`导出失败：${error.message}`, true))));

loadChains().catch(error => status(`无法连接 GraphQL：${error.message}`, true));
