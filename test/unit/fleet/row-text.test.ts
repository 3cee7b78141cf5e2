// The row text buffer: fields read back as written (ASCII and not), and the device-id hash it returns while copying
// equals idHash of the id, so the duplicate check sees the same hashes as before.
import { describe, expect, it } from 'vitest';
import { RowText, rowFields } from '../../../simulator/fleet';
import { idHash } from '../../../simulator/fleet/id-set';

describe('RowText.pushSix', () => {
  it('reads back every field and returns the id hash, for ASCII and other ids', () => {
    const text = new RowText(['a', 'b', 'c', 'd', 'e', 'f'], 16, 2);
    const ids = ['3F2504E0-4F89-11D3-9A0C-0305E82C3301', 'pc-ü-Ö', '', 'X'.repeat(70_000)];
    ids.forEach((id, row) => {
      expect(text.pushSix(`PC-${row}`, 'Adele.Vance@contoso.com', id, '10.0.26100.2605', 'Corporate', '')).toBe(
        idHash(id),
      );
    });
    const data = text.data();
    ids.forEach((id, row) =>
      expect(rowFields(data, row)).toEqual([
        `PC-${row}`,
        'Adele.Vance@contoso.com',
        id,
        '10.0.26100.2605',
        'Corporate',
        '',
      ]),
    );
  });
});
