/** "To sort": reports mailed from addresses no school owns, to file under a school; "check mailbox now". */
import { useCallback, useEffect, useState } from 'react';
import { Button, Select, Spinner } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { formatInstant, quarterLabel } from '../logic';
import type { School, UnsortedItem } from '../types';
import { type Column, DataTable, Notices } from './common';

export function UnsortedScreen({ api, onOpen }: { api: InboxApi; onOpen(id: string): void }) {
  const { lang, tr } = useLang();
  const [items, setItems] = useState<UnsortedItem[] | null>(null);
  const [schools, setSchools] = useState<School[]>([]);
  const [mailbox, setMailbox] = useState<{ configured: boolean; lastPollAt: string | null } | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    Promise.all([api.unsorted(), api.schools(), api.mailbox()]).then(
      ([i, s, m]) => {
        setItems(i);
        setSchools(s);
        setMailbox(m);
      },
      (err: unknown) => setError(errorText(err)),
    );
  }, [api]);
  useEffect(load, [load]);

  const poll = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await api.pollMailbox();
      setMessage(tr('inboxPage.mailbox.polled', { imported: r.imported, unsorted: r.unsorted }));
      load();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const assign = async (item: UnsortedItem) => {
    const schoolId = picked[item.id];
    if (!schoolId) return;
    setError('');
    try {
      await api.assign(item.id, { schoolId });
      setMessage(tr('inboxPage.unsorted.assigned', { school: schools.find((s) => s.id === schoolId)?.name ?? '' }));
      load();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const columns: Array<Column<UnsortedItem>> = [
    { id: 'from', header: tr('inboxPage.unsorted.from'), cell: (item) => item.from },
    { id: 'subject', header: tr('inboxPage.unsorted.subject'), cell: (item) => item.mailSubject },
    { id: 'quarter', header: tr('inboxPage.submission.quarter'), cell: (item) => quarterLabel(item.quarter, lang) },
    {
      id: 'file',
      header: tr('inboxPage.unsorted.file'),
      cell: (item) => (
        <Button appearance="transparent" size="small" onClick={() => onOpen(item.id)}>
          {tr('inboxPage.table.open', { at: formatInstant(item.receivedAt, lang), file: item.fileName })}
        </Button>
      ),
    },
    {
      id: 'assign',
      header: tr('inboxPage.unsorted.assign'),
      cell: (item) => (
        <>
          <Select
            aria-label={tr('inboxPage.unsorted.school', { file: item.fileName })}
            value={picked[item.id] ?? ''}
            onChange={(_, d) => setPicked({ ...picked, [item.id]: d.value })}
          >
            <option value="">—</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>{' '}
          <Button size="small" disabled={!picked[item.id]} onClick={() => void assign(item)}>
            {tr('inboxPage.unsorted.assignButton')}
          </Button>
        </>
      ),
    },
  ];

  return (
    <section aria-labelledby="unsorted-title">
      <h2 id="unsorted-title">{tr('inboxPage.unsorted.title')}</h2>
      {mailbox?.configured && (
        <p>
          <Button onClick={poll} disabled={busy}>
            {tr('inboxPage.mailbox.poll')}
          </Button>{' '}
          {mailbox.lastPollAt && tr('inboxPage.mailbox.last', { at: formatInstant(mailbox.lastPollAt, lang) })}
        </p>
      )}
      <Notices error={error} message={message} />
      {!items ? (
        !error && <Spinner />
      ) : (
        <DataTable label={tr('inboxPage.unsorted.title')} columns={columns} rows={items} rowKey={(item) => item.id} empty={tr('inboxPage.unsorted.empty')} />
      )}
    </section>
  );
}
