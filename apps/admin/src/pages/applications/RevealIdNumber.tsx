import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

/** The whole ID number behind a separate click that asks why; the API writes the reading to the audit log. */
export function RevealIdNumber({ applicationId }: { applicationId: string }) {
  const [open, setOpen] = useState(false);
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reveal({ reason }: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.POST('/api/v1/admin/applications/{id}/id-number', { path: { id: applicationId }, body: { reason: reason.trim() } });
      setIdNumber(answer.idNumber);
      setOpen(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  if (idNumber) return <Typography.Text copyable>{idNumber}</Typography.Text>;
  return (
    <>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
        查看完整号码
      </Button>
      <Modal title="查看完整身份证号" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Typography.Paragraph type="secondary">完整身份证号属于个人敏感信息。查看将记入审计日志，包括您填写的原因。</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
        <Form layout="vertical" onFinish={reveal}>
          <Form.Item
            label="查看原因"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: '请填写查看原因' },
              { min: 2, max: 200, message: '原因长度为2到200个字符' },
            ]}
          >
            <Input.TextArea rows={2} maxLength={200} placeholder="例如：与申请人身份证原件核对" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            确认查看
          </Button>
        </Form>
      </Modal>
    </>
  );
}
