import { PlusOutlined } from '@ant-design/icons';
import type { Schema } from '@kgh/api-client';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';

type Session = Schema<'AdminSessionView'>;
interface Fields {
  name: string;
  location?: string;
  opensAt: Dayjs;
  time: [Dayjs, Dayjs];
  capacity: number;
}

const at = (time: string) => dayjs(time).format('YYYY-MM-DD HH:mm');

/** A programme's batches (体检场次、疗休养团期): when claims open, when it runs, its places. */
export function SessionsCard({ programmeId, sessions, onChange }: { programmeId: string; sessions: Session[]; onChange: () => void }) {
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(fields: Fields) {
    setBusy(true);
    setError(null);
    const body = {
      name: fields.name.trim(),
      location: fields.location?.trim() ?? '',
      opensAt: fields.opensAt.format(),
      startsAt: fields.time[0].format(),
      endsAt: fields.time[1].format(),
      capacity: fields.capacity,
    };
    try {
      if (editing === 'new') await api.POST('/api/v1/admin/benefits/{id}/sessions', { path: { id: programmeId }, body });
      else if (editing) await api.PATCH('/api/v1/admin/benefits/{id}/sessions/{sessionId}', { path: { id: programmeId, sessionId: editing.id }, body });
      setEditing(null);
      void message.success('批次已保存');
      onChange();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  function remove(session: Session) {
    modal.confirm({
      title: `删除批次「${session.name}」？`,
      content: '已有申领的批次不能删除。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.DELETE('/api/v1/admin/benefits/{id}/sessions/{sessionId}', { path: { id: programmeId, sessionId: session.id } });
          onChange();
        } catch (failure) {
          void message.error(messageOf(failure));
        }
      },
    });
  }

  const initial =
    editing && editing !== 'new' ? { ...editing, opensAt: dayjs(editing.opensAt), time: [dayjs(editing.startsAt), dayjs(editing.endsAt)] } : undefined;
  return (
    <Card
      title="批次"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => (setError(null), setEditing('new'))}>
          添加批次
        </Button>
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sessions}
        locale={{ emptyText: '还没有批次' }}
        columns={[
          { title: '批次', dataIndex: 'name' },
          { title: '地点', dataIndex: 'location' },
          { title: '开放申领', dataIndex: 'opensAt', render: at },
          { title: '时间', dataIndex: 'startsAt', render: (_: string, row: Session) => `${at(row.startsAt)} 至 ${at(row.endsAt)}` },
          { title: '名额', dataIndex: 'capacity', render: (_: number, row: Session) => `剩余 ${row.remaining} / ${row.capacity}` },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, row: Session) => (
              <Space size="small">
                <Button type="link" size="small" onClick={() => (setError(null), setEditing(row))}>
                  编辑
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(row)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal title={editing === 'new' ? '添加批次' : '编辑批次'} open={editing !== null} onCancel={() => setEditing(null)} footer={null} destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
        <Form<Fields> layout="vertical" onFinish={save} initialValues={initial}>
          <Form.Item label="批次名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写批次名称' }]}>
            <Input placeholder="例如：12月第一批体检" />
          </Form.Item>
          <Form.Item label="地点" name="location">
            <Input />
          </Form.Item>
          <Form.Item label="开放申领时间" name="opensAt" rules={[{ required: true, message: '请选择开放申领的时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="开始和结束时间"
            name="time"
            dependencies={['opensAt']}
            rules={[
              { required: true, message: '请选择开始和结束时间' },
              ({ getFieldValue }) => ({
                validator: (_, time?: [Dayjs, Dayjs]) =>
                  !time || !getFieldValue('opensAt') || !time[0].isBefore(getFieldValue('opensAt') as Dayjs)
                    ? Promise.resolve()
                    : Promise.reject(new Error('批次开始时间不能早于开放申领时间')),
              }),
            ]}
          >
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="名额" name="capacity" rules={[{ required: true, message: '请填写名额' }]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            保存
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
