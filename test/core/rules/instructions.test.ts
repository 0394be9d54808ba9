import { instructionsLeftover } from '../../../src/core/rules/instructions';
import { emptySnapshot } from '../../../src/core/snapshot';
import { SUMMARY_INSTRUCTION, TEMPLATES, instructionTexts } from '../../../src/core/template';
import { completeCollective, completeIndividual, config, nfd, summaryOf } from '../../support/snapshots';

const cfg = config();
const withBody = (bodyText: string, base = completeIndividual()) => ({ ...base, bodyText });
const leftovers = (bodyText: string, base = completeIndividual()) => instructionsLeftover(withBody(bodyText, base), cfg).map((f) => f.target?.text);

describe('instructions.leftover', () => {
  it('passes a finished report', () => {
    expect(instructionsLeftover(completeIndividual(), cfg)).toEqual([]);
    expect(instructionsLeftover(completeCollective(), cfg)).toEqual([]);
  });

  it('finds the whole summary instruction, with the text to go to', () => {
    const f = instructionsLeftover(withBody(`Mở đầu.\n${SUMMARY_INSTRUCTION}\n${summaryOf(50)}`), cfg);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'instructions.leftover', severity: 'error', target: { text: SUMMARY_INSTRUCTION } });
    expect(String(f[0].message.params!.text).length).toBeLessThanOrEqual(61);
  });

  it('finds every instruction of each template', () => {
    for (const kind of ['individual', 'collective'] as const) {
      for (const text of instructionTexts(kind)) {
        expect({ kind, text, found: leftovers(`${summaryOf(30)}\n${text}\n${summaryOf(30)}`, kind === 'individual' ? completeIndividual() : completeCollective()) }).toEqual({ kind, text, found: [text] });
      }
    }
  });

  it('finds a partial leftover of the summary instruction', () => {
    expect(leftovers(`(Trình bày tóm tắt khoảng 1.000 chữ ${summaryOf(40)}`)).toEqual(['(Trình bày tóm tắt khoảng 1.000 chữ']);
    expect(leftovers(`${summaryOf(20)} Hiệu quả được thừa nhận, suy tôn và sự lan tỏa tại cơ quan, đơn vị.`)).toEqual([
      'Hiệu quả được thừa nhận, suy tôn và sự lan tỏa tại cơ quan, đơn vị',
    ]);
  });

  it('stops a partial leftover at word boundaries', () => {
    expect(leftovers('Xem thêm (Trình bày tóm tắt khoảng 1.000 chữa bệnh')).toEqual(['(Trình bày tóm tắt khoảng 1.000']);
    expect(leftovers('phần (trình bày tóm tắt khoảng 1.000 chữ tương đương 02 trang giấy A4 về những thành tích xuất sắc. Tiếp')).toEqual([
      '(trình bày tóm tắt khoảng 1.000 chữ tương đương 02 trang giấy A4 về những thành tích xuất sắc',
    ]);
    expect(leftovers('gsuy tôn và sự lan tỏa tại cơ quan, đơn vị')).toEqual([]);
    expect(leftovers('xnhận, suy tôn và sự lan tỏa tại cơ quan, đơn vị, địa phương')).toEqual(['suy tôn và sự lan tỏa tại cơ quan, đơn vị, địa phương']);
  });

  it('compares after NFC, collapsing spaces (no-break too) and ignoring case', () => {
    const variants = [nfd(SUMMARY_INSTRUCTION), SUMMARY_INSTRUCTION.replace(/ /g, '\u00a0'), SUMMARY_INSTRUCTION.replace(/ /g, ' \n  '), SUMMARY_INSTRUCTION.toUpperCase()];
    for (const body of variants) expect(leftovers(body)).toHaveLength(1);
  });

  it('lists leftovers in document order', () => {
    const hoTen = TEMPLATES.individual.fields[1].instruction;
    expect(leftovers(`${hoTen}\n${SUMMARY_INSTRUCTION}`)).toEqual([hoTen, SUMMARY_INSTRUCTION]);
    expect(leftovers(`${SUMMARY_INSTRUCTION}\n${hoTen}`)).toEqual([SUMMARY_INSTRUCTION, hoTen]);
  });

  it('reports an instruction left twice once, and distant leftovers each, in document order', () => {
    const hoTen = TEMPLATES.individual.fields[1].instruction;
    expect(leftovers(`${SUMMARY_INSTRUCTION} ${summaryOf(5000)} ${SUMMARY_INSTRUCTION}`)).toEqual([SUMMARY_INSTRUCTION]);
    expect(leftovers(`${hoTen} ${summaryOf(5000)} ${SUMMARY_INSTRUCTION}`)).toEqual([hoTen, SUMMARY_INSTRUCTION]);
  });

  it('does not flag ordinary prose that shares a few words with an instruction', () => {
    const prose = 'Chúng tôi trình bày tóm tắt kết quả; hiệu quả được thừa nhận rộng rãi. Ghi rõ tên đơn vị. Chức vụ, đơn vị công tác: giáo viên.';
    expect(leftovers(prose)).toEqual([]);
  });

  it('ignores the other template’s form title', () => {
    expect(leftovers(TEMPLATES.collective.formTitle)).toEqual([]);
  });

  it('handles an empty body, XML special characters, emoji and 100,000 words', () => {
    expect(leftovers('')).toEqual([]);
    expect(leftovers('<w:t> & "x" 🙂')).toEqual([]);
    expect(leftovers(`${summaryOf(100000)} ${SUMMARY_INSTRUCTION}`)).toEqual([SUMMARY_INSTRUCTION]);
  });

  it('says nothing without a template', () => {
    expect(instructionsLeftover({ ...emptySnapshot(), bodyText: SUMMARY_INSTRUCTION }, cfg)).toEqual([]);
  });
});
