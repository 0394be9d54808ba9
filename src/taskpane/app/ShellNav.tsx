import { Button } from '@fluentui/react-components';
import {
  Checkmark20Regular,
  DocumentAdd20Regular,
  Image20Regular,
  Lightbulb20Regular,
  PersonEdit20Regular,
  Send20Regular,
  Settings20Regular,
  Table20Regular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useChecks } from '../state/checks';
import { useI18n } from '../state/i18n';
import { useNavigation, type ViewId } from '../state/navigation';
import { VIEW_ORDER } from './registry';
import { SHELL_CLASSES } from '../shell/shellClasses';

const ICONS: Record<ViewId, ReactElement> = {
  start: <DocumentAdd20Regular />,
  checklist: <Checkmark20Regular />,
  fields: <PersonEdit20Regular />,
  photo: <Image20Regular />,
  guide: <Lightbulb20Regular />,
  models: <Table20Regular />,
  send: <Send20Regular />,
  settings: <Settings20Regular />,
};

/**
 * Compact navigation that fits 320 px: one icon button per view (8 x 32 px), named (and titled) with the view's name;
 * the current one carries aria-current="page" and the view's name is the heading below. Plain buttons rather than a
 * TabList keep the focus-management library out of the first download (DESIGN.md §7). The photo view is hidden for a
 * collective report, which has no photo.
 */
export function ShellNav() {
  const { t } = useI18n();
  const { view, go } = useNavigation();
  const { result } = useChecks();
  const collective = result?.snapshot.template?.id === 'collective';
  const views = VIEW_ORDER.filter((id) => !(id === 'photo' && collective));
  return (
    <nav aria-label={t('ui.nav.label')}>
      <ul className={SHELL_CLASSES.navList}>
        {views.map((id) => {
          const name = t(`ui.nav.${id}`);
          const current = id === view;
          return (
            <li key={id}>
              <Button
                appearance="subtle"
                icon={ICONS[id]}
                aria-label={name}
                title={name}
                aria-current={current ? 'page' : undefined}
                className={current ? SHELL_CLASSES.navCurrent : undefined}
                data-view={id}
                onClick={() => go(id)}
              />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
