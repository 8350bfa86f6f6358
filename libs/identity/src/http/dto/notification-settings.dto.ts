import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export class NotificationSettingDto {
  @ApiProperty({ example: 'candidatures.received' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty() enabled: boolean;
}

class SettingsOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['employer', 'prescriber', 'institution'] }) family: string;
}

export class NotificationSettingsDto {
  @ApiProperty({ type: SettingsOrganizationDto }) organization: SettingsOrganizationDto;
  @ApiProperty({ type: [NotificationSettingDto] }) notifications: NotificationSettingDto[];
}

export class UpdateNotificationSettingsDto {
  @ApiProperty({ type: [String], description: 'Les notifications que vous ne voulez plus recevoir pour cette organisation (les autres sont rétablies).' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  disabled: string[];
}
