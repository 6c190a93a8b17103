import { afterEach, beforeAll } from 'vitest';

// A busy 2-core machine (CI, or a build running beside the tests) can take seconds to render the dashboard: the
// finders wait up to 15 s (the default 1 s measures the machine, not the app). Nothing here asserts speed.
beforeAll(async () => {
  if (typeof document === 'undefined') return;
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 15_000 });
});

// Testing Library cleans up automatically only with vitest globals; we keep globals off and clean up here.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  localStorage.clear();
});
