/**
 * The inbox page: log-in, then the quarter, the "to sort" list, the school directory, reminders, accounts and (for
 * administrators) the audit log.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiError, InboxApi } from './api';
import { useLang } from './i18n';
import type { QuarterList, User } from './types';
import { QuarterScreen } from './views/QuarterScreen';
import { SubmissionScreen } from './views/SubmissionScreen';
import { UnsortedScreen } from './views/UnsortedScreen';
import { SchoolsScreen } from './views/SchoolsScreen';
import { RemindersScreen } from './views/RemindersScreen';
import { AccountsScreen } from './views/AccountsScreen';
import { AuditScreen } from './views/AuditScreen';
import { Notices } from './views/common';

const useStyles = makeStyles({
  page: { maxWidth: '1200px', margin: '0 auto', padding: '16px', boxSizing: 'border-box' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px', justifyContent: 'space-between' },
  headerEnd: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: '8px' },
  login: { maxWidth: '360px', margin: '48px auto', display: 'flex', flexDirection: 'column', gap: '12px' },
  user: { color: tokens.colorNeutralForeground2 },
});

export type Screen = 'quarter' | 'unsorted' | 'schools' | 'reminders' | 'accounts' | 'audit';

export function InboxApp({ api: given }: { api?: InboxApi }) {
  const { lang } = useLang();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const api = useMemo(() => given ?? new InboxApi(), [given]);
  // The API client reads the current language and returns to the log-in screen on any 401.
  useEffect(() => {
    api.onUnauthorized = () => setUser(null);
  }, [api]);
  api.lang = () => lang;

  useEffect(() => {
    api.session().then(setUser, () => setUser(null));
  }, [api]);

  if (user === undefined) return <Spinner style={{ marginTop: 48 }} />;
  if (user === null) return <LoginScreen api={api} onLogin={setUser} />;
  return <Shell api={api} user={user} onLogout={() => setUser(null)} />;
}

function LanguagePicker() {
  const { lang, setLang, tr } = useLang();
  return (
    <Field label={tr('inboxPage.settings.language')} orientation="horizontal">
      <Select value={lang} onChange={(_, d) => setLang(d.value === 'en' ? 'en' : 'vi')}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </Select>
    </Field>
  );
}

function LoginScreen({ api, onLogin }: { api: InboxApi; onLogin: (user: User) => void }) {
  const styles = useStyles();
  const { tr } = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      onLogin(await api.login(username, password));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : tr('inboxPage.error.network'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className={styles.login}>
      <h1 style={{ fontSize: 24, margin: 0 }}>{tr('inboxPage.title')}</h1>
      <LanguagePicker />
      <form onSubmit={submit} style={{ display: 'flex', flexDirection: 'column', gap: 12 }} aria-label={tr('inboxPage.login.title')}>
        <Field label={tr('inboxPage.login.username')} required>
          <Input value={username} autoComplete="username" onChange={(_, d) => setUsername(d.value)} />
        </Field>
        <Field label={tr('inboxPage.login.password')} required>
          <Input type="password" value={password} autoComplete="current-password" onChange={(_, d) => setPassword(d.value)} />
        </Field>
        <Notices error={error} />
        <Button type="submit" appearance="primary" disabled={busy || !username || !password}>
          {busy ? tr('inboxPage.login.busy') : tr('inboxPage.login.submit')}
        </Button>
      </form>
    </main>
  );
}

function Shell({ api, user, onLogout }: { api: InboxApi; user: User; onLogout: () => void }) {
  const styles = useStyles();
  const { tr } = useLang();
  const [screen, setScreen] = useState<Screen>('quarter');
  const [quarters, setQuarters] = useState<QuarterList | null>(null);
  const [quarter, setQuarter] = useState('');
  const [submissionId, setSubmissionId] = useState<string | null>(null);
  const [error, setError] = useState('');

  const loadQuarters = useCallback(() => {
    api.quarters().then(
      (q) => {
        setQuarters(q);
        setQuarter((current) => current || q.current);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [api]);
  useEffect(loadQuarters, [loadQuarters]);

  const logout = async () => {
    try {
      await api.logout();
    } finally {
      onLogout();
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 style={{ fontSize: 22, margin: 0 }}>{tr('inboxPage.title')}</h1>
        <div className={styles.headerEnd}>
          <Text className={styles.user}>{tr('inboxPage.signedInAs', { username: user.username })}</Text>
          <LanguagePicker />
          <Button onClick={logout}>{tr('inboxPage.logout')}</Button>
        </div>
      </header>
      <nav aria-label={tr('inboxPage.nav.label')}>
        <TabList
          selectedValue={screen}
          onTabSelect={(_, d) => {
            setSubmissionId(null);
            setScreen(d.value as Screen);
          }}
        >
          <Tab value="quarter">{tr('inboxPage.nav.quarter')}</Tab>
          <Tab value="unsorted">{tr('inboxPage.nav.unsorted')}</Tab>
          <Tab value="schools">{tr('inboxPage.nav.schools')}</Tab>
          <Tab value="reminders">{tr('inboxPage.nav.reminders')}</Tab>
          <Tab value="accounts">{tr('inboxPage.nav.accounts')}</Tab>
          {user.role === 'admin' && <Tab value="audit">{tr('inboxPage.nav.audit')}</Tab>}
        </TabList>
      </nav>
      <Notices error={error} />
      <main>
        {!quarters || !quarter ? (
          <Spinner />
        ) : submissionId ? (
          <SubmissionScreen api={api} id={submissionId} onBack={() => setSubmissionId(null)} />
        ) : screen === 'quarter' ? (
          <QuarterScreen api={api} quarters={quarters} quarter={quarter} onQuarter={setQuarter} onOpen={setSubmissionId} />
        ) : screen === 'unsorted' ? (
          <UnsortedScreen api={api} onOpen={setSubmissionId} />
        ) : screen === 'schools' ? (
          <SchoolsScreen api={api} onChanged={loadQuarters} />
        ) : screen === 'reminders' ? (
          <RemindersScreen api={api} quarters={quarters} quarter={quarter} onQuarter={setQuarter} />
        ) : screen === 'accounts' ? (
          <AccountsScreen api={api} user={user} />
        ) : (
          <AuditScreen api={api} />
        )}
      </main>
    </div>
  );
}
