import * as core from '../../../src/core';
import { completeIndividual, emptyTemplate, NOW } from '../../support/snapshots';

describe('public entry src/core', () => {
  it('exposes the functions hosts, the task pane and the command line use', () => {
    for (const name of ['countWords', 'check', 'isReadyToSend', 'stats', 'formatFinding', 'reportingPeriod', 'fromLegacy', 'detectLegacy', 'resolveConfig', 't', 'emptySnapshot'] as const) {
      expect({ name, type: typeof core[name] }).toEqual({ name, type: 'function' });
    }
    expect(Object.keys(core.TEMPLATES).sort()).toEqual(['collective', 'individual']);
    expect(core.DEFAULT_RULE_CONFIG.summaryTargetWords).toBe(1000);
    expect(new core.AppError('findings.template.missing')).toBeInstanceOf(Error);
  });

  it('runs a whole check and renders it in both languages through the entry', () => {
    const findings = core.check(emptyTemplate('individual'), { now: NOW });
    expect(core.isReadyToSend(findings)).toBe(false);
    const restore = core.check({ ...completeIndividual(), fields: {} }, { now: NOW }).find((f) => f.field === 'hoTen')!;
    expect(core.formatFinding(restore)).toBe('Ô “Họ tên” của mẫu đã bị xóa. Khôi phục để điền tiếp.');
    expect(core.formatFinding(restore, 'en')).toBe('The "Full name" field of the template was deleted. Restore it to fill it in.');
    expect(core.isReadyToSend(core.check(completeIndividual(), { now: NOW }))).toBe(true);
  });
});
