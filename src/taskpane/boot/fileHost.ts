/**
 * The host factory of file mode, built at boot and passed into the app (components never create a host):
 * FileHost (and JSZip behind it) is imported on demand, so none of it is in the initial bundle.
 */
import type { HostFactory } from '../state/host';

async function fileHostModule() {
  return import(/* webpackChunkName: "filehost" */ '../../docx/fileHost');
}

export const fileHostFactory: HostFactory = {
  open: async (bytes) => (await fileHostModule()).FileHost.open(bytes),
  create: async (kind) => (await fileHostModule()).FileHost.create(kind),
};
