#!/usr/bin/env node
// Validates the Kubernetes manifests in deploy/kubernetes without a cluster.
//
// Always: every file parses as YAML; every object has apiVersion, kind and
// metadata.name; kustomization.yaml lists every manifest (and only existing
// ones); each Deployment runs one image with RAPPORT_ROLE, probes
// /health/live (liveness) and /health/ready (readiness) on a declared port,
// and takes its settings from the `rapport` ConfigMap and Secret; Services
// and PodDisruptionBudgets select pods some Deployment makes; the Ingress
// routes to a Service port that exists; secret.example.yaml holds only
// placeholders.
// When installed: `kubeconform -strict` checks every object against the
// Kubernetes schemas, and `kubectl kustomize` renders the kustomization;
// otherwise each says it is skipped. (Neither installs offline here; there is
// no Helm chart, so no `helm template`.)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'deploy/kubernetes');
const problems = [];
const problem = (file, message) => problems.push(`${file}: ${message}`);

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const docs = [];
for (const file of files) {
  try {
    for (const doc of yaml.safeLoadAll(readFileSync(join(dir, file), 'utf8'))) if (doc) docs.push({ file, doc });
  } catch (error) {
    problem(file, `does not parse: ${error.message.split('\n')[0]}`);
  }
}

for (const { file, doc } of docs) {
  if (!doc.apiVersion || !doc.kind) problem(file, 'an object without apiVersion or kind');
  else if (doc.kind !== 'Kustomization' && !doc.metadata?.name) problem(file, `${doc.kind} without metadata.name`);
}

const kustomization = docs.find((d) => d.doc.kind === 'Kustomization');
if (!kustomization) problem('kustomization.yaml', 'missing');
else {
  const listed = kustomization.doc.resources ?? [];
  for (const resource of listed) if (!files.includes(resource)) problem('kustomization.yaml', `lists ${resource}, which does not exist`);
  for (const file of files) {
    if (file !== 'kustomization.yaml' && !file.endsWith('.example.yaml') && !listed.includes(file)) problem('kustomization.yaml', `does not list ${file}`);
  }
}

const objects = docs.filter((d) => d.doc.kind !== 'Kustomization' && !d.file.endsWith('.example.yaml'));
const ofKind = (kind) => objects.filter((d) => d.doc.kind === kind);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);

const deployments = ofKind('Deployment');
if (deployments.length < 2) problem('deploy/kubernetes', 'expected an API and a worker Deployment');
for (const { file, doc } of deployments) {
  const pod = doc.spec?.template;
  if (!matches(doc.spec?.selector?.matchLabels, pod?.metadata?.labels)) problem(file, 'the selector does not match the pod labels');
  const containers = pod?.spec?.containers ?? [];
  if (containers.length !== 1) problem(file, 'expected exactly one container');
  for (const container of containers) {
    const ports = new Set((container.ports ?? []).flatMap((p) => [p.name, p.containerPort]));
    if (!container.image) problem(file, `container ${container.name} has no image`);
    for (const [probe, path] of [['livenessProbe', '/health/live'], ['readinessProbe', '/health/ready']]) {
      const get = container[probe]?.httpGet;
      if (get?.path !== path) problem(file, `${probe} must GET ${path}`);
      else if (!ports.has(get.port)) problem(file, `${probe} uses port ${get.port}, which the container does not declare`);
    }
    const role = (container.env ?? []).find((e) => e.name === 'RAPPORT_ROLE')?.value;
    if (!['api', 'worker'].includes(role)) problem(file, 'RAPPORT_ROLE must be api or worker');
    const from = (container.envFrom ?? []).map((e) => e.configMapRef?.name ?? e.secretRef?.name);
    if (!from.includes('rapport') || (container.envFrom ?? []).length < 2) problem(file, 'must take its environment from the rapport ConfigMap and Secret');
  }
}
if (!ofKind('ConfigMap').some((d) => d.doc.metadata.name === 'rapport')) problem('configmap.yaml', 'no ConfigMap named rapport');

const podLabels = deployments.map((d) => d.doc.spec?.template?.metadata?.labels);
for (const { file, doc } of [...ofKind('Service'), ...ofKind('PodDisruptionBudget')]) {
  const selector = doc.kind === 'Service' ? doc.spec?.selector : doc.spec?.selector?.matchLabels;
  if (!selector || !podLabels.some((labels) => matches(selector, labels))) problem(file, `${doc.kind} ${doc.metadata.name} selects no Deployment's pods`);
}
for (const { file, doc } of ofKind('Ingress')) {
  for (const rule of doc.spec?.rules ?? []) {
    for (const path of rule.http?.paths ?? []) {
      const backend = path.backend?.service;
      const service = ofKind('Service').find((s) => s.doc.metadata.name === backend?.name);
      if (!service) problem(file, `routes to Service ${backend?.name}, which does not exist`);
      else if (!service.doc.spec.ports.some((p) => p.name === backend.port?.name || p.port === backend.port?.number)) problem(file, `routes to a port Service ${backend.name} does not have`);
    }
  }
}
for (const { file, doc } of docs.filter((d) => d.file.endsWith('.example.yaml') && d.doc.kind === 'Secret')) {
  for (const [key, value] of Object.entries(doc.stringData ?? {})) if (!/replace|example|redis:\/\/redis/.test(String(value))) problem(file, `${key} looks like a real value`);
}

const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
const run = (label, tool, args) => {
  try {
    execFileSync(tool, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`check-deploy: ${label} OK`);
  } catch (error) {
    problem(label, String(error.stderr || error.stdout || error.message).trim());
  }
};
if (onPath('kubeconform')) run('kubeconform', 'kubeconform', ['-strict', '-summary', ...files.filter((f) => f !== 'kustomization.yaml').map((f) => join(dir, f))]);
else console.log('check-deploy: SKIPPED kubeconform (not installed; it cannot be installed offline here): schemas not checked');
if (onPath('kubectl')) run('kubectl kustomize', 'kubectl', ['kustomize', dir]);
else console.log('check-deploy: SKIPPED kubectl kustomize (kubectl not installed)');

if (problems.length) {
  console.error(`check-deploy: FAILED\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-deploy: OK, ${objects.length} objects in ${files.length} files under deploy/kubernetes`);
