import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, maskName } from '@kgh/shared';
import { DataSource, Repository } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { rowsOf } from '../common/sql-rows';
import { transactionWithRetry } from '../common/transaction-retry';
import { AppConfig } from '../config/app-config';
import { BenefitClaim } from './benefit-claim.entity';
import { claimView } from './benefit-views';
import { transition } from './claim-state';
import { ClaimsService, lockClaim } from './claims.service';
import { RedemptionCodeView, RedemptionView } from './dto/benefit-views.dto';
import { RedeemDto } from './dto/claim.dto';
import { signRedemptionCode, verifyRedemptionCode } from './redemption-code';

const invalidCode = () => new AppException(ErrorCode.InvalidCode, '核销码无效或已过期，请会员刷新二维码后重试');

/** Single-use redemption: the member shows a short-lived signed QR code, a linked provider scans it once. */
@Injectable()
export class RedemptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    private readonly claimsService: ClaimsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async code(user: AuthUser, claimId: string): Promise<RedemptionCodeView> {
    const claim = await this.claims.findOneBy({ id: claimId, userId: user.id });
    if (!claim) throw notFound('福利申领');
    transition(claim.status, 'redeem');
    return signRedemptionCode(claim.id, this.config.keys.redemption, new Date());
  }

  async redeem(user: AuthUser, dto: RedeemDto): Promise<RedemptionView> {
    const codeClaims = verifyRedemptionCode(dto.code, this.config.keys.redemption, new Date());
    const found = codeClaims && (await this.claimsService.findWithPlace(codeClaims.c));
    if (!codeClaims || !found) throw invalidCode();
    const { programme, session } = found;
    // Providers redeem only the programmes they are linked to; staff those of their part of the tree.
    await this.access.requireAccess(user, Permission.ClaimRedeem, found.id);
    const view = await transactionWithRetry(this.dataSource, async (manager) => {
      const claim = await lockClaim(manager, found.id);
      const after = transition(claim.status, 'redeem');
      const redemption = {
        status: after,
        redeemedAt: new Date(),
        redeemedBy: user.id,
        redeemedOrgId: user.orgId,
        redeemedPlace: dto.place?.trim() || null,
        redemptionCodeId: codeClaims.j,
      };
      await manager.update(BenefitClaim, { id: claim.id }, redemption);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'benefit.claim.redeemed',
          entityType: 'benefit_claim',
          entityId: claim.id,
          orgId: programme.orgId,
          detail: { place: redemption.redeemedPlace, codeId: codeClaims.j },
        },
        manager,
      );
      return claimView(Object.assign(claim, redemption), programme, session);
    });
    return { ...view, ...(await this.holder(found.memberId)) };
  }

  /** Whose claim it was, for the provider at the counter to check against the person: number and masked name. */
  private async holder(memberId: string): Promise<{ memberNumber: string; memberNameMasked: string | null }> {
    // Members made without an application (imports, tests) have no name on record.
    const [row] = await rowsOf<{ member_number: string; name: string | null }>(
      this.claims,
      `SELECT m.member_number, a.name FROM members m LEFT JOIN membership_applications a ON a.id = m.application_id WHERE m.id = $1`,
      [memberId],
    );
    return { memberNumber: row.member_number, memberNameMasked: row.name === null ? null : maskName(row.name) };
  }
}
