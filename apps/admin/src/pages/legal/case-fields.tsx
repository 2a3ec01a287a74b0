import { Form, Input, InputNumber, Typography } from 'antd';
import { toFen, yuan } from '../../components/money';

/** The API's ceiling (2000万元), so that a slipped zero is caught before sending. */
const MAX_YUAN = 20_000_000;

/** An amount typed in yuan with at most two decimals; the form sends it on as whole fen (money.ts). */
export function YuanField({ name, noun, required = false, extra }: { name: string; noun: string; required?: boolean; extra?: string }) {
  return (
    <Form.Item label={`${noun}（元）`} name={name} extra={extra} rules={required ? [{ required: true, message: `请填写${noun}` }] : []}>
      <InputNumber min={0} max={MAX_YUAN} precision={2} step={100} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** Free text with the API's length limits; what the worker will read says so in its label. */
export function TextField({
  name,
  noun,
  forWorker = false,
  required = true,
  min = 2,
  max = 500,
  placeholder,
}: {
  name: string;
  noun: string;
  forWorker?: boolean;
  required?: boolean;
  min?: number;
  max?: number;
  placeholder?: string;
}) {
  return (
    <Form.Item
      label={forWorker ? `${noun}（职工可见）` : noun}
      name={name}
      rules={[
        ...(required ? [{ required: true, whitespace: true, message: `请填写${noun}` }] : []),
        { min, max, message: `${noun}长度为${min}到${max}个字符` },
      ]}
    >
      <Input.TextArea rows={max > 200 ? 3 : 1} maxLength={max} showCount placeholder={placeholder} />
    </Form.Item>
  );
}

/** Whether `recovered` (yuan, as typed) is above the agreed amount in fen. */
export function aboveAgreed(recovered: number | null | undefined, agreedFen: number | null): boolean {
  const fen = toFen(recovered);
  return agreedFen !== null && fen !== undefined && fen > agreedFen;
}

/** The recovered amount; above the agreement, the API wants to know why, so the reason appears and is required. */
export function RecoveredFields({ agreedFen }: { agreedFen: number | null }) {
  const recovered = Form.useWatch<number | null>('recovered', Form.useFormInstance());
  return (
    <>
      {agreedFen !== null && <Typography.Paragraph>协议金额 {yuan(agreedFen)}</Typography.Paragraph>}
      <YuanField name="recovered" noun="追回金额" required />
      {aboveAgreed(recovered, agreedFen) && (
        <TextField name="overAgreedReason" noun="超出协议金额的原因" max={200} placeholder="例如：另行追回迟延支付期间的利息" />
      )}
    </>
  );
}
