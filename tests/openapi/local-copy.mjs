// Writes copies of docs/openapi/*.yaml into `dir` with every `servers` entry removed, so that a
// tester given `--base-url http://127.0.0.1:…` calls the simulator only (the knowledge paths name
// their own host in the committed description).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, stringifyYaml } from '@redocly/openapi-core';

const [dir] = process.argv.slice(2);
for (const api of ['yiwise', 'rongzi']) {
  const doc = parseYaml(readFileSync(new URL(`../../docs/openapi/${api}.yaml`, import.meta.url), 'utf8'));
  delete doc.servers;
  for (const item of Object.values(doc.paths)) delete item.servers;
  writeFileSync(join(dir, `${api}.yaml`), stringifyYaml(doc));
}
