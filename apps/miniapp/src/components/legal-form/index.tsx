import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { LEGAL_DESCRIPTION_MAX, LEGAL_PARTIES, LEGAL_TOPICS } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { ApiError } from '../../services/api'
import ChoiceChips from '../choice-chips'
import SelectField from '../select-field'
import TextBox from '../text-box'
import {
  FIELD_OF_API,
  fieldError,
  toCreateLegalRequest,
  validateLegal,
  type LegalErrors,
  type LegalField,
  type LegalValues,
} from './validate'
import './index.scss'

interface Props {
  towns: Schema<'TownView'>[]
  /** The phone to call back, filled in when known (the number the worker signed in with). */
  phone?: string
  onSubmit: (input: Schema<'CreateLegalRequestDto'>) => Promise<void>
}

const COPY = {
  topic: '遇到了什么问题',
  against: '对方是谁',
  againstName: '对方名称（选填）',
  againstNameHint: '如：某某配送站、某某外包公司',
  description: '情况说明',
  descriptionHint: '什么时间、在哪里、发生了什么，对方怎么说；有工资条、聊天记录等证据也请写明',
  amount: '涉及金额（选填）',
  amountHint: '如被拖欠的工资、医药费，单位：元',
  workers: '涉及人数',
  workersHint: '和您情况相同的工友人数，包括您自己',
  phone: '联系电话',
  phoneHint: '工会工作人员会打这个电话联系您',
  town: '您所在的镇街',
  privacy: '您填写的信息仅用于工会办理本次法律援助，只由受理的工会工作人员和指派的律师、调解员查看。不是工会会员也可以求助。',
  fixErrors: (n: number) => `还有${n}处需要填写或修改，请看上方红字提示`,
  failed: '提交失败，请稍后再试',
  submit: '提交求助',
}

const TOWN_PLACEHOLDER = '请选择'

function Field({
  label,
  hint,
  error,
  field,
  children,
}: {
  label: string
  hint?: string
  error?: string
  field: LegalField
  children: ReactNode
}) {
  return (
    <View className="legal-form__field">
      <Text className="legal-form__label">{label}</Text>
      {hint && <Text className="legal-form__hint">{hint}</Text>}
      {children}
      {error && <Text className={`form-error form-error-${field}`}>{error}</Text>}
    </View>
  )
}

/** 法律援助: what happened, against whom, and how to call the worker back. Membership is not needed. */
export default function LegalForm({ towns, phone = '', onSubmit }: Props) {
  const [values, setValues] = useState<LegalValues>({
    topic: '',
    against: '',
    againstName: '',
    description: '',
    amount: '',
    workersAffected: '1',
    phone,
    townCode: '',
  })
  const [errors, setErrors] = useState<LegalErrors>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)

  const set = (field: LegalField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const check = (field: LegalField) => () => setErrors((e) => ({ ...e, [field]: fieldError(field, values) }))

  const submit = async () => {
    const found = validateLegal(values)
    setErrors(found)
    const problems = Object.keys(found).length
    setFormError(problems ? COPY.fixErrors(problems) : '')
    if (problems) return
    setBusy(true)
    try {
      await onSubmit(toCreateLegalRequest(values))
    } catch (e) {
      if (!(e instanceof ApiError)) return setFormError(COPY.failed)
      setFormError(e.message)
      // Each detail stands by the field it names; the API's message by the button says the rest.
      const byField = (e.body.details ?? []).flatMap((d) => (d.field ? [[FIELD_OF_API[d.field] ?? d.field, d.message] as const] : []))
      setErrors(Object.fromEntries(byField))
    } finally {
      setBusy(false)
    }
  }

  const input = (field: 'againstName' | 'amount' | 'workersAffected' | 'phone', id: string, props: Record<string, unknown>) => (
    <Input id={id} className="legal-form__input" value={values[field]} onChange={set(field)} onBlur={check(field)} {...props} />
  )

  return (
    <View className="legal-form">
      <Field label={COPY.topic} field="topic" error={errors.topic}>
        <ChoiceChips id="legal-topic" options={LEGAL_TOPICS} value={values.topic} onChange={set('topic')} />
      </Field>
      <Field label={COPY.against} field="against" error={errors.against}>
        <ChoiceChips id="legal-against" options={LEGAL_PARTIES} value={values.against} onChange={set('against')} />
      </Field>
      <Field label={COPY.againstName} field="againstName" error={errors.againstName}>
        {input('againstName', 'legal-against-name', { placeholder: COPY.againstNameHint })}
      </Field>
      <Field label={COPY.description} hint={COPY.descriptionHint} field="description" error={errors.description}>
        <TextBox
          id="legal-description"
          value={values.description}
          onChange={set('description')}
          onBlur={check('description')}
          placeholder="请写下您遇到的情况"
          max={LEGAL_DESCRIPTION_MAX}
        />
      </Field>
      <Field label={COPY.amount} hint={COPY.amountHint} field="amount" error={errors.amount}>
        <View className="legal-form__amount">
          {input('amount', 'legal-amount', { placeholder: '如 3000 或 1250.50', maxLength: 16 })}
          <Text className="legal-form__unit">元</Text>
        </View>
      </Field>
      <Field label={COPY.workers} hint={COPY.workersHint} field="workersAffected" error={errors.workersAffected}>
        {input('workersAffected', 'legal-workers', { type: 'number', maxLength: 5 })}
      </Field>
      <Field label={COPY.phone} hint={COPY.phoneHint} field="phone" error={errors.phone}>
        {input('phone', 'legal-phone', { type: 'tel', maxLength: 11, placeholder: '11位手机号' })}
      </Field>
      <Field label={COPY.town} field="townCode" error={errors.townCode}>
        <SelectField
          id="legal-town"
          label="镇街"
          placeholder={TOWN_PLACEHOLDER}
          options={towns.map((t) => ({ value: t.code, label: t.name }))}
          value={values.townCode}
          onChange={set('townCode')}
        />
      </Field>
      <Text className="legal-form__privacy">{COPY.privacy}</Text>
      {formError && (
        <View id="legal-form-error" className="form-error legal-form__error" role="alert">
          <Text>{formError}</Text>
        </View>
      )}
      <Button id="legal-submit" type="primary" block size="large" loading={busy} disabled={busy} onClick={submit}>
        {COPY.submit}
      </Button>
    </View>
  )
}
