import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { messageOf } from '../../api/errors';

export interface Visit {
  visitedOn: string;
  workersMet: number;
  note?: string;
  problems: { description: string }[];
}

interface Fields {
  visitedOn: Dayjs;
  workersMet: number;
  note?: string;
  problems?: { description: string }[];
}

/** A visit (走访) to an enterprise: when, how many workers were met, and the problems found. */
export function VisitForm({ onSubmit }: { onSubmit: (visit: Visit) => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(fields: Fields) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        visitedOn: fields.visitedOn.format('YYYY-MM-DD'),
        workersMet: fields.workersMet,
        note: fields.note?.trim() || undefined,
        problems: (fields.problems ?? []).map((p) => ({ description: p.description.trim() })),
      });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Fields> layout="vertical" onFinish={submit} initialValues={{ visitedOn: dayjs(), workersMet: 0 }}>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Space wrap>
        <Form.Item label="走访日期" name="visitedOn" rules={[{ required: true, message: '请选择走访日期' }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label="见到的职工（人）" name="workersMet" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item label="走访情况" name="note" rules={[{ max: 1000, message: '最多1000个字' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.List name="problems">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item
                  {...field}
                  label={`发现的问题 ${index + 1}`}
                  name={[field.name, 'description']}
                  rules={[
                    { required: true, whitespace: true, message: '请描述问题' },
                    { max: 300, message: '最多300个字' },
                  ]}
                  style={{ width: 420 }}
                >
                  <Input placeholder="例如：骑手反映站点无休息场所" />
                </Form.Item>
                <Button type="text" aria-label={`删除问题 ${index + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ description: '' })} style={{ marginBottom: 16 }}>
              添加发现的问题
            </Button>
          </>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={busy} block>
        保存走访记录
      </Button>
    </Form>
  );
}
