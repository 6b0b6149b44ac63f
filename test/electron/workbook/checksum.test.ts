import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rollUpChecksum } from '../../../electron/workbook/checksum';
import { emptyReportData } from '../../../shared/domain/report';
import { rollUpChecksumText } from '../../../shared/workbook/roll-up';

const unit = (code: string, revision: number | null, received: number) => ({
  code,
  revision,
  data: { ...emptyReportData(), counts: { A01: received, A02: null }, texts: { E01: ' Hòa Bình ' } },
});

const sha = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

describe('roll-up checksum', () => {
  it('hashed unit by unit, it is the hash of the whole canonical text the next level checks', () => {
    for (const units of [
      [],
      [unit('TH01', 1, 5)],
      [unit('TH01', 1, 5), unit('TH02', null, 7), unit('TH03', 2, 0)],
    ]) {
      expect(rollUpChecksum(units)).toBe(sha(rollUpChecksumText(units)));
    }
  });

  it('changes when one unit figure changes', () => {
    expect(rollUpChecksum([unit('TH01', 1, 5)])).not.toBe(rollUpChecksum([unit('TH01', 1, 6)]));
  });
});
