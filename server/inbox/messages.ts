/** The inbox's messages (src/core/i18n/catalogs/inbox.ts) and the relay's, registered for the server. */
import '../../src/export/inboxMessages';
import '../../src/mail/relayMessages';
