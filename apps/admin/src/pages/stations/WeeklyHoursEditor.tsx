import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { WEEKDAYS, type OpeningHours, type Span, type Weekday } from './weekly-hours';

const FORMAT = 'HH:mm';
const DEFAULT_SPAN: Span = ['08:00', '20:00'];

/** Opening hours per weekday: open or closed, one or more spans; an end before the start runs past midnight. */
export function WeeklyHoursEditor({ value, onChange }: { value?: OpeningHours; onChange?: (hours: OpeningHours) => void }) {
  const hours = value ?? { is24h: false, weekly: {} };
  const setDay = (day: Weekday, spans: Span[]) => onChange?.({ ...hours, weekly: { ...hours.weekly, [day]: spans } });
  const copyToAll = (spans: Span[]) => onChange?.({ ...hours, weekly: Object.fromEntries(WEEKDAYS.map(([day]) => [day, spans.map((s) => [...s])])) });

  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={hours.is24h} onChange={(is24h) => onChange?.({ ...hours, is24h })} aria-label="24小时营业" />
        <span>24小时营业</span>
      </Space>
      {!hours.is24h &&
        WEEKDAYS.map(([day, label]) => {
          const spans = hours.weekly[day] ?? [];
          return (
            <div key={day} style={{ display: 'flex', gap: 12, alignItems: 'flex-start', padding: '6px 0', borderTop: '1px solid #f0f0f0' }}>
              <Checkbox checked={spans.length > 0} onChange={(e) => setDay(day, e.target.checked ? [DEFAULT_SPAN] : [])} style={{ width: 72, paddingTop: 5 }}>
                {label}
              </Checkbox>
              {spans.length === 0 ? (
                <Typography.Text type="secondary" style={{ paddingTop: 5 }}>
                  休息
                </Typography.Text>
              ) : (
                <Space direction="vertical" size={4}>
                  {spans.map(([start, end], index) => (
                    <Space key={index}>
                      <TimePicker.RangePicker
                        format={FORMAT}
                        minuteStep={5}
                        order={false}
                        allowClear={false}
                        aria-label={`${label}第${index + 1}段营业时间`}
                        value={[dayjs(start, FORMAT), dayjs(end, FORMAT)]}
                        onChange={(range) => {
                          if (!range?.[0] || !range[1]) return;
                          setDay(
                            day,
                            spans.map((span, i) => (i === index ? [range[0]!.format(FORMAT), range[1]!.format(FORMAT)] : span)),
                          );
                        }}
                      />
                      {spans.length > 1 && (
                        <Button
                          aria-label={`删除${label}第${index + 1}段`}
                          icon={<DeleteOutlined />}
                          onClick={() =>
                            setDay(
                              day,
                              spans.filter((_, i) => i !== index),
                            )
                          }
                        />
                      )}
                    </Space>
                  ))}
                  <Space>
                    <Button size="small" icon={<PlusOutlined />} onClick={() => setDay(day, [...spans, ['18:00', '22:00']])}>
                      加一段
                    </Button>
                    <Button size="small" onClick={() => copyToAll(spans)}>
                      应用到每天
                    </Button>
                  </Space>
                </Space>
              )}
            </div>
          );
        })}
    </div>
  );
}
