import { APPLICATION_FIELDS, type ApplicationField } from '@kgh/shared';
import { Alert, Button, Checkbox, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../api/errors';

/** Reasons staff give often, each with the answers it sends back to be filled in again. */
const COMMON_REASONS: { reason: string; fields: ApplicationField[] }[] = [
  { reason: '身份证号与姓名不一致', fields: ['name', 'idNumber'] },
  { reason: '所填工作单位无法核实', fields: ['employer'] },
  { reason: '非本区新就业形态劳动者', fields: [] },
  { reason: '照片或信息不清晰，请重新填写', fields: [] },
];
const FIELD_OPTIONS = APPLICATION_FIELDS.map(({ code, name }) => ({ value: code, label: name }));

interface Fields {
  reason: string;
  fields?: ApplicationField[];
}

/**
 * Why an application is refused, in words the worker will read on their status page, and which
 * answers they must fill in again (the rest stay filled in when they correct it).
 */
export function RejectForm({ onSubmit, onCancel }: { onSubmit: (reason: string, fields: ApplicationField[]) => Promise<void>; onCancel: () => void }) {
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ reason, fields = [] }: Fields) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim(), fields);
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
        {COMMON_REASONS.map(({ reason, fields }) => (
          <Button key={reason} size="small" onClick={() => form.setFieldsValue({ reason, fields })}>
            {reason}
          </Button>
        ))}
      </Space>
      <Form.Item label="需要申请人重新填写的项目" name="fields" extra="不选则由申请人对照原因自行修改；未选的项目重新申请时保持原样">
        <Checkbox.Group options={FIELD_OPTIONS} />
      </Form.Item>
      <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" danger htmlType="submit" loading={busy}>
          确认不通过
        </Button>
      </Space>
    </Form>
  );
}
