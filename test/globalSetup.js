// Builds dist/ once before the tests, so the bundle tests run what would be deployed. A failed
// build is reported here and the tests that need dist/ then fail on their own; the core tests
// still run.
const { execFileSync } = require('node:child_process');

module.exports = async () => {
  try {
    execFileSync(process.execPath, ['esbuild.config.mjs'], { stdio: 'pipe' });
  } catch (error) {
    console.error(`\nThe build failed, so tests of dist/ will fail:\n${error.stderr ?? error}`);
  }
};
