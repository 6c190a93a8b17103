import { afterEach } from 'vitest';

// Testing Library cleans up automatically only with vitest globals; we keep globals off and clean up here.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  localStorage.clear();
});
