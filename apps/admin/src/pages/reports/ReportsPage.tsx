import { queryString } from '@kgh/api-client';
import { App, Button, Card, DatePicker, Segmented, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DownloadOutlined } from '@ant-design/icons';
import { api, download } from '../../api/client';
import { messageOf } from '../../api/errors';
import { BarChart } from '../../components/BarChart';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/use-load';
import { ReportTable, type MonthlyReport } from './ReportTable';

const TITLE = '新业态新就业群体建会入会和维权服务工作情况表';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type Metric = 'joinRate' | 'cases' | 'spent';
const METRICS: Record<Metric, { label: string; series: string; unit: string; value: (row: MonthlyReport['rows'][number]) => number }> = {
  joinRate: { label: '入会率', series: '新就业形态劳动者入会率（%）', unit: '%', value: (row) => Math.round((row.census.joinRate ?? 0) * 1000) / 10 },
  cases: { label: '案件数', series: '本月立案（件）', unit: '件', value: (row) => row.legal.casesRegistered.month },
  spent: { label: '经费支出', series: '本月专项经费支出（元）', unit: '元', value: (row) => row.fund.spentFen.month / 100 },
};

function lastMonth(): string {
  return dayjs().subtract(1, 'month').format('YYYY-MM');
}

/** The monthly report: pick a month (kept in the URL), read the table, compare the towns, download the Excel. */
export default function ReportsPage() {
  const { message } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('month');
  const month = asked && MONTH.test(asked) && !dayjs(`${asked}-01`).isAfter(dayjs(), 'month') ? asked : lastMonth();
  const [metric, setMetric] = useState<Metric>('joinRate');
  const [downloading, setDownloading] = useState(false);
  const { data, error, reload } = useLoad(useCallback(() => api.GET('/api/v1/admin/reports/monthly', { query: { month } }), [month]));

  const chart = useMemo(() => {
    if (!data) return undefined;
    const chosen = METRICS[metric];
    return { categories: data.rows.map((row) => row.name), series: [{ name: chosen.series, values: data.rows.map(chosen.value) }], unit: chosen.unit };
  }, [data, metric]);

  function choose(value: Dayjs | null) {
    if (value) setSearch({ month: value.format('YYYY-MM') });
  }

  async function downloadExcel() {
    setDownloading(true);
    try {
      await download(`/admin/reports/monthly${queryString({ month, format: 'xlsx' })}`, `${TITLE}${month}.xlsx`);
    } catch (failure) {
      void message.error(`下载失败：${messageOf(failure)}`);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <div>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {TITLE}
            </Typography.Title>
            <Typography.Text type="secondary">
              {dayjs(`${month}-01`).format('YYYY年M月')}
              {data ? ` · ${data.union.name}` : ''}
            </Typography.Text>
          </div>
          <Space wrap>
            <DatePicker
              picker="month"
              aria-label="月份"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              format="YYYY年MM月"
              disabledDate={(day) => day.isAfter(dayjs(), 'month')}
              onChange={choose}
            />
            <Button type="primary" icon={<DownloadOutlined />} loading={downloading} onClick={() => void downloadExcel()}>
              下载Excel
            </Button>
          </Space>
        </Space>
      </Card>
      {error && !data ? (
        <LoadFailed message={error} onRetry={reload} />
      ) : !data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <>
          <Card title="各镇（街道）情况">
            <ReportTable report={data} />
          </Card>
          <Card
            title="各镇（街道）对比"
            extra={
              <Segmented<Metric>
                aria-label="对比指标"
                value={metric}
                onChange={setMetric}
                options={(Object.keys(METRICS) as Metric[]).map((value) => ({ value, label: METRICS[value].label }))}
              />
            }
          >
            <div data-testid="report-chart">
              {chart && <BarChart label={`各镇（街道）${METRICS[metric].series}对比`} unit={chart.unit} categories={chart.categories} series={chart.series} />}
            </div>
          </Card>
        </>
      )}
    </Space>
  );
}
