import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Each layer imports only what its allow-list names, as VS Code's layer check does: a deny-list
 * lets through whatever nobody thought of (a new Node-only package, a dynamic `import()`). Every
 * way a module is reached is checked: `import`, `export … from`, `import()`, `require()`,
 * `import x = require()` and `import('…')` types. An allow-list entry is a layer folder ending in
 * `/` (`shared/`), `node:builtins`, or a package name; `only` names files that alone may import
 * a package (the one door to it).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const builtins = new Set(builtinModules);

/** What a specifier reaches: a folder of the project (`core/`), a root file, `node:builtins` or a package name. */
function target(specifier, filename) {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const path = relative(root, resolve(dirname(filename), specifier)).split('\\').join('/');
    if (path.startsWith('..')) return { kind: 'outside', name: specifier };
    const slash = path.indexOf('/');
    return slash === -1 ? { kind: 'root file', name: path, path } : { kind: 'layer', name: `${path.slice(0, slash)}/`, path };
  }
  if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) return { kind: 'node', name: 'node:builtins' };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

/** @type {import('eslint').Rule.RuleModule} */
const imports = {
  meta: {
    type: 'problem',
    docs: { description: "Allow a layer only the imports on its allow-list." },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          only: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['layer', 'allow'],
        additionalProperties: false,
      },
    ],
    messages: {
      notAllowed: "{{layer}} may not import '{{specifier}}' ({{reached}}): it may import only {{allowed}}.",
      onlyThere: "'{{specifier}}' is imported in {{layer}} only by {{files}}, which is the door to it.",
      notLiteral: '{{layer}} may import only modules named by a plain string, so that the layer check can see them.',
    },
  },
  create(context) {
    const { layer, allow, only = {} } = context.options[0];
    const filename = relative(root, context.filename).split('\\').join('/');
    const allowed = allow.join(', ');

    const check = (node, source) => {
      const specifier = source?.type === 'Literal' && typeof source.value === 'string' ? source.value
        : source?.type === 'TemplateLiteral' && source.expressions.length === 0 ? source.quasis[0].value.cooked
        : undefined;
      if (specifier === undefined) {
        context.report({ node, messageId: 'notLiteral', data: { layer } });
        return;
      }
      const reached = target(specifier, context.filename);
      if (!allow.includes(reached.name)) {
        context.report({ node, messageId: 'notAllowed', data: { layer, specifier, reached: reached.name, allowed } });
        return;
      }
      const doors = only[reached.name];
      if (doors !== undefined && !doors.includes(filename)) {
        context.report({ node, messageId: 'onlyThere', data: { specifier, layer, files: doors.join(', ') } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.source),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression: (node) => {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isResolve = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'require';
        // createRequire(import.meta.url)('x'), as core/sheetjs-on-demand.ts loads SheetJS.
        const isMadeRequire = callee.type === 'CallExpression' && callee.callee.type === 'Identifier' && callee.callee.name === 'createRequire';
        if (isRequire || isResolve || isMadeRequire) check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { imports } };
