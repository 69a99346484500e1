// `npm test`: everything CI checks, in order. Installs Chromium for the browser tests when it can
// (root with apt-get), or says exactly what to install. Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command, args, options = {}) {
  console.info(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.info(
      "Chromium is missing: installing Debian's chromium package for the browser tests.",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0) {
      run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      'The browser tests need Chromium at /usr/bin/chromium. Install it with:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium',
    );
    process.exit(1);
  }
}

ensureChromium();

const steps = [
  ['npm', ['run', 'build']],
  ['npx', ['tsc', '--noEmit']],
  ['npx', ['eslint', '.']],
  ['npx', ['prettier', '--check', '.']],
];
for (const [command, args] of steps) {
  if (run(command, args) !== 0) {
    console.error(`\n${[command, ...args].join(' ')} failed.`);
    console.info('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('test-output', { recursive: true });
const jestStatus = run('npx', [
  'jest',
  '--json',
  '--outputFile=test-output/jest.json',
  ...process.argv.slice(2),
]);
if (existsSync('test-output/jest.json')) {
  const summary = JSON.parse(readFileSync('test-output/jest.json', 'utf8'));
  console.info(
    `\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`,
  );
}
process.exit(jestStatus);
