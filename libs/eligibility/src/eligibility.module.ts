import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@iae/candidates';
import { IdentityModule } from '@iae/identity';
import { StorageModule } from '@iae/storage';
import { AutoPrescriptionWithdrawal, EligibilityDiagnosis, EligibilityDiagnosisCriterion } from './eligibility-diagnosis.entity';
import { EligibilityRepository } from './eligibility.repository';
import { EligibilityService } from './eligibility.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([EligibilityDiagnosis, EligibilityDiagnosisCriterion, AutoPrescriptionWithdrawal]),
    CandidatesModule,
    IdentityModule,
    StorageModule,
  ],
  providers: [EligibilityRepository, EligibilityService],
  exports: [EligibilityService],
})
export class EligibilityModule {}
