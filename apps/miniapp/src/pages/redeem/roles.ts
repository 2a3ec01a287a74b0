import type { User } from '../../services/types'

/** Providers redeem their programmes; staff those of their part of the union tree. */
export const canRedeem = (user: Pick<User, 'roles'>) => user.roles.some((r) => r === 'provider' || r === 'staff' || r === 'admin')
