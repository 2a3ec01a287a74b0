import { creditCodeCheckCharacter, creditCodeProblem, organisationCodeCheckCharacter } from './credit-code';

// Real-format codes: published ones, and ones built from their first 17 characters.
const PUBLISHED = ['91350100M000100Y43', '91110108551385082Q', '914403001922038216', '91330100716105852F'];
const withCheck = (first17: string) => first17 + creditCodeCheckCharacter(first17);
/** A code whose organisation code (positions 9–17) is complete, from its 8 body characters. */
const build = (head: string, orgBody: string) => withCheck(head + orgBody + organisationCodeCheckCharacter(orgBody));

describe('creditCodeProblem', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('accepts codes built with the check characters, letters in the organisation code included', () => {
    expect(creditCodeProblem(build('91330621', 'MA2B3C4D'))).toBeNull();
    expect(creditCodeProblem(build('12330621', '00000000'))).toBeNull();
    expect(creditCodeProblem(build('92330621', 'L1234567'))).toBeNull();
  });

  it('names a wrong length', () => {
    expect(creditCodeProblem('9135010 0M000100Y4'.replace(' ', ''))).toBe('统一社会信用代码应为18位，当前为17位');
    expect(creditCodeProblem('91350100M000100Y430')).toContain('18位');
    expect(creditCodeProblem('')).toContain('当前为0位');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('names the forbidden letter %s', (letter) => {
    expect(creditCodeProblem(`91350100M000100Y4${letter}`)).toBe('统一社会信用代码不使用字母 I、O、Z、S、V');
    expect(creditCodeProblem(`9135010${letter}M000100Y43`)).toBe('统一社会信用代码不使用字母 I、O、Z、S、V');
  });

  it('names other characters, and an area code that is not digits', () => {
    expect(creditCodeProblem('91350100m000100Y43')).toContain('数字和大写字母');
    expect(creditCodeProblem('91350100M000100Y4-')).toContain('数字和大写字母');
    expect(creditCodeProblem(withCheck('913501A0M000100Y4'))).toContain('行政区划码');
  });

  it('names a wrong organisation-code check character (position 17), even with a matching final check', () => {
    // M000100Y → 4; a 5 there, with the final character recomputed, is still refused for the org code.
    const code = withCheck('91350100M000100Y5');
    expect(creditCodeProblem(code)).toBe('统一社会信用代码中的组织机构代码（第9至17位）校验位不正确，第17位应为 4');
  });

  it('names a wrong final check character (position 18)', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('统一社会信用代码校验位（第18位）不正确，应为 3');
    expect(creditCodeProblem('914403001922038217')).toContain('第18位');
  });

  it('finds a single changed character through the check characters', () => {
    const code = PUBLISHED[1];
    for (let i = 8; i < 16; i += 1) {
      const changed = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1);
      expect(creditCodeProblem(changed)).not.toBeNull();
    }
  });
});

describe('creditCodeCheckCharacter', () => {
  it('gives the published final characters', () => {
    for (const code of PUBLISHED) expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('is null for input that is not 17 characters of the alphabet', () => {
    expect(creditCodeCheckCharacter('9135010')).toBeNull();
    expect(creditCodeCheckCharacter('91350100M000100YI')).toBeNull();
  });
});

describe('organisationCodeCheckCharacter', () => {
  it('gives X for 10 and 0 for 11 (GB 11714)', () => {
    expect(organisationCodeCheckCharacter('M000100Y')).toBe('4');
    const all = ['00000000', '00000001', '00000002', '00000003', '00000004', '00000005', '00000006', '00000007', '00000008', '00000009'].map(
      organisationCodeCheckCharacter,
    );
    expect(all[0]).toBe('0');
    expect(all).toContain('X');
  });
});
