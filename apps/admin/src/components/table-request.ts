import { message } from 'antd';
import { messageOf } from '../api/errors';

export interface PageAnswer<T> {
  items: T[];
  total: number;
}

/** ProTable's `request` over a paged API call: a refusal shows the API's message and an empty page. */
export async function tableRequest<T>(load: () => Promise<PageAnswer<T>>): Promise<{ data: T[]; total: number; success: boolean }> {
  try {
    const page = await load();
    return { data: page.items, total: page.total, success: true };
  } catch (failure) {
    void message.error(messageOf(failure));
    return { data: [], total: 0, success: false };
  }
}
