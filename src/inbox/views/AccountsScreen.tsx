/**
 * Office accounts: every user changes their own password; an administrator also lists the accounts, creates one,
 * disables or enables another, and sets a new password for one who forgot it (server/inbox/API.md, /users).
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Field, Input, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { formatInstant } from '../logic';
import type { Role, User } from '../types';
import { type Column, DataTable, Notices } from './common';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '12px',
    alignItems: 'end',
    margin: '12px 0',
    padding: '12px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { flexBasis: '100%' },
});

export function AccountsScreen({ api, user }: { api: InboxApi; user: User }) {
  const { tr } = useLang();
  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">{tr('inboxPage.accounts.title')}</h2>
      <OwnPasswordForm api={api} />
      {user.role === 'admin' && <UserList api={api} me={user.username} />}
    </section>
  );
}

function OwnPasswordForm({ api }: { api: InboxApi }) {
  const styles = useStyles();
  const { tr } = useLang();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const mismatch = again !== '' && again !== next;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError('');
    setMessage('');
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setAgain('');
      setMessage(tr('inboxPage.accounts.passwordChanged'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={save} aria-labelledby="own-password-title">
      <h3 id="own-password-title" className={styles.wide} style={{ margin: 0 }}>
        {tr('inboxPage.accounts.ownPassword')}
      </h3>
      <Field label={tr('inboxPage.accounts.current')} required>
        <Input type="password" autoComplete="current-password" value={current} onChange={(_, d) => setCurrent(d.value)} />
      </Field>
      <Field label={tr('inboxPage.accounts.newPassword')} hint={tr('inboxPage.accounts.passwordHint')} required>
        <Input type="password" autoComplete="new-password" value={next} onChange={(_, d) => setNext(d.value)} />
      </Field>
      <Field
        label={tr('inboxPage.accounts.again')}
        required
        validationState={mismatch ? 'error' : 'none'}
        validationMessage={mismatch ? tr('inboxPage.accounts.mismatch') : undefined}
      >
        <Input type="password" autoComplete="new-password" value={again} onChange={(_, d) => setAgain(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy || !current || !next || !again || mismatch}>
        {tr('inboxPage.accounts.changePassword')}
      </Button>
      <div className={styles.wide}>
        <Notices error={error} message={message} />
      </div>
    </form>
  );
}

function UserList({ api, me }: { api: InboxApi; me: string }) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [resetting, setResetting] = useState<string | null>(null);
  const [resetPassword, setResetPassword] = useState('');

  const load = useCallback(() => {
    api.users().then(setUsers, (err: unknown) => setError(errorText(err)));
  }, [api]);
  useEffect(load, [load]);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setError('');
    setMessage('');
    try {
      await fn();
      setMessage(done);
      load();
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    }
  };

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    const name = username.trim().toLowerCase();
    if (await act(() => api.createUser(name, password, role), tr('inboxPage.accounts.created', { username: name }))) {
      setUsername('');
      setPassword('');
    }
  };

  const reset = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!resetting) return;
    if (await act(() => api.updateUser(resetting, { password: resetPassword }), tr('inboxPage.accounts.reset', { username: resetting }))) {
      setResetting(null);
      setResetPassword('');
    }
  };

  const columns: Array<Column<User>> = [
    { id: 'username', header: tr('inboxPage.login.username'), cell: (u) => u.username },
    { id: 'role', header: tr('inboxPage.accounts.role'), cell: (u) => tr(`inboxPage.accounts.role.${u.role}`) },
    { id: 'created', header: tr('inboxPage.accounts.createdAt'), cell: (u) => formatInstant(u.createdAt, lang) },
    {
      id: 'state',
      header: tr('inboxPage.accounts.state'),
      cell: (u) => <span data-disabled={u.disabled}>{tr(u.disabled ? 'inboxPage.accounts.disabled' : 'inboxPage.accounts.active')}</span>,
    },
    {
      id: 'actions',
      header: tr('inboxPage.schools.actions'),
      cell: (u) =>
        u.username === me ? (
          tr('inboxPage.accounts.you')
        ) : (
          <>
            <Button
              size="small"
              aria-label={tr(u.disabled ? 'inboxPage.accounts.enableOne' : 'inboxPage.accounts.disableOne', { username: u.username })}
              onClick={() =>
                void act(
                  () => api.updateUser(u.username, { disabled: !u.disabled }),
                  tr(u.disabled ? 'inboxPage.accounts.enabledDone' : 'inboxPage.accounts.disabledDone', { username: u.username }),
                )
              }
            >
              {tr(u.disabled ? 'inboxPage.accounts.enable' : 'inboxPage.accounts.disable')}
            </Button>{' '}
            <Button size="small" aria-label={tr('inboxPage.accounts.resetOne', { username: u.username })} onClick={() => setResetting(u.username)}>
              {tr('inboxPage.accounts.resetButton')}
            </Button>
          </>
        ),
    },
  ];

  return (
    <>
      <h3>{tr('inboxPage.accounts.list')}</h3>
      <Notices error={error} message={message} />
      {!users ? (
        !error && <Spinner />
      ) : (
        <DataTable
          label={tr('inboxPage.accounts.list')}
          columns={columns}
          rows={users}
          rowKey={(u) => u.username}
          rowData={(u) => ({ 'data-user': u.username })}
          empty={tr('inboxPage.accounts.empty')}
        />
      )}
      {resetting && (
        <form className={styles.form} onSubmit={reset} aria-label={tr('inboxPage.accounts.resetOne', { username: resetting })}>
          <Field label={tr('inboxPage.accounts.newPasswordFor', { username: resetting })} hint={tr('inboxPage.accounts.passwordHint')} required>
            <Input type="password" autoComplete="new-password" value={resetPassword} onChange={(_, d) => setResetPassword(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={!resetPassword}>
            {tr('inboxPage.schools.save')}
          </Button>
          <Button onClick={() => setResetting(null)}>{tr('inboxPage.cancel')}</Button>
        </form>
      )}
      <form className={styles.form} onSubmit={create} aria-labelledby="new-user-title">
        <h3 id="new-user-title" className={styles.wide} style={{ margin: 0 }}>
          {tr('inboxPage.accounts.add')}
        </h3>
        <Field label={tr('inboxPage.login.username')} hint={tr('inboxPage.accounts.usernameHint')} required>
          <Input value={username} autoComplete="off" onChange={(_, d) => setUsername(d.value)} />
        </Field>
        <Field label={tr('inboxPage.login.password')} hint={tr('inboxPage.accounts.passwordHint')} required>
          <Input type="password" autoComplete="new-password" value={password} onChange={(_, d) => setPassword(d.value)} />
        </Field>
        <Field label={tr('inboxPage.accounts.role')}>
          <Select value={role} onChange={(_, d) => setRole(d.value === 'admin' ? 'admin' : 'staff')}>
            <option value="staff">{tr('inboxPage.accounts.role.staff')}</option>
            <option value="admin">{tr('inboxPage.accounts.role.admin')}</option>
          </Select>
        </Field>
        <Button type="submit" disabled={!username || !password}>
          {tr('inboxPage.accounts.create')}
        </Button>
      </form>
    </>
  );
}
