import { Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** The access policy; feature modules import it and their services call it first. */
@Module({
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
