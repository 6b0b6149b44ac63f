import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adxProblems, dataValueSetProblems } from '../../../electron/dhis2/check-output';
import { dataValueSetSchema } from '../../../shared/dhis2/data-value-set';
import { cliRunner, seedFolder } from '../cli/harness';

let dir: string;
const files: string[] = [];

beforeAll(async () => {
  const seeded = await seedFolder('cchc-dhis2-test-');
  dir = seeded.dir;
  files.push(...seeded.files);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = cliRunner(new Date('2024-01-05T03:04:05Z'));

describe('cli dhis2', () => {
  it('ADX of the seed: well-formed, the ADX namespace, a group per unit; the summary says what is not data', async () => {
    const out = path.join(dir, 'cchc.adx.xml');
    const r = await run('dhis2', '--format', 'adx', '--period', '2023', '--out', out, ...files);
    expect(r.code).toBe(0);
    const xml = fs.readFileSync(out, 'utf8');
    expect(adxProblems(xml)).toEqual([]);
    expect(xml).toContain('exported="2024-01-05T03:04:05.000Z"');
    expect(xml.match(/<group /gu)).toHaveLength(10);
    expect(xml).toContain('<group dataSet="CCHC" orgUnit="TH03" period="2023-01-01/P1Y">');
    expect(xml).not.toMatch(/dataElement="(A07|A11|R\d\d|E01|B01)"/u);
    expect(r.out).toContain('Đã xuất 370 giá trị số đếm của 10 đơn vị, kỳ Năm 2023, dạng ADX.');
    expect(r.out).toMatch(
      /chỉ tiêu tổng và \d+ tỷ lệ .*nội dung văn bản và 13 mô hình, sáng kiến \(không phải giá trị số liệu\)/u,
    );
    expect(r.out).toContain('idScheme=CODE');
  });

  it('JSON with a mapping: DHIS2 identifiers in place of our codes; the file passes the dataValueSets schema', async () => {
    const mapping = path.join(dir, 'anh-xa.csv');
    fs.writeFileSync(
      mapping,
      'loai;ma;dhis2;categoryOptionCombo\ndataSet;cchc;QX4ZTUbOt3a\norgUnit;TH03;DiszpKrYNg8\ndataElement;A03;fbfJHSPpUQD;PT59n8BQbqM\n',
    );
    const out = path.join(dir, 'cchc.json');
    const r = await run(
      'dhis2',
      '--format',
      'json',
      '--period',
      '2023',
      '--mapping',
      mapping,
      '--out',
      out,
      ...files,
    );
    expect(r.code).toBe(0);
    const set = dataValueSetSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(set.dataSet).toBe('QX4ZTUbOt3a');
    expect(set.dataValues).toContainEqual({
      dataElement: 'fbfJHSPpUQD',
      categoryOptionCombo: 'PT59n8BQbqM',
      period: '2023',
      orgUnit: 'DiszpKrYNg8',
      value: expect.stringMatching(/^\d+$/u),
    });
    expect(set.dataValues.filter((v) => v.orgUnit === 'TH01')).toHaveLength(37);
  });

  it('a refused file is left out and exits 1; bad format, bad mapping and a 9-month JSON are refused with a message', async () => {
    const out = path.join(dir, 'x.json');
    const some = await run(
      'dhis2',
      '--format',
      'json',
      '--period',
      '2023',
      '--out',
      out,
      files[1]!,
      path.join(dir, 'hong.xlsx'),
    );
    expect(some.code).toBe(1);
    expect(some.out).toContain('của 1 đơn vị');
    expect(
      (await run('dhis2', '--format', 'csv', '--period', '2023', '--out', out, files[0]!)).err,
    ).toContain('Định dạng "csv" không có');
    const badMap = path.join(dir, 'sai.csv');
    fs.writeFileSync(badMap, 'dataElement;A07;abc\n');
    const bad = await run(
      'dhis2',
      '--format',
      'adx',
      '--period',
      '2023',
      '--mapping',
      badMap,
      '--out',
      out,
      files[0]!,
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Tệp ánh xạ, dòng 1: "A07" không phải chỉ tiêu số đếm');
    const nineOut = path.join(dir, 'chin-thang.json');
    const nine = await run('dhis2', '--format', 'json', '--period', '2023-Q3', '--out', nineOut, files[0]!);
    expect(nine.code).toBe(2);
    expect(nine.err).toContain('--format adx');
    expect(fs.existsSync(nineOut)).toBe(false);
  });
});

describe('DHIS2 output check', () => {
  it('finds broken XML, a wrong namespace, missing attributes and a bad period', () => {
    expect(
      adxProblems('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-01-05T03:04:05Z"><group'),
    ).not.toEqual([]);
    expect(adxProblems('<adx xmlns="urn:other" exported="2024-01-05T03:04:05Z"/>').join()).toContain(
      'namespace',
    );
    expect(adxProblems('<adx xmlns="urn:ihe:qrph:adx:2015"/>').join()).toContain('no exported');
    const group = (attrs: string) =>
      adxProblems(
        `<adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-01-05T03:04:05Z"><group ${attrs}><dataValue dataElement="A01" value="1"/></group></adx>`,
      );
    expect(group('dataSet="D" orgUnit="O" period="2023-01-01/P1Y"')).toEqual([]);
    expect(group('dataSet="D" period="2023-01-01/P1Y"').join()).toContain('no orgUnit');
    expect(group('dataSet="D" orgUnit="O" period="2023"').join()).toContain('period "2023"');
    expect(dataValueSetProblems('{"dataValues":[]}')).not.toEqual([]);
    expect(dataValueSetProblems('{')).not.toEqual([]);
  });
});
