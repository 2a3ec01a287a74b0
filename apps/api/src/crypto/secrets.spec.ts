import { randomBytes } from 'node:crypto';
import { decrypt, encrypt, hmac } from './secrets';

describe('encrypt / decrypt', () => {
  const key = randomBytes(32);

  it('round-trips and never repeats a ciphertext', () => {
    const first = encrypt('330621199003071234', key);
    expect(decrypt(first, key)).toBe('330621199003071234');
    expect(encrypt('330621199003071234', key)).not.toBe(first);
    expect(first).not.toContain('330621199003071234');
  });

  it('refuses a tampered ciphertext', () => {
    const data = Buffer.from(encrypt('secret', key), 'base64');
    data[data.length - 1] ^= 1;
    expect(() => decrypt(data.toString('base64'), key)).toThrow();
  });

  it('refuses the wrong key', () => {
    expect(() => decrypt(encrypt('secret', key), randomBytes(32))).toThrow();
  });
});

describe('hmac', () => {
  it('is deterministic per key and differs across keys', () => {
    const key = randomBytes(32);
    expect(hmac('x', key)).toBe(hmac('x', key));
    expect(hmac('x', key)).not.toBe(hmac('x', randomBytes(32)));
  });
});
