import { App, Button, Card, Descriptions, List, Modal, Result, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { FORMATION_MODE_NAMES, INDUSTRY_NAMES, nameOf, TOWN_NAMES, UNION_STATUS_NAMES } from '../../components/labels';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';
import { StatusChangeForm, type StatusChange } from './StatusChangeForm';
import { STATUS_COLORS } from './status-colors';
import { VisitForm, type Visit } from './VisitForm';

const at = (time: string) => dayjs(time).format('YYYY-MM-DD HH:mm');

/** One enterprise: its record, the timeline of its union status, and the visits with the problems they found. */
export function EnterprisePage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'status' | 'visit' | null>(null);
  const { data: enterprise, error, notFound, reload } = useLoad(useCallback(() => api.GET('/api/v1/admin/enterprises/{id}', { path: { id } }), [id]));

  if (notFound) return <Result status="404" title="没有找到这家企业" subTitle="企业不存在，或不在您的管辖范围内" extra={<Link to="/census">返回台账</Link>} />;
  if (!enterprise) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;

  async function changeStatus(change: StatusChange) {
    await api.POST('/api/v1/admin/enterprises/{id}/status', { path: { id }, body: change });
    setDialog(null);
    void message.success('建会状态已更新');
    reload();
  }

  async function logVisit(visit: Visit) {
    await api.POST('/api/v1/admin/enterprises/{id}/visits', { path: { id }, body: visit });
    setDialog(null);
    void message.success('走访记录已保存');
    reload();
  }

  async function solve(problemId: string) {
    try {
      await api.POST('/api/v1/admin/enterprises/{id}/problems/{problemId}/solve', { path: { id, problemId }, body: {} });
      void message.success('问题已标记为解决');
      reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    }
  }

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/census">企业台账</Link>/<span>{enterprise.name}</span>
            <Tag color={STATUS_COLORS[enterprise.unionStatus]}>{nameOf(UNION_STATUS_NAMES, enterprise.unionStatus)}</Tag>
          </Space>
        }
        extra={
          <Space>
            <Link to={`/census/${id}/edit`}>修改信息</Link>
            <Button onClick={() => setDialog('visit')}>登记走访</Button>
            <Button type="primary" onClick={() => setDialog('status')}>
              {enterprise.unionStatus === 'established' ? '变更建会状态' : '建会'}
            </Button>
          </Space>
        }
      >
        <Descriptions bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="统一社会信用代码">{enterprise.creditCode}</Descriptions.Item>
          <Descriptions.Item label="行业">{nameOf(INDUSTRY_NAMES, enterprise.industry)}</Descriptions.Item>
          <Descriptions.Item label="所在镇街">{nameOf(TOWN_NAMES, enterprise.townCode)}</Descriptions.Item>
          <Descriptions.Item label="地址">{enterprise.address}</Descriptions.Item>
          <Descriptions.Item label="职工 / 新就业形态">
            {enterprise.workers} / {enterprise.newFormWorkers} 人
          </Descriptions.Item>
          <Descriptions.Item label="已入会（入会率）">
            {enterprise.joinedMembers} 人{enterprise.joinRate === null ? '' : `（${(enterprise.joinRate * 100).toFixed(1)}%）`}
          </Descriptions.Item>
          <Descriptions.Item label="品牌或平台">{enterprise.brands.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="联系人">
            {enterprise.contactName ?? '—'} {enterprise.contactPhone ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label="建会方式">{nameOf(FORMATION_MODE_NAMES, enterprise.formationMode)}</Descriptions.Item>
          <Descriptions.Item label="覆盖的工会">{enterprise.union?.name ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="建会历程">
        <Timeline
          items={enterprise.history.map((change) => ({
            color: change.toStatus === 'established' ? 'green' : 'gray',
            children: (
              <>
                <Typography.Text strong>
                  {change.fromStatus ? `${nameOf(UNION_STATUS_NAMES, change.fromStatus)} → ` : '登记为'}
                  {nameOf(UNION_STATUS_NAMES, change.toStatus)}
                </Typography.Text>
                {change.formationMode && `（${nameOf(FORMATION_MODE_NAMES, change.formationMode)}${change.union ? `，${change.union.name}` : ''}）`}
                <div>{change.reason}</div>
                <Typography.Text type="secondary">
                  {at(change.changedAt)} {change.changedBy?.displayName ?? ''}
                </Typography.Text>
              </>
            ),
          }))}
        />
      </Card>
      <Card title="走访记录">
        <List
          dataSource={enterprise.visits}
          locale={{ emptyText: '还没有走访记录' }}
          renderItem={(visit) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>
                  {visit.visitedOn} {visit.staff.displayName} 走访，见到职工 {visit.workersMet} 人
                </Typography.Text>
                {visit.note && <div>{visit.note}</div>}
                {visit.problems.map((problem) => (
                  <div key={problem.id} style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 6 }}>
                    {problem.solved ? (
                      <Tag color="green">已解决 {problem.solvedOn}</Tag>
                    ) : (
                      <Tag color={problem.overdue ? 'red' : 'gold'}>
                        {problem.overdue ? `已超30天未解决（${problem.openDays}天）` : `待解决（${problem.openDays}天）`}
                      </Tag>
                    )}
                    <span>{problem.description}</span>
                    {!problem.solved && (
                      <Button size="small" onClick={() => solve(problem.id)}>
                        标记已解决
                      </Button>
                    )}
                  </div>
                ))}
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Modal title={`「${enterprise.name}」建会状态`} open={dialog === 'status'} onCancel={() => setDialog(null)} footer={null} destroyOnHidden>
        <StatusChangeForm current={enterprise.unionStatus} enterpriseName={enterprise.name} onSubmit={changeStatus} />
      </Modal>
      <Modal title={`走访「${enterprise.name}」`} open={dialog === 'visit'} onCancel={() => setDialog(null)} footer={null} destroyOnHidden width={640}>
        <VisitForm onSubmit={logVisit} />
      </Modal>
    </Space>
  );
}
