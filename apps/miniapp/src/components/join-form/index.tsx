import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Checkbox, Input } from '@nutui/nutui-react-taro'
import { CURRENT_CONSENT_VERSION, EMPLOYERS, OCCUPATIONS, normalizeMobilePhone } from '@kgh/shared'
import type { EmployerCode, Occupation, TownCode } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { ApiError } from '../../services/api'
import EnterprisePicker, { type EnterpriseChoice } from '../enterprise-picker'
import SelectField from '../select-field'
import { EMPTY_VALUES, joinDraft, keepsIdNumber, type JoinDraft } from './draft'
import { initialForm, useDraftSaving } from './use-join-draft'
import PrivacyNotice from './privacy-notice'
import { employerNameError, fieldError, validateJoin, type JoinErrors, type JoinField, type JoinValues } from './validate'
import './index.scss'

interface Props {
  towns: Schema<'TownView'>[]
  /** Sends the application. */
  onSubmit: (input: Schema<'ApplyForMembershipDto'>) => Promise<unknown>
}

const COPY = {
  idNotKept: '身份证号不保存在本机，请重新输入',
  idKept: (masked: string) => `沿用上次申请的身份证号 ${masked}`,
  idRetype: '改填身份证号',
  review: (reason: string) => `上次申请未通过：${reason}`,
  reviewHint: '其余内容已按上次申请填好，请修改后重新提交',
  fixThis: '审核意见提到此项，请核对后重新填写',
  clear: '清空',
  clearAsk: '清空已填写的全部内容？',
  clearYes: '确定清空',
  clearNo: '不清空',
}

const toOptions = (list: readonly { code: string; name: string }[]) => list.map((i) => ({ value: i.code, label: i.name }))
const OCCUPATION_OPTIONS = toOptions(OCCUPATIONS)
const EMPLOYER_OPTIONS = toOptions(EMPLOYERS)

function FieldError({ field, errors }: { field: keyof JoinErrors; errors: JoinErrors }) {
  const message = errors[field]
  return message ? <Text className={`form-error form-error-${field}`}>{message}</Text> : null
}

const reviewErrors = (review: JoinDraft['review']): JoinErrors =>
  Object.fromEntries((review?.fields ?? []).map((field) => [field, COPY.fixThis]))

export default function JoinForm({ towns, onSubmit }: Props) {
  const [initial] = useState(initialForm)
  const [values, setValues] = useState<JoinValues>(initial.values)
  const [enterprise, setEnterprise] = useState<EnterpriseChoice>(initial.enterprise)
  const [review, setReview] = useState(initial.review)
  const [restored, setRestored] = useState(initial.restored)
  const [errors, setErrors] = useState<JoinErrors>(() => reviewErrors(initial.review))
  const [formError, setFormError] = useState('')
  const [consent, setConsent] = useState(false)
  const [busy, setBusy] = useState(false)
  const [askingToClear, setAskingToClear] = useState(false)
  // Correcting a rejection the reason does not blame the ID number for: the API sends it again itself.
  const [keptIdNumber, setKeptIdNumber] = useState(() => keepsIdNumber(initial.review) && !initial.values.idNumber)
  const draft = useDraftSaving(values, enterprise, review)

  const set = (field: JoinField) => (value: string) => {
    draft.changed()
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const check = (field: JoinField) => () => setErrors((e) => ({ ...e, [field]: fieldError(field, values) }))
  const typedName = enterprise?.kind === 'typed' ? enterprise.name.trim() : ''
  const chooseEnterprise = (choice: EnterpriseChoice) => {
    draft.changed()
    setEnterprise(choice)
    if (errors.employerName) setErrors((e) => ({ ...e, employerName: undefined }))
  }
  const checkEmployerName = () => setErrors((e) => ({ ...e, employerName: employerNameError(typedName) }))
  const clear = () => {
    draft.settled()
    joinDraft.clear()
    setValues(EMPTY_VALUES)
    setEnterprise(null)
    setReview(undefined)
    setRestored(false)
    setKeptIdNumber(false)
    setErrors({})
    setFormError('')
    setConsent(false)
    setAskingToClear(false)
  }

  const submit = async () => {
    const nameError = employerNameError(typedName)
    const { idNumber: idError, ...otherErrors } = validateJoin(values)
    const found: JoinErrors = {
      ...otherErrors,
      ...(!keptIdNumber && idError && { idNumber: idError }),
      ...(nameError && { employerName: nameError }),
    }
    setErrors(found)
    setFormError('')
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      // The pickers offer only the shared lists' codes, and validateJoin has checked each is chosen.
      await onSubmit({
        name: values.name.trim(),
        occupation: values.occupation as Occupation,
        employer: values.employer as EmployerCode,
        townCode: values.townCode as TownCode,
        ...(!keptIdNumber && { idNumber: values.idNumber.trim().toUpperCase() }),
        phone: normalizeMobilePhone(values.phone) ?? values.phone,
        consentVersion: CURRENT_CONSENT_VERSION,
        ...(review && { correctsApplicationId: review.applicationId }),
        ...(enterprise?.kind === 'listed' && { enterpriseId: enterprise.id }),
        ...(typedName && { employerName: typedName }),
      })
      draft.settled()
      joinDraft.clear()
    } catch (e) {
      if (!(e instanceof ApiError)) return setFormError('提交失败，请稍后再试')
      setFormError(e.message)
      // Each detail stands by the field it names; the API's message above the form says the rest.
      setErrors(Object.fromEntries((e.body.details ?? []).flatMap((d) => (d.field ? [[d.field, d.message] as const] : []))))
    } finally {
      setBusy(false)
    }
  }

  const keptId = keepsIdNumber(review) && keptIdNumber && (
    <View className="join-form__field">
      <Text className="join-form__label">身份证号</Text>
      <Text id="join-id-kept" className="join-form__kept">
        {COPY.idKept(review.idNumberMasked)}
      </Text>
      <Button id="join-id-retype" size="large" onClick={() => setKeptIdNumber(false)}>
        {COPY.idRetype}
      </Button>
    </View>
  )

  const input = (field: 'name' | 'idNumber' | 'phone', label: string, props: Record<string, unknown>) => (
    <View className="join-form__field">
      <Text className="join-form__label">{label}</Text>
      <Input
        id={`join-${field === 'idNumber' ? 'id-number' : field}`}
        value={values[field]}
        onChange={set(field)}
        onBlur={check(field)}
        {...props}
      />
      {field === 'idNumber' && restored && !values.idNumber && (
        <Text id="join-id-not-kept" className="join-form__note">
          {COPY.idNotKept}
        </Text>
      )}
      <FieldError field={field} errors={errors} />
    </View>
  )

  return (
    <View className="join-form">
      {review && (
        <View id="join-review" className="join-form__review" role="status">
          <Text className="join-form__review-reason">{COPY.review(review.reason)}</Text>
          <Text className="join-form__review-hint">{COPY.reviewHint}</Text>
        </View>
      )}
      {input('name', '真实姓名', { placeholder: '与身份证一致', maxLength: 20 })}
      {keptId || input('idNumber', '身份证号', { placeholder: '18位居民身份证号', type: 'idcard', maxLength: 18, autoComplete: 'off' })}
      {input('phone', '手机号', { placeholder: '11位手机号', type: 'tel', maxLength: 11 })}
      <View className="join-form__field">
        <SelectField
          id="join-occupation"
          label="职业"
          placeholder="请选择"
          options={OCCUPATION_OPTIONS}
          value={values.occupation}
          onChange={set('occupation')}
        />
        <FieldError field="occupation" errors={errors} />
      </View>
      <View className="join-form__field">
        <SelectField
          id="join-employer"
          label="工作单位/平台"
          placeholder="请选择"
          options={EMPLOYER_OPTIONS}
          value={values.employer}
          onChange={set('employer')}
        />
        <FieldError field="employer" errors={errors} />
      </View>
      <View className="join-form__field">
        <EnterprisePicker value={enterprise} onChange={chooseEnterprise} townCode={values.townCode} onBlurName={checkEmployerName} />
        <FieldError field="employerName" errors={errors} />
      </View>
      <View className="join-form__field">
        <SelectField
          id="join-town"
          label="主要工作镇街"
          placeholder="请选择"
          options={toOptions(towns)}
          value={values.townCode}
          onChange={set('townCode')}
        />
        <FieldError field="townCode" errors={errors} />
      </View>
      <PrivacyNotice />
      <View className="join-form__consent">
        <Checkbox id="join-consent" checked={consent} onChange={setConsent} label="我已阅读并同意《柯工惠个人信息保护告知书》" />
      </View>
      {formError && <Text className="form-error join-form__error">{formError}</Text>}
      <Button id="join-submit" type="primary" block size="large" disabled={!consent} loading={busy} onClick={submit}>
        提交入会申请
      </Button>
      {askingToClear ? (
        <View id="join-clear-ask" className="join-form__clear-ask" role="group">
          <Text className="join-form__clear-question">{COPY.clearAsk}</Text>
          <View className="join-form__clear-actions">
            <Button id="join-clear-yes" size="large" onClick={clear}>
              {COPY.clearYes}
            </Button>
            <Button id="join-clear-no" size="large" onClick={() => setAskingToClear(false)}>
              {COPY.clearNo}
            </Button>
          </View>
        </View>
      ) : (
        <Button id="join-clear" block size="large" onClick={() => setAskingToClear(true)}>
          {COPY.clear}
        </Button>
      )}
    </View>
  )
}
