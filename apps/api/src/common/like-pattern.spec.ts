import { containing } from './like-pattern';

describe('containing', () => {
  it('wraps the text in wildcards', () => {
    expect(containing('驿站')).toBe('%驿站%');
  });

  it('takes the wildcard characters a person types literally', () => {
    expect(containing('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
