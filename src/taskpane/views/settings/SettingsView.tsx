/**
 * Settings, kept per user: unit, sender, recipient and its office, city, language, deadline reading, and (advanced)
 * the relay server and the Microsoft 365 application id. Checked with the same validation as stored settings; each
 * problem is shown on its field (Fluent Field: validationState + validationMessage).
 */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular, Save20Regular } from '@fluentui/react-icons';
import { SETTINGS_MAX_LENGTH, validateSettings, type Settings, type SettingsField, type SettingsProblem } from '../../../core/settings';
import { useI18n } from '../../state/i18n';
import { useSettings } from '../../state/settings';

type TextField = Exclude<SettingsField, 'language' | 'deadlineReading'>;
type Form = Record<TextField, string> & Pick<Settings, 'language' | 'deadlineReading'>;

/** Problems that reject the value (the rest only note an adjustment: cut to length, invisible characters removed). */
const BLOCKING = /\.(missing|wrongType|invalid|empty)$/;

const HINTS: Partial<Record<SettingsField, string>> = {
  unitName: 'ui.settings.hint.unitName',
  recipient: 'ui.settings.hint.recipient',
  relayUrl: 'ui.settings.hint.relayUrl',
  schoolKey: 'ui.settings.hint.schoolKey',
  graphClientId: 'ui.settings.hint.graphClientId',
};

const INPUT_TYPES: Partial<Record<SettingsField, 'email' | 'url' | 'text'>> = { recipient: 'email', relayUrl: 'url' };

function toForm(s: Settings): Form {
  return {
    unitName: s.unitName,
    senderName: s.senderName,
    senderRole: s.senderRole,
    recipient: s.recipient,
    recipientOffice: s.recipientOffice,
    cityName: s.cityName,
    language: s.language,
    deadlineReading: s.deadlineReading,
    relayUrl: s.relayUrl ?? '',
    schoolKey: s.schoolKey ?? '',
    graphClientId: s.graphClientId ?? '',
  };
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  toggle: { alignSelf: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export default function SettingsView() {
  const { t } = useI18n();
  const styles = useStyles();
  const { settings, save } = useSettings();
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [outcome, setOutcome] = useState<'saved' | 'notes' | 'rejected' | null>(null);
  const [advanced, setAdvanced] = useState(() => Boolean(settings.relayUrl || settings.schoolKey || settings.graphClientId));

  const problemOf = (field: SettingsField) => problems.find((p) => p.field === field);

  const set = <K extends keyof Form>(field: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setProblems((ps) => ps.filter((p) => p.field !== field));
    setOutcome(null);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateSettings(form).problems;
    if (checked.some((p) => BLOCKING.test(p.key))) {
      setProblems(checked);
      setOutcome('rejected');
      if (checked.some((p) => (p.field === 'relayUrl' || p.field === 'schoolKey' || p.field === 'graphClientId') && BLOCKING.test(p.key))) setAdvanced(true);
      return;
    }
    const notes = save(form);
    setProblems(notes);
    setOutcome(notes.length > 0 ? 'notes' : 'saved');
  };

  const textField = (field: TextField, required = false) => {
    const problem = problemOf(field);
    const state = problem ? (BLOCKING.test(problem.key) ? 'error' : 'warning') : 'none';
    return (
      <Field
        key={field}
        label={t(`settings.${field}.label`)}
        required={required}
        hint={HINTS[field] ? t(HINTS[field]!) : undefined}
        validationState={state}
        validationMessage={problem ? t(problem.key) : undefined}
      >
        <Input
          name={field}
          type={INPUT_TYPES[field] ?? 'text'}
          value={form[field]}
          maxLength={SETTINGS_MAX_LENGTH[field] * 2}
          onChange={(_, data) => set(field, data.value)}
        />
      </Field>
    );
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <fieldset className={styles.group}>
        <Text as="h3" weight="semibold" className={styles.legend}>
          {t('ui.settings.sender')}
        </Text>
        {textField('unitName')}
        {textField('senderName')}
        {textField('senderRole')}
      </fieldset>
      <fieldset className={styles.group}>
        <Text as="h3" weight="semibold" className={styles.legend}>
          {t('ui.settings.receiver')}
        </Text>
        {textField('recipient', true)}
        {textField('recipientOffice', true)}
        {textField('cityName', true)}
      </fieldset>
      <fieldset className={styles.group}>
        <Text as="h3" weight="semibold" className={styles.legend}>
          {t('ui.settings.general')}
        </Text>
        <Field label={t('settings.language.label')}>
          <Select name="language" value={form.language} onChange={(_, data) => set('language', data.value as Settings['language'])}>
            <option value="vi">{t('ui.settings.language.vi')}</option>
            <option value="en">{t('ui.settings.language.en')}</option>
          </Select>
        </Field>
        <Field label={t('settings.deadlineReading.label')}>
          <RadioGroup value={form.deadlineReading} onChange={(_, data) => set('deadlineReading', data.value as Settings['deadlineReading'])}>
            <Radio value="strict" label={t('ui.settings.deadlineReading.strict')} />
            <Radio value="inclusive" label={t('ui.settings.deadlineReading.inclusive')} />
          </RadioGroup>
        </Field>
      </fieldset>
      <Button
        appearance="subtle"
        className={styles.toggle}
        icon={advanced ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={advanced}
        aria-controls="settings-advanced"
        onClick={() => setAdvanced((a) => !a)}
      >
        {advanced ? t('ui.settings.hideAdvanced') : t('ui.settings.showAdvanced')}
      </Button>
      {advanced ? (
        <fieldset className={styles.group} id="settings-advanced">
          <Text as="h3" weight="semibold" className={styles.legend}>
            {t('ui.settings.advanced')}
          </Text>
          {textField('relayUrl')}
          {textField('schoolKey')}
          {textField('graphClientId')}
        </fieldset>
      ) : null}
      {outcome ? (
        <MessageBar intent={outcome === 'saved' ? 'success' : outcome === 'notes' ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            {t(outcome === 'saved' ? 'ui.settings.saved' : outcome === 'notes' ? 'ui.settings.savedWithNotes' : 'ui.settings.notSaved')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<Save20Regular />}>
          {t('ui.settings.save')}
        </Button>
      </div>
    </form>
  );
}
