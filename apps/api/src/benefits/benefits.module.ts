import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { LimitsModule } from '../limits/limits.module';
import { Member } from '../membership/member.entity';
import { Org } from '../orgs/org.entity';
import { AdminBenefitsController } from './admin-benefits.controller';
import { AdminClaimsService } from './admin-claims.service';
import { AdminProgrammesService } from './admin-programmes.service';
import { BenefitClaim } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { BenefitsController } from './benefits.controller';
import { ClaimExpiryService } from './claim-expiry.service';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { IdempotencyKey } from './idempotency-key.entity';
import { IdempotencyService } from './idempotency.service';
import { ProgrammeProvider } from './programme-provider.entity';
import { ProgrammesService } from './programmes.service';
import { RedemptionService } from './redemption.service';
import { ShortCodesService } from './short-codes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([BenefitProgramme, BenefitSession, BenefitClaim, ProgrammeProvider, IdempotencyKey, Member, Org]),
    AccessModule,
    LimitsModule,
  ],
  controllers: [BenefitsController, ClaimsController, AdminBenefitsController],
  providers: [
    ProgrammesService,
    ClaimsService,
    IdempotencyService,
    RedemptionService,
    ShortCodesService,
    ClaimExpiryService,
    AdminProgrammesService,
    AdminClaimsService,
  ],
})
export class BenefitsModule {}
