// Lints every cypher/*.cypher with Neo4j's own Cypher parser and semantic analysis
// (@neo4j-cypher/language-support). Each file's parameters are declared from its header comments
// (`// :param name => example`), so a $parameter the header does not document is an error, and so is a
// documented one the file never uses. Exits 1 on any error; warnings (deprecations …) are printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const dir = resolve(process.argv[2] ?? '../../cypher');
const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
if (files.length === 0) {
  console.error(`no .cypher files in ${dir}`);
  process.exit(1);
}

// Splits on ';' outside string literals, quoted names and comments; keeps each statement's offset.
export function splitStatements(text) {
  const statements = [];
  let start = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) i = text.length;
      else i++;
    } else if (c === ';') {
      statements.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  statements.push({ text: text.slice(start), offset: start });
  return statements.filter((s) => stripComments(s.text).trim().length > 0);
}

function stripComments(text) {
  return text.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

function declaredParameters(text) {
  const params = {};
  for (const m of text.matchAll(/^\s*\/\/\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>/gm)) params[m[1]] = null;
  return params;
}

function lineOf(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

let errors = 0;
let statementsLinted = 0;
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const parameters = declaredParameters(text);
  const used = new Set();
  for (const statement of splitStatements(text)) {
    statementsLinted++;
    const code = stripComments(statement.text);
    for (const m of code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) used.add(m[1]);
    const { diagnostics } = lintCypherQuery(statement.text, { parameters });
    for (const d of diagnostics) {
      const line = lineOf(text, statement.offset) + d.range.start.line;
      const kind = d.severity === 1 ? 'error' : 'warning';
      if (d.severity === 1) errors++;
      console.log(`${file}:${line}:${d.range.start.character + 1}: ${kind}: ${d.message}`);
    }
  }
  for (const name of Object.keys(parameters)) {
    if (!used.has(name)) {
      errors++;
      console.log(`${file}: error: parameter $${name} is documented but never used`);
    }
  }
}

console.log(`cypher-lint: ${files.length} files, ${statementsLinted} statements, ${errors} errors`);
process.exit(errors > 0 ? 1 : 0);
