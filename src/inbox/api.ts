/**
 * The inbox page's client of the office API (server/inbox/API.md). It keeps the session's CSRF token and sends it as
 * X-CSRF-Token on every change (POST, PUT, DELETE); any 401 answer calls `onUnauthorized` (the page goes back to the
 * log-in screen) and rejects with an ApiError. No Office or React import: the page and its tests share it.
 */
import type { Lang } from '../core/i18n/runtime';
import type {
  AuditEntry,
  Choice,
  ImportResult,
  Onboarding,
  QuarterList,
  QuarterView,
  ReminderLogEntry,
  ReminderPreview,
  ReminderSendResult,
  ReminderSettings,
  School,
  SchoolInput,
  SubmissionDetail,
  SubmissionSummary,
  UnsortedItem,
  Role,
  User,
} from './types';

export const API_BASE = '/api/inbox';

/** An error answer of the API: `code` is its stable message key, `error` the message in the asked language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: { field: string; code: string; error: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface InboxApiOptions {
  /** Origin (or '' for the page's own). */
  base?: string;
  fetch?: FetchLike;
  lang?: () => Lang;
  onUnauthorized?: () => void;
}

const CHANGES = new Set(['POST', 'PUT', 'DELETE']);

export class InboxApi {
  csrfToken = '';
  private readonly base: string;
  private readonly doFetch: FetchLike;
  lang: () => Lang;
  onUnauthorized: () => void;

  constructor(options: InboxApiOptions = {}) {
    this.base = options.base ?? '';
    this.doFetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.lang = options.lang ?? (() => 'vi');
    this.onUnauthorized = options.onUnauthorized ?? (() => undefined);
  }

  /** A GET address for a download link or the printable view (`?lang=`, since a navigation cannot set headers). */
  url(path: string, query: Record<string, string | number | null | undefined> = {}): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
    params.set('lang', this.lang());
    return `${this.base}${API_BASE}${path}?${params.toString()}`;
  }

  async request<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.lang() };
    if (CHANGES.has(method) && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof Blob || body instanceof ArrayBuffer || body instanceof Uint8Array) {
      headers['Content-Type'] = contentType ?? 'application/octet-stream';
      payload = body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await this.doFetch(`${this.base}${API_BASE}${path}`, { method, headers, body: payload, credentials: 'same-origin' });
    const text = await res.text();
    let data: Record<string, unknown> = {};
    if (text) {
      try {
        data = JSON.parse(text) as Record<string, unknown>;
      } catch {
        data = {};
      }
    }
    if (!res.ok) {
      const code = typeof data.code === 'string' ? data.code : `http.${res.status}`;
      const error = new ApiError(
        res.status,
        code,
        typeof data.error === 'string' ? data.error : `HTTP ${res.status}`,
        (data.params as Record<string, unknown>) ?? {},
        (data.fields as ApiError['fields']) ?? [],
      );
      if (res.status === 401 && path !== '/login') {
        this.csrfToken = '';
        this.onUnauthorized();
      }
      throw error;
    }
    return data as T;
  }

  async login(username: string, password: string): Promise<User> {
    const r = await this.request<{ user: User; csrfToken: string }>('POST', '/login', { username, password });
    this.csrfToken = r.csrfToken;
    return r.user;
  }

  async session(): Promise<User> {
    const r = await this.request<{ user: User; csrfToken: string }>('GET', '/session');
    this.csrfToken = r.csrfToken;
    return r.user;
  }

  async logout(): Promise<void> {
    await this.request('POST', '/logout');
    this.csrfToken = '';
  }

  quarters(): Promise<QuarterList> {
    return this.request('GET', '/quarters');
  }

  quarter(q: string, filters: { ward?: string; cluster?: number | null; status?: string } = {}): Promise<QuarterView> {
    const params = new URLSearchParams();
    if (filters.ward) params.set('ward', filters.ward);
    if (filters.cluster) params.set('cluster', String(filters.cluster));
    if (filters.status) params.set('status', filters.status);
    const query = params.toString();
    return this.request('GET', `/quarters/${encodeURIComponent(q)}${query ? `?${query}` : ''}`);
  }

  async submission(id: string): Promise<SubmissionDetail> {
    return (await this.request<{ submission: SubmissionDetail }>('GET', `/submissions/${encodeURIComponent(id)}`)).submission;
  }

  async submissionFile(id: string): Promise<ArrayBuffer> {
    const res = await this.doFetch(`${this.base}${API_BASE}/submissions/${encodeURIComponent(id)}/file`, { credentials: 'same-origin' });
    if (res.status === 401) this.onUnauthorized();
    if (!res.ok) throw new ApiError(res.status, `http.${res.status}`, `HTTP ${res.status}`);
    return res.arrayBuffer();
  }

  async shortlist(id: string, shortlisted: boolean): Promise<SubmissionSummary> {
    return (await this.request<{ submission: SubmissionSummary }>('POST', `/submissions/${encodeURIComponent(id)}/shortlist`, { shortlisted })).submission;
  }

  async assign(id: string, body: { schoolId?: string; quarter?: string }): Promise<SubmissionSummary> {
    return (await this.request<{ submission: SubmissionSummary }>('POST', `/submissions/${encodeURIComponent(id)}/assign`, body)).submission;
  }

  async choose(quarter: string, submissionId: string, note: string): Promise<Choice> {
    return (await this.request<{ choice: Choice }>('PUT', `/quarters/${encodeURIComponent(quarter)}/choice`, { submissionId, note })).choice;
  }

  async unchoose(quarter: string): Promise<void> {
    await this.request('DELETE', `/quarters/${encodeURIComponent(quarter)}/choice`);
  }

  async unsorted(): Promise<UnsortedItem[]> {
    return (await this.request<{ items: UnsortedItem[] }>('GET', '/unsorted')).items;
  }

  mailbox(): Promise<{ configured: boolean; lastPollAt: string | null; lastError: string | null; intervalMinutes: number }> {
    return this.request('GET', '/mailbox');
  }

  pollMailbox(): Promise<{ messages: number; imported: number; unsorted: number; skipped: number }> {
    return this.request('POST', '/mailbox/poll');
  }

  async schools(): Promise<School[]> {
    return (await this.request<{ schools: School[] }>('GET', '/schools')).schools;
  }

  createSchool(input: SchoolInput): Promise<{ school: School; onboarding: Onboarding }> {
    return this.request('POST', '/schools', input);
  }

  async updateSchool(id: string, input: SchoolInput): Promise<School> {
    return (await this.request<{ school: School }>('PUT', `/schools/${encodeURIComponent(id)}`, input)).school;
  }

  async rotateKey(id: string): Promise<Onboarding> {
    return (await this.request<{ onboarding: Onboarding }>('POST', `/schools/${encodeURIComponent(id)}/key`)).onboarding;
  }

  importSchools(file: Blob, name: string): Promise<ImportResult> {
    const xlsx = /\.xlsx$/i.test(name);
    return this.request('POST', '/schools/import', file, xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
  }

  reminderPreview(quarter: string): Promise<ReminderPreview> {
    return this.request('GET', `/reminders/preview?quarter=${encodeURIComponent(quarter)}`);
  }

  sendReminders(quarter: string): Promise<ReminderSendResult> {
    return this.request('POST', '/reminders/send', { quarter });
  }

  async reminderLog(quarter: string): Promise<ReminderLogEntry[]> {
    return (await this.request<{ entries: ReminderLogEntry[] }>('GET', `/reminders/log?quarter=${encodeURIComponent(quarter)}`)).entries;
  }

  reminderSettings(): Promise<ReminderSettings> {
    return this.request('GET', '/reminders/settings');
  }

  saveReminderSettings(settings: ReminderSettings): Promise<ReminderSettings> {
    return this.request('PUT', '/reminders/settings', settings);
  }

  async users(): Promise<User[]> {
    return (await this.request<{ users: User[] }>('GET', '/users')).users;
  }

  async createUser(username: string, password: string, role: Role): Promise<User> {
    return (await this.request<{ user: User }>('POST', '/users', { username, password, role })).user;
  }

  async updateUser(username: string, change: { disabled?: boolean; password?: string }): Promise<User> {
    return (await this.request<{ user: User }>('PUT', `/users/${encodeURIComponent(username)}`, change)).user;
  }

  async changePassword(current: string, password: string): Promise<void> {
    await this.request('PUT', '/password', { current, password });
  }

  /** The newest audit entries, or those before the entry `before` (the next page). */
  async audit(before?: number, limit = 200): Promise<AuditEntry[]> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (before) query.set('before', String(before));
    return (await this.request<{ entries: AuditEntry[] }>('GET', `/audit?${query.toString()}`)).entries;
  }
}
