import { Logger } from '@nestjs/common';

/** Sends sign-in codes. `devCode` is returned only by the dev provider, for the embedded demo. */
export abstract class SmsSender {
  abstract sendCode(phone: string, code: string): Promise<{ devCode?: string }>;
}

/** The embedded demo's provider: sends nothing and hands the code back (refused in production). */
export class DevSmsSender extends SmsSender {
  sendCode(_phone: string, code: string) {
    return Promise.resolve({ devCode: code });
  }
}

/** A gateway that takes `{phone, template, params}` as JSON (the district's SMS platform). */
export class HttpSmsSender extends SmsSender {
  private readonly logger = new Logger(HttpSmsSender.name);

  constructor(private readonly url: string) {
    super();
  }

  async sendCode(phone: string, code: string) {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone, template: 'login_code', params: { code } }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) {
      this.logger.error(`SMS gateway answered ${response.status}`);
      throw new Error('SMS gateway failed');
    }
    return {};
  }
}
