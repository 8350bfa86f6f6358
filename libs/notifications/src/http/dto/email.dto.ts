import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { PageQuery } from '@iae/core';

export class EmailListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['queued', 'sent', 'failed'] })
  @IsOptional()
  @IsIn(['queued', 'sent', 'failed'])
  status?: 'queued' | 'sent' | 'failed';

  @ApiPropertyOptional({ description: 'Adresse du destinataire' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  recipient?: string;
}

export class EmailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'identity/invitation' }) template: string;
  @ApiProperty() recipient: string;
  @ApiProperty({ nullable: true, type: String }) subject: string | null;
  @ApiProperty({ enum: ['queued', 'sent', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
}

export class EmailPageDto {
  @ApiProperty({ type: [EmailDto] }) items: EmailDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
