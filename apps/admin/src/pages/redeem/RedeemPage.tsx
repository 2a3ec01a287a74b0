import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Schema } from '@kgh/api-client';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

type Redemption = Schema<'RedemptionView'>;

/** A provider at its counter: the code from the member's QR (read by a scanner gun into the box) redeems the claim once. */
export default function RedeemPage() {
  const [form] = Form.useForm<{ code: string; place?: string }>();
  const [done, setDone] = useState<Redemption | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function redeem({ code, place }: { code: string; place?: string }) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await api.POST('/api/v1/redemptions', { body: { code: code.trim(), place: place?.trim() || undefined } }));
      form.setFieldValue('code', '');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="福利核销" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">用扫码枪扫描会员出示的核销二维码，或粘贴二维码内容。每个二维码只能使用一次。</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={redeem}>
        <Form.Item label="核销码" name="code" rules={[{ required: true, whitespace: true, message: '请扫描或粘贴核销码' }]}>
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
        <Form.Item label="核销地点" name="place" rules={[{ max: 100, message: '最多100个字' }]}>
          <Input placeholder="例如：柯桥区中医医院体检中心" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          核销
        </Button>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 16 }} />}
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          message="核销成功"
          description={
            <Descriptions column={1} size="small">
              <Descriptions.Item label="项目">{done.programmeName}</Descriptions.Item>
              <Descriptions.Item label="批次">{done.session?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="会员">
                {done.memberNameMasked ?? ''}（{done.memberNumber}）
              </Descriptions.Item>
              <Descriptions.Item label="时间">{dayjs(done.redeemedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            </Descriptions>
          }
        />
      )}
    </Card>
  );
}
