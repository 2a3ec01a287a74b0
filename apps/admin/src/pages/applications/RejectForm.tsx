import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../api/errors';

const COMMON_REASONS = ['身份证号与姓名不一致', '所填工作单位无法核实', '非本区新就业形态劳动者', '照片或信息不清晰，请重新填写'];

/** Why an application is refused, in words the worker will read on their status page. */
export function RejectForm({ onSubmit, onCancel }: { onSubmit: (reason: string) => Promise<void>; onCancel: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ reason }: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form.Item
        label="不通过的原因（申请人可见）"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请填写不通过的原因' },
          { min: 2, max: 200, message: '原因长度为2到200个字符' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如：所填工作单位无法核实，请补充劳动合同或平台注册信息" />
      </Form.Item>
      <Space wrap style={{ marginBottom: 16 }}>
        {COMMON_REASONS.map((reason) => (
          <Button key={reason} size="small" onClick={() => form.setFieldValue('reason', reason)}>
            {reason}
          </Button>
        ))}
      </Space>
      <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" danger htmlType="submit" loading={busy}>
          确认不通过
        </Button>
      </Space>
    </Form>
  );
}
