/**
 * Fields form: the individual's name, birth year, position and unit, or the collective's full name.
 * Values are written into the content controls when the person leaves a box (or presses Enter, or "Save"),
 * never on every keystroke, and validated by the very rules of the checklist (src/taskpane/ui/fieldValidation.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import type { CheckResult } from '../../state/checks';
import { useHost } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { useNavigation } from '../../state/navigation';
import { useSettings } from '../../state/settings';
import { useAction } from '../../state/useAction';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormGate, useFormStyles } from '../../shell/FormGate';
import { documentValue, formFields, validateFields, valueToWrite } from '../../ui/fieldValidation';
import type { Finding } from '../../../core/rules';
import { FIELD, type FieldSpec, type TemplateKind } from '../../../core/template';
import { toUpperVi } from '../../../core/text';

export default function FieldsView() {
  return <FormGate>{(result, kind) => <FieldsForm key={kind} result={result} kind={kind} />}</FormGate>;
}

type Validation = { state: 'error' | 'warning' | 'success' | 'none'; message?: string };

function FieldsForm({ result, kind }: { result: CheckResult; kind: TemplateKind }) {
  const { t } = useI18n();
  const host = useHost();
  const { settings } = useSettings();
  const { go } = useNavigation();
  const { run, busy, error, clearError } = useAction();
  const styles = useFormStyles();
  const specs = useMemo(() => formFields(kind), [kind]);
  const snapshot = result.snapshot;

  const docValues = useMemo(() => Object.fromEntries(specs.map((s) => [s.id, documentValue(snapshot, s.id)])), [specs, snapshot]);
  /**
   * The boxes' values and which of them were changed in the form and not yet written, in one state so that
   * following the document (below) always sees the edits made up to that moment.
   */
  const [form, setForm] = useState<{ values: Record<string, string>; edited: ReadonlySet<string> }>({ values: docValues, edited: new Set() });
  const { values, edited } = form;
  /** Fields the person has left at least once (validation shows from then on). */
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  /** Fields written by this form since they were last edited. */
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const valuesRef = useRef(values);
  valuesRef.current = values;

  // The document changed (typing in Word, a fix, another view): boxes not being edited follow it.
  useEffect(() => {
    setForm((prev) => {
      const next = { ...prev.values };
      for (const s of specs) if (!prev.edited.has(s.id)) next[s.id] = docValues[s.id];
      return { ...prev, values: next };
    });
  }, [docValues, specs]);

  const findings = useMemo(
    () => validateFields(snapshot, values, { now: result.at, cityName: settings.cityName, deadlineReading: settings.deadlineReading }),
    [snapshot, values, result.at, settings.cityName, settings.deadlineReading],
  );

  const change = (id: string, value: string) => {
    setForm((prev) => ({ values: { ...prev.values, [id]: value }, edited: new Set(prev.edited).add(id) }));
    valuesRef.current = { ...valuesRef.current, [id]: value };
    setSaved((s) => without(s, id));
  };

  const save = async (ids: string[], override?: Record<string, string>) => {
    const toWrite = ids.filter((id) => snapshot.fields[id]);
    if (toWrite.length === 0) return;
    const written = { ...valuesRef.current, ...override };
    const ok = await run(async () => {
      for (const id of toWrite) await host.setField(id, valueToWrite(written[id]));
      return true;
    });
    if (!ok) return;
    setForm((prev) => {
      const next = new Set(prev.edited);
      // A box typed into while the save ran stays "edited".
      for (const id of toWrite) if (prev.values[id] === written[id]) next.delete(id);
      return { ...prev, edited: next };
    });
    setSaved((s) => new Set([...s, ...toWrite]));
  };

  const leave = (id: string) => {
    setTouched((s) => new Set(s).add(id));
    if (edited.has(id)) void save([id]);
  };

  const saveAll = () => {
    setTouched(new Set(specs.map((s) => s.id)));
    void save([...edited]);
  };

  const validation = (spec: FieldSpec): Validation => {
    if (!snapshot.fields[spec.id]) return { state: 'warning', message: t('forms.fields.missing') };
    const list: Finding[] = (findings[spec.id] ?? []).filter((f) => f.severity !== 'info');
    const show = touched.has(spec.id) || values[spec.id] !== '';
    if (show && list.length > 0) {
      return {
        state: list.some((f) => f.severity === 'error') ? 'error' : 'warning',
        message: list.map((f) => t(f.message.key, f.message.params)).join(' '),
      };
    }
    if (saved.has(spec.id) && !edited.has(spec.id)) return { state: 'success', message: t('forms.fields.saved') };
    return { state: 'none' };
  };

  const nameId = FIELD.fullName;
  const needsUppercase = (findings[nameId] ?? []).some((f) => f.rule === 'name.uppercase');

  /** "Viết hoa": the checklist's own fix (host.applyFix), after writing what is in the box. */
  const capitalise = async () => {
    const ok = await run(async () => {
      if (edited.has(nameId)) await host.setField(nameId, valueToWrite(valuesRef.current[nameId]));
      await host.applyFix({ kind: 'uppercaseName', fieldId: nameId });
      return true;
    });
    if (!ok) return;
    const upper = toUpperVi(valuesRef.current[nameId] ?? '');
    setForm((prev) => ({ values: { ...prev.values, [nameId]: upper }, edited: without(prev.edited, nameId) }));
    valuesRef.current = { ...valuesRef.current, [nameId]: upper };
    setTouched((s) => new Set(s).add(nameId));
    setSaved((s) => new Set(s).add(nameId));
  };

  return (
    <div className={styles.root}>
      <Text block>{t('forms.fields.intro')}</Text>
      {error ? <ErrorMessage error={error} onDismiss={clearError} /> : null}
      {specs.map((spec) => {
        const v = validation(spec);
        const missing = !snapshot.fields[spec.id];
        const common = {
          value: values[spec.id] ?? '',
          disabled: missing,
          onBlur: () => leave(spec.id),
          'data-field': spec.id,
        };
        return (
          <div key={spec.id} className={styles.root}>
            <Field
              label={t(`forms.field.${spec.id}.label`)}
              hint={t(`forms.field.${spec.id}.hint`)}
              required={spec.required}
              validationState={v.state}
              validationMessage={v.message}
            >
              {spec.id === nameId || spec.kind === 'year' ? (
                <Input
                  {...common}
                  inputMode={spec.kind === 'year' ? 'numeric' : undefined}
                  autoComplete="off"
                  onChange={(_, d) => change(spec.id, d.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') leave(spec.id);
                  }}
                />
              ) : (
                <GrowingTextarea {...common} onChange={(_, d) => change(spec.id, d.value)} />
              )}
            </Field>
            {spec.id === nameId && needsUppercase ? (
              <div className={styles.row}>
                <Button
                  size="small"
                  aria-label={t('forms.fields.uppercaseLabel', { suggestion: toUpperVi(values[nameId] ?? '') })}
                  disabled={busy}
                  onClick={() => void capitalise()}
                >
                  {t('forms.fields.uppercase')}
                </Button>
              </div>
            ) : null}
            {missing ? (
              <div className={styles.row}>
                <Button size="small" onClick={() => go('checklist')}>
                  {t('forms.goChecklist')}
                </Button>
              </div>
            ) : null}
          </div>
        );
      })}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || edited.size === 0} onClick={saveAll}>
          {busy ? t('forms.fields.saving') : t('forms.fields.save')}
        </Button>
        <Text role="status" aria-live="polite" className={styles.muted}>
          {edited.size > 0 ? t('forms.fields.unsaved') : saved.size > 0 ? t('forms.fields.allSaved') : ''}
        </Text>
      </div>
    </div>
  );
}

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}
