// The generated OpenAPI descriptions (docs/openapi/*.yaml), judged by tools this project did not
// write: Redocly's linter (its recommended rules, examples checked: docs/openapi/redocly.yaml) and Ajv (JSON Schema 2020-12) checking the docs'
// own JSON examples (tests/fixtures) against the schemas of their endpoint. schemathesis runs the
// descriptions against the simulator in scripts/openapi-fuzz (called by scripts/test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, loadConfig, parseYaml } from '@redocly/openapi-core';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const doc = (name) => parseYaml(readFileSync(join(ROOT, 'docs/openapi', name), 'utf8'));

for (const name of ['yiwise.yaml', 'rongzi.yaml']) {
  test(`${name} passes Redocly's recommended rules with no problem at all`, async () => {
    const config = await loadConfig({ configPath: join(ROOT, 'docs/openapi/redocly.yaml') });
    const problems = await lint({ ref: join(ROOT, 'docs/openapi', name), config });
    assert.deepEqual(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`), []);
  });
}

/** Every `*.request.json` / `*.response.json` under `dir`, as [endpoint path, kind, file]. */
function examples(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      const m = /^(.*)\.(request|response)\.json$/.exec(relative(dir, p));
      if (m) out.push([m[1], m[2], p]);
    }
  };
  walk(dir);
  return out;
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addKeyword('x-aliases');

/** The operation of `path` in `spec`: its method's object. */
function operation(spec, url) {
  const item = spec.paths[url];
  assert.ok(item, `${url} is in the description`);
  const [method] = Object.keys(item).filter((k) => ['get', 'post', 'patch', 'put', 'delete'].includes(k));
  return { method, op: item[method] };
}

/** `schema` of `spec` as a standalone JSON Schema: its `#/components/…` references resolve. */
const standalone = (spec, schema) => ({ ...schema, components: spec.components });

function check(spec, schema, value, what) {
  const validate = ajv.compile(standalone(spec, schema));
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}`);
}

test('the Yiwise docs\' JSON examples validate against the generated schemas (responses and request bodies)', () => {
  const spec = doc('yiwise.yaml');
  let n = 0;
  for (const [path, kind, file] of examples(join(FIXTURES, 'yiwise'))) {
    if (path === 'endpoints' || path.startsWith('callback/')) continue;
    // `getDialogFlowList.tenant`: the same endpoint's second example (tenant.md's).
    const base = path.replace(/\.[a-z]+$/, '');
    const url = base.startsWith('knowledge/') ? `/apiOpen/${base}` : `/apiOpen/v1/${base}`;
    const { method, op } = operation(spec, url);
    const value = JSON.parse(readFileSync(file, 'utf8'));
    if (kind === 'response') check(spec, op.responses['200'].content['application/json'].schema, value, `${path} response`);
    else if (method !== 'get') check(spec, op.requestBody.content['application/json'].schema, value, `${path} request`);
    n += 1;
  }
  assert.ok(n >= 60, `${n} examples`);
});

test('the Yiwise callbacks\' examples validate against the webhooks', () => {
  const spec = doc('yiwise.yaml');
  let n = 0;
  for (const f of readdirSync(join(FIXTURES, 'yiwise/callback')).filter((f) => f.endsWith('.json'))) {
    const body = JSON.parse(readFileSync(join(FIXTURES, 'yiwise/callback', f), 'utf8'));
    if (typeof body?.dataType !== 'string' || !spec.webhooks[body.dataType]) continue;
    check(spec, spec.webhooks[body.dataType].post.requestBody.content['application/json'].schema, body, f);
    n += 1;
  }
  assert.ok(n >= 3, `${n} callback examples`);
});

test('the Rongzi docs\' JSON examples validate against the generated schemas', () => {
  const spec = doc('rongzi.yaml');
  let n = 0;
  for (const [path, kind, file] of examples(join(FIXTURES, 'rongzi'))) {
    const base = path.replace(/\.(bearer|failed)$/, '');
    if (base.startsWith('token/')) continue;
    const { method, op } = operation(spec, `/api/${base}`);
    const value = JSON.parse(readFileSync(file, 'utf8'));
    if (kind === 'response') check(spec, op.responses['200'].content['application/json'].schema, value, `${path} response`);
    else if (method !== 'get') check(spec, op.requestBody.content['application/json'].schema, value, `${path} request`);
    n += 1;
  }
  assert.ok(n >= 15, `${n} examples`);
});

test('a broken example fails: the schemas are not vacuous', () => {
  const spec = doc('yiwise.yaml');
  const { op } = operation(spec, '/apiOpen/v1/job/create');
  const schema = standalone(spec, op.requestBody.content['application/json'].schema);
  const good = JSON.parse(readFileSync(join(FIXTURES, 'yiwise/job/create.request.json'), 'utf8'));
  assert.ok(ajv.compile(schema)(good));
  assert.ok(!ajv.compile(schema)({ ...good, robotCallJob: { ...good.robotCallJob, mode: 'SOMETIMES' } }));
  assert.ok(!ajv.compile(schema)({ ...good, robotCallJobID: 1 }));
  const { op: list } = operation(spec, '/apiOpen/v1/job/getJobs');
  const page = standalone(spec, list.responses['200'].content['application/json'].schema);
  assert.ok(!ajv.compile(page)({ code: 200, data: { content: 'not a list' } }));
});
