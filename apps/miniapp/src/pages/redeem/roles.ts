import type { Schema } from '@kgh/api-client'

/** Providers redeem their programmes; staff those of their part of the union tree. */
export const canRedeem = (user: Pick<Schema<'UserView'>, 'roles'>) =>
  user.roles.some((r) => r === 'provider' || r === 'staff' || r === 'admin')
