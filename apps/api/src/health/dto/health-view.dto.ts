import { ApiProperty } from '@nestjs/swagger';

/** The API and its database answer; otherwise the answer is 503 in the error shape. */
export class HealthView {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ enum: ['up'] })
  db: 'up';
}
