/**
 * Which sending paths the send view offers, and what the gate needs to know about earlier sends.
 * - Microsoft 365 (Graph): when Nested App Authentication is supported here and a client id is configured;
 * - relay: when a relay address is set;
 * - manual (download or save a copy, then a prepared email): always.
 * The first available path is the default.
 */
import { graphUnavailableReason, type IsSetSupported } from '../../../mail/graph/auth';
import type { RelayFields } from '../../../mail/relay';
import { isValidVideoLink } from '../../../core/mail';
import { cleanLine } from '../../../core/mail/sanitize';
import type { Settings } from '../../../core/settings';
import { isValidRelayUrl } from '../../../core/settings/relayUrl';
import type { SendRecord } from '../../../core/snapshot';

export type SendPathId = 'graph' | 'relay' | 'manual';

/** Display order, which is also the order of preference for the default. */
export const SEND_PATHS: readonly SendPathId[] = ['graph', 'relay', 'manual'];

export interface PathEnv {
  isSetSupported: IsSetSupported;
}

/** The paths that can be offered here, in display order; 'manual' is always last and always there. */
export function availablePaths(settings: Pick<Settings, 'relayUrl' | 'graphClientId'>, env: PathEnv): SendPathId[] {
  const paths: SendPathId[] = [];
  if (graphUnavailableReason({ clientId: settings.graphClientId, isSetSupported: env.isSetSupported }) === undefined)
    paths.push('graph');
  if (settings.relayUrl && isValidRelayUrl(settings.relayUrl)) paths.push('relay');
  paths.push('manual');
  return paths;
}

/** `wanted` when it is available, else the first available path. */
export function choosePath(wanted: SendPathId | null, available: readonly SendPathId[]): SendPathId {
  return wanted && available.includes(wanted) ? wanted : (available[0] ?? 'manual');
}

/** The sends recorded for the reporting period `label` (e.g. "2026-Q4"), oldest first. */
export function sendsInPeriod(history: readonly SendRecord[], label: string): SendRecord[] {
  return history.filter((r) => r.period === label);
}

export type VideoLinkState = 'empty' | 'valid' | 'invalid';

/** The optional video link: empty (fine), a valid http(s) address, or invalid (blocks sending). */
export function videoLinkState(text: string): VideoLinkState {
  if (text.trim() === '') return 'empty';
  return isValidVideoLink(text) ? 'valid' : 'invalid';
}

/** The relay's text fields: unit and sender from the settings, the video link when valid; empty values left out. */
export function relayFields(
  settings: Pick<Settings, 'unitName' | 'senderName' | 'senderRole'>,
  videoLink: string,
): RelayFields {
  const fields: RelayFields = {};
  const unitName = cleanLine(settings.unitName);
  const senderName = cleanLine(settings.senderName);
  const senderRole = cleanLine(settings.senderRole);
  if (unitName) fields.unitName = unitName;
  if (senderName) fields.senderName = senderName;
  if (senderRole) fields.senderRole = senderRole;
  if (videoLinkState(videoLink) === 'valid') fields.videoLink = videoLink.trim();
  return fields;
}
