import { ID_NUMBER_PROBLEM_MESSAGES, MOBILE_PHONE_MESSAGE, idNumberProblem, normalizeMobilePhone } from '@kgh/shared'

export interface JoinValues {
  name: string
  idNumber: string
  phone: string
  occupation: string
  employer: string
  townCode: string
}

export type JoinField = keyof JoinValues
/** The required fields' errors, and the optional enterprise name typed when it is not listed. */
export type JoinErrors = Partial<Record<JoinField | 'employerName', string>>

export const EMPLOYER_NAME_MAX = 60

const REQUIRED: Record<JoinField, string> = {
  name: '请输入真实姓名',
  idNumber: '请输入身份证号',
  phone: '请输入手机号',
  occupation: '请选择职业',
  employer: '请选择工作单位或平台',
  townCode: '请选择主要工作的镇街',
}

/** The message for one field, or undefined when it is fine. */
export function fieldError(field: JoinField, values: JoinValues): string | undefined {
  const value = values[field].trim()
  if (!value) return REQUIRED[field]
  if (field === 'name' && !/^[\u4e00-\u9fa5·]{2,20}$/.test(value)) return '请输入身份证上的中文姓名'
  if (field === 'idNumber') {
    const problem = idNumberProblem(value)
    return problem ? ID_NUMBER_PROBLEM_MESSAGES[problem] : undefined
  }
  if (field === 'phone' && !normalizeMobilePhone(value)) return MOBILE_PHONE_MESSAGE
  return undefined
}

export function validateJoin(values: JoinValues): JoinErrors {
  const errors: JoinErrors = {}
  for (const field of Object.keys(REQUIRED) as JoinField[]) {
    const message = fieldError(field, values)
    if (message) errors[field] = message
  }
  return errors
}

/** The typed name of an enterprise that is not listed: optional, at most 60 characters. */
export function employerNameError(name: string): string | undefined {
  return name.trim().length > EMPLOYER_NAME_MAX ? `企业名称不能超过${EMPLOYER_NAME_MAX}个字` : undefined
}
