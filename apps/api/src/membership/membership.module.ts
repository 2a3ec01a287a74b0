import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { BenefitClaim } from '../benefits/benefit-claim.entity';
import { Org } from '../orgs/org.entity';
import { Member } from './member.entity';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipController } from './membership.controller';
import { MembershipService } from './membership.service';
import { MembershipApplication } from './membership-application.entity';
import { MembershipReviewService } from './membership-review.service';

@Module({
  imports: [TypeOrmModule.forFeature([MembershipApplication, Member, Org, BenefitClaim]), AccessModule],
  controllers: [MembershipController, MembersController],
  providers: [MembershipService, MembershipReviewService, MembersService],
  exports: [MembershipService],
})
export class MembershipModule {}
