/** One submission: findings, summary text, the report as it will print (docx-preview, loaded lazily), choosing. */
import { useEffect, useRef, useState } from 'react';
import { Button, Field, Link, Spinner, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { formatInstant, quarterLabel } from '../logic';
import type { SubmissionDetail } from '../types';
import { Notices } from './common';

const useStyles = makeStyles({
  meta: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: '8px 0' },
  summary: { whiteSpace: 'pre-wrap', maxHeight: '320px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '8px' },
  preview: { overflowX: 'auto', background: tokens.colorNeutralBackground3, padding: '8px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end', margin: '12px 0' },
});

export function SubmissionScreen({ api, id, onBack }: { api: InboxApi; id: string; onBack(): void }) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [sub, setSub] = useState<SubmissionDetail | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.submission(id).then(setSub, (err: unknown) => setError(errorText(err)));
  }, [api, id]);

  const act = async (fn: () => Promise<void>, done: string) => {
    setError('');
    setMessage('');
    try {
      await fn();
      setSub(await api.submission(id));
      setMessage(done);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="submission-title">
      <Button onClick={onBack}>{tr('inboxPage.back')}</Button>
      <Notices error={error} message={message} />
      {!sub ? (
        !error && <Spinner />
      ) : (
        <>
          <h2 id="submission-title">{sub.schoolName ?? tr('inboxPage.submission.unsorted')}</h2>
          <dl className={styles.meta}>
            <dt>{tr('inboxPage.submission.quarter')}</dt>
            <dd style={{ margin: 0 }}>{quarterLabel(sub.quarter, lang)}</dd>
            <dt>{tr('inboxPage.submission.received')}</dt>
            <dd style={{ margin: 0 }}>
              {formatInstant(sub.receivedAt, lang)} ({tr(`inboxPage.source.${sub.source}`)}
              {sub.from ? `, ${sub.from}` : ''})
            </dd>
            <dt>{tr('inboxPage.submission.subject')}</dt>
            <dd style={{ margin: 0 }}>{sub.subjectName || '—'}</dd>
            <dt>{tr('inboxPage.submission.state')}</dt>
            <dd style={{ margin: 0 }} data-ready={sub.ready}>
              {sub.ready ? tr('inboxPage.submission.ready') : tr('inboxPage.submission.notReady', { count: sub.errorCount })}
            </dd>
          </dl>
          <div className={styles.actions}>
            <Link href={api.url(`/submissions/${sub.id}/file`)} download>
              {tr('inboxPage.submission.download', { file: sub.fileName })}
            </Link>
            <Switch
              checked={sub.shortlisted}
              label={tr('inboxPage.submission.shortlist')}
              onChange={(_, d) => void act(() => api.shortlist(sub.id, d.checked).then(() => undefined), tr(d.checked ? 'inboxPage.submission.shortlisted' : 'inboxPage.submission.unshortlisted'))}
            />
          </div>
          <h3>{tr('inboxPage.choice.title')}</h3>
          {sub.chosen ? (
            <div className={styles.actions}>
              <span data-chosen="true">{tr('inboxPage.choice.isChosen')}</span>
              <Link href={api.url(`/quarters/${sub.quarter}/letter`)} download>
                {tr('inboxPage.choice.letter')}
              </Link>
              <Button onClick={() => void act(() => api.unchoose(sub.quarter), tr('inboxPage.choice.removed'))}>{tr('inboxPage.choice.remove')}</Button>
            </div>
          ) : (
            <div className={styles.actions}>
              <Field label={tr('inboxPage.choice.note')} style={{ flex: '1 1 320px' }}>
                <Textarea value={note} maxLength={2000} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <Button
                appearance="primary"
                disabled={!sub.ready || !sub.schoolId}
                onClick={() => void act(() => api.choose(sub.quarter, sub.id, note).then(() => undefined), tr('inboxPage.choice.done'))}
              >
                {tr('inboxPage.choice.choose')}
              </Button>
            </div>
          )}
          <h3>{tr('inboxPage.submission.findings')}</h3>
          {sub.findings.length === 0 ? (
            <p>{tr('inboxPage.submission.noFindings')}</p>
          ) : (
            <ul>
              {sub.findings.map((f, i) => (
                <li key={i} data-severity={f.severity}>
                  <strong>{tr(`inboxPage.severity.${f.severity}`)}:</strong> {f.message}
                </li>
              ))}
            </ul>
          )}
          <h3>{tr('inboxPage.submission.summary')}</h3>
          <div className={styles.summary} tabIndex={0} role="region" aria-label={tr('inboxPage.submission.summary')}>
            {sub.summary || '—'}
          </div>
          <h3>{tr('inboxPage.submission.preview')}</h3>
          <DocxPreview api={api} id={sub.id} />
        </>
      )}
    </section>
  );
}

/** The report as it will print: the downloaded .docx rendered by docx-preview (its own chunk, loaded on demand). */
function DocxPreview({ api, id }: { api: InboxApi; id: string }) {
  const styles = useStyles();
  const { tr } = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'done' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    setState('loading');
    Promise.all([import(/* webpackChunkName: "docx-preview" */ 'docx-preview'), api.submissionFile(id)])
      .then(async ([lib, bytes]) => {
        if (!live || !ref.current) return;
        ref.current.replaceChildren();
        await lib.renderAsync(bytes, ref.current, undefined, { inWrapper: true, ignoreLastRenderedPageBreak: true });
        // docx-preview writes the report's pictures (the 4x6 photo) without a text alternative.
        for (const img of ref.current.querySelectorAll('img:not([alt])')) img.setAttribute('alt', tr('inboxPage.submission.previewImage'));
        if (live) setState('done');
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [api, id, tr]);
  return (
    <div className={styles.preview} role="region" aria-label={tr('inboxPage.submission.preview')} data-preview={state}>
      {state === 'loading' && <Spinner size="small" label={tr('inboxPage.loading')} />}
      {state === 'failed' && <p>{tr('inboxPage.submission.previewFailed')}</p>}
      <div ref={ref} />
    </div>
  );
}
