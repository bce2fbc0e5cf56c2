// Checks a kustomize folder of Kubernetes manifests (deploy/k8s) the way an API server and the hub would see them:
//  - each document against the Kubernetes schemas (kubernetes-models, generated from Kubernetes 1.35's OpenAPI);
//  - strictly: a field the schema does not know is an error (the schemas allow unknown fields, and the API server
//    drops them silently, so a misspelt "livenesProbe" would just leave the pod without one);
//  - the hub's own rules: probes on the app's health paths and HTTP port, the metrics port named, resource requests
//    and limits on every container, and that the Service, Ingress, autoscaler and disruption budget point at what
//    exists.
// Usage: node check.mjs <folder>. Prints {"errors": [...], "probes": [...], "ports": {...}} and exits 1 on errors.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, PersistentVolumeClaim, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { CronJob } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';

// Where the app listens and what it serves there (application.properties; KubernetesManifestsTest checks that the
// running app answers on these paths and ports).
const HTTP_PORT = 8080;
const MANAGEMENT_PORT = 9000;
const PROBE_PATHS = {
  startupProbe: '/q/health/started',
  readinessProbe: '/q/health/ready',
  livenessProbe: '/q/health/live',
};

const MODELS = {
  'v1/ConfigMap': { model: ConfigMap, types: 'kubernetes-models/v1/ConfigMap.d.ts' },
  'v1/Secret': { model: Secret, types: 'kubernetes-models/v1/Secret.d.ts' },
  'v1/Service': { model: Service, types: 'kubernetes-models/v1/Service.d.ts' },
  'v1/PersistentVolumeClaim': {
    model: PersistentVolumeClaim, types: 'kubernetes-models/v1/PersistentVolumeClaim.d.ts',
  },
  'batch/v1/CronJob': { model: CronJob, types: 'kubernetes-models/batch/v1/CronJob.d.ts' },
  'apps/v1/Deployment': { model: Deployment, types: 'kubernetes-models/apps/v1/Deployment.d.ts' },
  'autoscaling/v2/HorizontalPodAutoscaler': {
    model: HorizontalPodAutoscaler, types: 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler.d.ts',
  },
  'networking.k8s.io/v1/Ingress': { model: Ingress, types: 'kubernetes-models/networking.k8s.io/v1/Ingress.d.ts' },
  'policy/v1/PodDisruptionBudget': {
    model: PodDisruptionBudget, types: 'kubernetes-models/policy/v1/PodDisruptionBudget.d.ts',
  },
};

const here = path.dirname(new URL(import.meta.url).pathname);
const modules = path.join(here, 'node_modules');
const errors = [];
const error = (where, message) => errors.push(`${where}: ${message}`);

// --- strict fields, from the models' type declarations (generated from the same OpenAPI document) ---

const shapes = new Map();

/** The fields of the interface a .d.ts file declares: name -> the file of its object type, or null for a leaf. */
function shape(file) {
  if (shapes.has(file)) return shapes.get(file);
  const text = readFileSync(file, 'utf8');
  const imports = new Map();
  for (const m of text.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)) {
    const from = m[2].startsWith('.') ? path.resolve(path.dirname(file), m[2].replace(/\.js$/, '.d.ts'))
      : path.join(modules, `${m[2]}.d.ts`);
    imports.set(m[1], from);
  }
  const body = text.match(/^export interface \w+[^{]*\{\n([\s\S]*?)^\}$/m);
  const fields = new Map();
  if (body) {
    let depth = 0;
    for (const line of body[1].split('\n')) {
      const member = depth === 0 && line.match(/^ {4}"([^"]+)"\??: (.*)$/);
      if (member) {
        const type = member[2].match(/^(?:Array<)?(\w+)>?;$/);
        fields.set(member[1], type && imports.has(type[1]) && existsSync(imports.get(type[1]))
          ? imports.get(type[1]) : null);
      }
      depth += (line.match(/\{/g) || []).length - (line.match(/\}/g) || []).length;
    }
  }
  const result = body ? fields : null;
  shapes.set(file, result);
  return result;
}

function strict(value, file, where) {
  const fields = shape(file);
  if (!fields || value === null || typeof value !== 'object') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item)) {
      if (!fields.has(key)) {
        error(where, `unknown field "${key}" (known here: ${[...fields.keys()].join(', ')})`);
      } else if (fields.get(key)) {
        strict(child, fields.get(key), `${where}.${key}`);
      }
    }
  }
}

// --- read the kustomization and its resources ---

const folder = path.resolve(process.argv[2] ?? '.');
const kustomization = parseAllDocuments(readFileSync(path.join(folder, 'kustomization.yaml'), 'utf8'))[0].toJS();
const listed = kustomization.resources ?? [];
for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml')) {
  if (!listed.includes(file)) error(file, 'is not listed in kustomization.yaml, so kubectl apply -k leaves it out');
}

const objects = [];
// The optional manifests (applied on their own, not by kustomize) are held to the same schemas and container rules.
const optional = existsSync(path.join(folder, 'optional'))
  ? readdirSync(path.join(folder, 'optional')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `optional/${f}`)
  : [];
for (const file of [...listed, ...optional]) {
  if (!existsSync(path.join(folder, file))) {
    error('kustomization.yaml', `lists ${file}, which does not exist`);
    continue;
  }
  for (const doc of parseAllDocuments(readFileSync(path.join(folder, file), 'utf8'))) {
    if (doc.errors.length) {
      error(file, `is not valid YAML: ${doc.errors[0].message}`);
      continue;
    }
    const data = doc.toJS();
    if (!data) continue;
    const where = `${file} ${data.kind}/${data.metadata?.name}`;
    const known = MODELS[`${data.apiVersion}/${data.kind}`];
    if (!known) {
      error(where, `${data.apiVersion} ${data.kind} is not a kind this check knows (add it to check.mjs)`);
      continue;
    }
    try {
      new known.model(data).validate();
    } catch (e) {
      for (const detail of e.errors ?? [e]) {
        error(where, `${detail.instancePath ?? ''} ${detail.message}${detail.params ? ` ${JSON.stringify(detail.params)}` : ''}`);
      }
    }
    strict(data, path.join(modules, known.types), where);
    objects.push({ file, where, data });
  }
}

// --- the hub's rules ---

const of = (kind) => objects.filter((o) => o.data.kind === kind);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const deployments = of('Deployment');
if (deployments.length !== 1) error('deploy/k8s', `expected one Deployment, found ${deployments.length}`);
const probes = [];

// Jobs' pods too: a backup that runs without limits can starve the node the hub runs on.
for (const { where, data } of of('CronJob')) {
  const containers = data.spec?.jobTemplate?.spec?.template?.spec?.containers ?? [];
  for (const container of containers) {
    for (const kind of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (container.resources?.[kind]?.[resource] === undefined) {
          error(`${where} container ${container.name}`, `has no resources.${kind}.${resource}`);
        }
      }
    }
  }
}

// A stopped replica keeps serving for quarkus.shutdown.delay, then drains for up to quarkus.shutdown.timeout
// (application.properties); Kubernetes kills it at terminationGracePeriodSeconds, which must leave room for both.
const properties = readFileSync(path.join(here, '../../main/resources/application.properties'), 'utf8');
const seconds = (key) => {
  const line = properties.split('\n').find((l) => l.startsWith(`${key}=`));
  const value = line?.slice(key.length + 1).replace(/^\$\{[A-Z_]+:(.*)\}$/, '$1');
  const match = /^(\d+)S$/i.exec(value ?? '');
  if (!match) error('application.properties', `${key} should be a number of seconds such as 20S, not ${value}`);
  return match ? Number(match[1]) : 0;
};
const drain = seconds('quarkus.shutdown.delay') + seconds('quarkus.shutdown.timeout');
for (const { where, data } of deployments) {
  const grace = data.spec?.template?.spec?.terminationGracePeriodSeconds ?? 30;
  if (grace <= drain) {
    error(where, `terminationGracePeriodSeconds ${grace} leaves no room for the app's shutdown delay and drain (${drain} s)`);
  }
}
const ports = {};

for (const { where, data } of deployments) {
  const pod = data.spec?.template;
  if (!matches(data.spec?.selector?.matchLabels, pod?.metadata?.labels)) {
    error(where, 'the selector does not match the pod template\'s labels');
  }
  const containers = [...(pod?.spec?.containers ?? []), ...(pod?.spec?.initContainers ?? [])];
  for (const container of containers) {
    const at = `${where} container ${container.name}`;
    for (const kind of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (container.resources?.[kind]?.[resource] === undefined) error(at, `has no resources.${kind}.${resource}`);
      }
    }
  }
  const app = pod?.spec?.containers?.[0];
  if (!app) continue;
  for (const port of app.ports ?? []) ports[port.name] = port.containerPort;
  if (ports.http !== HTTP_PORT) error(where, `the port named http must be the app's ${HTTP_PORT}, not ${ports.http}`);
  if (ports.management !== MANAGEMENT_PORT) {
    error(where, `the port named management must be the app's metrics port ${MANAGEMENT_PORT}, not ${ports.management}`);
  }
  for (const [kind, expected] of Object.entries(PROBE_PATHS)) {
    const get = app[kind]?.httpGet;
    if (!get) {
      error(where, `has no ${kind} with httpGet`);
      continue;
    }
    const port = typeof get.port === 'string' ? ports[get.port] : get.port;
    if (get.path !== expected) error(where, `${kind} asks ${get.path}; the app answers it on ${expected}`);
    if (port !== HTTP_PORT) error(where, `${kind} asks port ${get.port}; health is served on ${HTTP_PORT}`);
    probes.push({ probe: kind, path: get.path, port });
  }
  const annotations = pod?.metadata?.annotations ?? {};
  if (annotations['prometheus.io/port'] !== String(MANAGEMENT_PORT) || annotations['prometheus.io/path'] !== '/q/metrics') {
    error(where, `the pod's prometheus.io annotations must name port ${MANAGEMENT_PORT} and path /q/metrics`);
  }
}

const deploymentNames = deployments.map((d) => d.data.metadata?.name);
const podLabels = deployments[0]?.data.spec?.template?.metadata?.labels;
for (const { where, data } of of('HorizontalPodAutoscaler')) {
  const target = data.spec?.scaleTargetRef ?? {};
  if (target.kind !== 'Deployment' || target.apiVersion !== 'apps/v1' || !deploymentNames.includes(target.name)) {
    error(where, `scales ${target.apiVersion} ${target.kind} ${target.name}, which is not the Deployment (${deploymentNames})`);
  }
}
for (const { where, data } of of('PodDisruptionBudget')) {
  if (!matches(data.spec?.selector?.matchLabels, podLabels)) error(where, 'selects no pod of the Deployment');
}
const services = new Map();
for (const { where, data } of of('Service')) {
  services.set(data.metadata?.name, data);
  if (!matches(data.spec?.selector, podLabels)) error(where, 'selects no pod of the Deployment');
  for (const port of data.spec?.ports ?? []) {
    const target = typeof port.targetPort === 'string' ? ports[port.targetPort] : port.targetPort;
    if (target === undefined) error(where, `port ${port.name} targets ${port.targetPort}, which no container port is`);
    if (target === MANAGEMENT_PORT) error(where, 'exposes the management port (metrics): keep it off the Services the Ingress uses');
  }
}
for (const { where, data } of of('Ingress')) {
  for (const rule of data.spec?.rules ?? []) {
    for (const p of rule.http?.paths ?? []) {
      const backend = p.backend?.service;
      const service = services.get(backend?.name);
      if (!service) {
        error(where, `routes to Service ${backend?.name}, which is not here`);
      } else if (!(service.spec?.ports ?? []).some((sp) => sp.name === backend.port?.name || sp.port === backend.port?.number)) {
        error(where, `routes to port ${JSON.stringify(backend.port)} of ${backend.name}, which it does not have`);
      }
    }
  }
}

console.log(JSON.stringify({ errors, probes, ports }, null, 2));
process.exit(errors.length ? 1 : 0);
