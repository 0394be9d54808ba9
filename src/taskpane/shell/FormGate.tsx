import type { ReactNode } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../state/checks';
import { useChecks } from '../state/checks';
import { useI18n } from '../state/i18n';
import { TEMPLATES, type TemplateKind } from '../../core/template';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ForeignDocumentNotice } from './ForeignDocumentNotice';
import '../ui/messages';

export const useFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * What every form view needs first: the latest check result of a document that holds one of our templates.
 * Shows a spinner before the first check, the check's error, or a way to the Start view when there is no template.
 */
export function FormGate({ children }: { children: (result: CheckResult, kind: TemplateKind) => ReactNode }) {
  const { result, error } = useChecks();
  const { t } = useI18n();
  if (!result) {
    if (error) return <ErrorMessage error={error} />;
    return <Spinner size="small" label={t('forms.loading')} />;
  }
  const kind = result.snapshot.template?.id;
  if (!kind || !TEMPLATES[kind]) return <ForeignDocumentNotice />;
  return <>{children(result, kind)}</>;
}
