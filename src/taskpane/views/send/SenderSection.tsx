/**
 * The school (unit) and the sender, asked in the Send view before the first send (not only in Settings): the mail is
 * signed with them and the relay refuses a report without them. Prefilled from the settings, else from the report
 * (a collective's name, an individual's unit in the position-and-unit field); saved to the settings, so they are
 * asked once. Once given, a one-line summary with an edit button.
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useI18n } from '../../state/i18n';
import { useSettings } from '../../state/settings';
import { useFormStyles } from '../../shell/FormGate';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { SENDER_FIELDS, missingSenderFields, senderFromReport, type Sender, type SenderField } from '../../../core/mail/sender';
import { SETTINGS_MAX_LENGTH } from '../../../core/settings';
import type { DocumentSnapshot } from '../../../core/snapshot';
import type { TemplateKind } from '../../../core/template';

export function SenderSection({ snapshot, kind }: { snapshot: DocumentSnapshot; kind: TemplateKind }) {
  const { t } = useI18n();
  const styles = useFormStyles();
  const { settings, save } = useSettings();
  const missing = missingSenderFields(settings);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (missing.length === 0 && !editing) {
    return (
      <section aria-labelledby="send-sender" className={styles.root}>
        <Text as="h3" id="send-sender" weight="semibold" className={styles.heading}>
          {t('forms.send.senderTitle')}
        </Text>
        <Text block>
          {t('forms.send.senderSummary', { name: settings.senderName, role: settings.senderRole, unit: settings.unitName })}
        </Text>
        {saved ? (
          <Text role="status" aria-live="polite" size={200}>
            {t('forms.send.senderSaved')}
          </Text>
        ) : null}
        <div className={styles.row}>
          <Button size="small" icon={<EditRegular />} onClick={() => (setEditing(true), setSaved(false))}>
            {t('forms.send.senderEdit')}
          </Button>
        </div>
      </section>
    );
  }
  return (
    <SenderForm
      snapshot={snapshot}
      kind={kind}
      initial={settings}
      onSave={(sender) => {
        save({ ...settings, ...sender });
        setEditing(false);
        setSaved(true);
      }}
    />
  );
}

function SenderForm({
  snapshot,
  kind,
  initial,
  onSave,
}: {
  snapshot: DocumentSnapshot;
  kind: TemplateKind;
  initial: Sender;
  onSave: (sender: Sender) => void;
}) {
  const { t } = useI18n();
  const styles = useFormStyles();
  const [fromReport] = useState(() => senderFromReport(snapshot, kind));
  const [form, setForm] = useState<Sender>(() => ({
    unitName: initial.unitName || fromReport.unitName || '',
    senderName: initial.senderName,
    senderRole: initial.senderRole,
  }));
  const [tried, setTried] = useState(false);
  const prefilled = !initial.unitName && Boolean(fromReport.unitName);
  const empty = new Set<SenderField>(missingSenderFields(form));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (empty.size === 0) onSave(form);
  };

  const field = (name: SenderField, hint?: string) => {
    const invalid = tried && empty.has(name);
    const props = {
      name,
      value: form[name],
      maxLength: SETTINGS_MAX_LENGTH[name] * 2,
      onChange: (_: unknown, data: { value: string }) => setForm((f) => ({ ...f, [name]: data.value })),
    };
    return (
      <Field
        key={name}
        label={t(`settings.${name}.label`)}
        hint={hint}
        required
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t('forms.send.senderRequired') : undefined}
      >
        {name === 'unitName' ? <GrowingTextarea {...props} rows={1} /> : <Input {...props} />}
      </Field>
    );
  };

  return (
    <form aria-labelledby="send-sender" className={styles.root} onSubmit={submit} noValidate>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="send-sender">{t('forms.send.senderTitle')}</MessageBarTitle>
          {t('forms.send.senderIntro')}
        </MessageBarBody>
      </MessageBar>
      {field('unitName', prefilled ? `${t('forms.send.senderPrefilled')} ${t('forms.send.senderUnitHint')}` : t('forms.send.senderUnitHint'))}
      {SENDER_FIELDS.filter((f) => f !== 'unitName').map((f) => field(f))}
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {t('forms.send.senderSave')}
        </Button>
      </div>
    </form>
  );
}
