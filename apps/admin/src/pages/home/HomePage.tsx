import { Card, Col, Empty, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { BarChart } from '../../components/BarChart';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/use-load';
import { yuan } from '../../components/money';

export default function HomePage() {
  const { data, loading, error, reload } = useLoad(useCallback(() => api.GET('/api/v1/admin/dashboard'), []));
  const chart = useMemo(
    () =>
      data && {
        // Programmes without a budget limit have nothing to compare against; the table lists them.
        categories: data.programmes.filter((p) => p.budgetFen !== null).map((p) => p.name),
        series: [
          { name: '预算（元）', values: data.programmes.flatMap((p) => (p.budgetFen === null ? [] : [p.budgetFen / 100])) },
          { name: '已支出（元）', values: data.programmes.flatMap((p) => (p.budgetFen === null ? [] : [p.spentFen / 100])) },
        ],
      },
    [data],
  );
  if (error && !data) return <LoadFailed message={error} onRetry={reload} />;
  const oldest = data?.pendingApplications.oldestSubmittedAt;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 20 }}>
        今日工作
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={loading}>
            <Link to="/applications">
              <Statistic title="待审核入会申请" value={data?.pendingApplications.count} suffix="份" />
            </Link>
            <Typography.Text type="secondary">{oldest ? `最早一份已等待 ${dayjs().diff(dayjs(oldest), 'day')} 天` : '没有等待中的申请'}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={loading}>
            <Link to="/members">
              <Statistic title="会员总数" value={data?.members.total} suffix="人" />
            </Link>
            <Typography.Text type="secondary">本月新入会 {data?.members.joinedThisMonth ?? 0} 人</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={loading}>
            <Link to="/stations/reports">
              <Statistic title="待处理驿站反馈" value={data?.openStationReports} suffix="条" />
            </Link>
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card loading={loading}>
            <Link to="/benefits/claims?status=pending_review">
              <Statistic title="待审核福利申领" value={data?.claimsAwaitingReview} suffix="份" />
            </Link>
          </Card>
        </Col>
      </Row>
      <Card title="福利项目预算执行" style={{ marginTop: 16 }} loading={loading}>
        {data && data.programmes.length > 0 ? (
          <>
            {chart && chart.categories.length > 0 && (
              <BarChart label="各福利项目预算与已支出对比" unit="元" categories={chart.categories} series={chart.series} />
            )}
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={data?.programmes}
              columns={[
                { title: '项目', dataIndex: 'name' },
                { title: '预算', dataIndex: 'budgetFen', align: 'right', render: (fen: number | null) => (fen === null ? '不限' : yuan(fen)) },
                { title: '已支出', dataIndex: 'spentFen', align: 'right', render: (fen: number) => yuan(fen) },
                { title: '剩余名额', dataIndex: 'placesLeft', align: 'right', render: (left: number | null) => left ?? '不限' },
              ]}
            />
          </>
        ) : (
          <Empty description="本辖区还没有福利项目" />
        )}
      </Card>
    </>
  );
}
