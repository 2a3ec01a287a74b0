import type { Schema } from '@kgh/api-client';
import { App, Button, Card, Form, InputNumber, Modal, Progress, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/use-load';
import { useSignedInUser } from '../../shell/use-session';

type TownTarget = Schema<'TownTargetView'>;

function ProgressCell({ done, target, label }: { done: number; target: number; label: string }) {
  return (
    <div style={{ minWidth: 180 }}>
      <Progress percent={target > 0 ? Math.min(100, Math.round((done / target) * 100)) : 0} size="small" aria-label={label} />
      {done} / {target}
    </div>
  );
}

/** Each town's yearly targets and the progress the records show; the district sets the targets. */
export function TargetsPage() {
  const { message } = App.useApp();
  const isDistrict = useSignedInUser()?.roles.includes('admin') ?? false;
  const [year, setYear] = useState(dayjs().year());
  const [editing, setEditing] = useState<TownTarget | null>(null);
  const { data, error, loading, reload } = useLoad(useCallback(() => api.GET('/api/v1/admin/census/targets', { query: { year } }), [year]));

  async function save(values: { enterprisesToOrganise: number; membersToEnrol: number }) {
    if (!editing) return;
    try {
      await api.PUT('/api/v1/admin/census/targets/{year}/{townCode}', { path: { year, townCode: editing.townCode }, body: values });
      void message.success('目标已保存');
      setEditing(null);
      reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    }
  }

  if (error && !data) return <LoadFailed message={error} onRetry={reload} />;
  return (
    <Card
      title="年度建会入会目标"
      extra={
        <Select
          aria-label="年份"
          value={year}
          onChange={setYear}
          options={[0, 1, 2].map((back) => ({ value: dayjs().year() - back, label: `${dayjs().year() - back}年` }))}
        />
      }
    >
      <Table
        rowKey="townCode"
        loading={loading}
        pagination={false}
        dataSource={data?.towns}
        locale={{ emptyText: '没有目标' }}
        columns={[
          { title: '镇（街道）', dataIndex: 'townName' },
          {
            title: '新建会企业',
            key: 'enterprises',
            render: (_: unknown, row: TownTarget) => (
              <ProgressCell done={row.enterprisesOrganised} target={row.enterprisesToOrganise} label={`${row.townName}建会进度`} />
            ),
          },
          {
            title: '新入会会员',
            key: 'members',
            render: (_: unknown, row: TownTarget) => <ProgressCell done={row.membersEnrolled} target={row.membersToEnrol} label={`${row.townName}入会进度`} />,
          },
          ...(isDistrict
            ? [
                {
                  title: '操作',
                  key: 'edit',
                  render: (_: unknown, row: TownTarget) => (
                    <Button type="link" size="small" onClick={() => setEditing(row)}>
                      设置目标
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal title={`${editing?.townName ?? ''} ${year}年目标`} open={editing !== null} onCancel={() => setEditing(null)} footer={null} destroyOnHidden>
        <Form layout="vertical" onFinish={save} initialValues={editing ?? undefined}>
          <Space>
            <Form.Item label="新建会企业（家）" name="enterprisesToOrganise" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={10000} precision={0} />
            </Form.Item>
            <Form.Item label="新入会会员（人）" name="membersToEnrol" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={1000000} precision={0} />
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" block>
            保存
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
