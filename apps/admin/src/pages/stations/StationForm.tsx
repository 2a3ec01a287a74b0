import { AMENITIES, STATION_KINDS, type Amenity, type StationKind, type TownCode } from '@kgh/shared';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { FormSelect } from '../../components/FormSelect';
import { TownAndAddressFields } from '../../components/TownAndAddressFields';
import { hoursProblem, type OpeningHours } from './weekly-hours';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

export interface StationFields {
  name: string;
  kind: StationKind;
  townCode: TownCode;
  address: string;
  lat: number;
  lng: number;
  phone?: string | null;
  hostOrg?: string | null;
  amenities: Amenity[];
  openingHours: OpeningHours;
}

const EVERY_DAY: OpeningHours = {
  is24h: false,
  weekly: {
    mon: [['08:00', '20:00']],
    tue: [['08:00', '20:00']],
    wed: [['08:00', '20:00']],
    thu: [['08:00', '20:00']],
    fri: [['08:00', '20:00']],
    sat: [['08:00', '20:00']],
    sun: [['08:00', '20:00']],
  },
};
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** A station's fields, checked here first; the API's refusal (a duplicate, another town) is shown above the form. */
export function StationForm({
  initial,
  onSubmit,
  submitText,
}: {
  initial?: StationFields;
  onSubmit: (station: StationFields) => Promise<void>;
  submitText: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: StationFields) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...values, phone: values.phone?.trim() || null, hostOrg: values.hostOrg?.trim() || null });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<StationFields>
      layout="vertical"
      onFinish={submit}
      initialValues={initial ?? { amenities: ['water', 'charging'], openingHours: EVERY_DAY }}
      scrollToFirstError
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="驿站名称"
            name="name"
            rules={[
              { required: true, whitespace: true, message: '请填写驿站名称' },
              { max: 60, message: '最多60个字' },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
            <FormSelect options={STATION_KINDS.map(({ code, name }) => ({ value: code, label: name }))} />
          </Form.Item>
        </Col>
        <TownAndAddressFields />
        <Col xs={12} md={6}>
          <Form.Item label="纬度（GCJ-02）" name="lat" rules={[{ required: true, message: '请填写纬度' }]}>
            <InputNumber min={29.5} max={30.5} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="经度（GCJ-02）" name="lng" rules={[{ required: true, message: '请填写经度' }]}>
            <InputNumber min={120} max={121} step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="联系电话" name="phone" rules={[{ pattern: PHONE, message: '请填写手机号或区号加座机号，如 0575-84112233' }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="承办单位" name="hostOrg" rules={[{ max: 60, message: '最多60个字' }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="设施" name="amenities">
        <Checkbox.Group options={AMENITIES.map(({ code, name }) => ({ value: code, label: name }))} />
      </Form.Item>
      <Form.Item
        label="营业时间"
        name="openingHours"
        rules={[{ validator: (_, hours: OpeningHours) => (hoursProblem(hours) ? Promise.reject(new Error(hoursProblem(hours)!)) : Promise.resolve()) }]}
      >
        <WeeklyHoursEditor />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitText}
      </Button>
    </Form>
  );
}
