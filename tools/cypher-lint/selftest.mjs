// Proves the linter can fail: fixtures/broken holds one of each mistake, and each must be reported.
import { execFileSync } from 'node:child_process';

let output = '';
try {
  output = execFileSync(process.execPath, ['lint.mjs', 'fixtures/broken'], { encoding: 'utf8' });
  console.error('cypher-lint self-test: the linter accepted fixtures/broken');
  process.exit(1);
} catch (e) {
  output = e.stdout ?? '';
}

const expected = [
  'Variable `m` not defined',
  "Invalid input 'RETURN'",
  'Parameter $undeclared is not defined',
  'parameter $unused is documented but never used',
];
const missing = expected.filter((text) => !output.includes(text));
if (missing.length > 0) {
  console.error(`cypher-lint self-test: not reported: ${missing.join('; ')}\n${output}`);
  process.exit(1);
}
console.log('cypher-lint self-test: every deliberate mistake was reported');
