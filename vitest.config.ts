import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built binary: build it when it is older than its sources.
    globalSetup: ['test/cli-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // End-to-end suites spawn processes and a browser; two cores are all there is.
    maxWorkers: 2
  }
})
