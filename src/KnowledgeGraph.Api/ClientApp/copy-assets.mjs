// Copies the GraphiQL page and its UMD builds into ../wwwroot/graphiql (git-ignored), so /graphql serves
// GraphiQL without reaching a CDN. Run by the API project's build after `npm ci`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'wwwroot', 'graphiql');
mkdirSync(target, { recursive: true });

const files = [
  ['node_modules/react/umd/react.production.min.js', 'react.production.min.js'],
  ['node_modules/react-dom/umd/react-dom.production.min.js', 'react-dom.production.min.js'],
  ['node_modules/graphiql/graphiql.min.js', 'graphiql.min.js'],
  ['node_modules/graphiql/graphiql.min.css', 'graphiql.min.css'],
  ['index.html', 'index.html'],
  ['graphiql-init.js', 'graphiql-init.js'],
];
for (const [from, to] of files) {
  copyFileSync(join(here, from), join(target, to));
}
console.log(`GraphiQL assets copied to ${target}`);
