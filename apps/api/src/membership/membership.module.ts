import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { Org } from '../orgs/org.entity';
import { Member } from './member.entity';
import { MembershipController } from './membership.controller';
import { MembershipService } from './membership.service';
import { MembershipApplication } from './membership-application.entity';
import { MembershipReviewService } from './membership-review.service';

@Module({
  imports: [TypeOrmModule.forFeature([MembershipApplication, Member, Org]), AccessModule],
  controllers: [MembershipController],
  providers: [MembershipService, MembershipReviewService],
  exports: [MembershipService],
})
export class MembershipModule {}
