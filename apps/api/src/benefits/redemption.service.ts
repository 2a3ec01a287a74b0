import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CLAIM_STATUS_NAMES, ErrorCode } from '@kgh/shared';
import { DataSource, Repository } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { transactionWithRetry } from '../common/transaction-retry';
import { AppConfig } from '../config/app-config';
import { memberFacts, MemberFacts } from '../membership/member-facts';
import { BenefitClaim } from './benefit-claim.entity';
import { claimView } from './benefit-views';
import { refusalOf, transition } from './claim-state';
import { ClaimsService, ClaimWithPlace, lockClaim } from './claims.service';
import { RedemptionCodeView, RedemptionView } from './dto/benefit-views.dto';
import { RedeemDto, RedemptionCodeDto } from './dto/claim.dto';
import { RedemptionPreviewView } from './dto/redemption-views.dto';
import { signRedemptionCode, verifyRedemptionCode } from './redemption-code';
import { batchDays, redemptionWindow } from './redemption-window';
import { FoundShortCode, ShortCodesService } from './short-codes.service';

const invalidCode = () => new AppException(ErrorCode.InvalidCode, '核销码无效或已过期，请会员刷新二维码后重试');

/** The claim a presented code names, and how it was presented. */
interface Presented {
  claim: ClaimWithPlace;
  /** The QR code's unique id, recorded on the claim it redeems. */
  codeId: string;
  /** Set when the 8 digits were typed: that code is used up with the redemption. */
  shortCodeId: string | null;
}

/**
 * Single-use redemption: the member shows a short-lived signed QR code (or reads out its 8 digits),
 * a linked provider previews the claim and whose it is, then redeems it once.
 */
@Injectable()
export class RedemptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    private readonly claimsService: ClaimsService,
    private readonly shortCodes: ShortCodesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async code(user: AuthUser, claimId: string): Promise<RedemptionCodeView> {
    const claim = await this.claims.findOneBy({ id: claimId, userId: user.id });
    if (!claim) throw notFound('福利申领');
    transition(claim.status, 'redeem');
    const { code, codeId, expiresAt } = signRedemptionCode(claim.id, this.config.keys.redemption, new Date());
    return { code, shortCode: await this.shortCodes.issue(claim.id, codeId, expiresAt), expiresAt };
  }

  /** What redeeming would do, and whose claim it is; writes nothing but the audit entry of the PII read. */
  async preview(user: AuthUser, dto: RedemptionCodeDto, ip: string): Promise<RedemptionPreviewView> {
    const now = new Date();
    const { claim } = await this.presented(user, dto, ip, now);
    const { programme, session } = claim;
    const holder = await this.holder(claim.memberId);
    await this.audit.record({
      actorUserId: user.id,
      action: 'benefit.claim.redemption_previewed',
      entityType: 'benefit_claim',
      entityId: claim.id,
      orgId: programme.orgId,
      detail: { via: dto.shortCode === undefined ? 'qr' : 'short_code', read: ['name', 'id_number_last4'] },
    });
    const window = redemptionWindow(session, programme.outsideWindowRedemption, now);
    const warnings = [
      ...(window.warning ? [window.warning] : []),
      ...(holder.membershipActive ? [] : [{ code: 'MEMBERSHIP_INACTIVE', message: '该会员账号已停用，请核实身份' }]),
    ];
    return {
      claimId: claim.id,
      status: claim.status,
      statusName: CLAIM_STATUS_NAMES[claim.status],
      programme: { id: programme.id, name: programme.name },
      session: session && {
        id: session.id,
        name: session.name,
        location: session.location,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        ...batchDays(session),
      },
      claimedAt: claim.createdAt,
      memberNumber: holder.memberNumber,
      memberNameMasked: holder.memberNameMasked,
      idNumberLast4: holder.idNumberLast4,
      membershipActive: holder.membershipActive,
      warnings,
      refusal: refusalOf(claim.status, 'redeem') ?? window.refusal,
    };
  }

  async redeem(user: AuthUser, dto: RedeemDto, ip: string): Promise<RedemptionView> {
    const now = new Date();
    const { claim: found, codeId, shortCodeId } = await this.presented(user, dto, ip, now);
    const { programme, session } = found;
    const view = await transactionWithRetry(this.dataSource, async (manager) => {
      const claim = await lockClaim(manager, found.id);
      const after = transition(claim.status, 'redeem');
      const { refusal } = redemptionWindow(session, programme.outsideWindowRedemption, now);
      if (refusal) throw new AppException(ErrorCode.OutsideRedemptionWindow, refusal.message);
      // The claim's row lock orders two uses of one code; the second finds the claim redeemed above.
      if (shortCodeId && !(await this.shortCodes.use(manager, shortCodeId, now))) throw invalidCode();
      const redemption = {
        status: after,
        redeemedAt: now,
        redeemedBy: user.id,
        redeemedOrgId: user.orgId,
        redeemedPlace: dto.place?.trim() || null,
        redemptionCodeId: codeId,
      };
      await manager.update(BenefitClaim, { id: claim.id }, redemption);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'benefit.claim.redeemed',
          entityType: 'benefit_claim',
          entityId: claim.id,
          orgId: programme.orgId,
          detail: { place: redemption.redeemedPlace, codeId, via: shortCodeId ? 'short_code' : 'qr' },
        },
        manager,
      );
      return claimView(Object.assign(claim, redemption), programme, session);
    });
    const { memberNumber, memberNameMasked } = await this.holder(found.memberId);
    return { ...view, memberNumber, memberNameMasked };
  }

  /** The claim behind a QR payload or 8 digits, once the caller may redeem it: the one check for preview and redeem. */
  private async presented(user: AuthUser, dto: RedemptionCodeDto, ip: string, now: Date): Promise<Presented> {
    let target: { claimId: string; codeId: string; shortCode: FoundShortCode | null } | null = null;
    if (dto.shortCode !== undefined) {
      const found = await this.shortCodes.find(dto.shortCode, user.id, ip, now);
      target = found && { claimId: found.claimId, codeId: found.codeId, shortCode: found };
    } else if (dto.code !== undefined) {
      const signed = verifyRedemptionCode(dto.code, this.config.keys.redemption, now);
      target = signed && { claimId: signed.c, codeId: signed.j, shortCode: null };
    }
    const claim = target && (await this.claimsService.findWithPlace(target.claimId));
    if (!target || !claim) throw invalidCode();
    // Providers redeem only the programmes they are linked to; staff those of their part of the tree.
    await this.access.requireAccess(user, Permission.ClaimRedeem, claim.id);
    if (target.shortCode) await this.shortCodes.forgive(target.shortCode);
    return { claim, codeId: target.codeId, shortCodeId: target.shortCode?.id ?? null };
  }

  private async holder(memberId: string): Promise<MemberFacts> {
    const facts = await memberFacts(this.claims, memberId, this.config.keys.piiEncryption);
    if (!facts) throw invalidCode();
    return facts;
  }
}
