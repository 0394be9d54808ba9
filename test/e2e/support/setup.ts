/** setupFilesAfterEnv of the `e2e` project: real browsers are slower than jsdom. */
jest.setTimeout(120_000);
