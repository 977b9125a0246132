/**
 * Which folder of src/ may import which: imports run one way, from the front ends (pane, CLI, preview) through
 * the adapters (Word, .docx, data files, text) to the host contract and the pure core. tests/architecture runs it.
 */
const layer = (name, may) => ({
  name: `${name}-imports-only-its-layers`,
  comment: `src/${name} may import only ${may.join(', ') || 'itself'}`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...may.map((m) => `^src/${m}/`)] },
});

module.exports = {
  forbidden: [
    layer('core', []),
    layer('files', ['core']),
    layer('host', ['core']),
    layer('text', ['core']),
    layer('docx', ['core', 'files']),
    layer('data', ['core', 'files']),
    layer('word', ['core', 'host']),
    layer('cli', ['core', 'files', 'docx', 'text', 'data']),
    {
      name: 'pane-reaches-word-only-at-its-entry',
      comment: 'The pane talks to Word through the host contract; only its entry point connects the Word adapter.',
      severity: 'error',
      from: { path: '^src/taskpane/', pathNot: '^src/taskpane/index\\.tsx$' },
      to: { path: '^src/(word|preview|cli)/' },
    },
    {
      name: 'no-circular-imports',
      // Word's object model is a graph (a paragraph's table's cell holds paragraphs), and so is its imitation.
      comment: 'No module needs itself back at run time (type-only imports may meet).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/preview/fake-word/' }, to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|lib|dist)/' },
  },
};
