/** Delivery through Microsoft Graph for staff with a Microsoft 365 mailbox (DESIGN.md §6). */
export { sendReportViaGraph, GRAPH_BASE_URL, GRAPH_INLINE_LIMIT, GRAPH_MAX_ATTACHMENT, GRAPH_SCOPES, DOCX_CONTENT_TYPE } from './client';
export {
  createMsalTokenProvider,
  graphUnavailableReason,
  graphSignInMode,
  NAA_REQUIREMENT_SET,
  DIALOG_REQUIREMENT_SET,
  GRAPH_CLIENT_ID_PATTERN,
  type GraphSignInMode,
  GRAPH_AUTHORITY,
  DEFAULT_GRAPH_SCOPES,
  type IsSetSupported,
  type MsalModule,
  type MsalTokenProviderOptions,
} from './auth';
export {
  createDialogTokenProvider,
  signInDialogUrl,
  parseSignInMessage,
  DIALOG_CODES,
  SIGN_IN_PAGE,
  type DialogHandle,
  type DialogHandlers,
  type DialogTokenProviderOptions,
  type OpenDialog,
} from './dialogAuth';
export { DEFAULT_UPLOAD_CHUNK, UPLOAD_FRAGMENT_UNIT, UPLOAD_MAX_FRAGMENT, nextExpectedOffset } from './upload';
export { DEFAULT_RETRY_POLICY, parseRetryAfter } from './retry';
export type {
  FetchLike,
  GraphRoute,
  GraphSendResult,
  RetryPolicy,
  SendReportViaGraphOptions,
  Sleep,
  TokenProvider,
  TokenRequest,
} from './types';
