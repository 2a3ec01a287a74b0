import { Module } from '@nestjs/common';
import { KnownAddressesService } from './known-addresses.service';
import { LimitsService } from './limits.service';

@Module({ providers: [LimitsService, KnownAddressesService], exports: [LimitsService, KnownAddressesService] })
export class LimitsModule {}
