// Builds what clasp pushes: dist/Code.js (the server bundle), dist/Sidebar.html (the sidebar with
// its script and styles inlined) and dist/appsscript.json. Also builds the Node-only command line.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const SERVER_ENTRY = 'src/server/index.ts';

/** Written whole then renamed, so a test run never reads half of a file another build writes. */
function writeAtomically(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
const GLOBAL_NAME = 'OkrKraTracker';

/** Apps Script only calls top-level functions, so each export gets a thin wrapper. */
async function exportedNames() {
  const result = await build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'dist-esm-unused',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === SERVER_ENTRY);
  return output.exports;
}

async function buildServer() {
  const names = await exportedNames();
  const result = await build({
    entryPoints: [SERVER_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    // Names kept, so that errors in the Apps Script log still read well.
    minify: true,
    keepNames: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const wrappers = names
    .map((name) => `function ${name}(a, b) { return ${GLOBAL_NAME}.${name}(a, b); }`)
    .join('\n');
  const code = `${result.outputFiles[0].text}\n${wrappers}\n`;
  writeAtomically('dist/Code.js', code);
  return names;
}

async function buildSidebar() {
  const result = await build({
    entryPoints: ['src/sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const styles = readFileSync('src/sidebar/styles.css', 'utf8');
  const html = readFileSync('src/sidebar/index.html', 'utf8')
    .replace('/*__STYLES__*/', () => styles)
    .replace('/*__SCRIPT__*/', () => script);
  writeAtomically('dist/Sidebar.html', html);
}

/** The command line and preview server run in Node from one CommonJS file. */
async function buildLocal() {
  await build({
    entryPoints: ['src/local/cli.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: 'dist-local/cli.js',
    sourcemap: true,
    logLevel: 'warning',
  });
}

mkdirSync('dist', { recursive: true });
const names = await buildServer();
await buildSidebar();
writeAtomically('dist/appsscript.json', readFileSync('appsscript.json', 'utf8'));
await buildLocal();
console.info(`built dist/Code.js (${names.join(', ')}), dist/Sidebar.html, dist-local/cli.js`);
