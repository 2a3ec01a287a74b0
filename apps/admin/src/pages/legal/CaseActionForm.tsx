import { MEDIATION_FORMS, REFERRAL_BODIES, type MediationForm, type ReferralBody } from '@kgh/shared';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormRadioGroup } from '../../components/FormRadioGroup';
import { toFen, yuanValue } from '../../components/money';
import { SubmitForm } from '../../components/SubmitForm';
import { AssigneeSelect } from './AssigneeSelect';
import { ACTION_LABELS, DANGEROUS, type CaseAction, type CaseRequest, type LegalCaseDetail } from './case-actions';
import { aboveAgreed, RecoveredFields, TextField, YuanField } from './case-fields';

interface Values {
  advice?: string;
  claimed?: number | null;
  assigneeId?: string;
  heldOn?: Dayjs;
  mediationForm?: MediationForm;
  attendees?: string;
  result?: string;
  agreed?: number | null;
  recovered?: number | null;
  overAgreedReason?: string;
  reason?: string;
  referredTo?: ReferralBody;
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** The request an action's form sends: text trimmed, yuan as whole fen, only the fields the move takes. */
export function requestOf(action: CaseAction, values: Values, detail: LegalCaseDetail): CaseRequest {
  switch (action) {
    case 'answer':
      return { to: 'answer', body: { advice: values.advice!.trim() } };
    case 'register':
      return { to: 'register', body: { amountClaimedFen: toFen(values.claimed), assigneeId: values.assigneeId } };
    case 'assign':
      return { to: 'assign', body: { assigneeId: values.assigneeId! } };
    case 'session':
      return {
        to: 'sessions',
        body: { heldOn: values.heldOn!.format('YYYY-MM-DD'), form: values.mediationForm!, attendees: values.attendees!.trim(), result: values.result!.trim() },
      };
    case 'agreed':
      return { to: 'transition', body: { to: 'agreed', amountAgreedFen: toFen(values.agreed), reason: text(values.reason) } };
    case 'fulfilled':
      return {
        to: 'transition',
        body: {
          to: 'fulfilled',
          amountRecoveredFen: toFen(values.recovered),
          overAgreedReason: aboveAgreed(values.recovered, detail.amountAgreedFen) ? text(values.overAgreedReason) : undefined,
        },
      };
    case 'referred':
      return { to: 'transition', body: { to: 'referred', referredTo: values.referredTo, reason: text(values.reason) } };
    default:
      return { to: 'transition', body: { to: action, reason: text(values.reason) } };
  }
}

function initialValues(action: CaseAction, detail: LegalCaseDetail): Values {
  switch (action) {
    case 'register':
      return { claimed: yuanValue(detail.amountClaimedFen) };
    case 'assign':
      return { assigneeId: detail.assignee?.id };
    case 'session':
      return { heldOn: dayjs(), mediationForm: 'in_person' };
    case 'agreed':
      return { agreed: yuanValue(detail.amountAgreedFen ?? detail.amountClaimedFen) };
    case 'fulfilled':
      return { recovered: yuanValue(detail.amountAgreedFen) };
    default:
      return {};
  }
}

function ActionFields({ action, detail }: { action: CaseAction; detail: LegalCaseDetail }) {
  switch (action) {
    case 'answer':
      return <TextField name="advice" noun="解答内容" forWorker min={5} max={1000} placeholder="例如：依据《劳动合同法》，可先向平台客服书面主张……" />;
    case 'register':
      return (
        <>
          <YuanField name="claimed" noun="诉求金额" extra="职工所填金额已带入，可按核实的金额修改；没有金额的留空" />
          <Form.Item label="指派给" name="assigneeId" extra="可稍后再指派">
            <AssigneeSelect />
          </Form.Item>
        </>
      );
    case 'assign':
      return (
        <Form.Item label="指派给" name="assigneeId" rules={[{ required: true, message: '请选择承办的调解员或工作人员' }]}>
          <AssigneeSelect />
        </Form.Item>
      );
    case 'session':
      return (
        <>
          <Form.Item label="调解日期" name="heldOn" rules={[{ required: true, message: '请选择调解日期' }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label="调解方式" name="mediationForm" rules={[{ required: true, message: '请选择调解方式' }]}>
            <FormRadioGroup options={MEDIATION_FORMS.map(({ code, name }) => ({ value: code, label: name }))} />
          </Form.Item>
          <TextField name="attendees" noun="参加人员" max={200} placeholder="例如：职工张某、平台站点负责人李某、调解员王律师" />
          <TextField name="result" noun="调解结果" placeholder="例如：双方对欠薪金额无异议，平台同意一周内支付" />
        </>
      );
    case 'agreed':
      return (
        <>
          <YuanField name="agreed" noun="协议金额" required />
          <TextField name="reason" noun="协议内容" forWorker placeholder="例如：平台于12月20日前一次性支付拖欠工资3000元" />
        </>
      );
    case 'fulfilled':
      return <RecoveredFields agreedFen={detail.amountAgreedFen} />;
    case 'referred':
      return (
        <>
          <Form.Item label="转交" name="referredTo" rules={[{ required: true, message: '请选择转交的机构' }]}>
            <FormRadioGroup options={REFERRAL_BODIES.map(({ code, name }) => ({ value: code, label: name }))} />
          </Form.Item>
          <TextField name="reason" noun="说明" forWorker required={false} placeholder="例如：已协助职工准备仲裁申请材料" />
        </>
      );
    case 'failed':
      return <TextField name="reason" noun="调解未成的原因" forWorker />;
    case 'declined':
      return <TextField name="reason" noun="不予受理的原因" forWorker placeholder="例如：该纠纷已进入诉讼程序，工会不再受理调解" />;
    case 'withdrawn':
      return <TextField name="reason" noun="撤回的原因" forWorker placeholder="例如：职工来电表示已与企业自行协商解决" />;
  }
}

/** The form of one action on a request or case; `onSubmit` sends what `requestOf` builds. */
export function CaseActionForm({
  action,
  detail,
  onSubmit,
}: {
  action: CaseAction;
  detail: LegalCaseDetail;
  onSubmit: (request: CaseRequest) => Promise<void>;
}) {
  return (
    <SubmitForm<Values>
      initialValues={initialValues(action, detail)}
      onSubmit={(values) => onSubmit(requestOf(action, values, detail))}
      submitText={`确认${ACTION_LABELS[action]}`}
      danger={DANGEROUS.includes(action)}
    >
      <ActionFields action={action} detail={detail} />
    </SubmitForm>
  );
}
