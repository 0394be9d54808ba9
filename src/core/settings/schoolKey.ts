/**
 * A school's submission key, issued by the office's server (server/inbox) and sent by the pane with each relay
 * upload (`Authorization: Bearer <key>`): "bctt_" and 43 base64url characters (256 random bits).
 */
export const SCHOOL_KEY_PATTERN = /^bctt_[A-Za-z0-9_-]{43}$/;

export function isValidSchoolKey(value: unknown): value is string {
  return typeof value === 'string' && SCHOOL_KEY_PATTERN.test(value);
}
