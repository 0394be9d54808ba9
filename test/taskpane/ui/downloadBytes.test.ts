/** @jest-environment jsdom */
import { downloadBytes } from '../../../src/taskpane/ui/downloadBytes';

describe('downloadBytes', () => {
  it('clicks a temporary link named after the file, then removes it', () => {
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:test/1';
    };
    URL.revokeObjectURL = () => undefined;
    const clicked: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadBytes(new Uint8Array([1, 2, 3]), 'BCTT_2026-Q4.docx');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'BCTT_2026-Q4.docx' }]);
    expect(created[0].size).toBe(3);
    expect(created[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(document.querySelector('a')).toBeNull();
    click.mockRestore();
  });
});
