/** The form views' tests use the one DocumentHost double of the project (test/support/fakeHost.ts). */
export { FakeHost, templateSnapshot, type Call } from '../../../support/fakeHost';
