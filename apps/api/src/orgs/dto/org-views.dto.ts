import { ApiProperty } from '@nestjs/swagger';
import type { TownCode } from '@kgh/shared';
import { ENUM } from '../../openapi/enums';
import { type Org, ORG_KINDS, type OrgKind } from '../org.entity';

/** An organisation named where it is referred to. */
export class OrgRefView {
  id: string;
  name: string;
}

/** A town or street of the district, for the join form's picker. */
export class TownView {
  @ApiProperty(ENUM.TownCode)
  code: TownCode;

  name: string;
  /** The town federation's org. */
  orgId: string;
}

/** One node of the union tree. */
export class OrgView {
  id: string;
  code: string;
  name: string;

  @ApiProperty({ enum: ORG_KINDS, enumName: 'OrgKind' })
  kind: OrgKind;

  parentId: string | null;
  townCode: string | null;
  description: string | null;
}

export function orgView({ id, code, name, kind, parentId, townCode, description }: Org): OrgView {
  return { id, code, name, kind, parentId, townCode, description };
}
