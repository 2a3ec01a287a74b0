import type { Schema } from '@kgh/api-client';
import { GENDERS, OCCUPATIONS, type ClaimPeriod, type OutsideWindowRedemption } from '@kgh/shared';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { FormSelect } from '../../components/FormSelect';
import { GENDER_NAMES, optionsOf } from '../../components/labels';
import { toFen } from '../../components/money';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { CLAIM_PERIOD_NAMES } from './claim-periods';

type Programme = Schema<'AdminProgrammeDetailView'>;
export type ProgrammeBody = Schema<'CreateProgrammeDto'>;

interface Fields {
  name: string;
  description?: string;
  orgId?: string;
  period: [Dayjs, Dayjs];
  claimPeriod: ClaimPeriod;
  hasSessions: boolean;
  outsideWindowRedemption: OutsideWindowRedemption;
  capacity?: number | null;
  budgetYuan?: string;
  costYuan: string;
  costYuanFemale?: string;
  requiresApproval: boolean;
  hasWaitlist: boolean;
  cancelHoursBefore: number;
  occupations?: string[];
  genders?: string[];
  minMembershipDays?: number | null;
}

const OUTSIDE_WINDOW_NAMES: Record<OutsideWindowRedemption, string> = {
  warn: '提醒后仍可核销',
  refuse: '不予核销（只能在批次当天核销）',
};

const YUAN = /^\d+(\.\d{1,2})?$/;
const yuanRule = { pattern: YUAN, message: '请填写金额（元），最多两位小数' };
const asYuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? undefined : (fen / 100).toFixed(2));

function fieldsOf(programme: Programme): Fields {
  return {
    name: programme.name,
    description: programme.description,
    orgId: programme.orgId,
    period: [dayjs(programme.periodStart), dayjs(programme.periodEnd)],
    claimPeriod: programme.claimPeriod,
    hasSessions: programme.hasSessions,
    outsideWindowRedemption: programme.outsideWindowRedemption,
    capacity: programme.capacity,
    budgetYuan: asYuan(programme.budgetFen),
    costYuan: asYuan(programme.costFen)!,
    costYuanFemale: asYuan(programme.costFenFemale),
    requiresApproval: programme.requiresApproval,
    hasWaitlist: programme.hasWaitlist,
    cancelHoursBefore: programme.cancelHoursBefore,
    occupations: programme.rules.occupations,
    genders: programme.rules.genders,
    minMembershipDays: programme.rules.minMembershipDays,
  };
}

function bodyOf(fields: Fields): ProgrammeBody {
  return {
    name: fields.name.trim(),
    description: fields.description?.trim() ?? '',
    orgId: fields.orgId,
    periodStart: fields.period[0].startOf('day').format(),
    periodEnd: fields.period[1].endOf('day').format(),
    claimPeriod: fields.claimPeriod,
    hasSessions: fields.hasSessions,
    outsideWindowRedemption: fields.outsideWindowRedemption,
    capacity: fields.hasSessions ? null : (fields.capacity ?? null),
    budgetFen: toFen(fields.budgetYuan) ?? null,
    costFen: toFen(fields.costYuan)!,
    costFenFemale: toFen(fields.costYuanFemale) ?? null,
    requiresApproval: fields.requiresApproval,
    hasWaitlist: fields.hasWaitlist,
    cancelHoursBefore: fields.cancelHoursBefore,
    rules: {
      ...(fields.occupations?.length ? { occupations: fields.occupations } : {}),
      ...(fields.genders?.length ? { genders: fields.genders } : {}),
      ...(fields.minMembershipDays ? { minMembershipDays: fields.minMembershipDays } : {}),
    },
  } as ProgrammeBody;
}

/** A programme's terms; money typed in yuan and sent as whole fen. */
export function ProgrammeForm({ programme, onSubmit }: { programme?: Programme; onSubmit: (body: ProgrammeBody) => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Fields>();
  const hasSessions = Form.useWatch('hasSessions', form);

  async function submit(fields: Fields) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(bodyOf(fields));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Fields>
      form={form}
      layout="vertical"
      onFinish={submit}
      scrollToFirstError
      initialValues={
        programme
          ? fieldsOf(programme)
          : { claimPeriod: 'year', hasSessions: false, outsideWindowRedemption: 'warn', requiresApproval: false, hasWaitlist: false, cancelHoursBefore: 24 }
      }
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="项目名称"
            name="name"
            rules={[
              { required: true, whitespace: true, message: '请填写项目名称' },
              { max: 60, message: '最多60个字' },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="主办工会" name="orgId" extra="不选则为您所在的工会">
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label="说明（职工可见）" name="description" rules={[{ max: 2000, message: '最多2000个字' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="项目期限" name="period" rules={[{ required: true, message: '请选择起止日期' }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="每人可申领" name="claimPeriod" rules={[{ required: true, message: '请选择' }]}>
            <FormSelect options={optionsOf(CLAIM_PERIOD_NAMES)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="分批次（如体检场次、疗休养团期）" name="hasSessions" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {hasSessions && (
          <Col xs={24} md={12}>
            <Form.Item label="不在批次日期核销时" name="outsideWindowRedemption" extra="核销人员扫码后都会看到批次日期">
              <FormSelect options={optionsOf(OUTSIDE_WINDOW_NAMES)} />
            </Form.Item>
          </Col>
        )}
        {!hasSessions && (
          <Col xs={12} md={6}>
            <Form.Item label="总名额" name="capacity" extra="留空为不限">
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} md={6}>
          <Form.Item label="预算（元）" name="budgetYuan" rules={[yuanRule]} extra="留空为不限">
            <Input inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="每份费用（元）" name="costYuan" rules={[{ required: true, message: '请填写每份费用' }, yuanRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="女职工费用（元）" name="costYuanFemale" rules={[yuanRule]} extra="与男职工相同则留空">
            <Input inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="可取消时限（开始前小时）" name="cancelHoursBefore" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={720} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="需人工审核" name="requiresApproval" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="名额满后可排队候补" name="hasWaitlist" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="限定职业" name="occupations" extra="不选为不限">
            <Select mode="multiple" options={OCCUPATIONS.map(({ code, name }) => ({ value: code, label: name }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label="限定性别" name="genders">
            <Select mode="multiple" options={GENDERS.map((g) => ({ value: g, label: GENDER_NAMES[g] }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label="入会满（天）" name="minMembershipDays">
            <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={busy}>
        {programme ? '保存' : '创建项目'}
      </Button>
    </Form>
  );
}
