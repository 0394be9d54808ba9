import { photoPresent } from '../../../src/core/rules/photo';
import { completeCollective, completeIndividual, config, field, withFields } from '../../support/snapshots';

const cfg = config();
const mm = 36000;
const withPicture = (w: number, h: number) => withFields(completeIndividual(), { anh: field('anh', '', { picture: { widthEmu: w * mm, heightEmu: h * mm } }) });

describe('photo.present', () => {
  it('passes a 4x6 photo and one within the ratio tolerance', () => {
    expect(photoPresent(completeIndividual(), cfg)).toEqual([]);
    expect(photoPresent(withPicture(30, 45), cfg)).toEqual([]);
    expect(photoPresent(withPicture(42, 60), cfg)).toEqual([]);
  });

  it('is an error without a picture', () => {
    const s = withFields(completeIndividual(), { anh: field('anh', '', { picture: null }) });
    expect(photoPresent(s, cfg)).toEqual([
      { rule: 'photo.present', severity: 'error', field: 'anh', message: { key: 'findings.photo.missing' }, target: { fieldId: 'anh' } },
    ]);
    expect(photoPresent(withFields(completeIndividual(), { anh: field('anh', '') }), cfg)).toHaveLength(1);
  });

  it('warns when the ratio is far from 2:3, giving the size in mm', () => {
    const f = photoPresent(withPicture(60, 40), cfg);
    expect(f).toEqual([
      { rule: 'photo.present', severity: 'warning', field: 'anh', message: { key: 'findings.photo.ratio', params: { width: 60, height: 40 } }, target: { fieldId: 'anh' } },
    ]);
    expect(photoPresent(withPicture(40, 40), cfg)).toHaveLength(1);
    expect(photoPresent(withPicture(40, 50), cfg)).toHaveLength(1);
  });

  it('follows the configured tolerance', () => {
    expect(photoPresent(withPicture(40, 50), config({ photoRatioTolerance: 0.25 }))).toEqual([]);
  });

  it('does not divide by zero for a degenerate picture', () => {
    expect(photoPresent(withPicture(0, 0), cfg)).toEqual([]);
  });

  it('says nothing for a deleted frame or a collective report', () => {
    expect(photoPresent(withFields(completeIndividual(), { anh: null }), cfg)).toEqual([]);
    expect(photoPresent(completeCollective(), cfg)).toEqual([]);
  });
});
