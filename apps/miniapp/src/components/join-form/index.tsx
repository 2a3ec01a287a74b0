import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Checkbox, Input } from '@nutui/nutui-react-taro'
import { CURRENT_CONSENT_VERSION, EMPLOYERS, OCCUPATIONS, normalizeMobilePhone } from '@kgh/shared'
import type { EmployerCode, Occupation, TownCode } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { ApiError } from '../../services/api'
import EnterprisePicker, { type EnterpriseChoice } from '../enterprise-picker'
import SelectField from '../select-field'
import PrivacyNotice from './privacy-notice'
import { employerNameError, fieldError, validateJoin, type JoinErrors, type JoinField, type JoinValues } from './validate'
import './index.scss'

interface Props {
  towns: Schema<'TownView'>[]
  onSubmit: (input: Schema<'ApplyForMembershipDto'>) => Promise<void>
}

const toOptions = (list: readonly { code: string; name: string }[]) => list.map((i) => ({ value: i.code, label: i.name }))
const OCCUPATION_OPTIONS = toOptions(OCCUPATIONS)
const EMPLOYER_OPTIONS = toOptions(EMPLOYERS)

function FieldError({ field, errors }: { field: keyof JoinErrors; errors: JoinErrors }) {
  const message = errors[field]
  return message ? <Text className={`form-error form-error-${field}`}>{message}</Text> : null
}

export default function JoinForm({ towns, onSubmit }: Props) {
  const [values, setValues] = useState<JoinValues>({
    name: '',
    idNumber: '',
    phone: '',
    occupation: '',
    employer: '',
    townCode: '',
  })
  const [enterprise, setEnterprise] = useState<EnterpriseChoice>(null)
  const [errors, setErrors] = useState<JoinErrors>({})
  const [formError, setFormError] = useState('')
  const [consent, setConsent] = useState(false)
  const [busy, setBusy] = useState(false)

  const set = (field: JoinField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const check = (field: JoinField) => () => setErrors((e) => ({ ...e, [field]: fieldError(field, values) }))
  const typedName = enterprise?.kind === 'typed' ? enterprise.name.trim() : ''
  const chooseEnterprise = (choice: EnterpriseChoice) => {
    setEnterprise(choice)
    if (errors.employerName) setErrors((e) => ({ ...e, employerName: undefined }))
  }
  const checkEmployerName = () => setErrors((e) => ({ ...e, employerName: employerNameError(typedName) }))

  const submit = async () => {
    const nameError = employerNameError(typedName)
    const found: JoinErrors = { ...validateJoin(values), ...(nameError && { employerName: nameError }) }
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
        idNumber: values.idNumber.trim().toUpperCase(),
        phone: normalizeMobilePhone(values.phone) ?? values.phone,
        consentVersion: CURRENT_CONSENT_VERSION,
        ...(enterprise?.kind === 'listed' && { enterpriseId: enterprise.id }),
        ...(typedName && { employerName: typedName }),
      })
    } catch (e) {
      if (!(e instanceof ApiError)) return setFormError('提交失败，请稍后再试')
      setFormError(e.message)
      // Each detail stands by the field it names; the API's message above the form says the rest.
      setErrors(Object.fromEntries((e.body.details ?? []).flatMap((d) => (d.field ? [[d.field, d.message] as const] : []))))
    } finally {
      setBusy(false)
    }
  }

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
      <FieldError field={field} errors={errors} />
    </View>
  )

  return (
    <View className="join-form">
      {input('name', '真实姓名', { placeholder: '与身份证一致', maxLength: 20 })}
      {input('idNumber', '身份证号', { placeholder: '18位居民身份证号', type: 'idcard', maxLength: 18 })}
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
    </View>
  )
}
