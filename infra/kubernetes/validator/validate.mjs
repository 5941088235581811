// Validates Kubernetes manifests (multi-document YAML on standard input, as `kubectl kustomize` prints them):
// the built-in kinds with kubernetes-models (validators generated from the Kubernetes API's OpenAPI schemas),
// the custom resources with Ajv against the openAPIV3Schema of their CRDs, kept in ../schemas/crds/. CRD schemas
// are made strict as the API server is for them (an unknown field fails, unless the schema preserves unknown
// fields), so a misspelt key of a Cluster or a Keycloak is caught. Exits 1 naming every document that fails.
// With --expect-invalid, every document must fail (the validator's own check, on must-fail.yaml).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments, parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const crdDir = join(here, '..', 'schemas', 'crds');

// The built-in kinds the manifests use, by apiVersion/kind; a kind not listed here or among the CRDs fails,
// so that nothing goes unvalidated silently.
const BUILT_IN = {
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Secret': 'kubernetes-models/v1/Secret',
  'v1/Service': 'kubernetes-models/v1/Service',
  'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
  'v1/Namespace': 'kubernetes-models/v1/Namespace',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
  'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
};

/** Closes every object schema that lists its properties, as the API server prunes and rejects unknown fields. */
function strict(schema) {
  if (!schema || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(strict);
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strict(sub)]))
      : strict(value);
  }
  const open = schema['x-kubernetes-preserve-unknown-fields'] === true || 'additionalProperties' in schema;
  if (schema.properties && !open) out.additionalProperties = false;
  return out;
}

/** CRD patterns are Go's (RE2): its (?i) is JavaScript's flag i. */
function goRegExp(pattern, flags) {
  const insensitive = pattern.replace('(?i)', '');
  return insensitive === pattern ? new RegExp(pattern, flags) : new RegExp(insensitive, `${flags}i`);
}
goRegExp.code = 'goRegExp';

function loadCrds() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { regExp: goRegExp } });
  const validators = {};
  for (const file of readdirSync(crdDir).filter((f) => f.endsWith('.yaml'))) {
    const crd = parse(readFileSync(join(crdDir, file), 'utf8'));
    const { group, names, versions } = crd.spec;
    for (const version of versions) {
      const schema = strict(version.schema.openAPIV3Schema);
      // Every object has these, whether its CRD lists them or not; metadata is the API server's ObjectMeta.
      schema.properties = { ...schema.properties, apiVersion: { type: 'string' }, kind: { type: 'string' },
        metadata: { type: 'object' } };
      validators[`${group}/${version.name}/${names.kind}`] = ajv.compile(schema);
    }
  }
  return validators;
}

async function main() {
  const input = readFileSync(0, 'utf8');
  const crds = loadCrds();
  const documents = parseAllDocuments(input).map((d) => d.toJS()).filter(Boolean);
  const failures = [];
  const counts = {};
  for (const doc of documents) {
    const key = `${doc.apiVersion}/${doc.kind}`;
    const name = `${key} ${doc.metadata?.namespace ? doc.metadata.namespace + '/' : ''}${doc.metadata?.name}`;
    counts[key] = (counts[key] ?? 0) + 1;
    if (crds[key]) {
      if (!crds[key](doc)) {
        failures.push(`${name}: ${crds[key].errors.map((e) => `${e.instancePath || '/'} ${e.message}`
          + (e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : '')).join('; ')}`);
      }
    } else if (BUILT_IN[key]) {
      const module = await import(BUILT_IN[key]);
      const Model = Object.values(module).find((v) => typeof v === 'function');
      try {
        new Model(doc).validate();
      } catch (e) {
        failures.push(`${name}: ${e.message}`);
      }
    } else {
      failures.push(`${name}: no schema for ${key} (add the CRD to schemas/crds/ or the kind to validate.mjs)`);
    }
  }
  if (documents.length === 0) failures.push('no manifests on standard input');
  if (process.argv.includes('--expect-invalid')) {
    const passed = documents.length - failures.length;
    for (const failure of failures) console.log(`refused as it should be: ${failure.slice(0, 160)}`);
    console.log(`${failures.length} of ${documents.length} broken manifests refused`);
    if (passed > 0) console.error('the validator accepted a broken manifest of must-fail.yaml');
    process.exit(passed > 0 || documents.length === 0 ? 1 : 0);
  }
  for (const failure of failures) console.error(`invalid: ${failure}`);
  const summary = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`${documents.length - failures.length} valid, ${failures.length} invalid (${summary})`);
  process.exit(failures.length ? 1 : 0);
}

main();
