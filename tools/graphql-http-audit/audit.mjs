#!/usr/bin/env node
// Audits a GraphQL-over-HTTP endpoint with graphql-http's serverAudits. Starts nothing: pass the URL of a
// running endpoint. Prints every audit with its result; exits 1 if any MUST audit fails, 2 on bad usage.
//
//   node audit.mjs http://127.0.0.1:5000/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const levelOf = (name) => (name.match(/^(MUST|SHOULD|MAY)/) ?? ['OTHER'])[0];
const results = [];
for (const { id, name, fn } of serverAudits({ url })) {
  const result = await fn();
  results.push({ id, name, level: levelOf(name), result });
}

const mark = { ok: 'PASS', warn: 'WARN', error: 'FAIL' };
for (const { id, name, result } of results) {
  const reason = result.status === 'ok' ? '' : ` — ${result.reason}`;
  console.log(`${mark[result.status] ?? result.status} [${id}] ${name}${reason}`);
}

console.log('');
for (const level of ['MUST', 'SHOULD', 'MAY']) {
  const ofLevel = results.filter((r) => r.level === level);
  const passed = ofLevel.filter((r) => r.result.status === 'ok').length;
  console.log(`${level}: ${passed}/${ofLevel.length} passed`);
}

const mustFailures = results.filter((r) => r.level === 'MUST' && r.result.status !== 'ok');
if (mustFailures.length > 0) {
  console.error(`\n${mustFailures.length} MUST audit(s) failed.`);
  process.exit(1);
}
