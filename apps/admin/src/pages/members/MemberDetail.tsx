import { Card, Descriptions, Result, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { CLAIM_STATUS_NAMES, EMPLOYER_NAMES, GENDER_NAMES, nameOf, OCCUPATION_NAMES, TOWN_NAMES } from '../../components/labels';
import { LoadFailed } from '../../components/LoadFailed';
import { PageSpinner } from '../../components/PageSpinner';
import { useLoad } from '../../components/use-load';

const at = (time: string | null | undefined) => (time ? dayjs(time).format('YYYY-MM-DD HH:mm') : '—');

export function MemberDetail() {
  const { id = '' } = useParams();
  const { data: member, error, notFound, reload } = useLoad(useCallback(() => api.GET('/api/v1/admin/members/{id}', { path: { id } }), [id]));
  if (notFound)
    return <Result status="404" title="没有找到这位会员" subTitle="会员不存在，或不在您所在工会的管辖范围内" extra={<Link to="/members">返回会员列表</Link>} />;
  if (!member) return error ? <LoadFailed message={error} onRetry={reload} /> : <PageSpinner />;
  const { application } = member;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/members">会员</Link>/<span>{member.name ?? member.memberNumber}</span>
          </Space>
        }
      >
        <Descriptions bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="会员号">{member.memberNumber}</Descriptions.Item>
          <Descriptions.Item label="所属工会">{member.union.name}</Descriptions.Item>
          <Descriptions.Item label="姓名">{member.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="性别">{nameOf(GENDER_NAMES, member.gender)}</Descriptions.Item>
          <Descriptions.Item label="身份证号">{member.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="手机号">{member.phoneMasked}</Descriptions.Item>
          <Descriptions.Item label="职业">{nameOf(OCCUPATION_NAMES, member.occupation)}</Descriptions.Item>
          <Descriptions.Item label="入会时间">{at(member.joinedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="入会经过">
        {application ? (
          <Timeline
            items={[
              { children: `${at(application.submittedAt)} 提交入会申请（${nameOf(TOWN_NAMES, member.townCode)}，${nameOf(EMPLOYER_NAMES, member.employer)}）` },
              { children: `受理工会：${member.union.name}。${application.routingReason}` },
              {
                color: 'green',
                children: `${at(application.reviewedAt)} ${application.reviewedBy?.displayName ?? '工作人员'} 审核通过，会员号 ${member.memberNumber}`,
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">没有入会申请记录（早期导入的会员）</Typography.Text>
        )}
      </Card>
      <Card title="福利申领">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={member.claims}
          locale={{ emptyText: '还没有申领过福利' }}
          columns={[
            { title: '项目', dataIndex: 'programmeName' },
            { title: '批次', dataIndex: 'session', render: (session: { name: string } | null) => session?.name ?? '—' },
            { title: '状态', dataIndex: 'status', render: (status: string) => <Tag>{nameOf(CLAIM_STATUS_NAMES, status)}</Tag> },
            { title: '申领时间', dataIndex: 'createdAt', render: at },
            { title: '确认时间', dataIndex: 'confirmedAt', render: at },
            { title: '取消时间', dataIndex: 'cancelledAt', render: at },
          ]}
        />
      </Card>
      <Card title="核销记录">
        <Table
          rowKey="claimId"
          size="small"
          pagination={false}
          dataSource={member.redemptions}
          locale={{ emptyText: '还没有核销记录' }}
          columns={[
            { title: '项目', dataIndex: 'programmeName' },
            { title: '批次', dataIndex: 'sessionName', render: (name: string | null) => name ?? '—' },
            { title: '核销时间', dataIndex: 'redeemedAt', render: at },
            { title: '核销人', dataIndex: 'redeemedBy', render: (by: { displayName: string } | null) => by?.displayName ?? '—' },
            { title: '核销机构', dataIndex: 'redeemedOrg', render: (org: { name: string } | null) => org?.name ?? '—' },
            { title: '地点', dataIndex: 'redeemedPlace', render: (place: string | null) => place ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
