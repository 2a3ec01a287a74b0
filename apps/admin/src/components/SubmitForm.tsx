import { Alert, Button, Form, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { messageOf } from '../api/errors';

type Props<T> = Omit<FormProps<T>, 'onFinish' | 'layout' | 'children'> & {
  /** Sends the values; a refusal it throws is shown above the fields in the API's words. */
  onSubmit: (values: T) => Promise<void>;
  submitText: string;
  danger?: boolean;
  children: ReactNode;
};

/** A dialog's form: the fields, one full-width submit button busy while sending, and the refusal if any. */
export function SubmitForm<T extends object>({ onSubmit, submitText, danger, children, ...props }: Props<T>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: T) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<T> {...props} layout="vertical" onFinish={submit}>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {children}
      <Button type="primary" danger={danger} htmlType="submit" loading={busy} block>
        {submitText}
      </Button>
    </Form>
  );
}
