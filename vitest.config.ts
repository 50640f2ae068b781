import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // Each package's tests, the page's, and the checks across them (test/).
    include: ['packages/*/test/**/*.test.ts', 'web/test/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI, server and page tests run what is built: build it when it is older than its sources.
    globalSetup: ['test/support/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A polled assertion waits on a browser or a child process sharing two busy cores: the
    // default second is too short there, so wait as long as a person might before it fails.
    expect: {poll: {timeout: 15_000}},
    // End-to-end suites spawn processes and a browser; two cores are all there is.
    maxWorkers: 2
  }
})
