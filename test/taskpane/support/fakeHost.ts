/** The task pane's tests use the one DocumentHost double of the project (test/support/fakeHost.ts). */
export { ALL_FIXES, FakeHost, fakeHost, memoryStorage } from '../../support/fakeHost';
