/** photo.present: the individual's 4x6 photo is in its frame, in portrait 2:3. */
import type { DocumentSnapshot } from '../snapshot';
import type { Finding, RuleConfig } from './types';
import { FIELD as ROLE } from '../template/roles';

const FIELD = ROLE.photo;
const RATIO = 2 / 3;

export function photoPresent(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  if (snapshot.template?.id !== 'individual') return [];
  const field = snapshot.fields[FIELD];
  if (!field) return []; // deleted control: template.intact
  const picture = field.picture;
  const target = { fieldId: FIELD };
  if (!picture) {
    return [{ rule: 'photo.present', severity: 'error', field: FIELD, message: { key: 'findings.photo.missing' }, target }];
  }
  const { widthEmu, heightEmu } = picture;
  if (!(widthEmu > 0) || !(heightEmu > 0)) return [];
  const deviation = Math.abs(widthEmu / heightEmu / RATIO - 1);
  if (deviation <= config.photoRatioTolerance + 1e-9) return [];
  return [
    {
      rule: 'photo.present',
      severity: 'warning',
      field: FIELD,
      message: {
        key: 'findings.photo.ratio',
        params: { width: Math.round(widthEmu / 3600) / 10, height: Math.round(heightEmu / 3600) / 10 },
      },
      target,
    },
  ];
}
