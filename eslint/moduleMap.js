// The module map as a lint rule (issue 12.7): which folders of src/ a folder may import from. ESLint's built-in
// `no-restricted-imports` matches import strings, not the files they resolve to, so it cannot tell `../map/x` from a
// feature (another feature) from `../map/x` one folder deeper (the same feature); this rule resolves each relative
// import against the importing file and compares folders. No dependency: it reads paths, never the files (it only asks whether a bare name is a folder).
import { statSync } from 'node:fs';
import path from 'node:path';

const isFolder = (file) => statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * @typedef {object} Layer
 * @property {string[]} allow   folders of src/ it may import (its own folder always; a feature only its own feature)
 * @property {string[]} [types] folders it may import types from, and nothing else (erased at build time)
 * @property {string} why       the rule in words, for the message
 */

/** Where a resolved file sits: its top folder under src/ and, for features, which feature. */
function placeOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  // `../i18n` names the folder (its index), not a top-level file: the only time the rule looks at the disk.
  if (parts.length === 1 && isFolder(file)) return { layer: parts[0], feature: null };
  if (parts.length < 2) return { layer: null, feature: null }; // src/main.tsx and other top-level files
  return { layer: parts[0], feature: parts[0] === 'features' ? (parts[1] ?? null) : null };
}

/** True when every imported name is a type: `import type {…}`, `export type {…}`, or `{ type A, type B }`. */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specs = node.specifiers ?? [];
  return specs.length > 0 && specs.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the module map (src/domain, ingest, lib, i18n, state, dataset, features).' },
    schema: [
      { type: 'object', properties: { src: { type: 'string' }, layers: { type: 'object' } }, required: ['layers'] },
    ],
    messages: {
      forbidden: '{{from}} may not import {{to}}: {{why}}',
      crossFeature: 'features/{{from}} may not import features/{{to}}: a feature imports no other feature.',
    },
  },
  create(context) {
    const { layers, src = 'src' } = context.options[0];
    const srcRoot = path.resolve(context.cwd, src);
    const here = placeOf(path.resolve(context.filename), srcRoot);
    const layer = here?.layer ? layers[here.layer] : undefined;
    if (!here || !layer) return {};

    function check(node, source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = placeOf(path.resolve(path.dirname(context.filename), source.value), srcRoot);
      if (!target || target.layer === null) return; // outside src/ (data/*.json) is not the map's business
      if (target.layer === here.layer) {
        if (here.layer === 'features' && target.feature !== here.feature) {
          context.report({ node: source, messageId: 'crossFeature', data: { from: here.feature, to: target.feature } });
        }
        return;
      }
      if (layer.allow.includes(target.layer)) return;
      if (layer.types?.includes(target.layer) && typeOnly(node)) return;
      context.report({
        node: source,
        messageId: 'forbidden',
        data: { from: here.layer, to: `${target.layer}/`, why: layer.why },
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export default { rules: { 'module-map': rule } };
